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

/** The weight of an id in a vector, 0 when it has none (a binary search). */
export function weightOf(v: SparseVector, id: number): number {
  let lo = 0;
  let hi = v.ids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = v.ids[mid]!;
    if (x === id) return v.weights[mid]!;
    if (x < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

/** Σ a·b, summed in the order of `ids` (the caller's order, not the ids' values: term ids are assigned
 *  anew when a clusterer is loaded, and a sum in another order may differ in its last bit). */
export function dot(ids: ArrayLike<number>, weights: ArrayLike<number>, b: SparseVector): number {
  let sum = 0;
  for (let k = 0; k < ids.length; k++) sum += weights[k]! * weightOf(b, ids[k]!);
  return sum;
}

/** The vector's length, its squares summed smallest first (an order that does not depend on the ids). */
export function length(v: SparseVector): number {
  const squares = v.weights.map((w) => w * w).sort();
  let s = 0;
  for (const x of squares) s += x;
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

/** Orders two ids of equal weight, by something other than the ids themselves (e.g. their terms). */
export type TieBreak = (a: number, b: number) => number;

/** Positions of the n heaviest terms, heaviest first; ties ordered by `tie`. */
export function heaviest(v: SparseVector, n: number, tie: TieBreak): number[] {
  const order = Array.from(v.ids, (_, k) => k);
  order.sort((p, q) => v.weights[q]! - v.weights[p]! || tie(v.ids[p]!, v.ids[q]!));
  if (order.length > n) order.length = n;
  return order;
}

/** The vector cut to its n heaviest terms. */
export function keepHeaviest(v: SparseVector, n: number, tie: TieBreak): SparseVector {
  if (v.ids.length <= n) return v;
  return fromPairs(heaviest(v, n, tie).map((k) => [v.ids[k]!, v.weights[k]!] as const));
}
