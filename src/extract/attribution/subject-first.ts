// Statements whose subject stands before the verb: a headline's or a lead's subject first (الأمم المتحدة
// تدعو …، لكن المرصد ذكر أن …، أما X فقال …) and a past report opened by كان (وكان المتحدث قد قال إن …).

import { prefixTest, theWord, type VerbInfo, wordSet } from '../../lexicon/index.js';
import { definiteKindHeads, orgNameHead } from '../descriptions.js';
import { firstStartingIn } from '../sorted-spans.js';
import { isNamedPerson, titleAt } from '../speakers/index.js';
import { allNameLike } from '../speakers/words.js';
import { type AttributionContext, type SentenceRun, speakerIn } from './context.js';
import { wordsBetween } from './phrases.js';
import { isSpeechObject, PLACE_ADVERB } from './speaker-end.js';
import { namedAttribution, pastAddressee } from './subject.js';
import type { Complement, Opened } from './verb-statement.js';
import {
  beforeAbbreviation,
  joinedAfter,
  objectNarration,
  occasionBefore,
  placeUpTo,
  relayedSource,
  whenThenComplement,
} from './verb-surroundings.js';
import {
  COMPLEMENT,
  CONTRAST_OPENING,
  firstWordFrom,
  IMPERSONAL_VERB,
  isCommaTok,
  isDefiniteWord,
  isEventNoun,
  KANA,
  SEAT,
  startsWithPrep,
  TIME_ADVERB,
  verbAt,
} from './words.js';

const ALREADY_WORD = theWord('rule-words', 'already');

/** Conjunctions that may open a sentence before a subject that comes first (لكن المرصد ذكر أن …). */
const OPENING_CONJUNCTION = wordSet('attribution-words', 'opening_conjunction');

/** Verbs whose object after them is what is said (تؤكد وجود …، تدين الاعتداء). */
const OBJECT_SAID = wordSet('attribution-words', 'object_said');
const isSourceStem = prefixTest('speaker-words', 'source_stem');

/** "As for" (أما), whose topic the verb after ف speaks of. */
const AS_FOR = wordSet('attribution-words', 'as_for');

/** Words a subject before its verb may have (الأمم المتحدة، وزارة الخارجية الروسية). */
const SUBJECT_FIRST_WORDS = 6;
/** Words between كان and the verb at most: a role with its body (وكان المتحدث الرسمي باسم التحالف بقيادة
 *  السعودية في اليمن قد قال …); كان marks the subject's start, so it may run longer than a subject first. */
const PLUPERFECT_SUBJECT_WORDS = 12;

/** The subject before the verb, as headlines and leads write (الأمم المتحدة تدعو إلى …، روسيا تنفي …):
 *  a known organisation or place, or a titled person, that is all the sentence has before the verb. Its statement is the
 *  complement, or for a denial, an appeal or an announcement, the object after the verb. */
