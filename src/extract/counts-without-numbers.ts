// Counts written without a number: ordinal days (لليوم الرابع = a duration of four days) and things
// named once (بتفجير سيارة مفخخة = one car bomb, lexicons/implied-one.tsv).

import { loadTsv, many, oneOfWords, theWord, wordSet } from '../lexicon/index.js';
import { codeUnitAt } from '../text/char-classes.js';
import { normalize } from '../text/normalize.js';
import { tokenStems } from '../text/tokens.js';
import type { Claim, Measure, NumberMention, Sentence, Token } from '../types.js';
import type { AttrSegment } from './attribution/index.js';
import { NONE, segmentAt } from './attribution/statement-at.js';
import { countedIn } from './claim-counted.js';

const DAY_WORD = theWord('rule-words', 'day');
const ONE_WORD = theWord('rule-words', 'one');

let ordinals: Map<string, number> | null = null;
/** The first words of the ordinals of two words (الحادي عشر): only after one of them is a pair of words
 *  joined and looked up (performance: a day word is common, a two-word ordinal after it rare). */
let twoWordFirsts: Set<string> | null = null;
function ordinalMap(): Map<string, number> {
  if (ordinals) return ordinals;
  ordinals = new Map();
  for (const r of loadTsv('ordinals'))
    for (const f of many(r.ordinal)) ordinals.set(normalize(f), Number(r.value));
  twoWordFirsts = new Set();
  for (const k of ordinals.keys()) {
    const space = k.indexOf(' ');
    if (space >= 0) twoWordFirsts.add(k.slice(0, space));
  }
  return ordinals;
}

const DAY = wordSet('claim-words', 'today');
/** "لليوم الرابع" / "اليوم الثالث على التوالي": an ordinal day counts a duration. */
export function ordinalDays(tokens: Token[], sentences: Sentence[]): NumberMention[] {
  const ord = ordinalMap();
  const out: NumberMention[] = [];
  for (const i of openingsOf(tokens).days) {
    if (i + 1 >= tokens.length) break;
    const t = tokens[i]!;
    const o = tokens[i + 1]!;
    let v = ord.get(o.norm);
    let end = o.end;
    const o2 = tokens[i + 2];
    if (o2 && twoWordFirsts!.has(o.norm) && ord.has(o.norm + ' ' + o2.norm)) {
      v = ord.get(o.norm + ' ' + o2.norm);
      end = o2.end;
    }
    if (!v || v < 2) continue;
    if (!inASentence(sentences, t)) continue;
    out.push({
      start: t.start,
      end,
      numStart: t.start,
      numEnd: end,
      low: v,
      high: v,
      qualifier: 'exact',
      form: 'words',
      noun: DAY_WORD,
      notCount: undefined, // the numbers' shape (numbers/context.ts emit)
    });
  }
  return out;
}

/** Whether a sentence holds the token (a function apart: a closure over the loop's token would make
 *  each turn of the loop allocate its scope, for every token; performance). */
function inASentence(sentences: Sentence[], t: Token): boolean {
  for (const s of sentences) if (t.start >= s.start && t.end <= s.end) return true;
  return false;
}

let oneOf: { counts: ReadonlySet<string>; negations: ReadonlySet<string>; lengths: Set<number> } | null =
  null;
function oneOfLexicon(): {
  counts: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  lengths: Set<number>;
} {
  oneOf ??= (() => {
    const counts = oneOfWords('one_of');
    const negations = oneOfWords('negation');
    return { counts, negations, lengths: new Set([...counts].map((w) => w.length)) };
  })();
  return oneOf;
}

/** The tokens each count without a number may open, in order, found in one pass over a document's tokens
 *  (performance: ordinalDays, oneOfMany and impliedOnes each read every token): day words, one-of words
 *  (with or without proclitics), and words ending as a first word of implied-one.tsv does (a necessary
 *  test). Kept per tokens list, as sorted-spans keeps its holder indexes (no per-document module state). */
interface Openings {
  days: number[];
  ones: number[];
  implied: number[];
}
const openings = new WeakMap<Token[], Openings>();
function openingsOf(tokens: Token[]): Openings {
  const known = openings.get(tokens);
  if (known) return known;
  const { counts, lengths } = oneOfLexicon();
  impliedLexicon();
  const found: Openings = { days: [], ones: [], implied: [] };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const w = t.norm;
    if (DAY.has(w)) found.days.push(i);
    if (counts.has(w) || counts.has(withoutProclitics(w, lengths))) found.ones.push(i);
    if (impliedEndings![ending(w)]) found.implied.push(i);
  }
  openings.set(tokens, found);
  return found;
}

/** `word.replace(/^(?:[وف]?[بل]?)/, '')`, read by hand; the word itself when what is left has a length no
 *  word of `lengths` has (performance: most words start with one of these letters, and nearly none is
 *  a count, so no copy is made for them). */
function withoutProclitics(word: string, lengths: Set<number>): string {
  let k = 0;
  let c = codeUnitAt(word, 0);
  if (c === 0x648 || c === 0x641) c = codeUnitAt(word, ++k); // و ف
  if (c === 0x628 || c === 0x644) k++; // ب ل
  return k > 0 && lengths.has(word.length - k) ? word.slice(k) : word;
}

