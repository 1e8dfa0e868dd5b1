// Two passes over a document. The first pass tags every sentence without this evidence; the second pass adds,
// for each word, what the first pass made of the other occurrences of the same stem in the document ("Bank"
// tagged as an organisation three times makes a fourth, lone "Bank" likely one too). (The first pass's own
// tag of the word as a feature was tried: the second pass then mostly copies it.) Both passes use the same weights: the model learns each sentence once without and once
// with these features (scripts/train-ner.ts, on first-pass tags from models that did not see the sentence).

import { TAGS } from './tags.js';

/** Entity types a first-pass tag belongs to, in bit order (O last). */
const TYPES = ['PERS', 'LOC', 'ORG', 'MISC', 'O'] as const;
const TYPE_OF_TAG = Int8Array.from(TAGS, (t) => (t === 'O' ? 4 : TYPES.indexOf(t.slice(2) as 'PERS')));
const NTYPES = TYPES.length;
/** Bit t: some other occurrence got type t. (Bits for the type most other occurrences got were tried: no
 *  better on the dev slice.) */
const BIT_NAMES = TYPES.map((t) => 'x=' + t);

/** For each word of a document (its stem key or null, and its first-pass tag index), the second-pass
 *  evidence as a bit mask (stackFeatures names the bits). */
export function stackMasks(keys: readonly (string | null)[], tags: ArrayLike<number>): Int32Array {
  const out = new Int32Array(keys.length);
  // per key: how many of its occurrences got each type
  const counts = new Map<string, Int32Array>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (!key) continue;
    let c = counts.get(key);
    if (!c) counts.set(key, (c = new Int32Array(NTYPES)));
    c[TYPE_OF_TAG[tags[i]!]!]!++;
  }
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const c = key ? counts.get(key) : undefined;
    if (!c) continue;
    const own = TYPE_OF_TAG[tags[i]!]!;
    let bits = 0;
    for (let t = 0; t < NTYPES; t++) if (c[t]! - (t === own ? 1 : 0) > 0) bits |= 1 << t;
    out[i] = bits;
  }
  return out;
}

const featureCache = new Map<number, readonly string[]>();
/** The feature names of a second-pass mask ("x=ORG", "x=O", ...), in bit order. */
export function stackFeatures(mask: number): readonly string[] {
  let f = featureCache.get(mask);
  if (!f) {
    f = BIT_NAMES.filter((_, b) => mask & (1 << b));
    featureCache.set(mask, f);
  }
  return f;
}

/** Whether a model feature name is a second-pass one. */
export const isStackFeature = (name: string): boolean => /^x=/.test(name);
