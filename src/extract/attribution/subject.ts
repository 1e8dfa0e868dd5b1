// The subject of a reporting verb: where it lies (after relays, channels, pronouns and adverbs),
// and which speaker it names (a family name alone or a bare role resolved to an earlier speaker).

import { speakerPronouns, theWord, type VerbInfo, wordSet } from '../../lexicon/index.js';
import { DEFINITE_NISBA } from '../../text/nisba.js';
import { looseKey, normalize } from '../../text/normalize.js';
import type { Attribution, Mention, Token } from '../../types.js';
import { firstStartingIn, spansHolding } from '../sorted-spans.js';
import { isNamedPerson, withoutGluedLam } from '../speakers/index.js';
import { HE_SHE, type SpeakerParse } from '../speakers/words.js';
import { type AttributionContext, addSpeakerWithAliases, speakerIn } from './context.js';
import { findWord, roleKey, verbSpan, wordsBetween } from './phrases.js';
import { mayOpenRelay, relayAt, sourceStart } from './relays.js';
import { nounPhraseEnd } from './source-phrase.js';
import { beforeAgencyTold, isAppealedTo, isSpeechObject, isToPress, trimAdverbs } from './speaker-end.js';
import { attribution, continuedFrom } from './statement-at.js';
import {
  beforeRelative,
  channelAt,
  DEMONSTRATIVE,
  isQuoteTok,
  MANNER,
  PLATFORM,
  sayingNounIn,
  TIME_ADVERB,
  TO_OUTLET,
  TO_OUTLET_DEFINITE,
  verbAt,
} from './words.js';

const IN_NAME_OF = theWord('rule-words', 'in_name_of');
const ABOUT_WORD = theWord('rule-words', 'about');

export interface SubjectBounds {
  subjStart: number;
  subjEnd: number;
  via: Mention[];
}

/** The speaker a phrase [a, b) names after its adverbs are trimmed. */
function trimmedSpeaker(ctx: AttributionContext, a: number, b: number): SpeakerParse | null {
  return speakerIn(ctx, a, trimAdverbs(ctx.text, ctx.tokens, ctx.mentions, a, b), null);
}

/** The source named after a relay marker up to `end` (وفقا للوكالة السعودية، بحسب ما نقلته وكالة X). */
function relaySourceAfter(
  ctx: AttributionContext,
  relay: { next: number; glued: boolean },
  end: number,
): SpeakerParse | null {
  const start = sourceStart(ctx.tokens, relay);
  const { glued } = start;
  let { from } = start;
  // (بحسب ما نقلت عنه وكالة X: the pronoun is the speaker's, the agency relays)
  while (from < end && speakerPronouns('prepositional').has(ctx.tokens[from]!.norm)) from++;
  if (from >= end) return null;
  const found = trimmedSpeaker(ctx, from, end);
  return found && glued ? { ...found, speaker: withoutGluedLam(ctx.text, found.speaker) } : found;
}

/** Where a subject phrase [a, b) ends before a date the dates stage found in it (أعلن الرئيس فلان أول من أمس أن). */
function beforeDate(ctx: AttributionContext, a: number, b: number): number {
  for (let k = a + 1; k < b; k++) {
    const at = ctx.tokens[k]!.start;
    if (firstStartingIn(ctx.dates, at, at)) return k;
  }
  return b;
}

/** The token after the time words that open a subject [k, end): a time adverb (ذكر مساء أن), one after a
 *  demonstrative (صرح ذلك اليوم بأن), a date the dates stage found (أعلنت الأحد 19 يوليو مقتل …): when, not
 *  who. */
function pastTimeWords(ctx: AttributionContext, k: number, end: number): number {
  const { tokens } = ctx;
  for (;;) {
    if (k < end && TIME_ADVERB.test(tokens[k]!.norm)) k++;
    else if (k + 1 < end && DEMONSTRATIVE.has(tokens[k]!.norm) && TIME_ADVERB.test(tokens[k + 1]!.norm))
      k += 2;
    else break;
  }
  const dateEnd = k < end ? dateEndCovering(ctx, tokens[k]!.start) : -1;
  while (k < end && tokens[k]!.start < dateEnd) k++;
  return k;
}

