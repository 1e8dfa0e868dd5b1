// The words and token tests of attribution: quote marks, complementisers, prepositions, adverbs, verbs.

import {
  alternation,
  lexicons,
  loadTsv,
  many,
  prefixTest,
  prepositionWords,
  relativePronouns,
  theWord,
  type VerbInfo,
  wordSet,
} from '../../lexicon/index.js';
import { codeUnitAt } from '../../text/char-classes.js';
import { normalize } from '../../text/normalize.js';
import type { Attribution, Span, Token } from '../../types.js';
import { orgNameHead } from '../descriptions.js';
import { overlapTest } from '../sorted-spans.js';
import { isNameLink } from '../speakers/words.js';

const IN_WORD = theWord('rule-words', 'in');
const ON_WORD = theWord('rule-words', 'on');
const VIA_WORD = theWord('rule-words', 'via');
const WHAT_WORD = theWord('rule-words', 'what');
/** ما alone or with ل/ب glued (بحسب ما، وفقا لما): what a verb after it reports. */
export const WHAT_WITH_CLITIC = new RegExp(`^[لب]?${WHAT_WORD}$`);

/** A class of lexicons/attribution-words.tsv as a test on a token's normalised form. */
function attributionWords(cls: string): { test: (norm: string) => boolean } {
  let words: Set<string> | null = null;
  return {
    test: (norm) =>
      (words ??= new Set(
        loadTsv('attribution-words')
          .filter((row) => row.class === cls)
          .map((row) => row.word!),
      )).has(norm),
  };
}

