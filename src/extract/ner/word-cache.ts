// What the tagger remembers about the words it has seen: for each surface word a vector of summed feature
// weights (in one pooled Float32Array, not one small array per word), its normalised form and, when it may
// open a multi-word name, its stripped forms, and what the document evidence needs of it (document.ts). Two generations bound the memory: when the young one is full
// it becomes the old one, and words found in the old one move to the young one, so frequent words stay.

import type { WordFact } from './document.js';

class Generation {
  readonly index = new Map<string, number>();
  readonly norms: string[] = [];
  readonly gaz: (string[] | null)[] = [];
  readonly facts: WordFact[] = [];
  vecs: Float32Array;

  constructor(
    private readonly width: number,
    capacity: number,
  ) {
    this.vecs = new Float32Array(width * capacity);
  }

  get size(): number {
    return this.norms.length;
  }

  add(surface: string, vec: ArrayLike<number>, norm: string, gaz: string[] | null, fact: WordFact): number {
    const k = this.norms.length;
    if ((k + 1) * this.width > this.vecs.length) {
      const bigger = new Float32Array(this.vecs.length * 2);
      bigger.set(this.vecs);
      this.vecs = bigger;
    }
    this.vecs.set(vec, k * this.width);
    this.norms.push(norm);
    this.gaz.push(gaz);
    this.facts.push(fact);
    this.index.set(surface, k);
    return k;
  }
}

/** Entries of the front table (a power of two). */
const FRONT = 4096;

/** A small hash of a key, for the front table (FNV-1a over its code units). */
function frontIndex(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & (FRONT - 1);
}

export class WordCache {
  private young: Generation;
  private old: Generation;
  /** A direct-mapped table in front of the young generation's index: the key last seen at each place and
   *  its slot, valid until the young generation is replaced. Small enough to stay in the processor's cache,
   *  where the index of tens of thousands of words does not (most look-ups are of a few frequent words). */
  private readonly frontKeys: (string | null)[] = new Array(FRONT).fill(null);
  private readonly frontSlots = new Int32Array(FRONT);

  /** `capacity` words per generation, `width` floats per word. */
  constructor(
    private readonly capacity: number,
    private readonly width: number,
  ) {
    this.young = new Generation(width, capacity);
    this.old = new Generation(width, 0);
  }

  /** Call before the words of one sentence: the slots it hands out stay valid until the next call. */
  reserve(): void {
    if (this.young.size < this.capacity) return;
    this.old = this.young;
    this.young = new Generation(this.width, this.capacity);
    this.frontKeys.fill(null);
  }

  /** Slot of a remembered word, or -1. */
  find(surface: string): number {
    const f = frontIndex(surface);
    if (this.frontKeys[f] === surface) return this.frontSlots[f]!;
    let k = this.young.index.get(surface);
    if (k === undefined) {
      const o = this.old.index.get(surface);
      if (o === undefined) return -1;
      const v = this.old.vecs.subarray(o * this.width, (o + 1) * this.width);
      k = this.young.add(surface, v, this.old.norms[o]!, this.old.gaz[o]!, this.old.facts[o]!);
    }
    this.frontKeys[f] = surface;
    this.frontSlots[f] = k;
    return k;
  }

  add(surface: string, vec: ArrayLike<number>, norm: string, gaz: string[] | null, fact: WordFact): number {
    return this.young.add(surface, vec, norm, gaz, fact);
  }

  /** The vectors of the current slots (read after the sentence's words were all found or added). */
  get vecs(): Float32Array {
    return this.young.vecs;
  }
  norm(slot: number): string {
    return this.young.norms[slot]!;
  }
  gaz(slot: number): string[] | null {
    return this.young.gaz[slot]!;
  }
  fact(slot: number): WordFact {
    return this.young.facts[slot]!;
  }

  clear(): void {
    this.young = new Generation(this.width, this.capacity);
    this.old = new Generation(this.width, 0);
    this.frontKeys.fill(null);
  }
}
