// The tagger at run time: a linear model over BIO tags with first-order transitions, decoded by Viterbi.

// uncached: the tagger keeps what it needs per word type; filling the shared stem cache with every word
// it sees would cost each worker about 20 MB
import { stemsUncached as stems } from '../../text/clitics.js';
import { normalize } from '../../text/normalize.js';
import type { NerLexicon, PreparedLexicon } from './features.js';
import { BOS, EOS, gazetteerMarks, prepareLexicon, typeFeatures } from './features.js';
import type { NerTag } from './tags.js';
import { allowed, NT, TAGS } from './tags.js';
import { WordCache } from './word-cache.js';

export const MODEL_FORMAT = 'isnad-ner/1';

/** The shipped model file (models/ner-anercorp.json). */
export interface NerModelFile {
  format: typeof MODEL_FORMAT;
  tags: string[];
  /** score of each tag at sentence start */
  start: number[];
  /** transition scores, from * NT + to */
  trans: number[];
  /** score added to each word's tag scores, a recall/precision trade-off per type (train-ner --bias-*; 0 now) */
  bias?: number[];
  lexicon: NerLexicon;
  /** word-type feature (as made for slot 0, without the slot prefix) → sparse weights
   *  [slot * NT + tagIndex, weight, ...], slot 0..4 = offset -2..+2 of the word from the tagged one */
  words: Record<string, number[]>;
  /** context feature (place and organisation spans) → sparse weights [tagIndex, weight, ...] */
  context: Record<string, number[]>;
  meta?: Record<string, unknown>;
}

/** Best tag sequence under emission scores em[i * NT + t], start and transition scores; I-X only after B-X/I-X. */
export function viterbi(
  em: ArrayLike<number>,
  n: number,
  start: ArrayLike<number>,
  trans: ArrayLike<number>,
): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  if (scratch.score.length < n * NT) {
    scratch.score = new Float64Array(n * NT * 2);
    scratch.back = new Uint8Array(n * NT * 2);
  }
  const { score, back } = scratch;
  for (let t = 0; t < NT; t++) score[t] = allowed(-1, t) ? start[t]! + em[t]! : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < NT; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < NT; p++) {
        if (!ALLOWED[p * NT + t]) continue;
        const s = score[(i - 1) * NT + p]! + trans[p * NT + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * NT + t] = best + em[i * NT + t]!;
      back[i * NT + t] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < NT; t++) {
    const s = score[(n - 1) * NT + t]!;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * NT + out[i]!]!;
  return out;
}
/** Viterbi's tables, grown when a longer sentence comes and reused (tagging allocates little). */
const scratch = { score: new Float64Array(64 * NT), back: new Uint8Array(64 * NT) };
const ALLOWED = new Uint8Array(NT * NT);
for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) ALLOWED[p * NT + t] = allowed(p, t) ? 1 : 0;

/** Word types per cache generation (two generations are kept). */
const CACHE_MAX = 30_000;

export class NerTagger {
  private readonly weights = new Map<string, Float32Array>();
  /** word-type feature → row of `table` (5 slots × NT weights, quantised to 16 bits with `scale`) */
  private readonly wordRow = new Map<string, number>();
  private readonly table: Int16Array;
  private readonly scale: number;
  private readonly start: Float32Array;
  private readonly trans: Float32Array;
  private readonly bias: Float32Array;
  private readonly lex: PreparedLexicon;
  private readonly cache = new WordCache(CACHE_MAX, 5 * NT);
  private readonly vec = new Float32Array(5 * NT);
  private emBuf = new Float32Array(64 * NT);
  private slotBuf = new Int32Array(64 + 4);

