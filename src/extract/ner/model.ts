// The tagger at run time: a linear model over BIO tags with first-order transitions, decoded by Viterbi.

// uncached: the tagger keeps what it needs per word type; filling the shared stem cache with every word
// it sees would cost each worker about 20 MB
import { stemsUncached as stems } from '../../text/clitics.js';
import { normalize } from '../../text/normalize.js';
import { packedMap } from '../packed.js';
import { decodeBio, transitionsInto, viterbi } from './decode.js';
import { documentMasksOfIds, maskFeatures, ORG_KIND, wordFact } from './document.js';
import { BOS, EOS, emitTypeFeatures } from './features.js';
import { knownWords } from './known-words.js';
import type { NerModel } from './model-file.js';
import { phraseMarks } from './phrase-marks.js';
import { isStackFeature, stackFeatures, stackMasks } from './stacking.js';
import type { NerTag } from './tags.js';
import { NT, TAGS } from './tags.js';
import { TypeVectorSum } from './type-vector.js';
import { OrgHeadWindow } from './window.js';
import { factGaz, factKind, factStemId, WordCache } from './word-cache.js';
import { anyBoundary, isBoundary, wordKey } from './word-keys.js';

export { sharedKnownWordVectors } from './known-words.js';
export { viterbi };

/** A document's words as the tagger holds them (NerTagger.prepare). */
export interface PreparedWords {
  /** the words' cache keys (wordKey) */
  keys: readonly string[];
  slots: Int32Array;
  /** the words' stems as the document evidence groups them (WordFact.key), when the model is stacked (the
   *  second pass reads them); empty otherwise */
  stems: readonly (string | null)[];
  masks: Int32Array;
  /** 1 for a word that may open a multi-word name (it has gazetteer candidates), else 0 */
  gaz: Uint8Array;
  /** slots, masks and gaz are views of the tagger's buffers until its next prepareNormalized (tagIndices' path too) */
  reused: boolean;
}

/** em[base .. base + NT) += w, when there is a w. */
function addTo(em: Float32Array, base: number, w: Float32Array | null | undefined): void {
  if (w) for (let t = 0; t < NT; t++) em[base + t]! += w[t]!;
}

/** Word types per cache generation (two generations are kept) of the words the model does not know. */
const CACHE_MAX = 10_000;
export class NerTagger {
  private readonly cache: WordCache;
  private readonly vec = new Float32Array(5 * NT);
  /** A new word type's summed feature weights (type-vector.ts). */
  private readonly typeSum: TypeVectorSum;
  /** A sentence's normalised words and their multi-word name candidates, for gazetteerMarks (reused). */
  private gazNorms: string[] = [];
  private gazCands: (string[] | null)[] = [];
  private gazMarks: (string | null)[] = [];
  private emBuf = new Float32Array(64 * NT);
  private slotBuf = new Int32Array(64 + 4);
  /** The keys of the words at slotBuf[2 ..]: keyBuf[keyFrom ..] (set with the slots). */
  private keyBuf: readonly string[] = [];
  private keyFrom = 0;
  /** Where emissionsOfSlots reads the five window words' vectors (reused). */
  private readonly offsets = new Int32Array(5);
  private readonly vectors: Float32Array[] = [];
  private readonly maskVectors = new Map<number, Float32Array | null>();
  private readonly stackVectors = new Map<number, Float32Array | null>();
  private docEm = new Float32Array(256 * NT);
  /** A document's stem ids, kinds and own evidence (prepareKeyed's scratch). */
  private stemIdBuf = new Int32Array(256);
  private kindBuf = new Int8Array(256);
  private ownBuf = new Int32Array(256);
  /** prepareNormalized's slots, masks and gazetteer flags, and tagIndices' path for them, reused from document
   *  to document (a typed array of over 64 bytes is made outside the heap: that cost more than the filling). */
  private preparedBuf = {
    slots: new Int32Array(1024),
    masks: new Int32Array(1024),
    gaz: new Uint8Array(1024),
  };
  private pathBuf = new Uint8Array(1024);
  /** Whether the model has second-pass weights (tagDocument then decodes twice). */
  readonly stacked: boolean;
  /** The transition scores by target tag, for decodeBio. */
  private readonly into: Float64Array;
  /** The organisation-head window features (window.ts), when the model has them. */
  private readonly orgHeads: OrgHeadWindow | null;
  /** The pair features (window.ts), when the model has them. */
  private readonly pairs: OrgHeadWindow | null;