/** The end of the date the dates stage found around character `at`, or -1. */
function dateEndCovering(ctx: AttributionContext, at: number): number {
  return spansHolding(ctx.dates, at)[0]?.end ?? -1;
}

/** The first word after the verb says there is no subject there: whom it was told (وقال للصحفيين إن …: the
 *  speaker is the one before), what was issued (تعلن مسؤوليتها عن …), or whom an appeal is made to (دعا
 *  السكان إلى …). */
function noSubjectAt(t: Token | undefined, v: VerbInfo): boolean {
  return isToPress(t) || isSpeechObject(t) || (v.kind === 'appeal' && isAppealedTo(t));
}

/** The end of an appeal's subject: before the public appealed to after a definite word (ودعا الرئيس
 *  المواطنين إلى …; not after a quantity, بعض المواطنين، عدد من السكان). */
function beforeAppealedTo(tokens: Token[], a: number, b: number): number {
  for (let k = a + 1; k < b; k++) if (isAppealedTo(tokens[k]) && /^ال/.test(tokens[k - 1]!.norm)) return k;
  return b;
}

/** The tokens of the subject after verb `i`, ending at `subjEnd` (the complement's start or the phrase end),
 *  with the relay a relay verb or a channel names. `complementSubjectEnd` is the complement's, if any. */
