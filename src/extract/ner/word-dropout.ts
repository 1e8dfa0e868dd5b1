// Word dropout for training the tagger (train:ner --dropout P; training only, nothing at tagging time): at
// each perceptron update, each word of the sentence is dropped with probability P, that is the features
// naming the word itself (its form, its stem, optionally its affixes) are left out wherever they stand in
// the window, so the update is learned from what is left: context, shape, word classes, gazetteers. A name
// never seen in train looks like that at tagging time.

/** A sentence encoded for training: token i's feature ids are feats[offs[i], offs[i + 1]); `from[j]` is the
 *  offset (−2..+2) of the word feature j was computed from, or NOT_A_WORD for features of several words. */
export interface DropoutSentence {
  feats: Int32Array;
  offs: Int32Array;
  gold: Uint8Array;
  from?: Int8Array;
}

export const NOT_A_WORD = 127;

/** The slot prefixes of features.ts (SLOT_PREFIX), and which of them hold the tagged word itself. */
const SLOTS = ['m2|', 'm1|', '0|', 'p1|', 'p2|'];
const OWN_SLOT = '0|';

/** 1 for the feature names that a dropped word loses: a slot prefix, then one of `prefixes` (such as 'w=',
 *  's='); with `ownSlotOnly`, only at offset 0 (the word's own features, not what its neighbours see). */
export function droppableFeatures(
  names: readonly string[],
  prefixes: readonly string[],
  ownSlotOnly: boolean,
): Uint8Array {
  const out = new Uint8Array(names.length);
  names.forEach((name, f) => {
    const slot = SLOTS.find((s) => name.startsWith(s));
    if (!slot || (ownSlotOnly && slot !== OWN_SLOT)) return;
    const rest = name.slice(slot.length);
    if (prefixes.some((p) => rest.startsWith(p))) out[f] = 1;
  });
  return out;
}

/** The sentence with each word dropped with probability `p` (one draw of `rand` per word, in order): the
 *  droppable features computed from a dropped word are left out at every token. The sentence itself when
 *  no word is dropped. */
export function dropWords(
  e: DropoutSentence,
  droppable: Uint8Array,
  p: number,
  rand: () => number,
): DropoutSentence {
  const n = e.gold.length;
  const dropped = new Uint8Array(n);
  let any = false;
  for (let i = 0; i < n; i++)
    if (rand() < p) {
      dropped[i] = 1;
      any = true;
    }
  if (!any || !e.from) return e;
  const feats: number[] = [];
  const offs = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offs[i] = feats.length;
    for (let j = e.offs[i]!; j < e.offs[i + 1]!; j++) {
      const f = e.feats[j]!;
      const o: number = e.from[j]!;
      const source = i + o;
      if (o !== NOT_A_WORD && droppable[f] && source >= 0 && source < n && dropped[source]) continue;
      feats.push(f);
    }
  }
  offs[n] = feats.length;
  return { feats: Int32Array.from(feats), offs, gold: e.gold };
}
