// Distributional word classes learned from unlabelled news text, used as features for words the labelled
// corpus never saw (a new name often shares its neighbours with known ones). Training-time only: the tagger
// reads the resulting word → class table from the model file.
//
// Method (deterministic): count left/right neighbours of the most frequent words among the most frequent
// context words, weight by positive PMI, project to a few dense dimensions with a seeded random matrix,
// normalise, then spherical k-means at two granularities.
import { normalize } from '../../text/normalize.js';

export interface ClusterOptions {
  vocab: number; // words that get a class
  contexts: number; // context words per side
  dims: number; // random-projection dimensions
  ks: number[]; // k-means granularities
  iterations: number;
  seed: number;
  /** learn from the first this many tokens of the stream only (default: all) */
  tokens?: number;
  /** n >= 0: the rows of the PPMI matrix's top `dims` left singular vectors (a randomized SVD with n power
   *  iterations, eigenvalue weight 0: Levy & Goldberg 2015) instead of the random projection */
  svd?: number;
}

/** A small seeded random generator (mulberry32): training is reproducible. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Collects token streams of raw texts: raw type ids, normalised once per distinct type. */
export class TokenStream {
  private rawIds = new Map<string, number>();
  private rawNames: string[] = [];
  private buf = new Int32Array(1 << 20);
  length = 0;

  add(text: string): void {
    for (const m of text.matchAll(TOKEN)) {
      let id = this.rawIds.get(m[0]);
      if (id === undefined) {
        id = this.rawNames.length;
        this.rawIds.set(m[0], id);
        this.rawNames.push(m[0]);
      }
      this.push(id);
    }
    this.push(-1); // document break
  }
  private push(id: number): void {
    if (this.length === this.buf.length) {
      const b = new Int32Array(this.buf.length * 2);
      b.set(this.buf);
      this.buf = b;
    }
    this.buf[this.length++] = id;
  }
  /** Token ids over normalised types, -1 at breaks; and the normalised type names. */
  normalised(): { seq: Int32Array; names: string[] } {
    const ids = new Map<string, number>();
    const names: string[] = [];
    const map = this.rawNames.map((r) => {
      const n = normalize(r);
      let id = ids.get(n);
      if (id === undefined) {
        id = names.length;
        ids.set(n, id);
        names.push(n);
      }
      return id;
    });
    const seq = new Int32Array(this.length);
    for (let i = 0; i < this.length; i++) seq[i] = this.buf[i]! < 0 ? -1 : map[this.buf[i]!]!;
    return { seq, names };
  }
}

/** word → class id per granularity. */
export function learnClusters(stream: TokenStream, o: ClusterOptions): Map<string, number[]> {
  const all = stream.normalised();
  const names = all.names;
  const seq = o.tokens === undefined ? all.seq : all.seq.subarray(0, o.tokens);
  const count = new Float64Array(names.length);
  for (const id of seq) if (id >= 0) count[id]!++;
  const byFreq = names
    .map((_, k) => k)
    .sort((a, b) => count[b]! - count[a]! || (names[a]! < names[b]! ? -1 : 1));
  const V = Math.min(o.vocab, byFreq.length),
    C = Math.min(o.contexts, byFreq.length);
  const vIdx = new Int32Array(names.length).fill(-1);
  const cIdx = new Int32Array(names.length).fill(-1);
  for (let k = 0; k < V; k++) vIdx[byFreq[k]!] = k;
  for (let k = 0; k < C; k++) cIdx[byFreq[k]!] = k;
  // neighbour counts: row v, columns [left C | right C]
  const D = 2 * C;
  const co = new Float32Array(V * D);
  for (let i = 0; i < seq.length; i++) {
    const v = seq[i]! >= 0 ? vIdx[seq[i]!]! : -1;
    if (v < 0) continue;
    const l = i > 0 && seq[i - 1]! >= 0 ? cIdx[seq[i - 1]!]! : -1;
    const r = i + 1 < seq.length && seq[i + 1]! >= 0 ? cIdx[seq[i + 1]!]! : -1;
    if (l >= 0) co[v * D + l]!++;
    if (r >= 0) co[v * D + C + r]!++;
  }
  // PPMI
  const rowSum = new Float64Array(V),
    colSum = new Float64Array(D);
  let total = 0;
  for (let v = 0; v < V; v++)
    for (let d = 0; d < D; d++) {
      const x = co[v * D + d]!;
      rowSum[v]! += x;
      colSum[d]! += x;
      total += x;
    }
  // random projection with a seeded ±1 matrix
  const rand = mulberry32(o.seed);
  const R = new Float32Array(D * o.dims);
  for (let k = 0; k < R.length; k++) R[k] = rand() < 0.5 ? -1 : 1;
  if (o.svd !== undefined && o.svd >= 0) {
    const X = svdRows(ppmiRows(co, V, D, rowSum, colSum, total), V, D, R, o.dims, o.svd);
    return classesOf(X, V, o, rand, names, byFreq);
  }
  const X = new Float32Array(V * o.dims);
  for (let v = 0; v < V; v++) {
    for (let d = 0; d < D; d++) {
      const x = co[v * D + d]!;
      if (!x) continue;
      const pmi = Math.log((x * total) / (rowSum[v]! * colSum[d]!));
      if (pmi <= 0) continue;
      for (let j = 0; j < o.dims; j++) X[v * o.dims + j]! += pmi * R[d * o.dims + j]!;
    }
    let n = 0;
    for (let j = 0; j < o.dims; j++) n += X[v * o.dims + j]! ** 2;
    n = Math.sqrt(n) || 1;
    for (let j = 0; j < o.dims; j++) X[v * o.dims + j]! /= n;
  }
  return classesOf(X, V, o, rand, names, byFreq);
}

