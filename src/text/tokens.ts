// Words and sentences, as spans of the original text.
import type { Sentence, Token } from '../types.js';
import { charClasses, classAt, classBits, classWidth, LETTER, MARK, SPACE } from './char-classes.js';
import { stemsUncached } from './clitics.js';
import { type MappedText, normalizeToken } from './normalize.js';

/** The clitic-stripped forms of a token, computed once per token. */
export const tokenStems = (t: Token): string[] => (t.stems ??= stemsUncached(t.norm));

/** The first stem of a token that `accept` takes and that leaves only proclitics before it, the letters
 *  before the stem matching `proclitics` whole (e.g. /^[وف]?[بلك]?$/: وبالمدينة → المدينة). */
export function stemAfterProclitics(
  t: Token,
  proclitics: RegExp,
  accept: (stem: string) => boolean,
): string | undefined {
  return tokenStems(t).find(
    (stem) => accept(stem) && proclitics.test(t.norm.slice(0, t.norm.length - stem.length)),
  );
}

/** Made on first use: only the bench's baseline segments words this way, and an ICU word segmenter costs
 *  several ms of CPU to make in each thread that imports this module. */
let wordSeg: Intl.Segmenter | null = null;

// One pass, scanned by hand with a table of character classes (char-classes.ts): a run of letters (with
// marks and tatweel), a number (digits of any of the three scripts, with inner separators: 3,000 ١٢٫٥
// 2022.01.23 21:28), or one other visible character. Letters and digits glued together as pages have them
// (374من، و223، الـ20) come out as separate tokens. The same tokens as the regex TOKEN below, which
// documents it, without a match object per token (performance).
export const TOKEN =
  /[\p{L}\p{M}\u0640]+|[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,:/\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*|[^\s\p{L}\p{M}0-9\u0660-\u0669\u06F0-\u06F9]/gu;
const WORDLIKE = /^[\p{L}\p{M}0-9\u0660-\u0669\u06F0-\u06F9]/u;

/** ANY_DIGIT[c] = 1 for the digits 0-9, ٠-٩ and ۰-۹ (a table: the chained range tests ran their last
 *  compares only for rare characters, which met them unoptimised-for: deopts). */
const ANY_DIGIT = new Uint8Array(0x6fa);
for (const [from, to] of [
  [48, 57],
  [0x660, 0x669],
  [0x6f0, 0x6f9],
] as const)
  ANY_DIGIT.fill(1, from, to + 1);
const isAnyDigit = (c: number) => c < 0x6fa && ANY_DIGIT[c] === 1;
const isNumberSeparator = (c: number) =>
  c === 46 || c === 44 || c === 58 || c === 47 || c === 0x66b || c === 0x66c;

/** The end of the number that starts at i: digits, and digits after each inner separator. */
function numberEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n && isAnyDigit(text.charCodeAt(i))) i++;
  while (i + 1 < n && isNumberSeparator(text.charCodeAt(i)) && isAnyDigit(text.charCodeAt(i + 1))) {
    i += 2;
    while (i < n && isAnyDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** The end of the run of letters and marks that starts at i. */
function lettersEnd(classes: Uint8Array, text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const packed = classAt(classes, text, i);
    if (!(classBits(packed) & (LETTER | MARK))) break;
    i += classWidth(packed);
  }
  return i;
}

/** Tokens of text[start, end): words and numbers (split apart where pages glue them), and punctuation.
 *  `whole`, when given, is normalizeWithMap(text): the tokens' normalised forms are read from it. */
export function tokenize(text: string, start = 0, end = text.length, whole?: MappedText): Token[] {
  const classes = charClasses();
  const out: Token[] = [];
  const n = text.length;
  const map = whole?.map;
  // a text without U+FFFD (nearly all) has no token to fold apart: not searched for per token
  const replaced = !!whole && whole.text.includes('\uFFFD');
  let k = 0; // with `whole`: the first normalised character from the token's start on
  let i = start;
  while (i < n && i < end) {
    const step = tokenStep(classes, text, i, end);
    if (step < 0) {
      i = -step - 1;
      continue;
    }
    const s = i;
    const e = step >>> 1;
    const word = (step & 1) === 1;
    i = e;
    let norm: string;
    if (map) {
      // normalizeToken(text, s, e), as a piece of the whole text normalised (no string built per letter
      // folded); a lone surrogate, which the whole text's decoding turns into U+FFFD, is folded apart
      while (map[k]! < s) k++;
      let ke = k;
      while (map[ke]! < e) ke++;
      norm = whole!.text.slice(k, ke);
      if (replaced && norm.includes('\uFFFD')) norm = normalizeToken(text, s, e);
    } else norm = normalizeToken(text, s, e);
    // `stems` from the start (filled by tokenStems): a token that gets it later changes shape, its readers
    // see two kinds of token, and each such token gets a separate array for the one property (performance)
    out.push({ start: s, end: e, norm, word, index: out.length, sentence: -1, stems: undefined });
  }
  return out;
}

/** One step of the scan at text[i] (i < end): a space gives -(the offset after it) - 1; a token gives its end
 *  (cut at `end`) times two, plus one when it is a word: the one scan that tokenize and forEachToken share. */
function tokenStep(classes: Uint8Array, text: string, i: number, end: number): number {
  const s = i;
  let word = true;
  if (isAnyDigit(text.charCodeAt(i))) i = numberEnd(text, i);
  else {
    const packed = classAt(classes, text, i);
    const k = classBits(packed);
    const w = classWidth(packed);
    if (k & (LETTER | MARK)) i = lettersEnd(classes, text, i);
    else if (k & SPACE) return -(i + w) - 1;
    else {
      i += w;
      word = false;
    }
  }
  const e = Math.min(end, i);
  // a token cut by `end` is judged by what is left of it, as the regex would
  if (e < i) {
    const seg = text.slice(s, e);
    word = WORDLIKE.test(seg) || (seg.length > 1 && seg.charCodeAt(0) === 0x640);
  }
  return 2 * e + (word ? 1 : 0);
}

/** The tokens of text[start, end) as tokenize reads them, without an object or a normalised form each:
 *  visit(start, end, word) for each token, in order (normalizeToken(text, start, end) is its form). */
export function forEachToken(
  text: string,
  visit: (start: number, end: number, word: boolean) => void,
  start = 0,
  end = text.length,
): void {
  const classes = charClasses();
  const n = text.length;
  let i = start;
  while (i < n && i < end) {
    const step = tokenStep(classes, text, i, end);
    if (step < 0) {
      i = -step - 1;
      continue;
    }
    const s = i;
    i = step >>> 1;
    visit(s, i, (step & 1) === 1);
  }
}

/** Word segmentation with the built-in ICU segmenter (Intl.Segmenter): the bare reading of a text,
 *  used as the benchmark's yardstick. */
export function segmentWords(text: string): number {
  let n = 0;
  wordSeg ??= new Intl.Segmenter('ar', { granularity: 'word' });
  for (const seg of wordSeg.segment(text)) if (seg.isWordLike) n++;
  return n;
}

/** Paragraphs (blocks of text between line breaks) as spans. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

// A sentence ends at . ! ? ؟ … (one or more), optionally followed by closing quotes or brackets, then
// a space; a full stop between digits (2022.01.23, 12.5) or after a single letter (د. for Dr) does not end it.
const END = /[.!?؟…]+["”»’)\]]*(?=\s|$)/g;

/** Sentences: paragraphs split at sentence-final punctuation, trimmed, never crossing a line break.
 *  `paras`, when given, is paragraphs(text). */
export function sentences(text: string, paras = paragraphs(text)): Sentence[] {
  const out: Sentence[] = [];
  // the next sentence end found past a paragraph: later paragraphs before it need no search (a search
  // from each paragraph to the next end, far away in a text without one, was quadratic)
  let ahead = -1;
  paras.forEach((p, pi) => {
    let s = p.start;
    END.lastIndex = p.start;
    while (ahead < p.end) {
      const m = END.exec(text);
      if (!m || m.index >= p.end) {
        ahead = m ? m.index : Infinity;
        break;
      }
      const e = m.index + m[0].length;
      const before = text.slice(Math.max(s, m.index - 2), m.index);
      if (m[0] === '.' && /(^|\s)[\u0621-\u064A]$/.test(before)) continue; // د. محمد
      push(s, e, pi);
      s = e;
    }
    push(s, p.end, pi);
  });
  return out;
  function push(a: number, b: number, pi: number) {
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b, paragraph: pi });
  }
}
