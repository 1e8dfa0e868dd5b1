// Viterbi for the tagger at run time: the same best path as `viterbi` (the general loop, below, that training
// uses: the same sums in the same order, ties to the lowest previous tag), written out for the BIO tag set, where O and each B-X may follow
// any tag and I-X only B-X or I-X. About twice as fast as the general loop (performance).

import { allowed, NT } from './tags.js';

/** The layout this decoder is written for: 9 tags, O first, then B-X, I-X pairs. */
const W = 9;
if (NT !== W) throw new Error('decode.ts: the tag set is not the 9 BIO tags it is written for');
for (let t = 0; t < NT; t++) {
  if (allowed(-1, t) !== (t === 0 || t % 2 === 1))
    throw new Error('decode.ts: the tag set is not in the order it is written for');
  for (let p = 0; p < NT; p++)
    if (allowed(p, t) !== (t === 0 || t % 2 === 1 || p === t - 1 || p === t))
      throw new Error('decode.ts: the tag set is not in the order it is written for');
}

/** Transition scores by target tag: into[t * NT + p] = trans[p * NT + t] (the same values, as doubles). */
export function transitionsInto(trans: ArrayLike<number>): Float64Array {
  const into = new Float64Array(NT * NT);
  for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) into[t * NT + p] = trans[p * NT + t]!;
  return into;
}

/** Viterbi's tables, grown when a longer sentence comes and reused. */
let score = new Float64Array(64 * W);
let back = new Uint8Array(64 * W);

/** Best tag sequence of the words from .. to - 1 under emission scores em[i * NT + t], start scores and
 *  transitions `into` (transitionsInto): the path of `viterbi` over those words, written to
 *  out[from .. to). */
export function decodeBio(
  em: Float32Array,
  from: number,
  to: number,
  start: Float32Array,
  into: Float64Array,
  out: Uint8Array,
): void {
  const n = to - from;
  if (n <= 0) return;
  const e0 = from * W;
  if (score.length < n * W) {
    score = new Float64Array(n * W * 2);
    back = new Uint8Array(n * W * 2);
  }
  const sc = score;
  for (let t = 0; t < W; t++) sc[t] = t === 0 || t % 2 === 1 ? start[t]! + em[e0 + t]! : -Infinity;
  for (let i = 1; i < n; i++) step(sc, back, em, e0, into, i);
  let best = -Infinity;
  let arg = 0;
  const last = (n - 1) * W;
  for (let t = 0; t < W; t++) {
    const s = sc[last + t]!;
    if (s > best) {
      best = s;
      arg = t;
    }
  }
  out[to - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[from + i - 1] = back[i * W + out[from + i]!]!;
}

/** One word of Viterbi: the scores and back pointers of word i from those of word i - 1 (its emissions at
 *  em[e0 + i * NT ..]). */
function step(
  sc: Float64Array,
  bk: Uint8Array,
  em: Float32Array,
  e0: number,
  into: Float64Array,
  i: number,
): void {
  const prev = (i - 1) * W;
  const cur = prev + W;
  const s0 = sc[prev]!;
  const s1 = sc[prev + 1]!;
  const s2 = sc[prev + 2]!;
  const s3 = sc[prev + 3]!;
  const s4 = sc[prev + 4]!;
  const s5 = sc[prev + 5]!;
  const s6 = sc[prev + 6]!;
  const s7 = sc[prev + 7]!;
  const s8 = sc[prev + 8]!;
  for (let t = 0; t < W; t++) {
    const row = t * W;
    let best = -Number.POSITIVE_INFINITY;
    let arg = 0;
    let s: number;
    if (t !== 0 && t % 2 === 0) {
      // I-X: after B-X (t - 1) or I-X (t)
      s = (t === 2 ? s1 : t === 4 ? s3 : t === 6 ? s5 : s7) + into[row + t - 1]!;
      if (s > best) {
        best = s;
        arg = t - 1;
      }
      s = (t === 2 ? s2 : t === 4 ? s4 : t === 6 ? s6 : s8) + into[row + t]!;
      if (s > best) {
        best = s;
        arg = t;
      }
    } else {
      // O or B-X: after any tag, the lowest of equal scores kept
      s = s0 + into[row]!;
      if (s > best) best = s;
      s = s1 + into[row + 1]!;
      if (s > best) {
        best = s;
        arg = 1;
      }
      s = s2 + into[row + 2]!;
      if (s > best) {
        best = s;
        arg = 2;
      }
      s = s3 + into[row + 3]!;
      if (s > best) {
        best = s;
        arg = 3;
      }
      s = s4 + into[row + 4]!;
      if (s > best) {
        best = s;
        arg = 4;
      }
      s = s5 + into[row + 5]!;
      if (s > best) {
        best = s;
        arg = 5;
      }
      s = s6 + into[row + 6]!;
      if (s > best) {
        best = s;
        arg = 6;
      }
      s = s7 + into[row + 7]!;
      if (s > best) {
        best = s;
        arg = 7;
      }
      s = s8 + into[row + 8]!;
      if (s > best) {
        best = s;
        arg = 8;
      }
    }
    sc[cur + t] = best + em[e0 + cur + t]!;
    bk[cur + t] = arg;
  }
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
      for (let k = PREVIOUS_START[t]!; k < PREVIOUS_START[t + 1]!; k++) {
        const p = PREVIOUS[k]!;
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
/** The tags that may come before tag t: PREVIOUS[PREVIOUS_START[t] .. PREVIOUS_START[t + 1]), in order. */
const PREVIOUS_START = new Uint8Array(NT + 1);
const PREVIOUS = new Uint8Array(NT * NT);
for (let t = 0, k = 0; t < NT; t++) {
  for (let p = 0; p < NT; p++) if (allowed(p, t)) PREVIOUS[k++] = p;
  PREVIOUS_START[t + 1] = k;
}