function classesOf(
  X: Float32Array,
  V: number,
  o: ClusterOptions,
  rand: () => number,
  names: readonly string[],
  byFreq: readonly number[],
): Map<string, number[]> {
  const assignments = o.ks.map((k) => sphericalKMeans(X, V, o.dims, k, o.iterations, rand));
  const out = new Map<string, number[]>();
  for (let v = 0; v < V; v++)
    out.set(
      names[byFreq[v]!]!,
      assignments.map((a) => a[v]!),
    );
  return out;
}

function sphericalKMeans(
  X: Float32Array,
  n: number,
  dims: number,
  k: number,
  iters: number,
  rand: () => number,
): Int32Array {
  const cent = new Float32Array(k * dims);
  // init: k distinct points chosen by the seeded generator
  const picked = new Set<number>();
  for (let c = 0; c < k; c++) {
    let p = Math.floor(rand() * n);
    while (picked.has(p)) p = (p + 1) % n;
    picked.add(p);
    cent.set(X.subarray(p * dims, (p + 1) * dims), c * dims);
  }
  const assign = new Int32Array(n);
  for (let it = 0; it < iters; it++) {
    for (let i = 0; i < n; i++) {
      let best = -Infinity,
        arg = 0;
      for (let c = 0; c < k; c++) {
        let s = 0;
        for (let j = 0; j < dims; j++) s += X[i * dims + j]! * cent[c * dims + j]!;
        if (s > best) {
          best = s;
          arg = c;
        }
      }
      assign[i] = arg;
    }
    cent.fill(0);
    for (let i = 0; i < n; i++)
      for (let j = 0; j < dims; j++) cent[assign[i]! * dims + j]! += X[i * dims + j]!;
    for (let c = 0; c < k; c++) {
      let s = 0;
      for (let j = 0; j < dims; j++) s += cent[c * dims + j]! ** 2;
      s = Math.sqrt(s);
      if (!s) {
        // empty cluster: reseed from a random point
        const p = Math.floor(rand() * n);
        cent.set(X.subarray(p * dims, (p + 1) * dims), c * dims);
        continue;
      }
      for (let j = 0; j < dims; j++) cent[c * dims + j]! /= s;
    }
  }
  return assign;
}

/** The positive PMI of the neighbour counts as sparse rows (CSR). */
function ppmiRows(
  co: Float32Array,
  V: number,
  D: number,
  rowSum: Float64Array,
  colSum: Float64Array,
  total: number,
): SparseRows {
  const start = new Int32Array(V + 1);
  const col: number[] = [];
  const val: number[] = [];
  for (let v = 0; v < V; v++) {
    for (let d = 0; d < D; d++) {
      const x = co[v * D + d]!;
      if (!x) continue;
      const pmi = Math.log((x * total) / (rowSum[v]! * colSum[d]!));
      if (pmi > 0) {
        col.push(d);
        val.push(pmi);
      }
    }
    start[v + 1] = col.length;
  }
  return { start, col: Int32Array.from(col), val: Float64Array.from(val) };
}

/** Orthonormalises the k columns of an n × k row-major matrix in place (modified Gram-Schmidt). */
function orthonormalise(M: Float64Array, n: number, k: number): void {
  for (let c = 0; c < k; c++) {
    for (let p = 0; p < c; p++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += M[i * k + c]! * M[i * k + p]!;
      for (let i = 0; i < n; i++) M[i * k + c]! -= dot * M[i * k + p]!;
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += M[i * k + c]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) M[i * k + c]! /= norm;
  }
}

interface SparseRows {
  start: Int32Array;
  col: Int32Array;
  val: Float64Array;
}

/** The sparse words × contexts matrix times a dense row-major matrix of k columns: matrix · dense
 *  (dense is contexts × k), or with `transposed` matrixᵀ · dense (dense is words × k). */
function sparseTimes(
  matrix: SparseRows,
  dense: ArrayLike<number>,
  words: number,
  contexts: number,
  k: number,
  transposed: boolean,
): Float64Array {
  const out = new Float64Array((transposed ? contexts : words) * k);
  for (let word = 0; word < words; word++)
    for (let e = matrix.start[word]!; e < matrix.start[word + 1]!; e++) {
      const value = matrix.val[e]!;
      const context = matrix.col[e]!;
      const to = (transposed ? context : word) * k;
      const from = (transposed ? word : context) * k;
      for (let j = 0; j < k; j++) out[to + j]! += value * dense[from + j]!;
    }
  return out;
}

/** Rows (normalised) of an orthonormal basis of the range of the matrix's top k singular vectors:
 *  basis = orth(matrix · random), then `power` times basis = orth(matrix · orth(matrixᵀ · basis))
 *  (Halko et al. 2011); `random` the seeded ±1 matrix (contexts × k). */
function svdRows(
  matrix: SparseRows,
  words: number,
  contexts: number,
  random: Float32Array,
  k: number,
  power: number,
): Float32Array {
  let basis = sparseTimes(matrix, random, words, contexts, k, false);
  orthonormalise(basis, words, k);
  for (let it = 0; it < power; it++) {
    const back = sparseTimes(matrix, basis, words, contexts, k, true);
    orthonormalise(back, contexts, k);
    basis = sparseTimes(matrix, back, words, contexts, k, false);
    orthonormalise(basis, words, k);
  }
  const rows = new Float32Array(words * k);
  for (let word = 0; word < words; word++) {
    let norm = 0;
    for (let j = 0; j < k; j++) norm += basis[word * k + j]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < k; j++) rows[word * k + j] = basis[word * k + j]! / norm;
  }
  return rows;
}