export const OPEN_Q = /["“«„″]/;
export const ANY_Q = /["“”«»„″]/;
let speechObjects: Map<string, Set<string>> | null = null;
/** Does token t open what verb `lemma` says with one of its prepositions (lexicons/speech-objects.tsv):
 *  the preposition as a word (من، إلى، عن) or glued as the word's first letter (بمقتل)? */
export function opensSpeech(lemma: string, t: Token): boolean {
  speechObjects ??= new Map(
    loadTsv('speech-objects').map((r) => [r.lemma!, new Set(many(r.opens).map((p) => normalize(p)))]),
  );
  const preps = speechObjects.get(lemma);
  if (!preps || !t.word || t.norm === IN_NAME_OF_WORD) return false; // باسم opens a spokesman's body
  // (the name علي, written with ي, is no على: شدد الممثل علي X على …)
  if (preps.has(t.norm)) return t.norm !== ON_WORD || isOnPrep(t, verbs.text);
  const first = t.norm[0]!;
  return t.norm.length > 3 && (first === 'ب' || first === 'ل') && preps.has(first);
}
const IN_NAME_OF_WORD = theWord('rule-words', 'in_name_of');
export const COMPLEMENT = wordSet('attribution-words', 'complement');
/** لكن، غير، إلا، بيد: a conjunction of contrast that opens a clause (إلا أن، غير أن). */
export const CONTRAST_OPENING = wordSet('attribution-words', 'contrast_opening');
/** هذا، ذلك: demonstratives (before a time word, an ordinal, a tally). */
export const DEMONSTRATIVE = wordSet('attribution-words', 'demonstrative');
const TALLY = wordSet('attribution-words', 'tally');
/** Tokens k and k+1 are a demonstrative and a tally (هذه الحصيلة): the figures of the sentence before. */
export const tallyAt = (tokens: Token[], k: number): boolean =>
  DEMONSTRATIVE.has(tokens[k]?.norm ?? '') && TALLY.has(tokens[k + 1]?.norm ?? '');
export const TRAIL = wordSet('attribution-words', 'trailing_preposition');
// على and the name علي fold to one form: tell them apart by the letter as written

export const isOnPrep = (t: Token, text: string) =>
  t.norm === ON_WORD && text.slice(t.start, t.end).endsWith('ى');
// words that start an adverbial inside the subject phrase (في بيان، خلال مؤتمر صحفي، يوم الأحد)
export const ADVERB_AFTER_FI = { test: prefixTest('attribution-words', 'occasion') };
// "… لموقعنا / لصحيفة X / لوكالة X / لـCNN": the outlet spoken to, glued to its ل (a Latin name too)
export const TO_OUTLET = new RegExp(
  `^ل(?:${alternation('attribution-words', 'outlet_stem')}|(?:${alternation('attribution-words', 'outlet_short')})$|[a-z])`,
);
/** The forms of كان after an optional و/ف (وكانت X أعلنت; بحسب مسؤول كانت الطائرة تحمل). */
export const KANA = new RegExp(`^[وف]?(?:${alternation('attribution-words', 'pluperfect_kana')})$`);
/** The outlet spoken to with the article after ل (للتلفزيون الحكومي، للإذاعة): only right after the verb. */
export const TO_OUTLET_DEFINITE = new RegExp(`^لل(?:${alternation('attribution-words', 'outlet_stem')})`);
export const ADVERB = attributionWords('adverb');
// how someone spoke (بصوت مرتجف، مازحا): never the speaker
export const MANNER = attributionWords('manner');

// time adverbs that may stand between a verb and its complement (ذكر مساء أن): not a subject
export const TIME_ADVERB = attributionWords('time_adverb');
// nouns of time a relative clause can describe (في الوقت الذي أعلنت فيه X): never its speaker
export const TIME_NOUN = attributionWords('time_noun');
/** A noun after a relay marker that names what a thing follows, not a source (وفقا للتطورات، وفق الآتي). */
export const NOT_SOURCE = attributionWords('not_source');
/** A passive reporting verb the outlet narrates with, no one speaking (يذكر أن، يشار إلى أن). */
export const IMPERSONAL_VERB = attributionWords('impersonal_verb');

export const isQuoteTok = (t: Token) => !t.word && ANY_Q.test(t.norm);
/** A comma (Arabic or Latin) standing alone. */
export const isCommaTok = (t: Token | undefined) => !!t && !t.word && /^[،,]$/.test(t.norm);
/** "From its seat, its side" (من مقره في …، ومقره بريطانيا). */
export const SEAT = wordSet('attribution-words', 'seat');
/** A word with the article and at least two letters after it (الوزارة), nothing before it. */
export const isDefiniteWord = (t: Token) => t.word && /^ال[\u0621-\u064A]{2,}$/.test(t.norm);
const EVENT_NOUN = attributionWords('event_noun');
/** A verbal noun of what happened without the article (سقوط، مقتل 5): it opens what a body announces,
 *  never the body's name. */
export const isEventNoun = (norm: string) => EVENT_NOUN.test(norm);
export const PREP_START = new RegExp(
  `^(?:${alternation('attribution-words', 'phrase_preposition')}|و?[بلمك]?${WHAT_WORD}|[لب](?:نا|ي|ه|ها|هم|هما|كم))$`,
);
// a subject that is only a pronoun (كما يقول هو نفسه) leaves the speaker implied
export const startsWithPrep = (t: Token, text: string) => PREP_START.test(t.norm) || isOnPrep(t, text);
/** A quote mark that opens a quoted name of at most three words ("قسد"، “الإدارة الذاتية”). */
export function shortQuotedName(tokens: Token[], i: number, end: number): boolean {
  let words = 0;
  for (let j = i + 1; j < Math.min(end, i + 6); j++) {
    const t = tokens[j]!;
    if (t.word) {
      if (!words && COMPLEMENT.has(t.norm)) return false; // "أنها كاذبة": what is said, not a name
      words++;
      continue;
    }
    // a name ends before its closing mark; a complement there opens what is said (قناة "X بأن "…")
    if (/^["”»″]$/.test(t.norm))
      return (
        words >= 1 &&
        words <= 3 &&
        !COMPLEMENT.has(tokens[j - 1]!.norm) &&
        !saidBefore(tokens, i, j, words, end)
      );
    return false;
  }
  return false;
}

/** The quote between the marks at tokens `open` and `close` is what was said, not a quoted name: two
 *  words or more, not after the kind of a body (صحيفة "X" قائلة), and a reporting participle right after
 *  it (قال X "…" مضيفا). */
function saidBefore(tokens: Token[], open: number, close: number, words: number, end: number): boolean {
  if (words < 2) return false;
  let before = open - 1;
  while (before >= 0 && !tokens[before]!.word) before--;
  if (before >= 0 && orgNameHead(tokens[before]!)) return false;
  let k = close + 1;
  while (k < end && !tokens[k]!.word) k++;
  const v = k < end ? verbAt(tokens[k]!) : null;
  return !!v?.participle && v.kind !== 'relay'; // (not نقلا عن, which passes on another's words)
}
export const CHANNEL = attributionWords('channel');
/** A social network or the speaker's own account (تويتر، حسابه، صفحتها): where a statement was posted,
 *  never the speaker and no relay; a named channel may follow it. */
export const PLATFORM = wordSet('attribution-words', 'platform');
/** في، على، عبر: the prepositions before a channel. */
const beforeChannel = (w: string) => w === IN_WORD || w === ON_WORD || w === VIA_WORD;
/** Index of "في/على/عبر" followed by a channel word (خدمة، موقع، حساب …) in [a, b), or -1. */
export function channelAt(tokens: Token[], a: number, b: number): number {
  for (let i = a; i + 1 < b; i++) {
    if (beforeChannel(tokens[i]!.norm) && CHANNEL.test(tokens[i + 1]!.norm)) return i;
  }
  return -1;
}

/** The reporting verbs read for the current document's tokens, by token index (`of`: the token each was
 *  read for). attribute() starts each document with an empty one (forgetVerbs). */
let verbs: {
  of: Token[];
  verb: (VerbInfo | null)[];
  tokens: readonly Token[];
  text: string;
  mentions: readonly Span[];
  inMention: ((start: number, end: number) => boolean) | null;
} = { of: [], verb: [], tokens: [], text: '', mentions: [], inMention: null };
export function forgetVerbs(tokens: readonly Token[], text: string, mentions: readonly Span[]): void {
  verbs = {
    of: new Array(tokens.length),
    verb: new Array(tokens.length),
    tokens,
    text,
    mentions,
    inMention: null,
  };
}

/** The reporting verb a token is, as written or without a leading و/ف (bareForms' two forms, tried in
 *  its order without building its array), looked up once per token: this runs several times for every
 *  token. */
export function verbAt(t: Token): VerbInfo | null {
  if (verbs.of[t.index] === t) return verbs.verb[t.index]!;
  let v = verbOf(t);
  const before = v ? verbs.tokens[t.index - 1] : undefined;
  if (
    before?.word &&
    before.end + 1 >= t.start &&
    (isNameLink(before.norm) ||
      masdarAfter(before, t) ||
      MASDAR_BEFORE.has(before.norm) ||
      statementAfterRelay(before))
  )
    v = null;
  verbs.of[t.index] = t;
  verbs.verb[t.index] = v;
  return v;
}

/** A relay marker's first word, without its و (حسبما، بحسب، وفقا، نقلا). */
export const RELAY_LEAD = wordSet('attribution-words', 'relay_lead');
/** A relay marker's first word, with or without its و (بحسب، وبحسب، نقلا). */
export const isRelayLead = (norm: string): boolean =>
  RELAY_LEAD.has(codeUnitAt(norm, 0) === 0x648 && norm.length > 2 ? norm.slice(1) : norm);
/** ما alone, with a preposition (بما، لما) or closing a relay marker (حسبما): before a verb, the verb of a
 *  relay marker; not كما, "also" before a verb (كما أدانت المنظمة الجريمة). */
export const isWhatBeforeVerb = (norm: string): boolean =>
  WHAT_WITH_CLITIC.test(norm) || (RELAY_LEAD.has(norm) && norm.endsWith(WHAT_WORD));
/** A relative pronoun, with or without its و (الذي، والتي). */
export const isRelativeWord = (norm: string): boolean =>
  relativePronouns().has(codeUnitAt(norm, 0) === 0x648 && norm.length > 3 ? norm.slice(1) : norm);
/** The first relative pronoun in tokens [a, b) (المرصد | الذي أشار …، بيان الوزارة | والذي جاء فيه), or b. */
export function beforeRelative(tokens: Token[], a: number, b: number): number {
  for (let k = a; k < b; k++) if (tokens[k]!.word && isRelativeWord(tokens[k]!.norm)) return k;
  return b;
}
/** A statement's noun after a relay marker and before its author (بحسب بيان للجيش، بحسب إفادة طالب). */
export const STATEMENT_BY = wordSet('attribution-words', 'statement_by');
/** A statement's noun right after a relay marker (بحسب إفادة | طالب، وفق رواية | شاهد): the word after it
 *  is its author, not a verb (طالب). */
function statementAfterRelay(noun: Token): boolean {
  const marker = verbs.tokens[noun.index - 1];
  return STATEMENT_BY.has(noun.norm) && !!marker?.word && isRelayLead(marker.norm.replace(/^ف(?=..)/, ''));
}

/** عدم، دون: after them a verb's form is its verbal noun (عدم ذكر اسمه، دون ذكر). */
export const MASDAR_BEFORE = wordSet('attribution-words', 'masdar_before');

/** Right after a noun without the article written with ة that a definite word precedes, a bare verb form
 *  is the noun's verbal noun in construct (تولت الخلية مهمة نقل، بدأت الشركة عملية نشر), not a verb. */
function masdarAfter(before: Token, t: Token): boolean {
  const c = codeUnitAt(t.norm, 0);
  if (c === 0x648 || c === 0x641 || before.norm.length < 4 || before.norm.startsWith('ال')) return false;
  // the noun is the object of a verb with a definite subject before it (تولت الخلية مهمة نقل …); after a
  // preposition or another noun (في مقابلة قال، من جهة ثانية أشارت) the verb is one
  const twoBefore = verbs.tokens[before.index - 1];
  if (!twoBefore || !isDefiniteWord(twoBefore)) return false;
  if (codeUnitAt(verbs.text, before.end - 1) !== 0x629) return false; // ة
  // a name so written is the verb's subject (أنقرة قال، حماس)
  verbs.inMention ??= overlapTest(verbs.mentions);
  return !verbs.inMention(before.start, before.end);
}

/** A necessary test before the verb map (most tokens are not verbs, and hashing a fresh string costs):
 *  bit ending(w, n) of `endings` is set for every verb of n letters, by its last two letters (a bit per
 *  ending, 128 KB, read at every word: small enough to stay in the cache). */
let endings = new Uint32Array(0);
let endingsOf: Map<string, VerbInfo> | null = null;
const ending = (w: string, n: number): number =>
  ((((codeUnitAt(w, w.length - 1) & 0xff) << 8) | (codeUnitAt(w, w.length - 2) & 0xff)) << 4) |
  Math.min(n, 15);
/** (an empty word's second ending is -1: a bit past the table's end, read as unset without reading there) */
const hasEnding = (e: number): boolean =>
  e >>> 5 < endings.length && (endings[e >>> 5]! & (1 << (e & 31))) !== 0;

/** ما and its forms with a preposition (وهو ما، كما، بحسب ما), before a verb with an object pronoun. */
/** ما، كما (true) and the nouns for a clause (أمر، خبر: false) a verb with its object's pronoun points back
 *  after: one look-up per token for both (performance: this runs at every token). */
const POINTS_BACK_AFTER = new Map<string, boolean>([
  ...[...wordSet('attribution-words', 'relative_ma')].map((w) => [w, true] as const),
  ...[...wordSet('attribution-words', 'pointing_noun')].map((w) => [w, false] as const),
]);
/** What stands before ما when it points back at the clause before (وهو، هذا، وذلك). */
const POINTING = wordSet('attribution-words', 'pointing');
/** A verb's form of three letters or more and the object pronoun after it (ه، ها، هم). */
const OBJECT_PRONOUN = /^([\u0621-\u064A]{3,}?)(?:ه|ها|هم)$/;

/** After ما, a verb with its object's pronoun (وهو ما نفاه الجيش، كما أكدته الوزارة): the verb, whose
 *  object is the clause before it; null for any other word. */
function pointingBackVerb(t: Token, lexicon: Map<string, VerbInfo>): VerbInfo | null {
  const ma = verbs.tokens[t.index - 1]?.norm ?? '';
  // (كما أكده، وهو ما نفاه، هذا ما أكدته; not كل ما قاله: "all that he said")
  const relative = POINTS_BACK_AFTER.get(ma);
  if (relative === undefined || lexicon.has(t.norm)) return null;
  const noun = !relative; // (وهو أمر نفته الوزارة: a noun for the clause, after وهو)
  if ((noun || ma.length === 2) && !POINTING.has(verbs.tokens[t.index - 2]?.norm ?? '')) return null;
  const bare = OBJECT_PRONOUN.exec(t.norm);
  if (!bare) return null;
  const v = lexicon.get(bare[1]!.replace(/ا$/, 'ي')) ?? lexicon.get(bare[1]!) ?? null; // نفاه → نفي
  // a verb of saying or denying (not one that goes on or appeals: كما حذرها فيصل, "he also warned her")
  return v && (v.kind === 'say' || v.kind === 'announce') ? v : null;
}

/** قول: a verbal noun of saying whose genitive says what follows (بعد قول رئيس الوزراء إن …، نقلت
 *  الوكالة قول الوزير إن …): read as its verb when a word that is no complement follows it (not لقول
 *  إنه). */
const SAYING_NOUN = wordSet('attribution-words', 'saying_noun');
export const isSayingNoun = (t: Token): boolean => t.word && SAYING_NOUN.has(t.norm);

/** The first verbal noun of saying, or statement in construct with its author, in tokens [a, b) (نقلت
 *  الوكالة قول الوزير إن …، نقلت الوكالة بيان الوزارة: …), or -1. */
export function sayingNounIn(tokens: Token[], a: number, b: number): number {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (isSayingNoun(t)) return k;
    const next = tokens[k + 1];
    // (not where it was said, في تغريدة على …: a preposition before or after it)
    if (
      STATEMENT_BY.has(t.norm) &&
      next?.word &&
      k + 1 < b &&
      !/^ل/.test(next.norm) &&
      !prepositionWords().has(next.norm) &&
      !prepositionWords().has(tokens[k - 1]?.norm ?? '')
    )
      return k;
  }
  return -1;
}
function sayingNoun(t: Token, lexicon: Map<string, VerbInfo>): VerbInfo | null {
  if (!SAYING_NOUN.has(t.norm)) return null;
  const next = verbs.tokens[t.index + 1];
  // (nor a preposition after it: قول للعالم كله إن)
  if (!next?.word || next.start > t.end + 1 || COMPLEMENT.has(next.norm) || /^[لب]/.test(next.norm))
    return null;
  const v = lexicon.get(SAYING_VERB);
  return v ? { ...v, gender: null } : null;
}
const SAYING_VERB = theWord('rule-words', 'said');

/** A reporting verb of saying or announcing with its object's pronoun (أعلنها، نشرته، أوردتها), or null. */
export function verbWithObjectPronoun(t: Token): VerbInfo | null {
  const bare = t.word ? OBJECT_PRONOUN.exec(t.norm) : null;
  const v = bare ? (lexicons().verbs.get(bare[1]!) ?? null) : null;
  return v && (v.kind === 'say' || v.kind === 'announce' || v.kind === 'relay') && !v.participle ? v : null;
}

/** The reporting verb at token t points back at the clause before it (وهو ما نفاه الجيش). */
export const pointsBack = (t: Token): boolean => pointingBackVerb(t, lexicons().verbs) !== null;

function verbOf(t: Token): VerbInfo | null {
  if (!t.word) return null;
  const lexicon = lexicons().verbs;
  const w = t.norm;
  if (endingsOf !== lexicon) {
    endingsOf = lexicon;
    endings = new Uint32Array(1 << 15);
    for (const k of lexicon.keys()) {
      const e = ending(k, k.length);
      endings[e >>> 5]! |= 1 << (e & 31);
    }
  }
  const pointing = pointingBackVerb(t, lexicon);
  if (pointing) return pointing;
  const saying = sayingNoun(t, lexicon);
  if (saying) return saying;
  // the word and its form without و/ف end alike: if neither length is a verb's, neither is
  if (!hasEnding(ending(w, w.length)) && !hasEnding(ending(w, w.length - 1))) return null;
  const v = lexicon.get(w);
  if (v) return v;
  const c = codeUnitAt(w, 0);
  return w.length > 2 && (c === 0x648 || c === 0x641) ? (lexicon.get(w.slice(1)) ?? null) : null;
}

export interface State {
  last: { m: Attribution | null; f: Attribution | null; any: Attribution | null };
  byTitle: Map<string, Attribution>;
}

/** Attribute the statements of one document. `tokens` cover the whole text; `sentences` exclude furniture. */

/** The first word token in [a, b), or b when there is none. */
export function firstWordFrom(tokens: Token[], a: number, b: number): number {
  let k = a;
  while (k < b && !tokens[k]!.word) k++;
  return k;
}
