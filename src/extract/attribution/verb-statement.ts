// A statement opened by a reporting verb: a participle (participle.ts: مشيرا إلى),
// a relative clause whose speaker is the noun before it (الذي قال), or a verb with its subject.

import {
  singularRelativePronouns,
  speakerPronouns,
  theWord,
  type VerbInfo,
  wordSet,
} from '../../lexicon/index.js';
import { normalize } from '../../text/normalize.js';
import type { Attribution } from '../../types.js';
import { firstStartingIn } from '../sorted-spans.js';
import { isNamedPerson, titleAt } from '../speakers/index.js';
import { HAPPENING_NOUN } from '../speakers/words.js';
import { findComplement } from './complement.js';
import { type AttributionContext, addStatement, type SentenceRun, speakerIn } from './context.js';
import { narrationBreak } from './narration-break.js';
import { objectStart } from './object.js';
import { participleStatement } from './participle.js';
import {
  antecedent,
  findWord,
  remember,
  subjectWithoutComplement,
  verbSpan,
  wordsBetween,
} from './phrases.js';
import { trailingRelay } from './relays.js';
import { sourcedClause } from './sourced-clause.js';
import { occasionAt, ordinalWords } from './speaker-end.js';
import { attribution, continuedFrom } from './statement-at.js';
import { isImpersonal, namedAttribution, pastAddressee, subjectBounds } from './subject.js';
import { pluperfectStatement, subjectFirstStatement } from './subject-first.js';
import {
  ADVERB,
  ANY_Q,
  COMPLEMENT,
  DEMONSTRATIVE,
  firstWordFrom,
  IMPERSONAL_VERB,
  isDefiniteWord,
  isEventNoun,
  isQuoteTok,
  isWhatBeforeVerb,
  pointsBack,
  startsWithPrep,
  TIME_NOUN,
  TRAIL,
  tallyAt,
  verbAt,
} from './words.js';

const IN_WORD = theWord('rule-words', 'in');
const ABOUT_WORD = theWord('rule-words', 'about');
const WHAT_WORD = theWord('rule-words', 'what');

/** Verbs whose object stands between their subject and what they say (عزا، أرجع: attribution-words
 *  object_first). */
const OBJECT_FIRST = wordSet('attribution-words', 'object_first');
/** Verbs that report only when a known source is their subject (attribution-words named_only). */
const NAMED_ONLY = wordSet('attribution-words', 'named_only');
const OPENING_CONJUNCTION = wordSet('attribution-words', 'opening_conjunction');

/** What happened, with the article (الهجوم، إطلاق النار): after the verb it is the object, never the speaker. */
/** How a known source was found: a lexicon name, a title or role, a body's pattern, the tagger's name. */
const KNOWN_SOURCE = new Set(['lexicon', 'title', 'pattern', 'model', 'role']);

export type Complement = { at: number; subjectEnd: number } | null;

/** A statement's attribution and where its content starts (and, without a complement, where the
 *  narration takes over again; -1 when it does not). */
export interface Opened {
  att: Attribution;
  contentFrom: number;
  narrationAt: number;
}

/** Reads the statement opened by a reporting verb at token `i`, if there is one, and adds it. */
export function verbStatement(ctx: AttributionContext, run: SentenceRun, i: number): void {
  const { tokens, text, mentions } = ctx;
  const { a, b } = run;
  const v = verbAt(tokens[i]!);
  if (!v) return;
  // a verb preceded by الذي/التي refers back to the noun before it (بيان للمتحدث …، الذي قال إن) — not
  // when the noun is a time (في الوقت الذي أعلنت فيه الوزارة …) or a pronoun after the verb points back
  // to it (اليوم الذي قال فيه الوزير): the subject then follows the verb
  const rel = i > a && singularRelativePronouns().has(tokens[i - 1]!.norm) && !timeClause(ctx, i);
  // a denial's object is what it denies (نفت X الأنباء التي …): its subject ends with the name after the verb
  const comp =
    v.stance === 'denies' &&
    !v.participle &&
    subjectWithoutComplement(text, tokens, mentions, i + 1, b) > i + 1
      ? null
      : findComplement(tokens, i + 1, b, v, (k) => insideName(ctx, k));
  const opened = v.participle
    ? participleStatement(ctx, run, i, v, comp)
    : rel
      ? relativeStatement(ctx, run, i, v, comp)
      : (pronounRelay(ctx, run, i, v, comp) ??
        tallyFirstStatement(ctx, run, i, v) ??
        pluperfectStatement(ctx, run, i, v, comp) ??
        subjectFirstStatement(ctx, run, i, v, comp) ??
        subjectStatement(ctx, run, i, v, comp));
  if (!opened || opened.contentFrom < 0) return;
  // a verb that reports only for a known source (وثق المرصد …; not وثقت الدراسات)
  if (NAMED_ONLY.has(v.lemma) && !KNOWN_SOURCE.has(opened.att.speaker?.how ?? '')) return;
  finishStatement(ctx, run, v, opened);
}