export function subjectFirstStatement(
  ctx: AttributionContext,
  run: SentenceRun,
  i: number,
  v: VerbInfo,
  comp: Complement,
): Opened | null {
  const { tokens } = ctx;
  let a = clauseStart(tokens, run.a, i);
  // (the clause's first word: a contrast after a comma opens it too, …، غير أن الجيش قال)
  const opening = firstWordFrom(tokens, a, i);
  while (a < i && (!tokens[a]!.word || OPENING_CONJUNCTION.has(tokens[a]!.norm))) a++;
  // after a conjunction that opens the sentence (لكن، غير أن), a body's kind or an unnamed source
  // (لكن الجيش قال، إلا أن مسؤولين أكدوا) stands in the subject's place
  const conjunctionSubject =
    a > opening && a < i && CONTRAST_OPENING.has(tokens[opening]!.norm) && kindOrSource(tokens[a]!);
  // a subject after the verb too (not the outlet it spoke to, قال للتلفزيون الحكومي إن, nor what it issued,
  // تعلن مسؤوليتها عن)
  if (
    a >= i ||
    (comp && !onlyAdverbs(tokens, pastAddresseeAndObject(ctx, i, comp.subjectEnd), comp.subjectEnd))
  )
    return null;
  // a person's name and, between commas, the role that presents the person (غير أن سامي كريمر، الباحث في …، أكد)
  const apposition = appositionBefore(ctx, a, i);
  let subjectEnd = apposition?.end ?? i;
  // (قد before the verb is no subject's word: يذكر أن الوزارة قد أطلقت …)
  while (
    subjectEnd > a + 1 &&
    (!tokens[subjectEnd - 1]!.word || tokens[subjectEnd - 1]!.norm === ALREADY_WORD)
  )
    subjectEnd--;
  const most = apposition?.named ? PLUPERFECT_SUBJECT_WORDS : SUBJECT_FIRST_WORDS;
  if (wordsBetween(tokens, a, subjectEnd) > most) return null;
  // a headline's present verb of saying with its object (تركيا تؤكد وجود الصحفي في القنصلية): the object
  // is what is said, not a subject after the verb
  const headlineObject =
    v.present && !comp && OBJECT_SAID.has(v.lemma) && i + 1 < run.b && !!tokens[i + 1]?.word;
  if (!saysSomething(run, i, v, comp) && !headlineObject) return null;
  const found = speakerIn(ctx, a, subjectEnd, v.gender);
  // only a known organisation or place, or a titled person (or one a role presents): a bare phrase before a
  // verb is too often an adverb
  if (!found) return null;
  // أما X فقال …: the topic before the verb's ف is its subject, however it is worded
  // (not a topic a preposition opens: أما عن دور …، فقالت)
  const topic =
    AS_FOR.has(tokens[firstWordFrom(tokens, run.a, i)]!.norm) &&
    /^ف/.test(tokens[i]!.norm) &&
    !startsWithPrep(tokens[a]!, ctx.text);
  const how = found.speaker.how;
  // what the subject issued right after the verb (جماعة X تعلن مسؤوليتها عن …): whoever the words before name
  const issued = isSpeechObject(tokens[firstWordFrom(tokens, i + 1, run.b)]);
  // a person who tells an outlet, right after the verb (فلان يكتب لـCNN: …): the name before it speaks
  const tells = found.speaker.type === 'person' && pastAddressee(ctx, i + 1, run.b) > i + 1;
  if (
    !topic &&
    !issued &&
    !tells &&
    how !== 'lexicon' &&
    how !== 'title' &&
    how !== 'pattern' &&
    !(apposition?.role && found.speaker.type === 'person') &&
    // (a body its head word names, وزارة الداخلية التابعة للحركة نفت)
    !(how === 'phrase' && found.speaker.type === 'organization' && orgNameHead(tokens[a]!)) &&
    !(conjunctionSubject && how !== 'impersonal')
  )
    return null;
  const covered = tokens[subjectEnd - 1]!.end;
  // the speaker must reach the verb, but for an adjective or two after a known name (المرصد … المعارض)
  if (
    !topic &&
    !issued &&
    found.speaker.end < covered - 1 &&
    !((how === 'lexicon' || how === 'pattern') && adjectivesUpTo(tokens, found.speaker.end, subjectEnd))
  )
    return null;
  const att = relayedSource(ctx, i, v, comp, namedAttribution(ctx, i, v, found, []));
  return { att, contentFrom: comp ? comp.at : i + 1, narrationAt: objectNarration(tokens, i, run.b, comp) };
}

/** A body's kind with the article (الجيش، الصحيفة) or a word that opens an unnamed source (مسؤولون، مصادر). */
function kindOrSource(t: AttributionContext['tokens'][number]): boolean {
  return t.word && (definiteKindHeads().has(t.norm) || isSourceStem(t.norm));
}

/** The token after the outlet the verb at i spoke to and what it issued, if they follow it (قال للتلفزيون
 *  الحكومي إن، تعلن مسؤوليتها عن), before `end`. */
function pastAddresseeAndObject(ctx: AttributionContext, i: number, end: number): number {
  const k = firstWordFrom(ctx.tokens, pastAddressee(ctx, i + 1, end), end);
  return isSpeechObject(ctx.tokens[k]) ? k + 1 : k;
}