export function subjectBounds(
  ctx: AttributionContext,
  i: number,
  b: number,
  v: VerbInfo,
  subjEndIn: number,
  complementSubjectEnd: number | null,
): SubjectBounds {
  const { tokens } = ctx;
  let subjEnd = subjEndIn;
  let via: Mention[] = [];
  let subjStart = i + 1;
  // relay verb: نقلت صحيفة X عن Y إن …، نقلت صحيفة X قول Y إن …
  if (v.kind === 'relay') {
    let an = findWord(tokens, subjStart, subjEnd, ABOUT_WORD);
    if (an < 0) an = sayingNounIn(tokens, subjStart + 1, subjEnd);
    if (an > subjStart) {
      const relayer = trimmedSpeaker(ctx, subjStart, an);
      if (relayer) {
        via = [relayer.speaker];
        ctx.addSpeaker(relayer.speaker);
      }
      subjStart = an + 1;
      // (the relative clause after the source is about its words: بيان الوزارة والذي جاء فيه)
      subjEnd = beforeRelative(tokens, subjStart + 1, subjEnd);
    }
  }
  // قالت وكالة X، نقلا عن وزارة Y، إن …: Y speaks, X relays
  if (v.kind !== 'relay')
    for (let k = subjStart + 1; k < subjEnd; k++) {
      const relay = mayOpenRelay(tokens[k]!) ? relayAt(tokens, k, subjEnd) : null;
      if (!relay || relay.next >= subjEnd) continue;
      if (relay.role === 'source') {
        // أكد العقيد X وفقا للوكالة على أن …: X speaks, the agency after the marker relays
        const source = relaySourceAfter(ctx, relay, subjEnd);
        if (source && wordsBetween(tokens, subjStart, k) > 0) {
          via = [source.speaker];
          ctx.addSpeaker(source.speaker);
          subjEnd = k;
        }
        break;
      }
      if (relay.role !== 'from') continue;
      const relayer = trimmedSpeaker(ctx, subjStart, k);
      if (relayer) {
        via = [relayer.speaker];
        ctx.addSpeaker(relayer.speaker);
        subjStart = relay.next;
      }
      break;
    }
  // وأضاف قائلا إن، وأضاف مازحا: (and a manner's phrase, وأضاف بلهجة حادة: no subject at all)
  for (; subjStart < subjEnd; subjStart++) {
    const w = tokens[subjStart]!;
    if (MANNER.test(w.norm) && w.norm.startsWith('ب')) {
      subjEnd = subjStart;
      break;
    }
    if (!MANNER.test(w.norm) && !verbAt(w)?.participle) break;
    // (a participle's form before باسم is a spokesman: قالت متحدثة باسم الوزارة)
    if (tokens[subjStart + 1]?.norm === IN_NAME_OF) break;
  }
  const told = pastAddressee(ctx, subjStart, subjEnd); // وقال لفرانس برس "…": told, not telling
  if (told > subjStart) {
    subjStart = Math.min(told, subjEnd);
    if (subjStart < subjEnd && !tokens[subjStart]!.word) subjEnd = subjStart;
  }
  const prepositional = speakerPronouns('prepositional');
  while (subjStart < subjEnd && prepositional.has(tokens[subjStart]!.norm)) subjStart++; // قال فيه X
  subjStart = pastTimeWords(ctx, subjStart, subjEnd);
  // حيث قال وفقا لما نقلته وكالة X: "…": no subject of its own; the source after the marker relays it
  const leadRelay = subjStart < subjEnd ? relayAt(tokens, subjStart, subjEnd) : null;
  if (leadRelay?.role === 'source' && !via.length) {
    const relayer = relaySourceAfter(ctx, leadRelay, subjEnd);
    if (relayer) {
      via = [relayer.speaker];
      ctx.addSpeaker(relayer.speaker);
      subjEnd = subjStart;
    }
  }
  subjEnd = beforeDate(ctx, subjStart, trimAdverbs(ctx.text, tokens, ctx.mentions, subjStart, subjEnd));
  if (TELLS.has(normalize(v.lemma))) subjEnd = beforeAgencyTold(tokens, ctx.mentions, subjStart, subjEnd);
  let k = subjStart;
  const subjectPronouns = speakerPronouns('subject');
  while (k < subjEnd && (subjectPronouns.has(tokens[k]!.norm) || !tokens[k]!.word)) k++;
  if (k >= subjEnd && subjEnd > subjStart) subjEnd = subjStart;
  if (subjEnd > subjStart && noSubjectAt(tokens[subjStart], v)) subjEnd = subjStart;
  if (v.kind === 'appeal') subjEnd = beforeAppealedTo(tokens, subjStart, subjEnd);
  // (ويقول وهو يقرأ ورقة إن …: how the one before spoke, no subject of its own)
  const lead = tokens[subjStart]?.word ? subjStart : subjStart + 1;
  if (subjEnd > lead && HE_SHE.has(tokens[lead]!.norm) && tokens[lead]!.norm.startsWith('و'))
    subjEnd = subjStart;
  // "… في خدمة أعماق" / "عبر موقعها": the channel relays the statement
  const ch = channelAt(tokens, subjStart, complementSubjectEnd ?? subjEnd);
  if (ch >= 0) {
    const chEnd = nounPhraseEnd(tokens, ch + 1, complementSubjectEnd ?? b).end;
    // (not the speaker's own account, على حسابه بموقع تويتر, صفحتها الرسمية: posted there, relayed by no one)
    const own = PLATFORM.has(tokens[ch + 1]!.norm);
    const channel = own ? null : trimmedSpeaker(ctx, ch + 1, chEnd);
    if (channel) {
      via = [channel.speaker];
      ctx.addSpeaker(channel.speaker);
    }
    if (ch < subjEnd) subjEnd = ch;
  }
  return { subjStart, subjEnd, via };
}

/** The token after the outlet a statement is told to, right after its verb (قال لفرانس برس، أكد لـ"رويترز"),
 *  or `k` when none is there. */
