// The NER model's known words for the tagger's word cache: the first KNOWN_MAX of the model's word rows keep
// their vectors for good, in a buffer the pool's workers can share.

import type { NerModel } from './model-file.js';
import { NT } from './tags.js';
import { type KnownWords, sharedKnownVectors } from './word-cache.js';

/** At most this many of the model's known words keep their vectors for good (45 floats, 180 bytes each). */
export const KNOWN_MAX = 150_000;

/** The model's known words (its WordKnowledge rows, the first KNOWN_MAX of them), for the word cache. */
export function knownWords(model: NerModel): KnownWords {
  const words = model.lexicon.words;
  const rows = Math.min(words.arrays.ranks.length, KNOWN_MAX);
  return {
    rows,
    row: (key) => {
      const row = words.row(key);
      return row < rows ? row : -1;
    },
  };
}

/** A buffer the taggers of several threads can share their known words' vectors in (NerTagger's `shared`). */
export function sharedKnownWordVectors(): SharedArrayBuffer {
  return sharedKnownVectors(KNOWN_MAX, 5 * NT);
}