  /** `shared`: a buffer of sharedKnownWordVectors, for the known words' vectors (each thread that tags with
   *  the same model may be given the same buffer). */
  constructor(
    private readonly model: NerModel,
    shared: SharedArrayBuffer | null = null,
  ) {
    if (model.tags.join(',') !== TAGS.join(',')) throw new Error("model tag set differs from this code's");
    this.stacked = [...model.context.keys()].some(isStackFeature);
    this.cache = new WordCache(CACHE_MAX, 5 * NT, knownWords(model), shared);
    this.typeSum = new TypeVectorSum(model, 5 * NT);
    this.into = transitionsInto(model.trans);
    this.orgHeads = model.lexicon.window.has('orghead') ? new OrgHeadWindow(model.lexicon) : null;
    this.pairs = model.lexicon.window.has('pairs') ? new OrgHeadWindow(model.lexicon) : null;
  }

  /** Cache slot of a word by its key (wordKey); `surface`, any word of that key, gives its features on
   *  first sight (a word's features depend only on its normalised form). */
  private slot(key: string, surface: string): number {
    const k = this.cache.find(key);
    if (k >= 0) return k;
    const { scale, lexicon } = this.model;
    const norm = surface === BOS || surface === EOS ? surface : normalize(surface);
    const cands = stems(norm);
    const gazCands = cands.some((c) => lexicon.multiFirst.has(c)) ? cands : null;
    const fact = wordFact(norm, cands, lexicon);
    // a known word another thread has met: its vector is there already
    if (this.cache.vectorReady(k)) return this.cache.add(k, key, null, norm, gazCands, fact);
    // the slot-0 features include those of every other slot; one look-up gives all five slots. The
    // weights are 16-bit integers: their sums are exact in 32 bits, in any order, and scaled once.
    const { vec, typeSum } = this;
    const sum = typeSum.sum;
    sum.fill(0);
    emitTypeFeatures(surface, lexicon, typeSum.add, norm, cands);
    for (let j = 0; j < 5 * NT; j++) vec[j] = sum[j]! * scale;
    return this.cache.add(k, key, vec, norm, gazCands, fact);
  }

  /** The summed weights of an evidence mask's features, or null when none has a weight. */
  private maskVector(mask: number): Float32Array | null {
    return this.summedVector(this.maskVectors, mask, maskFeatures);
  }

  /** The summed context weights of the features a mask stands for (kept per mask), or null when none
   *  has a weight: the document evidence (maskFeatures) and the second pass (stackFeatures) alike. */
  private summedVector(
    kept: Map<number, Float32Array | null>,
    mask: number,
    featuresOf: (mask: number) => Iterable<string>,
  ): Float32Array | null {
    let v = kept.get(mask);
    if (v === undefined) {
      v = null;
      for (const f of featuresOf(mask)) {
        const w = this.model.context.get(f);
        if (!w) continue;
        v ??= new Float32Array(NT);
        for (let t = 0; t < NT; t++) v[t]! += w[t]!;
      }
      kept.set(mask, v);
    }
    return v;
  }

  /** How common a normalised word is in the unlabelled news: its rank among the words that have a class
   *  (most frequent first), 50,000 for a word with only a context profile, Infinity for an unknown one. */
  frequencyRank(w: string): number {
    return this.model.lexicon.words.frequencyRank(w);
  }

  /** Forget the remembered words. */
  clearCache(): void {
    this.cache.clear();
  }

  /** A document's words made ready for tagging: their cache slots and evidence masks (document.ts). The
   *  slots stay valid until the next `prepare`, `documentMasks` or `tag`. */
  prepare(words: readonly string[]): PreparedWords {
    return this.prepareKeyed(packedMap(words, wordKey), words, false);
  }

  /** `prepare` for words already normalised (normalize(w) === w for each, as a token's `norm` is): the
   *  same slots and masks as `prepare` over their surfaces, in the tagger's own buffers (`reused`: valid
   *  until the next prepareNormalized). */
  prepareNormalized(norms: readonly string[]): PreparedWords {
    const keys = anyBoundary(norms) ? packedMap(norms, (w) => (isBoundary(w) ? ' ' + w : w)) : norms;
    return this.prepareKeyed(keys, keys, true);
  }