export function pastAddressee(ctx: AttributionContext, k: number, end: number): number {
  const { tokens, mentions } = ctx;
  const t = tokens[k];
  if (!t?.word) return k;
  const bare = t.norm === 'ل' || t.norm === 'لـ';
  if (TO_OUTLET_DEFINITE.test(t.norm)) {
    // (and the adjectives after it: للتلفزيون الحكومي)
    let next = k + 1;
    while (next < end && tokens[next]!.word && DEFINITE_NISBA.test(tokens[next]!.norm)) next++;
    return next;
  }
  if (!bare && !TO_OUTLET.test(t.norm)) return k;
  let j = bare ? k + 1 : k;
  while (j < end && !tokens[j]!.word) j++;
  if (j >= end) return k;
  const outlet = firstStartingIn(mentions, tokens[j]!.start, tokens[j]!.start + (bare ? 1 : 2)); // (or after a glued ل)
  let next = j + 1;
  if (outlet) while (next < end && tokens[next]!.start < outlet.end) next++;
  // the closing mark of a quoted outlet (لـ"رويترز"); a mark that opens the words said ends the subject
  if (bare && next < end && isQuoteTok(tokens[next]!) && j > k + 1) next++;
  return next;
}

/** A family name alone (وأضاف الخطيب) is the person of this article who bears it (the last one), also with
 *  the article the full name leaves out (وقال الفرجاني after وائل فرجاني). */
export function surnameBearer(speakers: Mention[], speaker: Mention): Mention {
  if (speaker.how !== 'phrase' || speaker.key.includes(' ')) return speaker;
  const bare = speaker.key.startsWith('ال') && speaker.key.length >= 5 ? speaker.key.slice(2) : null;
  let bearer: Mention | undefined; // the last one (a reversed copy per speaker was quadratic)
  for (let k = speakers.length - 1; k >= 0 && !bearer; k--) {
    const x = speakers[k]!;
    if (x.type !== 'person' || !x.key.includes(' ')) continue;
    const last = x.key.split(' ').at(-1);
    if (last === speaker.key || last === bare) bearer = x;
  }
  if (!bearer) return speaker;
  return {
    ...speaker,
    type: 'person',
    how: 'name',
    gender: bearer.gender ?? speaker.gender,
    org: bearer.org ?? null,
  };
}

const BACK_SOURCE = wordSet('speaker-words', 'back_source');
const BACK_PERSON = wordSet('speaker-words', 'back_person');
/** Verbs of telling, whose object is whom they told (أفاد، أبلغ، أخبر). */
/** Verbs of telling whose direct object is whom they told (أفاد، أبلغ، أخبر). */
export const TELLS = wordSet('attribution-words', 'tells');
/** A noun without the alif of the accusative (مصدرا → مصدر: تفيد بأن مصدرا باكستانيا …، وأضاف المصدر). */
const withoutAccusative = (w: string) => (w.length > 4 && w.endsWith('ا') ? w.slice(0, -1) : w);
const ITSELF = wordSet('rule-words', 'itself');

/** The attribution of the speaker a subject names: a bare role (وأضاف القيادي) continues the last
 *  speaker with that role; anyone else is a new, explicit speaker. */
