// The tokens of the number finder's normalised text (text/normalize's normalizeWithMap).

import { wordSet } from '../../lexicon/index.js';
import { charClasses, classAt, classBits, classWidth, LETTER } from '../../text/char-classes.js';
import type { Classified } from './lexicon.js';
import { wordInfo } from './words.js';

// ------------------------------------------------------------------------------------------------
// Tokens of the normalised text.

export enum T {
  Num,
  Word,
  Punct,
}
export interface Tok {
  s: number; // offsets in the normalised text
  e: number;
  t: T;
  w: string;
  gap: boolean; // whitespace between this token and the previous one
  c: Classified | null; // number-word reading (words only)
  d: string | null; // dual noun → singular (words only)
}

// digits with inner . , : / (12.5  3,000  21:28  24/01/2022), Latin/Arabic words, any other symbol.
// tokenEnd below scans these by hand.
export const LATIN = /^[a-z]+$/;
export const CLITIC_TOKENS = new Set([
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'ال',
  'لل',
  'بال',
  'وال',
  'وب',
  'ول',
  'فب',
  'فل',
  'كال',
  'وبال',
  'ولل',
  'فال',
]);
export const RANGE_TO = wordSet('number-context', 'range_to');
export const TWO = wordSet('number-context', 'two');
/** Words after a number that are not the counted noun. */
export const NOT_NOUN = wordSet('number-context', 'not_noun');

export const isDigit = (c: number) => c >= 48 && c <= 57;

/** The end of the match of TOKEN that starts at i, scanned by hand (same result, no match objects:
 *  performance); at whitespace, which no match holds, the position after it negated. */
export function tokenEnd(cls: Uint8Array, text: string, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  if (isDigit(c)) {
    // [0-9]+(?:[.,:/][0-9]+)*
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    for (;;) {
      const sep = text.charCodeAt(i);
      if (
        !(sep === 46 || sep === 44 || sep === 58 || sep === 47) ||
        i + 1 >= n ||
        !isDigit(text.charCodeAt(i + 1))
      )
        break;
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    return i;
  }
  let packed = classAt(cls, text, i);
  let k = classBits(packed);
  let w = classWidth(packed);
  if (k & 4) return -(i + w); // whitespace: no token
  if (!(k & 3)) return i + w; // \S: any other code point
  // [\p{L}\p{M}]+
  do {
    i += w;
    if (i >= n) break;
    packed = classAt(cls, text, i);
    k = classBits(packed);
    w = classWidth(packed);
  } while (k & 3);
  return i;
}

export function tokens(text: string): Tok[] {
  const cls = charClasses();
  const out: Tok[] = [];
  let prevEnd = 0;
  for (let s = 0, e = 0; s < text.length; s = e) {
    e = tokenEnd(cls, text, s);
    if (e < 0) {
      e = -e;
      continue;
    }
    const w = text.slice(s, e);
    const c = w.charCodeAt(0);
    // a one-unit token is a word when it is a letter (\p{L}: the class table, not a regex per token)
    const t = c >= 48 && c <= 57 ? T.Num : w.length > 1 || cls[c]! & LETTER ? T.Word : T.Punct;
    const info = t === T.Word ? wordInfo(w) : undefined;
    out.push({
      s,
      e: s + w.length,
      t,
      w,
      gap: s > prevEnd,
      c: info ? info.c : null,
      d: info ? info.d : null,
    });
    prevEnd = s + w.length;
  }
  return out;
}