/** "وأكد هذه الحصيلة X، مساعد قائد الشرطة": the object before its subject; the statement is the object. */
function tallyFirstStatement(
  ctx: AttributionContext,
  run: SentenceRun,
  i: number,
  v: VerbInfo,
): Opened | null {
  if (!tallyAt(ctx.tokens, i + 1) || i + 3 >= run.b) return null;
  const found = speakerIn(ctx, i + 3, run.b, v.gender);
  // (a known name or a titled one: not ويعتبر هذا العدد قبل فرض …)
  if (!found || found.speaker.how === 'phrase') return null;
  return { att: namedAttribution(ctx, i, v, found, []), contentFrom: i + 1, narrationAt: i + 3 };
}

/** Token k is inside a mention that began before it (the family name of محمد بخاري). */
function insideName(ctx: AttributionContext, k: number): boolean {
  const t = ctx.tokens[k]!;
  return !!firstStartingIn(ctx.mentions, t.start - 60, t.start, (m) => m.end >= t.end);
}

/** عن with a pronoun (عنه، عنها، عنهم): the one a relay verb relays, pointed back at. */
const ABOUT_PRONOUN = new RegExp(`^${ABOUT_WORD}(ه|ها|هم|هما)$`);

/** نقلت عنه وكالة X أن …، ونقلت وكالة X عنها أن …: the one the pronoun points back at speaks (the last
 *  speaker of its gender), and X relays. */
function pronounRelay(ctx: AttributionContext, run: SentenceRun, i: number, v: VerbInfo, comp: Complement) {
  if (v.kind !== 'relay' || !comp) return null;
  const { tokens, text, state } = ctx;
  // (not inside a relay marker, بحسب ما نقلت عنه وكالة X: the pronoun is the sentence's own speaker)
  let before = i - 1;
  while (before > run.a && !tokens[before]!.word) before--;
  if (before >= run.a && tokens[before]!.norm.endsWith(WHAT_WORD)) return null; // (ما، حسبما، كما)
  let k = i + 1;
  while (k < comp.subjectEnd && !(tokens[k]!.word && ABOUT_PRONOUN.test(tokens[k]!.norm))) k++;
  if (k >= comp.subjectEnd) return null;
  const suffix = tokens[k]!.norm.slice(ABOUT_WORD.length);
  const prev = suffix === 'ه' ? state.last.m : suffix === 'ها' ? state.last.f : state.last.any;
  if (!prev?.speaker) return null;
  const [a, b] = k === i + 1 ? [k + 1, comp.subjectEnd] : [i + 1, k];
  const relayer = b > a ? speakerIn(ctx, a, b, v.gender) : null;
  const att = continuedFrom(prev, verbSpan(text, tokens, i, i + 1), v.stance);
  if (relayer && relayer.speaker.key !== prev.speaker.key) {
    ctx.addSpeaker(relayer.speaker);
    att.via = [relayer.speaker];
  }
  return { att, contentFrom: comp.at, narrationAt: narrationBreak(tokens, comp.at, run.b, false) };
}

/** الذي/التي before verb `i` opens a clause about a time or a place, whose subject follows the verb. */
function timeClause(ctx: AttributionContext, i: number): boolean {
  const { tokens } = ctx;
  const after = tokens[i + 1];
  if (after?.word && speakerPronouns('prepositional').has(after.norm) && after.norm.startsWith(IN_WORD))
    return true;
  let k = i - 2;
  while (k >= 0 && !tokens[k]!.word) k--;
  return k >= 0 && TIME_NOUN.test(tokens[k]!.norm);
}

/** The first person the tagger, the lexicon or a title named in tokens [a, i), or null. */
function firstPersonIn(ctx: AttributionContext, a: number, i: number) {
  const from = ctx.tokens[a]!.start;
  const to = ctx.tokens[i]!.start;
  return firstStartingIn(ctx.mentions, from, to, (m) => isNamedPerson(m) && m.end <= to) ?? null;
}