/** "استشهد أحد أفراد الدورية": أحد / إحدى before a noun counts one (lexicons/one-of.tsv), unless a
 *  negation stands within the three words before it (لم يصب أحد). The noun after it is the counted one.
 *  The claims stage keeps such a count only where a measure cue names what happened to it. */
export function oneOfMany(tokens: Token[], sentences: Sentence[]): NumberMention[] {
  const { negations } = oneOfLexicon();
  const out: NumberMention[] = [];
  let si = 0;
  for (const i of openingsOf(tokens).ones) {
    if (i + 1 >= tokens.length) break;
    const t = tokens[i]!;
    if (t.norm === ONE_WORD) continue; // the number word "one", read by the number scanner
    const next = tokens[i + 1]!;
    if (!next.word) continue;
    let negated = false;
    for (let k = i - 1, words = 0; k >= 0 && words < 3; k--)
      if (tokens[k]!.word) {
        words++;
        const word = tokens[k]!.norm;
        if (negations.has(word) || negations.has(word.replace(/^[وف]/, ''))) negated = true;
      }
    if (negated) continue;
    while (si < sentences.length && sentences[si]!.end <= t.start) si++;
    const s = sentences[si];
    if (!s || t.start < s.start) continue;
    out.push({
      start: t.start,
      end: next.end, // the count is "one of them": أحد with its noun
      numStart: t.start,
      numEnd: t.end,
      low: 1,
      high: 1,
      qualifier: 'exact',
      form: 'words',
      noun: next.norm,
      notCount: undefined, // the numbers' shape (numbers/context.ts emit)
    });
  }
  return out;
}

let implied: { measure: Measure; words: string[] }[] | null = null;
let impliedFirst: Set<string> | null = null;
function impliedLexicon(): { implied: { measure: Measure; words: string[] }[]; impliedFirst: Set<string> } {
  implied ??= loadTsv('implied-one').map((r) => ({
    measure: r.measure as Measure,
    words: normalize(r.phrase!).split(' '),
  }));
  impliedFirst ??= new Set(implied.map((p) => p.words[0]!));
  if (!impliedEndings) {
    impliedEndings = new Uint8Array(1 << 16);
    endingLetters = [...impliedFirst].every((w) => w.length >= 3) ? 3 : 2;
    for (const w of impliedFirst) impliedEndings[ending(w)] = 1;
  }
  return { implied, impliedFirst };
}
/** The last letters of the first words of `implied`, hashed (a necessary test before the stems: every
 *  stem of a word ends as the word does in its last three letters, the clitics being all in front, and
 *  لل read as ال leaving at least two letters after it). Three letters when every first word has three
 *  (two let a word in four times as often: a fifth of all words end in ه), else two. */
let impliedEndings: Uint8Array | null = null;
let endingLetters = 2;
const ending = (w: string): number => {
  const n = w.length;
  const two = ((codeUnitAt(w, n - 1) & 0xff) << 8) | (codeUnitAt(w, n - 2) & 0xff);
  return endingLetters === 3 ? (two ^ ((codeUnitAt(w, n - 3) & 0xff) * 0x9e)) & 0xffff : two;
};

/** One thing counted without a number (بتفجير سيارة مفخخة): lexicons/implied-one.tsv. Not figures of
 *  the dossier (no number is written), but they take part in the comparison of counts. */
export function impliedOnes(
  doc: string,
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  segments: AttrSegment[],
): Claim[] {
  const { implied, impliedFirst } = impliedLexicon();
  const out: Claim[] = [];
  let si = 0;
  let after = 0; // the token after the last phrase found: the next starts there or later
  for (const i of openingsOf(tokens).implied) {
    if (i < after) continue;
    const t = tokens[i]!;
    let any = false;
    for (const st of tokenStems(t)) if (impliedFirst.has(st)) any = true;
    if (!any) continue;
    while (si < sentences.length && sentences[si]!.end <= t.start) si++;
    const s = sentences[si];
    if (!s || t.start < s.start) continue;
    for (const p of implied) {
      if (!tokenStems(t).includes(p.words[0]!)) continue;
      let j = i + 1,
        k = 1;
      while (k < p.words.length && tokens[j]?.word && tokens[j]!.norm === p.words[k]) {
        j++;
        k++;
      }
      if (k < p.words.length) continue;
      const before = tokens[i - 1];
      if (before && /^[0-9]/.test(before.norm)) continue; // "3 سيارة" is a written number
      const end = tokens[j - 1]!.end;
      const n: NumberMention = {
        start: t.start,
        end,
        numStart: t.start,
        numEnd: end,
        low: 1,
        high: 1,
        qualifier: 'exact',
        form: 'words',
      };
      const seg = segmentAt(segments, t.start);
      const attribution = seg ? seg.attribution : NONE;
      out.push({
        doc,
        start: t.start,
        end,
        measure: p.measure,
        group: text.slice(t.start, end),
        counted: countedIn(text.slice(t.start, end)),
        value: { low: 1, high: 1, qualifier: 'exact' },
        number: n,
        stance: attribution.stance,
        attribution,
        implied: true,
      });
      after = j;
      break;
    }
  }
  return out;
}