const CONCESSIVE = wordSet('attribution-words', 'concessive');
const FROM_WORD = theWord('rule-words', 'from');

/** رغم or الرغم من right before token k. */
function concessiveBefore(tokens: AttributionContext['tokens'], k: number): boolean {
  let p = k - 1;
  if (tokens[p]?.norm === FROM_WORD) p--;
  return !!tokens[p]?.word && CONCESSIVE.has(tokens[p]!.norm);
}

/** Where the clause of the verb at i starts: after the last comma before it that a conjunction opening a
 *  clause follows (ولا تعرف الجهة …، ولكن وزير الإعلام … قال), or after a concession's أن, else at the
 *  sentence's start. */
function clauseStart(tokens: AttributionContext['tokens'], a: number, i: number): number {
  for (let k = i - 1; k > a; k--) {
    if (tokens[k]!.norm === ':') return k + 1; // (a headline's place before a colon: بلد: جماعة X تعلن …)
    // a concessive clause's أن (على الرغم من أن X جدد …): the subject starts after it
    if (COMPLEMENT.has(tokens[k]!.norm) && concessiveBefore(tokens, k)) return k + 1;
    // the outlet's "it is recalled that" (ويذكر أن X قال …، يشار إلى أن X أعلن): the subject starts after أن
    if (COMPLEMENT.has(tokens[k]!.norm) && impersonalBefore(tokens, a, k)) return k + 1;
    if (!tokens[k]!.word || !OPENING_CONJUNCTION.has(tokens[k]!.norm)) continue;
    let c = k - 1;
    while (c > a && !tokens[c]!.word && !isCommaTok(tokens[c]!)) c--;
    if (isCommaTok(tokens[c]!)) return k;
  }
  return a;
}

/** The words before the أن at k are an impersonal verb of the outlet's, with at most its preposition
 *  (ويذكر أن، يشار إلى أن). */
function impersonalBefore(tokens: AttributionContext['tokens'], a: number, k: number): boolean {
  let first = a;
  while (first < k && !tokens[first]!.word) first++;
  return first < k && IMPERSONAL_VERB.test(tokens[first]!.norm) && wordsBetween(tokens, first, k) <= 2;
}

/** Tokens [a, b) are a person's name: name-like words, or a name the tagger or a title found. */
function nameBetween(ctx: AttributionContext, a: number, b: number): boolean {
  const { tokens } = ctx;
  while (a < b && !tokens[a]!.word) a++;
  if (a >= b) return false;
  if (allNameLike(tokens, a, b)) return true;
  const end = tokens[b - 1]!.end;
  return !!firstStartingIn(
    ctx.mentions,
    tokens[a]!.start,
    tokens[a]!.start + 1,
    (m) => isNamedPerson(m) && m.end >= end - 1,
  );
}

/** The words from offset `from` to token `end` are one or two definite words (adjectives after a name), each
 *  perhaps with a word that leads it (شبه الرسمية) or a definite word with ل that completes it (التابعة للحركة). */
function adjectivesUpTo(tokens: AttributionContext['tokens'], from: number, end: number): boolean {
  let words = 0;
  for (let k = end - 1; k >= 0 && tokens[k]!.start >= from; k--) {
    const t = tokens[k]!;
    if (!t.word) continue;
    const lead = ADJECTIVE_LEAD.has(t.norm) && isDefiniteWord(tokens[k + 1] ?? t);
    if (lead) continue;
    const completes =
      k === end - 1 && /^لل../.test(t.norm) && !!tokens[k - 1] && isDefiniteWord(tokens[k - 1]!);
    if (completes) continue;
    if (!isDefiniteWord(t) || verbAt(t) || ++words > 2) return false;
  }
  return true;
}
const ADJECTIVE_LEAD = wordSet('attribution-words', 'adjective_lead');

/** Where a subject before the verb at i ends when an apposition follows it: the comma after the subject,
 *  when a comma right before the verb closes what follows it, and that opens with a role title (the person
 *  the role presents: سامي كريمر، الباحث في …، أكد) or a definite noun (a body described: "جيش الإسلام"،
 *  الفصيل الأقوى في الغوطة، ينفي). Null otherwise. */