/** الذي/التي + verb: the speaker is the noun phrase before the pronoun (or the last speaker). */
function relativeStatement(
  ctx: AttributionContext,
  run: SentenceRun,
  i: number,
  v: VerbInfo,
  comp: Complement,
): Opened | null {
  const { speakers, state } = ctx;
  const ante =
    antecedent(ctx.doc, ctx.text, ctx.tokens, i - 1, run.a, ctx.mentions) ??
    (speakers.length ? speakers[speakers.length - 1]! : null);
  const impersonal = isImpersonal(ante); // المعلومات المتوفرة التي تشير إلى …: no one speaks
  if (ante && !impersonal && !ctx.isSpeaker(ante)) ctx.addSpeaker(ante);
  if (!ante || (!comp && v.kind !== 'announce' && v.kind !== 'appeal')) return null;
  const att = attribution(
    impersonal ? null : ante,
    state.last.any?.speaker === ante ? state.last.any.via : [],
    verbSpan(ctx.text, ctx.tokens, i, i + 1),
    v.stance,
    'relative',
  );
  // without a complement: التي تطالب المجتمع الدولي بـ…
  return { att, contentFrom: comp ? comp.at : i + 1, narrationAt: -1 };
}

/** A verb with its subject: between the verb and the complement, or the first phrase after the verb. */
function subjectStatement(
  ctx: AttributionContext,
  run: SentenceRun,
  i: number,
  v: VerbInfo,
  comp: Complement,
): Opened | null {
  const { tokens, text, mentions, state } = ctx;
  const { b } = run;
  // the verb of a relay marker with no complement (…، على ما أفادت شركة X لدراسات السوق): the marker
  // names the source of what came before (relayInside reads it)
  if (!comp && i > run.a && isWhatBeforeVerb(tokens[i - 1]!.norm) && !pointsBack(tokens[i]!)) return null;
  // a verb of saying may announce what happened with no complement (أكدت مصادر سقوط خمسة قتلى)
  const announces = v.kind === 'announce' || (v.kind === 'say' && v.stance === 'asserts');
  let subjEndIn = comp
    ? comp.subjectEnd
    : subjectWithoutComplement(text, tokens, mentions, i + 1, b, announces);
  // نقلت وكالة X عن مصدر مسؤول موقف …: without a complement the source after عن ends the subject
  const relayedSource = !comp && v.kind === 'relay' && tokens[subjEndIn]?.norm === ABOUT_WORD;
  if (relayedSource) subjEndIn = sourcePhraseEnd(tokens, subjEndIn + 1, b);
  if (!comp && subjEndIn <= i + 1) return null;
  // a verb that goes on without a complement (أجاب اللواء X على سؤال … قائلا): no statement, but a clear name
  // after it is the one who speaks next
  const introduces = !comp && v.kind === 'continue';
  // (what happened after the subject: أكدت الشركة خطف موظف)
  const event = !comp && subjEndIn < b && tokens[subjEndIn]!.word && isEventNoun(tokens[subjEndIn]!.norm);
  // a relay verb with no عن in its sentence carries something else than words (نقل التلفزيون مشاهد …)
  if (!comp && v.kind === 'relay' && !event && findWord(tokens, i + 1, b, ABOUT_WORD) < 0) return null;
  // (what it confirms is the toll before it: وأكد المتحدث هذه الحصيلة)
  const tally = !comp && tallyAt(tokens, subjEndIn);
  const weak =
    introduces ||
    (!comp && !event && !tally && v.kind === 'say' && v.stance !== 'denies' && !pointsBack(tokens[i]!)); // أشاد X، بـ…: only a clear name will do
  const bounds = subjectBounds(ctx, i, b, v, subjEndIn, comp ? comp.subjectEnd : null);
  let { subjStart } = bounds;
  const { via } = bounds;
  // the first noun phrase is the subject; what follows it is the verb's object (ودعت الحكومة مجلس الأمن إلى …)
  let subjEnd = v.kind === 'relay' ? bounds.subjEnd : subjectBeforeObject(ctx, subjStart, bounds.subjEnd);
  // a verb whose object comes before what it says (عزا X الحادث إلى …): one phrase alone that opens with
  // the article is that object, the subject implied (وأرجع الأزمة إلى …; not عزت مصادر موالية تأخر …)
  if (
    comp &&
    OBJECT_FIRST.has(normalize(v.lemma)) &&
    subjEnd === bounds.subjEnd &&
    isDefiniteWord(tokens[subjStart]!)
  )
    subjEnd = subjStart;
  // a preposition's phrase after the verb is no subject: with a complement the subject is implied (وقال
  // بشأن الحادثة إن …)
  if (subjEnd > subjStart && startsWithPrep(tokens[subjStart]!, text)) {
    // (only for a verb that opens its sentence, not after في, where it was said: يذكر أن X قال في تقريره)
    // (but في before where it was said is passed: وقالت في بيان إن …)
    const opens = firstWordFrom(tokens, run.a, i) === i;
    const where = tokens[subjStart]!.norm === IN_WORD && !occasionAt(tokens, subjStart);
    if (!comp || !opens || where) return null;
    subjEnd = subjStart;
  }
  // ووصف الهجوم بأنه …: what happened is the object, the subject is implied
  if (subjEnd > subjStart && HAPPENING_NOUN.has(tokens[subjStart]!.norm)) subjEnd = subjStart;
  // a demonstrative before an ordinal is what is said of it, not who says it (ويعتبر هذا خامس انفجار);
  // before a title or a name, its subject follows (أوضح ذلك رئيس البلدية)
  if (subjEnd > subjStart + 1 && DEMONSTRATIVE.has(tokens[subjStart]!.norm)) {
    const next = tokens[subjStart + 1]!;
    if (ordinalWords().has(`ال${next.norm}`)) return null;
    if (titleAt(tokens, subjStart + 1, subjEnd) || firstStartingIn(mentions, next.start, next.start))
      subjStart++;
  }
  let att: Attribution | null = null;
  if (subjEnd > subjStart) {
    const found = speakerIn(ctx, subjStart, subjEnd, v.gender);
    if (found && weak && /^(phrase|role|impersonal)$/.test(found.speaker.how)) return null;
    if (found) att = namedAttribution(ctx, i, v, found, via);
    if (att && introduces) {
      remember(state, att, v.gender, tokens);
      return null;
    }
  } else if (introduces) return null;
  else {
    // no subject: Arabic leaves it implied (وأضافت أن …) — the last speaker of that gender; not after a
    // passive verb the outlet narrates with (يذكر أن …)
    if (IMPERSONAL_VERB.test(tokens[i]!.norm)) return null;
    const prev = (v.gender && state.last[v.gender]) || (v.kind === 'continue' ? state.last.any : null);
    // a verb joined to an earlier one of its sentence (انتقد الوزير فلان …، وقال إن …): the person that
    // sentence named first, unless the last speaker is of this sentence already
    const inSentence = prev?.speaker && prev.speaker.start >= tokens[run.a]!.start;
    // (a singular verb: قالوا has a plural subject)
    const joined = tokens[i]!.norm.startsWith('و') && !/(وا|ون)$/.test(tokens[i]!.norm);
    const first = !inSentence && comp && joined ? firstPersonIn(ctx, run.a, i) : null;
    if (first && !(first.gender && v.gender && first.gender !== v.gender)) {
      ctx.addSpeaker(first);
      att = attribution(first, [], verbSpan(text, tokens, i, i + 1), v.stance, 'explicit');
    } else if (prev && comp) {
      att = continuedFrom(prev, verbSpan(text, tokens, i, i + 1), v.stance);
      if (via.length) att.via = via; // (وقال وفقا لما نقلته وكالة X: the agency relays this one)
    }
  }
  if (!att) return null;
  if (comp) return { att, contentFrom: comp.at, narrationAt: narrationBreak(tokens, comp.at, b, false) };
  // وهو ما نفاه الجيش: what is said is the clause before; the statement is these words themselves, when a
  // known name follows the verb (not وهو ما وصفته بالأمر السخيف)
  if (pointsBack(tokens[i]!)) {
    const named = firstStartingIn(ctx.mentions, tokens[subjStart]!.start, tokens[subjStart]!.end);
    return named && subjEnd > subjStart ? { att, contentFrom: i - 1, narrationAt: subjEnd } : null;
  }
  let contentFrom = subjEnd;
  // the relayed source's name may end before the object its phrase runs into
  if (relayedSource && att.speaker)
    while (contentFrom > subjStart && tokens[contentFrom - 1]!.start >= att.speaker.end) contentFrom--;
  while (contentFrom < b && (!tokens[contentFrom]!.word || ADVERB.test(tokens[contentFrom]!.norm)))
    contentFrom++;
  if (onlyOccasion(tokens, contentFrom, b)) return null;
  // whom it was told is not what was said (تحدث نواب لـCNN، بشأن …); with nothing after it, nothing was
  // said here (بحسب ما قال فلان لوكالة X.)
  const told = pastAddressee(ctx, contentFrom, b);
  if (wordsBetween(tokens, told, b) === 0) return null;
  if (told > contentFrom) {
    contentFrom = told;
    while (contentFrom < b && !tokens[contentFrom]!.word) contentFrom++;
  }
  // what follows is another report (أعلنت السلطات فتح تحقيق، ذكرت صحيفة X بأنه …): nothing said here
  const next = tokens[contentFrom];
  if (contentFrom > subjEnd && next && !verbAt(next)?.participle && verbAt(next)) return null;
  // a new clause (لم يكشف المسؤولون التفاصيل، لكن صحيفة X ذكرت أن …): not what this verb says
  if (next && OPENING_CONJUNCTION.has(next.norm) && !COMPLEMENT.has(next.norm)) return null;
  return { att, contentFrom, narrationAt: narrationBreak(tokens, subjEnd, b, true) };
}