  constructor(file: NerModelFile) {
    if (file.format !== MODEL_FORMAT) throw new Error(`unknown model format ${JSON.stringify(file.format)}`);
    if (file.tags.join(',') !== TAGS.join(',')) throw new Error("model tag set differs from this code's");
    this.start = Float32Array.from(file.start);
    this.trans = Float32Array.from(file.trans);
    this.bias = file.bias ? Float32Array.from(file.bias) : new Float32Array(NT);
    this.lex = prepareLexicon(file.lexicon);
    const entries = Object.entries(file.words);
    let max = 0;
    for (const [, sparse] of entries)
      for (let k = 1; k < sparse.length; k += 2) max = Math.max(max, Math.abs(sparse[k]!));
    this.scale = max / 32767 || 1;
    this.table = new Int16Array(entries.length * 5 * NT);
    entries.forEach(([f, sparse], row) => {
      this.wordRow.set(f, row);
      for (let k = 0; k + 1 < sparse.length; k += 2)
        this.table[row * 5 * NT + sparse[k]!] = Math.round(sparse[k + 1]! / this.scale);
    });
    for (const [f, sparse] of Object.entries(file.context)) {
      const v = new Float32Array(NT);
      for (let k = 0; k + 1 < sparse.length; k += 2) v[sparse[k]!] = sparse[k + 1]!;
      this.weights.set(f, v);
    }
  }

  /** Cache slot of a word, computing its summed weights on first sight. */
  private slot(surface: string): number {
    const k = this.cache.find(surface);
    if (k >= 0) return k;
    const vec = this.vec.fill(0);
    // the slot-0 features include those of every other slot; one look-up gives all five slots
    for (const f of typeFeatures(surface, this.lex).self) {
      const row = this.wordRow.get(f);
      if (row === undefined) continue;
      const base = row * 5 * NT;
      for (let j = 0; j < 5 * NT; j++) vec[j]! += this.table[base + j]!;
    }
    for (let j = 0; j < 5 * NT; j++) vec[j]! *= this.scale;
    const norm = surface === BOS || surface === EOS ? surface : normalize(surface);
    const cands = stems(norm);
    const gazCands = cands.some((c) => this.lex.multiFirst.has(c)) ? cands : null;
    return this.cache.add(surface, vec, norm, gazCands);
  }

  /** How common a normalised word is in the unlabelled news: its rank among the words that have a class
   *  (most frequent first), 50,000 for a word with only a context profile, Infinity for an unknown one. */
  frequencyRank(w: string): number {
    this.ranks ??= new Map([...this.lex.clusters.keys()].map((k, i) => [k, i]));
    return this.ranks.get(w) ?? (this.lex.profiles.has(w) ? 50_000 : Number.POSITIVE_INFINITY);
  }
  private ranks: Map<string, number> | null = null;

  /** Forget the remembered words. */
  clearCache(): void {
    this.cache.clear();
  }

  /** Emission scores, n × NT (a view of a buffer the next call overwrites). */
  emissions(words: readonly string[]): Float32Array {
    const n = words.length;
    if (this.emBuf.length < n * NT) {
      this.emBuf = new Float32Array(n * NT * 2);
      this.slotBuf = new Int32Array(n * 2 + 4);
    }
    const em = this.emBuf.subarray(0, n * NT);
    this.cache.reserve();
    const slots = this.slotBuf;
    slots[0] = slots[1] = this.slot(BOS);
    let anyGaz = false;
    for (let i = 0; i < n; i++) {
      const k = this.slot(words[i]!);
      if (this.cache.gaz(k)) anyGaz = true;
      slots[i + 2] = k;
    }
    slots[n + 2] = slots[n + 3] = this.slot(EOS);
    const vecs = this.cache.vecs;
    let gaz: (string | null)[] | null = null;
    if (anyGaz) {
      const inner = Array.from(slots.subarray(2, n + 2));
      gaz = gazetteerMarks(
        inner.map((k) => this.cache.norm(k)),
        this.lex,
        inner.map((k) => this.cache.gaz(k)),
      );
    }
    const add = (base: number, w: Float32Array | undefined) => {
      if (w) for (let t = 0; t < NT; t++) em[base + t]! += w[t]!;
    };
    for (let i = 0; i < n; i++) {
      const base = i * NT;
      for (let t = 0; t < NT; t++) em[base + t] = this.bias[t]!;
      for (let k = 0; k < 5; k++) {
        // the word at offset k-2 from i; its slot k holds the features it gives at that offset
        const off = slots[i + k]! * 5 * NT + k * NT;
        for (let t = 0; t < NT; t++) em[base + t]! += vecs[off + t]!;
      }
      const g = gaz?.[i];
      if (g) add(base, this.weights.get(g));
    }
    return em;
  }

  tag(words: readonly string[]): NerTag[] {
    const path = viterbi(this.emissions(words), words.length, this.start, this.trans);
    return Array.from(path, (t) => TAGS[t]!);
  }
}