export function namedAttribution(
  ctx: AttributionContext,
  i: number,
  v: VerbInfo,
  found: SpeakerParse,
  via: Mention[],
): Attribution {
  const verb = verbSpan(ctx.text, ctx.tokens, i, i + 1);
  if (isImpersonal(found.speaker)) return attribution(null, via, verb, v.stance, 'impersonal');
  const speaker = surnameBearer(ctx.speakers, found.speaker);
  // the source alone (وأوضح المصدر): the source that spoke before; "the same source" (المصدر نفسه، المصدر
  // ذاته): failing an unnamed one of that noun, whoever spoke last
  const words = looseKey(speaker.surface).split(' ');
  const same = words.length === 2 && ITSELF.has(words[1]!);
  const back = same ? words[0]! : words.join(' ');
  if (BACK_SOURCE.has(back)) {
    // the last unnamed source of that noun (أفاد مصدر أمني …، وقال المصدر)
    const noun = back.slice(2);
    for (let k = ctx.speakers.length - 1; k >= 0; k--)
      if (withoutAccusative(ctx.speakers[k]!.key.split(' ')[0]!) === noun)
        return continuedFrom({ speaker: ctx.speakers[k]!, via: [] }, verb, v.stance);
    const last = ctx.state.last.any;
    if (same && last?.speaker) return continuedFrom(last, verb, v.stance);
  }
  // "the same" body (الصحيفة ذاتها، الوكالة نفسها): the last speaker of that noun
  if (same && !BACK_SOURCE.has(back) && back.startsWith('ال')) {
    const earlier = sameNounSpeaker(ctx.speakers, back.slice(2));
    if (earlier) return continuedFrom({ speaker: earlier, via: [] }, verb, v.stance);
  }
  // a person named by sex or age alone (وقالت المرأة): the last person of that gender who spoke
  if (BACK_PERSON.has(back)) {
    const last = ctx.state.last[v.gender ?? 'm'];
    if (last?.speaker?.type === 'person') return continuedFrom(last, verb, v.stance);
  }
  // the former, the latter (وفيما أكد الأول …، شدد الثاني …): of the last two people who spoke
  const pair = FORMER_LATTER.get(back);
  if (pair !== undefined) {
    const people = lastTwoPeople(ctx.speakers);
    if (people) return continuedFrom({ speaker: people[pair]!, via: [] }, verb, v.stance);
  }
  if (speaker.how === 'role') {
    const prev = ctx.state.byTitle.get(roleKey(speaker.title ?? speaker.surface));
    if (prev?.speaker) return continuedFrom(prev, verb, v.stance);
    // the person the article named right after these very words (الرئيس الجزائري عبد العزيز …، later
    // قال الرئيس الجزائري)
    const named = personNamedAfter(ctx, speaker);
    if (named) {
      ctx.addSpeaker(named);
      return attribution(named, via, verb, v.stance, 'explicit');
    }
    // (a bare role goes on with the last speaker; not a role that names its body after a glued ل, whose
    // body speaks: المتحدث الرسمي لـ|شؤون اللاجئين)
    const last = ctx.state.last[v.gender ?? 'm'];
    const bodyNamed = speaker.type === 'organization' && !!speaker.title?.endsWith(' ل');
    if (last?.speaker && !bodyNamed) return continuedFrom(last, verb, v.stance);
  }
  addSpeakerWithAliases(ctx, found, speaker);
  return attribution(speaker, via, verb, v.stance, 'explicit');
}

/** The last speaker whose phrase starts with the noun (صحيفه for الصحيفة ذاتها), or null. */
function sameNounSpeaker(speakers: Mention[], noun: string): Mention | null {
  for (let k = speakers.length - 1; k >= 0; k--)
    if (speakers[k]!.key.split(' ')[0] === noun) return speakers[k]!;
  return null;
}

/** The former (0) and the latter (1), each in its genders (lexicons/attribution-words.tsv). */
const FORMER_LATTER = new Map<string, number>([
  ...[...wordSet('attribution-words', 'former')].map((w) => [w, 0] as const),
  ...[...wordSet('attribution-words', 'latter')].map((w) => [w, 1] as const),
]);

/** The last two different named people among the speakers so far, the earlier first; null if fewer. */
function lastTwoPeople(speakers: Mention[]): [Mention, Mention] | null {
  let latter: Mention | null = null;
  for (let k = speakers.length - 1; k >= 0; k--) {
    const m = speakers[k]!;
    if (!isNamedPerson(m)) continue;
    if (!latter) latter = m;
    else if (m.key !== latter.key) return [m, latter];
  }
  return null;
}

/** The last person mention before a role whose text right before it is that role's words (two words or
 *  more: الرئيس الجزائري), or null. */
function personNamedAfter(ctx: AttributionContext, role: Mention): Mention | null {
  const key = looseKey(role.surface);
  if (!key.includes(' ')) return null;
  for (let k = ctx.mentions.length - 1; k >= 0; k--) {
    const m = ctx.mentions[k]!;
    if (m.type !== 'person' || m.start >= role.start || m.start < role.surface.length) continue;
    const before = ctx.text.slice(m.start - role.surface.length - 1, m.start);
    if (looseKey(before) === key) return m;
  }
  return null;
}

/** Information or a report that no body issued (المعلومات الأولية، تقرير إخباري): the outlet narrates. */
export const isImpersonal = (m: Mention | null | undefined): boolean => m?.how === 'impersonal';
