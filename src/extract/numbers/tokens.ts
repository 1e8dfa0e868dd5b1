// The tokens of the number finder's normalised text (text/normalize's normalizeWithMap).

import { wordSet } from '../../lexicon/index.js';
import { charClasses, classAt, classBits, classWidth, codeUnitAt, LETTER } from '../../text/char-classes.js';
import type { MappedText } from '../../text/normalize.js';
import type { Token } from '../../types.js';
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
      const sep = codeUnitAt(text, i);
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

/** The token of w at normalised offsets [s, s + w.length). */
function tok(cls: Uint8Array, w: string, s: number, prevEnd: number): Tok {
  const c = w.charCodeAt(0);
  // a one-unit token is a word when it is a letter (\p{L}: the class table, not a regex per token)
  const t = c >= 48 && c <= 57 ? T.Num : w.length > 1 || cls[c]! & LETTER ? T.Word : T.Punct;
  const info = t === T.Word ? wordInfo(w) : undefined;
  return { s, e: s + w.length, t, w, gap: s > prevEnd, c: info ? info.c : null, d: info ? info.d : null };
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
    out.push(tok(cls, text.slice(s, e), s, prevEnd));
    prevEnd = e;
  }
  return out;
}

/** tokens(m.text) read from the Doc's tokens of the whole text (m: its normalizeWithMap), without
 *  scanning and slicing the text again (performance), or null when the two could differ: a token that
 *  normalises to nothing (a lone mark, tatweel or format character: the normalised text glues its
 *  neighbours), whitespace that normalises to nothing (U+FEFF), or a lone surrogate (U+FFFD). Otherwise
 *  both cut at the same class changes (every fold keeps a letter a letter and a digit a digit), so the
 *  tokens are the same. */
export function tokensOfDoc(docTokens: readonly Token[], m: MappedText): Tok[] | null {
  const { map } = m;
  if (m.text.includes('\uFFFD')) return null;
  const cls = charClasses();
  const out: Tok[] = new Array(docTokens.length);
  let k = 0;
  let prevEnd = 0;
  let prevOriginalEnd = 0;
  for (let i = 0; i < docTokens.length; i++) {
    const t = docTokens[i]!;
    const w = t.norm;
    if (w.length === 0) return null;
    while (map[k]! < t.start) k++;
    // whitespace before the token in the text, none left in the normalised text
    if (t.start > prevOriginalEnd && k === prevEnd && i > 0) return null;
    out[i] = tok(cls, w, k, prevEnd);
    k += w.length;
    prevEnd = k;
    prevOriginalEnd = t.end;
  }
  return out;
}
