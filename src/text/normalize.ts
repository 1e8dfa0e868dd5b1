// Arabic normalisation that never loses the way back: every character of the normalised text
// knows the offset of the original character it came from.
import { forEachBmpRun } from './char-classes.js';

const DROP = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u00AD]/;

const FOLD: Record<string, string> = {
  '\u0622': '\u0627', // آ
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0671': '\u0627', // ٱ
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u06CC': '\u064A', // Persian yeh
  '\u06A9': '\u0643', // Persian kaf
  '\u0660': '0',
  '\u0661': '1',
  '\u0662': '2',
  '\u0663': '3',
  '\u0664': '4',
  '\u0665': '5',
  '\u0666': '6',
  '\u0667': '7',
  '\u0668': '8',
  '\u0669': '9',
  '\u06F0': '0',
  '\u06F1': '1',
  '\u06F2': '2',
  '\u06F3': '3',
  '\u06F4': '4',
  '\u06F5': '5',
  '\u06F6': '6',
  '\u06F7': '7',
  '\u06F8': '8',
  '\u06F9': '9',
  '\u066B': '.', // Arabic decimal separator
  '\u066C': ',', // Arabic thousands separator
  '\u060C': '،',
};

/** The no-break spaces that fold to a space. */
const NO_BREAK_SPACES = ['\u00A0', '\u202F', '\u2007'];

function foldSlow(c: string): string {
  if (DROP.test(c)) return '';
  if (NO_BREAK_SPACES.includes(c)) return ' '; // no-break spaces are spaces
  const f = FOLD[c];
  if (f !== undefined) return f;
  return c.length === 1 && c >= 'A' && c <= 'Z' ? c.toLowerCase() : c;
}

/** CODE[c]: the code unit c folds to (foldSlow of the unit), or -1 when it is dropped (every fold is one unit
 *  or none). Built from the few units that change rather than by a foldSlow per unit (start-up CPU in every
 *  isolate): later steps override earlier ones in foldSlow's order of precedence read backwards. Surrogates
 *  stay themselves. */
const CODE = new Int32Array(0x10000);
for (let i = 0; i < 0x10000; i++) CODE[i] = i;
for (let c = 0x41; c <= 0x5a; c++) CODE[c] = c + 0x20; // A-Z
for (const [from, to] of Object.entries(FOLD)) CODE[from.charCodeAt(0)] = to.charCodeAt(0);
for (const c of NO_BREAK_SPACES) CODE[c.charCodeAt(0)] = 0x20;
forEachBmpRun(DROP.source, '', (start, end) => CODE.fill(-1, start, end));

// The Basic Multilingual Plane up to U+FFFF folded once into a table: one lookup per character.
const TABLE: string[] = Array.from(CODE, (f) => (f < 0 ? '' : String.fromCharCode(f)));

/** The code unit that code unit c folds to in a normalised token (normalizeToken, up to SHORT units), or -1
 *  when it is dropped: for a look-up of a token's form without its string (reconcile/form-table.ts). */
export const foldedUnit = (c: number): number => CODE[c]!;

/** Longer strings are folded into a buffer of code units and decoded at once, not built by `+=` one
 *  character at a time: that rope costs tens of bytes per character until it is flattened (hundreds of
 *  megabytes for a long text). The decoder turns a lone surrogate into U+FFFD: one unit for one, so
 *  offsets hold. */
const SHORT = 64;
const UTF16 = new TextDecoder('utf-16le');
const fromUnits = (units: Uint16Array, n: number): string => UTF16.decode(units.subarray(0, n));

/** Runs of whitespace, and single whitespace other than a space: what `/\s+/g → ' '` changes. Replacing
 *  only these is the same result, without a match (and a piece of the result) at every space. */
const LOOSE_SPACE = /\s{2,}|[^\S ]/g;

/** Fold one character (one UTF-16 unit); "" means drop it. */
export function foldChar(c: string): string {
  return c.length === 1 ? TABLE[c.charCodeAt(0)]! : foldSlow(c);
}

/** Original offset after skipping `k` normalised characters of text[start, end) (and any dropped marks
 *  after them): where a name starts once `k` letters of proclitics are left out. */