function appositionBefore(
  ctx: AttributionContext,
  a: number,
  i: number,
): { end: number; role: boolean; named?: boolean } | null {
  const { tokens } = ctx;
  const comma = (k: number) => !tokens[k]!.word && /^[،,]$/.test(tokens[k]!.norm);
  let close = i - 1;
  while (close > a && !tokens[close]!.word && !comma(close)) close--;
  if (close <= a || !comma(close)) return null;
  for (let k = a + 1; k < close; k++) {
    if (!comma(k)) continue;
    const title = titleAt(tokens, k + 1, close);
    if (title && (title.title.kind === 'role' || title.title.kind === 'rank')) return { end: k, role: true };
    // a role, then between commas the name of the one who holds it (وزير الإعلام، ريمي X، قال)
    if (titleAt(tokens, a, k) && wordsBetween(tokens, k + 1, close) <= 4 && nameBetween(ctx, k + 1, close))
      return { end: close, role: true, named: true };
    const next = tokens[k + 1];
    // a definite noun, or "and its seat" (المرصد، ومقره بريطانيا، قال)
    const seat = !!next?.word && next.norm.startsWith('و') && SEAT.has(next.norm.slice(1));
    return next?.word && (/^ال/.test(next.norm) || seat) ? { end: k, role: false } : null;
  }
  return null;
}

/** The verb at i has something said after it: its complement, or for a denial, an announcement or an
 *  appeal, the object that follows it in the sentence. */
export function saysSomething(
  run: SentenceRun,
  i: number,
  v: VerbInfo,
  comp: Complement,
  tokens?: AttributionContext['tokens'],
): boolean {
  const objectSays = v.stance === 'denies' || v.kind === 'announce' || v.kind === 'appeal';
  // (a verb of saying with what happened as its object: وكان فلان قد أكد سقوط طائرة)
  const event = v.kind === 'say' && !!tokens?.[i + 1]?.word && isEventNoun(tokens[i + 1]!.norm);
  return Boolean(comp) || ((objectSays || event) && i + 1 < run.b);
}

/** Tokens [a, b) hold no word but time adverbs (ذكر مساء أن …). */
function onlyAdverbs(tokens: AttributionContext['tokens'], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.word && !TIME_ADVERB.test(tokens[k]!.norm)) return false;
  return true;
}

/** كان/كانت that opens a past report: its subject stands between it and the verb (وكانت الوزارة أعلنت …،
 *  وكان المتحدث قد قال إن …). Returns the index of كان, or -1. */
function pluperfectAt(ctx: AttributionContext, run: SentenceRun, i: number): number {
  const { tokens } = ctx;
  let words = 0;
  let onlyAlready = true; // no word but قد between the verb and token k
  let closed = false; // a comma closed the subject before قد: one more may open an apposition in it
  let bare = false; // that comma stood right before the verb: only with the one that opens the apposition
  // (where it was said, between commas before the verb, is passed: كان الرئيس، فلان، في بيان، قال)
  const before = occasionBefore(ctx, run.a, i);
  for (let k = before - 1; k >= run.a && words <= PLUPERFECT_SUBJECT_WORDS; k--) {
    const t = tokens[k]!;
    if (!t.word) {
      if (!/^[،,.:؛;]$/.test(t.norm)) continue;
      // (a comma that closes the subject before قد is the subject's: وكان X وY، قد قالوا; and the one that
      // opens the apposition it closes: وكان قائد العملية، اللواء X، قد قال — also with no قد: وكان
      // الرئيس، X، قال)
      if (onlyAlready && isCommaTok(t) && !closed) {
        closed = true;
        // (not before a verb with و, a new clause: كان X، وتأثر بـY، وقال)
        bare = k === before - 1 && before === i;
        if (bare && /^و/.test(tokens[i]!.norm)) return -1;
      } else if (closed && isCommaTok(t)) {
        closed = false;
        bare = false;
      } else return -1;
      continue;
    }
    if (t.norm !== ALREADY_WORD) onlyAlready = false;
    // (not كان before هناك, "there was": إن كانت هناك حاجة … فقال)
    // (a comma right before the verb only when the verb has no subject of its own: وكان X، توعد الأحد، بأنه)
    if (KANA.test(t.norm))
      return (bare && !whenThenComplement(ctx, k, i, run.b)) || PLACE_ADVERB.has(tokens[k + 1]?.norm ?? '')
        ? -1
        : k;
    if (verbAt(t)) return -1;
    words++;
  }
  return -1;
}

