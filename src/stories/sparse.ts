// Sparse vectors over term ids, held in typed arrays: the ids ascending, a weight for each. A story's
// centroid in this shape costs 12 bytes a term (a Map of strings to numbers costs about 50), which is
// what lets the clusterer keep tens of thousands of stories in memory.

export interface SparseVector {
  /** Term ids, ascending. */
  ids: Int32Array;
  weights: Float64Array;
}

export const emptyVector = (): SparseVector => ({ ids: new Int32Array(0), weights: new Float64Array(0) });

/** A vector from (id, weight) pairs in any order (each id once). */
export function fromPairs(pairs: readonly (readonly [number, number])[]): SparseVector {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const ids = new Int32Array(sorted.length);
  const weights = new Float64Array(sorted.length);
  sorted.forEach(([id, w], k) => {
    ids[k] = id;
    weights[k] = w;
  });
  return { ids, weights };
}

/** Σ a·b over the ids both hold (a merge of two ascending lists). */
export function dot(a: SparseVector, b: SparseVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) sum += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

export function length(v: SparseVector): number {
  let s = 0;
  for (const w of v.weights) s += w * w;
  return Math.sqrt(s);
}

/** a + b, a new vector. */
export function sum(a: SparseVector, b: SparseVector): SparseVector {
  const ids = new Int32Array(a.ids.length + b.ids.length);
  const weights = new Float64Array(ids.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    if (x === y) {
      ids[n] = x;
      weights[n++] = a.weights[i++]! + b.weights[j++]!;
    } else if (x < y) {
      ids[n] = x;
      weights[n++] = a.weights[i++]!;
    } else {
      ids[n] = y;
      weights[n++] = b.weights[j++]!;
    }
  }
  return { ids: ids.slice(0, n), weights: weights.slice(0, n) };
}

/** Positions of the n heaviest terms, heaviest first (ties: the lower id first). */
export function heaviest(v: SparseVector, n: number): number[] {
  const order = Array.from(v.ids, (_, k) => k);
  order.sort((p, q) => v.weights[q]! - v.weights[p]!);
  if (order.length > n) order.length = n;
  return order;
}

/** The vector cut to its n heaviest terms. */
export function keepHeaviest(v: SparseVector, n: number): SparseVector {
  if (v.ids.length <= n) return v;
  return fromPairs(heaviest(v, n).map((k) => [v.ids[k]!, v.weights[k]!] as const));
}
