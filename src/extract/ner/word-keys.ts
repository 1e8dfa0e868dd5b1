// The tagger's word cache keys (model.ts): a word's normalised form, the sentence boundaries set apart.

import { normalize } from '../../text/normalize.js';
import { BOS, EOS } from './features.js';

/** The cache key of a word: its normalised form (all its features depend only on that), but the sentence
 *  boundaries keep their own keys, and a word that normalises to one of them is set apart by a space (no
 *  normalised form starts with one). */
export function wordKey(word: string): string {
  if (word === BOS || word === EOS) return word;
  const norm = normalize(word);
  return norm === BOS || norm === EOS ? ' ' + norm : norm;
}

export const isBoundary = (w: string) => w === BOS || w === EOS;
/** The first character of both sentence boundaries ('<'): a word that does not start with it is neither. */
const BOUNDARY_START = BOS.charCodeAt(0);
if (EOS.charCodeAt(0) !== BOUNDARY_START) throw new Error('word-keys.ts: the boundaries do not start alike');
/** Whether any word is a sentence boundary (a loop that compares a character per word, not two strings). */
export function anyBoundary(words: readonly string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // an empty word is no boundary (and charCodeAt past the end would deoptimise the optimised loop)
    if (w.length > 0 && w.charCodeAt(0) === BOUNDARY_START && isBoundary(w)) return true;
  }
  return false;
}
