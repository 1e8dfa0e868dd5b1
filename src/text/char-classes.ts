// Character classes for hand-written scans (a table look-up per code unit instead of a Unicode regex).

/** Class bits of a code point: \p{L}, \p{M}, \s (as the `u` flag of a RegExp reads them). */
export const LETTER = 1;
export const MARK = 2;
export const SPACE = 4;

let table: Uint8Array | null = null;

/** Every code unit of the BMP but the surrogates, in order (built on first use): a pattern run over it once
 *  finds the units it matches, far cheaper at start-up than a test per unit (each isolate builds its tables). */
let bmp: string | null = null;
function bmpText(): string {
  if (bmp !== null) return bmp;
  const parts: string[] = [];
  const units = new Uint16Array(0x800);
  for (let start = 0; start < 0x10000; start += 0x800) {
    if (start === 0xd800) continue; // the surrogates, 0xd800–0xdfff: one whole block
    for (let k = 0; k < 0x800; k++) units[k] = start + k;
    parts.push(String.fromCharCode.apply(null, units as unknown as number[]));
  }
  bmp = parts.join('');
  return bmp;
}

/** Calls `mark(start, end)` for every run [start, end) of BMP code units (surrogates aside) that `pattern`
 *  matches one by one; `pattern` is a one-character class, scanned as `pattern+` with the flags `flags`. */
export function forEachBmpRun(
  pattern: string,
  flags: '' | 'u',
  mark: (start: number, end: number) => void,
): void {
  const text = bmpText();
  const runs = new RegExp(`${pattern}+`, `g${flags}`);
  for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // a position past the surrogates' block stands for the unit 0x800 higher
    if (end <= 0xd800) mark(start, end);
    else if (start >= 0xd800) mark(start + 0x800, end + 0x800);
    else {
      mark(start, 0xd800);
      mark(0xe000, end + 0x800);
    }
  }
}

/** The class bits of every code unit of the BMP (surrogates: 0), built on first use. */
export function charClasses(): Uint8Array {
  if (table) return table;
  const bits = new Uint8Array(65536);
  const add = (pattern: string, bit: number) =>
    forEachBmpRun(pattern, 'u', (start, end) => {
      for (let c = start; c < end; c++) bits[c]! |= bit;
    });
  add('\\p{L}', LETTER);
  add('\\p{M}', MARK);
  add('\\s', SPACE);
  // a hashtag's mark and underscores part its words (#تحالف_دعم_الشرعية): read as spaces
  add('_', SPACE);
  add('#', SPACE);
  table = bits;
  return table;
}

/** Class bits of the code point at i (a surrogate pair is tested whole) and its length in code units,
 *  packed in one number (bits | length << 8; read with `classBits` and `classWidth`): it runs for
 *  every character a tokeniser reads, so it returns no array. */
export function classAt(classes: Uint8Array, text: string, i: number): number {
  const c = text.charCodeAt(i);
  // (c & 0xfc00) === 0xd800: a high surrogate, in one test that every character runs (two compares, the
  // second reached only by rare characters, had no type feedback when optimised: a deopt)
  if ((c & 0xfc00) === 0xd800 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    const ch = text.slice(i, i + 2);
    return (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (2 << 8);
  }
  return classes[c]! | (1 << 8);
}

/** The code unit at i, or 0 outside the string. charCodeAt gives NaN there, which bit operations read
 *  as 0 too and which equals no letter either; but a read past the end costs optimised code a deopt
 *  (and a recompile) the first time it happens, so the hot scans ask this instead. */
export const codeUnitAt = (s: string, i: number): number => (i >= 0 && i < s.length ? s.charCodeAt(i) : 0);

/** A word's first two code units, 8 bits each (a missing one read as 0): the index of the two-letter
 *  tables that gate the cue look-ups. */
export const letterPair = (w: string): number => ((codeUnitAt(w, 0) & 0xff) << 8) | (codeUnitAt(w, 1) & 0xff);

/** The class bits of a packed `classAt` result. */
export const classBits = (packed: number): number => packed & 0xff;
/** The length in code units of a packed `classAt` result. */
export const classWidth = (packed: number): number => packed >> 8;

/** A line break in text[from, to): the few characters between two words, read without a copy. */
export function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
