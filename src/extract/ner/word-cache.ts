// What the tagger remembers about the words it has seen: for each word a vector of summed feature weights
// (in pooled Float32Arrays, not one small array per word), what the document evidence needs of it
// (document.ts) and, when it may open a multi-word name, its stripped forms. Two tiers:
// - the words the model knows from the unlabelled news (its WordKnowledge rows: the frequent words) keep
//   their vector for the worker's life, at their row's place in one array (filled on first sight), so a
//   word seen once a day is not worked out again each time;
// - the other words (rare ones, names, typos) go to two generations that bound the memory: when the young
//   one is full it becomes the old one, and words found in the old one move to the young one.
// A slot below `fixedRows` is a known word's row; slot fixedRows + k is place k of the young generation.
// The known words' vectors may live in a SharedArrayBuffer that the threads of a pool share (sharedKnownVectors):
// whichever thread first meets a word writes its vector, then sets the row's ready flag (Atomics); the
// others read it instead of working it out again. Two threads filling one row write the same bytes.

import type { WordFact } from './document.js';

/** An empty array whose elements are already of the kind that holds objects and strings: a `[]` starts as
 *  one of small integers, and the first string pushed changes its kind, so each new generation's lists met
 *  the optimised `add` in another kind than the last ones ("wrong map", "not a Smi") and deoptimised it. */
function objectList<T>(): T[] {
  const list: (T | null)[] = [null];
  list.pop();
  return list as T[];
}

class Generation {
  readonly index = new Map<string, number>();
  readonly norms: string[] = objectList();
  readonly gaz: (string[] | null)[] = objectList();
  /** the words' facts (WordFact), as two arrays: their stems and their kinds */
  readonly stems: (string | null)[] = objectList();
  readonly kinds: number[] = [];
  /** the stems' ids (WordCache.stemId) and the id epoch they belong to */
  readonly stemIds: number[] = [];
  readonly stemEpochs: number[] = [];
  vecs: Float32Array;

  constructor(
    private readonly width: number,
    capacity: number,
  ) {
    this.vecs = new Float32Array(width * capacity);
  }

  get size(): number {
    return this.kinds.length;
  }

  add(key: string, vec: ArrayLike<number>, norm: string, gaz: string[] | null, fact: WordFact): number {
    const k = this.kinds.length;
    if ((k + 1) * this.width > this.vecs.length) {
      const bigger = new Float32Array(Math.max(this.vecs.length * 2, this.width * 64));
      bigger.set(this.vecs);
      this.vecs = bigger;
    }
    this.vecs.set(vec, k * this.width);
    this.norms.push(norm);
    this.gaz.push(gaz);
    this.stems.push(fact.key);
    this.kinds.push(fact.kind);
    this.stemIds.push(-1);
    this.stemEpochs.push(0);
    this.index.set(key, k);
    return k;
  }
}

/** Entries of the front table (a power of two). */
const FRONT = 65536;
/** The epoch of a stem id given for good (a known word's row: WordCache.stemId). */
const FOR_GOOD = -1;

/** A small hash of a key, for the front table (FNV-1a over its code units). */
function frontIndex(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & (FRONT - 1);
}

/** The known words of the long-lived tier: their rows, 0 .. rows - 1 (a WordKnowledge's). */
export interface KnownWords {
  readonly rows: number;
  /** The row of a key, or -1 when the key is not a known word. */
  row(key: string): number;
}

const NO_KNOWN_WORDS: KnownWords = { rows: 0, row: () => -1 };

/** Stems that are not known words given an id before the ids start over (each id then costs a few bytes of
 *  the document evidence's tables, document.ts StemGroups, and an entry of the stems' map: at 2^17 the two
 *  workers' maps raised the whole-corpus bench's peak by 20–40 MB). A stem that is a known word has its row
 *  for id, for good. */
export const STEM_IDS_MAX = 1 << 15;
/** The stem id, the kind and whether the word may open a multi-word name (it has gazetteer candidates) of
 *  a packed fact (WordCache.packedFact; kinds are below 15). */
export const factStemId = (packed: number) => (packed >> 5) - 1;
export const factKind = (packed: number) => (packed & 15) - 1;
export const factGaz = (packed: number) => (packed >> 4) & 1;

/** Where the vectors start in a shared buffer of `rows` rows: after its size (rows, width) and a ready flag
 *  per row (a multiple of 8 bytes). */
const vectorsAt = (rows: number) => 8 + Math.ceil(rows / 8) * 8;

/** A buffer for the known words' vectors of up to `rows` rows of `width` floats, to share between threads
 *  (WordCache's `shared`): its size, a ready flag per row, then the rows. Pages no thread writes cost no
 *  memory. */