export function offsetAfterNormalized(text: string, start: number, end: number, k: number): number {
  let i = start;
  while (i < end && k > 0) {
    if (foldChar(text[i]!) !== '') k--;
    i++;
  }
  while (i < end && foldChar(text[i]!) === '') i++;
  return i;
}

const SPACE = 0x20;
/** LOW_WHITE[c] = 1 for the white space up to the space: tab, line feed, vertical tab, form feed,
 *  carriage return and the space itself. */
const LOW_WHITE = new Uint8Array(SPACE + 1);
LOW_WHITE.fill(1, 0x9, 0xd + 1);
LOW_WHITE[SPACE] = 1;

/** White space as a regular expression's \s (and String.prototype.trim) reads it. */
export function isWhiteSpace(code: number): boolean {
  // (a table below the space: every space reads it, so it is never met without type feedback)
  if (code <= SPACE) return LOW_WHITE[code] === 1;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** A short string's folded units (at most SHORT), and views of their first n, by n. */
const scratch = new Uint16Array(SHORT);
const scratchViews = Array.from({ length: SHORT + 1 }, (_, n) => scratch.subarray(0, n));

/** KEEP[c] = 1 when the code unit c folds to itself and is not whitespace (for normalize's fast path). */
const KEEP = new Uint8Array(0x10000);
for (let i = 0; i < 0x10000; i++) if (CODE[i] === i) KEEP[i] = 1;
forEachBmpRun('\\s', '', (start, end) => KEEP.fill(0, start, end));

/** Normalised form of a string, for lexicon keys and comparisons. */
export function normalize(s: string): string {
  // fast path (performance): already normal, i.e. nothing folds and the only spaces are single inner ones.
  // Short strings only: a long one may be a slice that would keep its whole source text alive in a cache.
  const len = s.length;
  if (len <= 12) {
    let i = 0;
    for (; i < len; i++) {
      const c = s.charCodeAt(i);
      if (KEEP[c] === 1 || (c === 32 && i > 0 && i < len - 1 && s.charCodeAt(i - 1) !== 32)) continue;
      break;
    }
    if (i === len) return s;
  }
  if (len <= SHORT) return foldShort(s, CODE);
  const units = new Uint16Array(len);
  let n = 0;
  for (let i = 0; i < len; i++) {
    const f = CODE[s.charCodeAt(i)]!;
    if (f >= 0) units[n++] = f;
  }
  return fromUnits(units, n).replace(LOOSE_SPACE, ' ').trim();
}

/** A string of at most SHORT units through `codes` (a unit's fold, -1: dropped), each run of white space
 *  one space and none at either end: the units joined by `+=` and then `.replace(LOOSE_SPACE, ' ').trim()`,
 *  in one pass into a buffer, without a string per character (a lone surrogate is kept, as `+=` keeps it). */
function foldShort(s: string, codes: Int32Array): string {
  const n = foldRuns(s, codes, scratch, 0);
  return n === 0 ? '' : String.fromCharCode.apply(null, scratchViews[n] as unknown as number[]);
}

/** normalize(text.slice(start, end)) for a span with no whitespace in it (a token: whitespace is what
 *  separates tokens, and no other character folds to whitespace), read straight from the text: no
 *  whitespace to collapse or trim, and no copy of a span that is already normal (performance: this runs
 *  for every token of every document). */
export function normalizeToken(text: string, start: number, end: number): string {
  if (end - start > SHORT) return normalize(text.slice(start, end));
  let i = start;
  while (i < end && KEEP[text.charCodeAt(i)] === 1) i++;
  if (i === end) return text.slice(start, end);
  let out = text.slice(start, i);
  for (; i < end; i++) out += TABLE[text.charCodeAt(i)]!;
  return out;
}

/** A normalised text with a map back: map[i] is the original offset of normalised char i;
 *  map[text.length] is the original length. Only deletions and 1:1 replacements happen. */
export interface MappedText {
  text: string;
  map: Int32Array;
}

export function normalizeWithMap(original: string, start = 0, end = original.length): MappedText {
  const map = new Int32Array(end - start + 1);
  const units = new Uint16Array(end - start);
  let n = 0;
  for (let i = start; i < end; i++) {
    const f = CODE[original.charCodeAt(i)]!;
    if (f < 0) continue;
    units[n] = f;
    map[n++] = i;
  }
  map[n] = end;
  return { text: fromUnits(units, n), map: map.subarray(0, n + 1) };
}

/** The first index of the normalised text whose original offset is at or after `offset`. */
function normalizedIndex(map: Int32Array, offset: number): number {
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** normalize(text.slice(start, end)), read from the whole text normalised once (performance: no fold and
 *  no decoding per line). The two differ only where the text has a lone surrogate (the whole text's
 *  decoding makes it U+FFFD, a short line's fold keeps it): a line with U+FFFD is normalised itself. */
export function normalizeSpan(text: string, whole: MappedText, start: number, end: number): string {
  const part = whole.text.slice(normalizedIndex(whole.map, start), normalizedIndex(whole.map, end));
  if (part.includes('\uFFFD')) return normalize(text.slice(start, end));
  return part.replace(LOOSE_SPACE, ' ').trim();
}

/** Convert a [start, end) range of a MappedText back to original offsets. */
export function toOriginal(m: MappedText, start: number, end: number): { start: number; end: number } {
  const s = m.map[start]!;
  const e = end > start ? m.map[end - 1]! + 1 : s;
  return { start: s, end: e };
}

/** Punctuation that a loose key makes a space. */
const LOOSE_PUNCTUATION = /["'“”«»‘’″()[\].,:;،؛!?؟\-–—_/]/;
const PUNCTUATION = new Uint8Array(0x10000);
forEachBmpRun(LOOSE_PUNCTUATION.source, '', (start, end) => PUNCTUATION.fill(1, start, end));
const [WAW_HAMZA, YEH_HAMZA, HAMZA_ALONE, WAW, YEH] = ['ؤ', 'ئ', 'ء', 'و', 'ي'].map((c) => c.charCodeAt(0));

/** LOOSE[c]: as CODE, and then hamza seats folded, hamza dropped, punctuation made a space. */
const LOOSE = CODE.map((f) => {
  if (f < 0) return f;
  if (f === WAW_HAMZA) return WAW!;
  if (f === YEH_HAMZA) return YEH!;
  if (f === HAMZA_ALONE) return -1;
  return PUNCTUATION[f] === 1 ? 32 : f;
});

/** Loose key for fuzzy name matching: also folds hamza seats and ق/غ/ك-type variants are NOT folded here. */
export function looseKey(s: string): string {
  if (s.length <= SHORT) return foldShort(s, LOOSE);
  const units = new Uint16Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const f = LOOSE[s.charCodeAt(i)]!;
    if (f >= 0) units[n++] = f;
  }
  return fromUnits(units, n).replace(LOOSE_SPACE, ' ').trim();
}

/** Writes `s` through `codes` (a unit's fold, -1: dropped) into `out` from `from` on, each run of white
 *  space one space between two written units and none at either end; returns the end of what it wrote. */
function foldRuns(s: string, codes: Int32Array, out: Uint16Array, from: number): number {
  let n = from;
  let space = false; // white space read since the last unit written
  for (let i = 0; i < s.length; i++) {
    const f = codes[s.charCodeAt(i)]!;
    if (f < 0) continue;
    if (isWhiteSpace(f)) space = true;
    else {
      if (space && n > from) out[n++] = SPACE;
      space = false;
      out[n++] = f;
    }
  }
  return n;
}

/** ` ${looseKey(s)} `: the loose key between two spaces, for a search of whole words in a long text (a
 *  document), made in one pass into one buffer: the letters folded, each run of white space one space,
 *  none at either end, then the two spaces (looseKey's steps made a copy of the text each). */
export function looseWords(s: string): string {
  if (s.length <= SHORT) return ` ${looseKey(s)} `;
  const units = new Uint16Array(s.length + 2);
  units[0] = SPACE;
  let n = foldRuns(s, LOOSE, units, 1);
  units[n++] = SPACE;
  return fromUnits(units, n);
}

const AR_LETTER = /[\u0621-\u064A]/;
export const isArabicLetter = (c: string | undefined): boolean => !!c && AR_LETTER.test(c);
