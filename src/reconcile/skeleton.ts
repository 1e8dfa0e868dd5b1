// The consonant skeleton of a name (variants.ts compares names by it, story-names, spelling-forms and
// organisation-forms too), made in one walk over the name's UTF-16 code units into a buffer: no regular
// expression and no intermediate string per word.

import { isWhiteSpace } from '../text/normalize.js';

/** The consonant skeleton of a name: long vowels inside words dropped, swapped letters folded (ق/غ/ك/ج,
 *  and the emphatic letters transliterations write plain: صفاقص / صفاقس، طهران / تهران), and a nisba
 *  adjective after the first word without its feminine ending (الجوي السعودي / السعودية). */
export function skeleton(key: string): string {
  let known = skeletons.get(key);
  if (known === undefined) {
    if (skeletons.size >= MAX_SKELETONS) skeletons.clear();
    skeletons.set(key, (known = skeletonUncached(key)));
  }
  return known;
}

/** Skeletons already made (the same names come back in every pass and every story). */
const skeletons = new Map<string, string>();
const MAX_SKELETONS = 50_000;

const SPACE = 0x20;
const ALEF = 0x627;
const LAM = 0x644;
const YEH = 0x64a;
const TEH_MARBUTA = 0x629;
const HEH = 0x647;
const TEH = 0x62a;
const SHEEN = 0x634;
const SAD = 0x635;
const SEEN = 0x633;
const TAH = 0x637;
const QAF = 0x642;

/** The code units of the name after the letter swaps (تش → ش، ص → س، ط → ت, in that order), reused. */
let folded = new Uint16Array(64);
/** The skeleton's code units, reused. */
let out = new Uint16Array(64);

/** A nisba adjective with its feminine ending (ال…ية، ال…يه): two letters of the article, one or more
 *  letters that are no white space, ي, and ة or ه, from `start` to `end` of the folded name. */
function isFeminineNisba(start: number, end: number): boolean {
  if (end - start < 5 || folded[start] !== ALEF || folded[start + 1] !== LAM || folded[end - 2] !== YEH)
    return false;
  const last = folded[end - 1];
  if (last !== TEH_MARBUTA && last !== HEH) return false;
  for (let at = start + 2; at < end - 2; at++) if (isWhiteSpace(folded[at]!)) return false;
  return true;
}

/** A long vowel (ا و ي ى) inside a word: dropped. */
const isLongVowel = (code: number): boolean =>
  code === ALEF || code === 0x648 || code === YEH || code === 0x649;
/** غ ق ك ج: one letter, ق. */
const isVelar = (code: number): boolean => code === 0x63a || code === QAF || code === 0x643 || code === 0x62c;

/** The skeleton without the memo: the swaps, then word by word (split at spaces) the nisba's ending
 *  dropped after the first word, the first letter kept, the rest without long vowels, ق for the velars,
 *  and ه for a final ة. */
export function skeletonUncached(key: string): string {
  if (folded.length < key.length) {
    folded = new Uint16Array(key.length * 2);
    out = new Uint16Array(key.length * 2);
  }
  let length = 0;
  for (let at = 0; at < key.length; at++) {
    const code = key.charCodeAt(at);
    if (code === TEH && key.charCodeAt(at + 1) === SHEEN) continue; // تش → ش
    folded[length++] = code === SAD ? SEEN : code === TAH ? TEH : code;
  }
  let made = 0;
  for (let start = 0, word = 0; start <= length; word++) {
    let end = start;
    while (end < length && folded[end] !== SPACE) end++;
    if (word > 0) out[made++] = SPACE;
    const wordEnd = word > 0 && isFeminineNisba(start, end) ? end - 1 : end;
    if (wordEnd > start) {
      out[made++] = folded[start]!;
      const rest = made;
      for (let at = start + 1; at < wordEnd; at++) {
        const code = folded[at]!;
        if (!isLongVowel(code)) out[made++] = isVelar(code) ? QAF : code;
      }
      if (made > rest && out[made - 1] === TEH_MARBUTA) out[made - 1] = HEH;
    }
    start = end + 1;
  }
  return stringOf(out, made);
}

/** Views of the first n units of `out` (the buffer they were made of: `viewsOf`), by n below VIEWS. */
const VIEWS = 128;
const views: (Uint16Array | undefined)[] = new Array(VIEWS).fill(undefined);
let viewsOf: Uint16Array | null = null;

/** The string of the first `length` code units of a buffer (in slices: an argument list has a limit). */
function stringOf(units: Uint16Array, length: number): string {
  const SLICE = 4096;
  if (units === out && length < VIEWS) {
    // a view of the buffer for each length, made once per buffer (a view per skeleton was an object each)
    if (viewsOf !== out) {
      views.fill(undefined);
      viewsOf = out;
    }
    const view = (views[length] ??= out.subarray(0, length));
    return String.fromCharCode.apply(null, view as unknown as number[]);
  }
  if (length <= SLICE)
    return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let text = '';
  for (let at = 0; at < length; at += SLICE)
    text += String.fromCharCode.apply(
      null,
      units.subarray(at, Math.min(length, at + SLICE)) as unknown as number[],
    );
  return text;
}
