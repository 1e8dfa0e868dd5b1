// Character classes for hand-written scans (a table look-up per code unit instead of a Unicode regex).

/** Class bits of a code point: \p{L}, \p{M}, \s (as the `u` flag of a RegExp reads them). */
export const LETTER = 1;
export const MARK = 2;
export const SPACE = 4;

let table: Uint8Array | null = null;

/** The class bits of every code unit of the BMP (surrogates: 0), built on first use. */
export function charClasses(): Uint8Array {
  if (table) return table;
  table = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    table[c] =
      (/\p{L}/u.test(ch) ? LETTER : 0) | (/\p{M}/u.test(ch) ? MARK : 0) | (/\s/u.test(ch) ? SPACE : 0);
  }
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