  /** Slots of words by their keys (surfaces[i]: a word of key keys[i]) and their evidence masks; in the
   *  tagger's buffers when `reused`. */
  private prepareKeyed(keys: readonly string[], surfaces: readonly string[], reused: boolean): PreparedWords {
    const cache = this.cache;
    cache.reserve();
    const n = keys.length;
    if (reused && this.preparedBuf.slots.length < n)
      this.preparedBuf = {
        slots: new Int32Array(n * 2),
        masks: new Int32Array(n * 2),
        gaz: new Uint8Array(n * 2),
      };
    const slots = reused ? this.preparedBuf.slots.subarray(0, n) : new Int32Array(n);
    // the words' facts (document.ts), as their stems' ids and their kinds
    if (this.stemIdBuf.length < n) {
      this.stemIdBuf = new Int32Array(n * 2);
      this.kindBuf = new Int8Array(n * 2);
      this.ownBuf = new Int32Array(n * 2);
    }
    const { stemIdBuf: ids, kindBuf: kinds } = this;
    const gaz = reused ? this.preparedBuf.gaz.subarray(0, n) : new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      slots[i] = this.slot(keys[i]!, surfaces[i]!);
      // the fact of the word `slot` found or added, from the cache's front table when it was there
      const fact = cache.found;
      ids[i] = factStemId(fact);
      kinds[i] = factKind(fact);
      gaz[i] = factGaz(fact);
    }
    // (documentMasksOfIds writes all n masks)
    const masks = reused ? this.preparedBuf.masks.subarray(0, n) : new Int32Array(n);
    documentMasksOfIds(ids, kinds, n, this.ownBuf, masks);
    const stems = this.stacked ? Array.from(slots, (k) => cache.stem(k)) : [];
    return { keys, slots, stems, masks, gaz, reused };
  }

  /** The document evidence for a document's tokens in order: a bit mask per token. */
  documentMasks(words: readonly string[]): Int32Array {
    return this.prepare(words).masks;
  }

  /** Emission scores of one sentence, n × NT (a view of a buffer the next call overwrites). */
  emissions(words: readonly string[], doc?: ArrayLike<number>): Float32Array {
    this.cache.reserve();
    const slots = this.slotsFor(words.length);
    const keys = packedMap(words, wordKey);
    for (let i = 0; i < words.length; i++) slots[i + 2] = this.slot(keys[i]!, words[i]!);
    this.keyBuf = keys;
    this.keyFrom = 0;
    return this.emissionsOfSlots(words.length, doc);
  }

  /** The slot buffer, large enough for a sentence of n words and its two boundary words on each side. */
  private slotsFor(n: number): Int32Array {
    if (this.emBuf.length < n * NT) {
      this.emBuf = new Float32Array(n * NT * 2);
      this.slotBuf = new Int32Array(n * 2 + 4);
    }
    return this.slotBuf;
  }

  /** Emission scores of the n words whose slots are at slotBuf[2 .. n + 2), their evidence masks at doc[at ..]
   *  and their PreparedWords.gaz at gazFlags[at ..] (else read from the cache). */
  private emissionsOfSlots(n: number, doc?: ArrayLike<number>, gazFlags?: Uint8Array, at = 0): Float32Array {
    const em = this.emBuf.subarray(0, n * NT);
    const slots = this.slotBuf;
    slots[0] = slots[1] = this.slot(BOS, BOS);
    let anyGaz = false;
    if (gazFlags) for (let i = 0; i < n && !anyGaz; i++) anyGaz = gazFlags[at + i] === 1;
    else for (let i = 0; i < n && !anyGaz; i++) if (this.cache.gaz(slots[i + 2]!)) anyGaz = true;
    slots[n + 2] = slots[n + 3] = this.slot(EOS, EOS);
    const { fixedVecs, youngVecs, fixedRows } = this.cache;
    const gaz = anyGaz ? this.gazetteerMarksOf(n) : null;
    const { bias, context } = this.model;
    const offsets = this.offsets;
    const vectors = this.vectors;
    for (let i = 0; i < n; i++) {
      const base = i * NT;
      for (let k = 0; k < 5; k++) {
        // the word at offset k-2 from i; its slot k holds the features it gives at that offset
        const s = slots[i + k]!;
        vectors[k] = s < fixedRows ? fixedVecs : youngVecs;
        offsets[k] = (s < fixedRows ? s : s - fixedRows) * 5 * NT + k * NT;
      }
      const v0 = vectors[0]!;
      const v1 = vectors[1]!;
      const v2 = vectors[2]!;
      const v3 = vectors[3]!;
      const v4 = vectors[4]!;
      const o0 = offsets[0]!;
      const o1 = offsets[1]!;
      const o2 = offsets[2]!;
      const o3 = offsets[3]!;
      const o4 = offsets[4]!;
      // summed in single precision, in the same order as adding into em one vector at a time
      for (let t = 0; t < NT; t++) {
        let e = Math.fround(bias[t]! + v0[o0 + t]!);
        e = Math.fround(e + v1[o1 + t]!);
        e = Math.fround(e + v2[o2 + t]!);
        e = Math.fround(e + v3[o3 + t]!);
        em[base + t] = e + v4[o4 + t]!;
      }
      const g = gaz?.[i];
      if (g) addTo(em, base, context.get(g));
      const d = doc?.[at + i];
      if (d) addTo(em, base, this.maskVector(d));
      if (this.orgHeads && i > 0) this.addOrgHeads(em, base, i);
      if (this.pairs) this.addPairs(this.pairs, em, base, i, n);
    }
    return em;
  }

  /** Adds the pair features (window.ts) of word i of the n words of the sentence at slotBuf[2 ..]. */
  private addPairs(pairs: OrgHeadWindow, em: Float32Array, base: number, i: number, n: number): void {
    const before = i > 0 ? this.normAt(i - 1) : null;
    const after = i + 1 < n ? this.normAt(i + 1) : null;
    for (const f of pairs.pairs(before, this.normAt(i), after)) addTo(em, base, this.model.context.get(f));
  }

  /** Adds the organisation-head features (window.ts) of word i of the sentence at slotBuf[2 ..], when an
   *  organisation head stands one or two words before it. */
  private addOrgHeads(em: Float32Array, base: number, i: number): void {
    const before1 = this.cache.kind(this.slotBuf[i + 1]!) === ORG_KIND;
    const before2 = i > 1 && this.cache.kind(this.slotBuf[i]!) === ORG_KIND;
    if ((!before1 && !before2) || !this.orgHeads) return;
    for (const f of this.orgHeads.features(before2, this.normAt(i - 1), this.normAt(i)))
      addTo(em, base, this.model.context.get(f));
  }

  /** The normalised form of word i of the sentence at slotBuf[2 ..]. */
  private normAt(i: number): string {
    const k = this.slotBuf[i + 2]!;
    return k < this.cache.fixedRows ? this.keyBuf[this.keyFrom + i]! : this.cache.youngNorm(k);
  }

  /** gazetteerMarks over the n words whose slots are at slotBuf[2 .. n + 2). */
  private gazetteerMarksOf(n: number): (string | null)[] {
    const norms = this.gazNorms;
    const cands = this.gazCands;
    norms.length = cands.length = n;
    for (let i = 0; i < n; i++) {
      norms[i] = this.normAt(i);
      cands[i] = this.cache.gaz(this.slotBuf[i + 2]!);
    }
    phraseMarks(norms, this.model.lexicon, cands, n, this.gazMarks);
    return this.gazMarks;
  }

  /** Tags of all the words of a prepared document, decoded sentence by sentence (sentence k ends before
   *  ends[k]; the last end is the document's length), in two passes when the model was trained for them
   *  (stacking.ts): the second adds what the first made of each word's other occurrences. */
  tagDocument(prepared: PreparedWords, ends: readonly number[]): NerTag[] {
    return Array.from(this.tagIndices(prepared, ends), (t) => TAGS[t]!);
  }

  /** tagDocument's tags as indices into TAGS (no string per word). */
  tagIndices(prepared: PreparedWords, ends: readonly number[]): Uint8Array {
    const total = prepared.slots.length;
    if (this.docEm.length < total * NT) this.docEm = new Float32Array(total * NT * 2);
    const docEm = this.docEm;
    if (prepared.reused && this.pathBuf.length < total) this.pathBuf = new Uint8Array(total * 2);
    const path = prepared.reused ? this.pathBuf.subarray(0, total).fill(0) : new Uint8Array(total);
    const { masks, gaz } = prepared;
    let from = 0;
    for (const to of ends) {
      this.slotsFor(to - from).set(prepared.slots.subarray(from, to), 2);
      this.keyBuf = prepared.keys;
      this.keyFrom = from;
      const em = this.emissionsOfSlots(to - from, masks, gaz, from);
      docEm.set(em, from * NT);
      this.model.topics?.addTo(prepared.keys, from, to, docEm);
      decodeBio(docEm, from, to, this.model.start, this.into, path);
      from = to;
    }
    if (this.stacked) {
      const masks = stackMasks(prepared.stems, path);
      for (let i = 0; i < total; i++) {
        const v = masks[i] ? this.stackVector(masks[i]!) : null;
        if (v) for (let t = 0; t < NT; t++) docEm[i * NT + t]! += v[t]!;
      }
      from = 0;
      for (const to of ends) {
        decodeBio(docEm, from, to, this.model.start, this.into, path);
        from = to;
      }
    }
    return path;
  }

  /** The summed weights of a second-pass mask's features, or null when none has a weight. */
  private stackVector(mask: number): Float32Array | null {
    return this.summedVector(this.stackVectors, mask, stackFeatures);
  }

  /** Tags of one sentence; `doc`: its words' evidence masks (documentMasks over the whole document). */
  tag(words: readonly string[], doc?: ArrayLike<number>): NerTag[] {
    const path = viterbi(this.emissions(words, doc), words.length, this.model.start, this.model.trans);
    return Array.from(path, (t) => TAGS[t]!);
  }
}