/** كان + subject + (قد) + verb: the subject before the verb speaks, and what follows the verb is its
 *  complement or object, not a second subject. */
export function pluperfectStatement(
  ctx: AttributionContext,
  run: SentenceRun,
  i: number,
  v: VerbInfo,
  comp: Complement,
): Opened | null {
  const { tokens } = ctx;
  const kana = pluperfectAt(ctx, run, i);
  if (kana < 0) return null;
  // (where it was said between commas: وكان المتحدث، فلان، في بيان، قال)
  const upTo = occasionBefore(ctx, kana + 1, i);
  // (the seat or description between commas after the subject: وكان المرصد، ومقره لندن، أفاد)
  let end = appositionBefore(ctx, kana + 1, upTo)?.end ?? upTo;
  while (end > kana + 1 && tokens[end - 1]!.norm === ALREADY_WORD) end--;
  end = beforeAbbreviation(tokens, kana + 1, end);
  while (end > kana + 1 && (!tokens[end - 1]!.word || tokens[end - 1]!.norm === ALREADY_WORD)) end--;
  if (!saysSomething(run, i, v, comp, tokens)) return null;
  // وكان قد قال: no subject between; one before كان (يذكر أن الوزارة كانت قد أعلنت …), or none here
  if (end <= kana + 1) return subjectBeforeKana(ctx, run, kana, i, v, comp);
  const found = speakerIn(ctx, kana + 1, end, v.gender);
  // the speaker must reach the verb, or a second one joined with و follows it (وكان X وY، قد قالوا)
  // (or an adjective or two after a known name: وكانت وكالة "فارس" شبه الرسمية، قد أعلنت)
  if (
    !found ||
    (found.speaker.end < tokens[end - 1]!.end - 1 &&
      !joinedAfter(tokens, found.speaker.end, end) &&
      !placeUpTo(ctx, found.speaker.end, end) &&
      !(
        (found.speaker.how === 'lexicon' || found.speaker.how === 'pattern') &&
        adjectivesUpTo(tokens, found.speaker.end, end)
      ))
  )
    return null;
  if (startsWithPrep(tokens[kana + 1]!, ctx.text)) return null;
  const att = relayedSource(ctx, i, v, comp, namedAttribution(ctx, i, v, found, []));
  return { att, contentFrom: comp ? comp.at : i + 1, narrationAt: objectNarration(tokens, i, run.b, comp) };
}

/** The subject right before كان at `kana`, from the sentence's start or a complementizer (يذكر أن الوزارة
 *  كانت قد أعلنت …): a known body or a titled person reaching كان. */
function subjectBeforeKana(
  ctx: AttributionContext,
  run: SentenceRun,
  kana: number,
  i: number,
  v: VerbInfo,
  comp: Complement,
): Opened | null {
  const { tokens } = ctx;
  let a = kana;
  while (a > run.a && tokens[a - 1]!.word && !COMPLEMENT.has(tokens[a - 1]!.norm)) a--;
  if (
    a >= kana ||
    wordsBetween(tokens, a, kana) > SUBJECT_FIRST_WORDS ||
    startsWithPrep(tokens[a]!, ctx.text)
  )
    return null;
  const found = speakerIn(ctx, a, kana, v.gender);
  const how = found?.speaker.how;
  if (!found || (how !== 'lexicon' && how !== 'title' && how !== 'pattern')) return null;
  if (found.speaker.end < tokens[kana - 1]!.end - 1 && !adjectivesUpTo(tokens, found.speaker.end, kana))
    return null;
  const att = relayedSource(ctx, i, v, comp, namedAttribution(ctx, i, v, found, []));
  return { att, contentFrom: comp ? comp.at : i + 1, narrationAt: objectNarration(tokens, i, run.b, comp) };
}