export function sharedKnownVectors(rows: number, width: number): SharedArrayBuffer {
  const buffer = new SharedArrayBuffer(vectorsAt(rows) + rows * width * 4);
  new Int32Array(buffer, 0, 2).set([rows, width]);
  return buffer;
}

export class WordCache {
  private young: Generation;
  private old: Generation;
  /** The known words' vectors, fixedRows × width (pages the process never writes cost no memory). */
  readonly fixedVecs: Float32Array;
  /** Per known row: 1 once its vector is written (read and set with Atomics when the vectors are shared). */
  private readonly fixedReady: Uint8Array;
  readonly fixedRows: number;
  /** The known words' facts as two arrays: their stems (undefined: a word this cache has not met) and kinds. */
  private readonly fixedStems: (string | null | undefined)[];
  private readonly fixedKinds: Int8Array;
  private readonly fixedGaz: (string[] | null)[];
  /** The known words' stem ids and the epochs they were given in (stemId). */
  private readonly fixedStemIds: Int32Array;
  private readonly fixedStemEpochs: Int32Array;
  /** Stem → id, for the stems of the words met since the ids last started over (a new epoch). */
  private readonly stemIndex = new Map<string, number>();
  private stemEpoch = 1;
  /** A direct-mapped table in front of both tiers: the key last seen at each place and its slot (a young
   *  word's until the young generation is replaced, a known word's for good). Small enough to stay in the processor's cache, where the
   *  indexes of tens of thousands of words do not (most look-ups are of a few frequent words). */
  private readonly frontKeys: (string | null)[] = new Array(FRONT).fill(null);
  /** The slot and the packed fact (packedFact) of the front table's words, side by side (one cache line for
   *  both): front[2f] and front[2f + 1]. */
  private readonly front = new Int32Array(2 * FRONT);
  /** The packed fact of the word of the slot `find` or `add` last returned (a non-negative one). */
  found = 0;

  /** `capacity` words per generation, `width` floats per word; `known`: the words kept for good; `shared`: a
   *  buffer of sharedKnownVectors for their vectors (ignored when too small: the cache then has its own). */
  constructor(
    private readonly capacity: number,
    private readonly width: number,
    private readonly known: KnownWords = NO_KNOWN_WORDS,
    shared: SharedArrayBuffer | null = null,
  ) {
    this.young = new Generation(width, capacity);
    this.old = new Generation(width, 0);
    const rows = known.rows;
    this.fixedRows = rows;
    const [sharedRows = 0, sharedWidth] = shared ? new Int32Array(shared, 0, 2) : [];
    if (shared && sharedRows >= rows && sharedWidth === width) {
      this.fixedReady = new Uint8Array(shared, 8, rows);
      this.fixedVecs = new Float32Array(shared, vectorsAt(sharedRows), width * rows);
    } else {
      this.fixedReady = new Uint8Array(rows);
      this.fixedVecs = new Float32Array(width * rows);
    }
    this.fixedStems = new Array(known.rows).fill(undefined);
    this.fixedKinds = new Int8Array(known.rows);
    this.fixedGaz = new Array(known.rows).fill(null);
    this.fixedStemIds = new Int32Array(rows);
    this.fixedStemEpochs = new Int32Array(rows);
  }

  /** Call before the words of one document or sentence: the slots it hands out stay valid until the next call. */
  reserve(): void {
    if (this.stemIndex.size >= STEM_IDS_MAX) {
      // the ids start over: every word's id is given again on its next use (the front table's facts too)
      this.stemIndex.clear();
      this.stemEpoch++;
      this.frontKeys.fill(null);
    }
    if (this.young.size < this.capacity) return;
    this.old = this.young;
    this.young = new Generation(this.width, this.capacity);
    // the known words keep their slots; the young generation's words will have new ones
    const { frontKeys, front, fixedRows } = this;
    for (let f = 0; f < FRONT; f++) if (front[2 * f]! >= fixedRows) frontKeys[f] = null;
  }

  /** Slot of a remembered word; when it is not remembered, a negative number to give `add` (it says where
   *  the word goes). */
  find(key: string): number {
    const f = frontIndex(key);
    if (this.frontKeys[f] === key) {
      this.found = this.front[2 * f + 1]!;
      return this.front[2 * f]!;
    }
    let slot: number;
    const row = this.known.row(key);
    if (row >= 0) {
      if (this.fixedStems[row] === undefined) return -2 - row;
      slot = row;
    } else {
      let k = this.young.index.get(key);
      if (k === undefined) {
        const o = this.old.index.get(key);
        if (o === undefined) return -1;
        const v = this.old.vecs.subarray(o * this.width, (o + 1) * this.width);
        const fact = { key: this.old.stems[o]!, kind: this.old.kinds[o]! };
        k = this.young.add(key, v, this.old.norms[o]!, this.old.gaz[o]!, fact);
      }
      slot = this.fixedRows + k;
    }
    this.frontKeys[f] = key;
    this.front[2 * f] = slot;
    this.front[2 * f + 1] = this.found = this.packedFact(slot);
    return slot;
  }