/** What follows the subject is only where it was said and a word or two (وفق ما أعلنت الوزارة في بيان صدر
 *  اليوم): nothing said. */
function onlyOccasion(tokens: AttributionContext['tokens'], from: number, b: number): boolean {
  return occasionAt(tokens, from) && wordsBetween(tokens, from + 2, b) <= 2;
}

/** The end of a source's phrase after عن: a comma, a quote or a complement, within ten words. */
function sourcePhraseEnd(tokens: AttributionContext['tokens'], from: number, b: number): number {
  let words = 0;
  for (let k = from; k < b; k++) {
    const t = tokens[k]!;
    if (!t.word ? /^[،,.:؛;]$/.test(t.norm) || ANY_Q.test(t.norm) : COMPLEMENT.has(t.norm)) return k;
    if (t.word && ++words > 10) return k;
  }
  return b;
}

/** The end of the subject in [a, b) before the verb's object; not when another reporting verb follows
 *  (لم تؤكد الشرطة هذه التقارير ذكر ضابط أن …: that verb has its own subject), but past a participle that
 *  goes on with this subject (استنكر البرلمان | الهجوم معلنا أن …). */
function subjectBeforeObject(ctx: AttributionContext, a: number, b: number): number {
  const { tokens } = ctx;
  let cut = objectStart(ctx.text, tokens, ctx.mentions, a, b);
  let quoted = false;
  for (let k = cut; k < b; k++) {
    quoted ||= isQuoteTok(tokens[k]!);
    const verb = verbAt(tokens[k]!);
    // (a participle goes on with this subject, unless a quotation comes first: قال لـX "…" مضيفا)
    if (verb && (!verb.participle || quoted)) return b;
  }
  // (a preposition before the cut goes with what follows: الشرطة | في هذا الوقت)
  while (cut > a + 1 && cut < b && TRAIL.has(tokens[cut - 1]!.norm)) cut--;
  return cut;
}

/** Adds the statement with a trailing relay (حسبما ذكرت وكالة X) and remembers its speaker. */
function finishStatement(ctx: AttributionContext, run: SentenceRun, v: VerbInfo, opened: Opened): void {
  const { tokens } = ctx;
  const { contentFrom, narrationAt } = opened;
  let { att } = opened;
  if (run.relayedBy && att.speaker && att.via.length === 0 && run.relayedBy.key !== att.speaker.key)
    att = attribution(att.speaker, [run.relayedBy], att.verb, att.stance, att.how);
  const trailing = trailingRelay(tokens, contentFrom, narrationAt > 0 ? narrationAt : run.b, ctx.mentions);
  const relayed = trailing?.mention;
  if (relayed && att.via.length === 0 && att.speaker && relayed.key !== att.speaker.key) {
    // (كتبت قناة X على حسابها نقلا عن Y "…": Y speaks through X)
    att = trailing.quoting
      ? attribution(relayed, [att.speaker], att.verb, att.stance, att.how)
      : attribution(att.speaker, [relayed], att.verb, att.stance, att.how);
    ctx.addSpeaker(relayed);
  }
  const segEndTok = narrationAt > 0 ? narrationAt : run.b;
  const sentenceEnd = narrationAt > 0 ? tokens[narrationAt - 1]!.end : run.sentence.end;
  const end = addStatement(ctx, contentFrom, segEndTok, sentenceEnd, att);
  remember(ctx.state, att, v.gender, ctx.tokens);
  run.covered = end;
  if (att.stance === 'denies') run.deniedUntil = end;
  if (narrationAt > 0) sourcedClause(ctx, run, narrationAt);
}