  /** Whether the vector of a known word `find` missed (`missed`: what it returned) is already written (by
   *  another thread sharing the vectors): `add` then needs no vector. */
  vectorReady(missed: number): boolean {
    return missed < -1 && Atomics.load(this.fixedReady, -2 - missed) === 1;
  }

  /** Remembers a word `find` did not know (`missed`: what it returned); returns its slot. `vec` may be null
   *  when vectorReady(missed). */
  add(
    missed: number,
    key: string,
    vec: ArrayLike<number> | null,
    norm: string,
    gaz: string[] | null,
    fact: WordFact,
  ): number {
    if (missed >= -1) {
      const slot = this.fixedRows + this.young.add(key, vec!, norm, gaz, fact);
      this.found = this.packedFact(slot);
      return slot;
    }
    const row = -2 - missed;
    if (vec) {
      this.fixedVecs.set(vec, row * this.width);
      Atomics.store(this.fixedReady, row, 1);
    }
    this.fixedStems[row] = fact.key;
    this.fixedKinds[row] = fact.kind;
    this.fixedGaz[row] = gaz;
    this.found = this.packedFact(row);
    return row;
  }

  /** The word's stem id (stemId), kind (WordFact.kind) and whether it has gazetteer candidates (gaz) in one
   *  integer: factStemId, factKind and factGaz read them. */
  packedFact(slot: number): number {
    return ((this.stemId(slot) + 1) << 5) | (this.gaz(slot) ? 16 : 0) | (this.kind(slot) + 1);
  }

  /** The young generation's vectors: slot s ≥ fixedRows is at (s - fixedRows) × width (read after the
   *  words were all found or added). */
  get youngVecs(): Float32Array {
    return this.young.vecs;
  }
  /** The normalised form of the word at a slot of the young generation (a known word's is its key). */
  youngNorm(slot: number): string {
    return this.young.norms[slot - this.fixedRows]!;
  }
  gaz(slot: number): string[] | null {
    return slot < this.fixedRows ? this.fixedGaz[slot]! : this.young.gaz[slot - this.fixedRows]!;
  }
  /** WordFact.key of the word at a slot. */
  stem(slot: number): string | null {
    return slot < this.fixedRows ? this.fixedStems[slot]! : this.young.stems[slot - this.fixedRows]!;
  }
  /** An integer for the stem of the word at a slot (its WordFact.key; -1 for none): words of the same stem
   *  have the same id until the next `reserve`. A stem that is a known word has its row (below fixedRows),
   *  kept for good; another has fixedRows + its place in the stems' map (below STEM_IDS_MAX), given on a
   *  word's first use in each epoch. So a document's words are grouped by stem without a map look-up per
   *  word, and the ids rarely start over (most stems are known words). */
  stemId(slot: number): number {
    if (slot < this.fixedRows)
      return this.tierStemId(this.fixedStemIds, this.fixedStemEpochs, slot, this.fixedStems[slot]!);
    const { young } = this;
    const k = slot - this.fixedRows;
    return this.tierStemId(young.stemIds, young.stemEpochs, k, young.stems[k]!);
  }

  /** stemId over one tier's arrays (the known words' or the young generation's): the id given at place k in
   *  this epoch or for good, else its stem's id, remembered there. */
  private tierStemId(
    ids: { [k: number]: number },
    epochs: { [k: number]: number },
    k: number,
    stem: string | null,
  ): number {
    const given = epochs[k]!;
    if (given === this.stemEpoch || given === FOR_GOOD) return ids[k]!;
    const id = this.idOfStem(stem);
    ids[k] = id;
    epochs[k] = id < this.fixedRows ? FOR_GOOD : this.stemEpoch;
    return id;
  }

  private idOfStem(stem: string | null): number {
    if (stem === null) return -1;
    const row = this.known.row(stem);
    if (row >= 0) return row;
    let id = this.stemIndex.get(stem);
    if (id === undefined) this.stemIndex.set(stem, (id = this.stemIndex.size));
    return this.fixedRows + id;
  }

  /** WordFact.kind of the word at a slot. */
  kind(slot: number): number {
    return slot < this.fixedRows ? this.fixedKinds[slot]! : this.young.kinds[slot - this.fixedRows]!;
  }

  clear(): void {
    this.young = new Generation(this.width, this.capacity);
    this.old = new Generation(this.width, 0);
    this.fixedStems.fill(undefined);
    this.fixedGaz.fill(null);
    this.frontKeys.fill(null);
    this.stemIndex.clear();
    this.stemEpoch++;
  }
}
