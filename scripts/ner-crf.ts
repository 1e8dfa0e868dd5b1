// train:ner's log-loss training (--update crf): a first-order linear-chain CRF over the same features and
// tags as the perceptron, trained by AdaGrad on each sentence's conditional log-likelihood (forward-backward
// over the 9 tags, the impossible I- transitions left out as Viterbi leaves them out), with an optional L2
// step on the weights a sentence touches, and the weights averaged over all steps as the perceptron's are.
// Seeded sentence order; the written model decodes with the same Viterbi.
import { mulberry32 } from '../src/extract/ner/clusters.js';
import { allowed, NT, TAGS } from '../src/extract/ner/tags.js';
import { arg } from './cli-args.js';

/** The CRF's options from the command line: --crf-rate, --crf-l2, --crf-scale. */
export function crfOptions(epochs: number, seed: number): CrfOptions {
  return {
    epochs,
    seed,
    rate: Number(arg('--crf-rate', '0.1')),
    l2: Number(arg('--crf-l2', '0')),
    tie: Number(arg('--crf-tie', '0')),
    scale: Number(arg('--crf-scale', '10')),
  };
}

/** A sentence as train:ner encodes it: feature ids token after token, token i's at [offs[i], offs[i+1]). */
export interface CrfSentence {
  feats: Int32Array;
  offs: Int32Array;
  gold: Uint8Array;
}

export interface CrfOptions {
  epochs: number;
  seed: number;
  /** AdaGrad's step size */
  rate: number;
  /** L2 strength (per sentence on the touched weights; 0: none) */
  l2: number;
  /** tied B-/I- steps (as the perceptron's --tie): a feature's step for B-X also moves I-X by this share of
   *  it, and the other way round (0: none) */
  tie: number;
  /** multiplies the weights the model is written with (Viterbi is the same at any scale; the written model's
   *  pruning and the self-training margins expect the perceptron's scale) */
  scale: number;
}

export interface CrfWeights {
  w: Float64Array;
  s: Float64Array;
  t: Float64Array;
}

/** The tag of the same type at the other place in a name (B-X <-> I-X), or -1 for O. */
const PARTNER = TAGS.map((tag, k) => (tag === 'O' ? -1 : tag.startsWith('B-') ? k + 1 : k - 1));
const ALLOWED_START = Float64Array.from({ length: NT }, (_, t) => (allowed(-1, t) ? 0 : -Infinity));
const ALLOWED = Float64Array.from({ length: NT * NT }, (_, k) =>
  allowed(Math.floor(k / NT), k % NT) ? 0 : -Infinity,
);

function logSumExp(values: Float64Array, from: number, count: number): number {
  let most = -Infinity;
  for (let k = 0; k < count; k++) if (values[from + k]! > most) most = values[from + k]!;
  if (most === -Infinity) return most;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp(values[from + k]! - most);
  return most + Math.log(sum);
}

/** One parameter block (feature weights, start or transitions) with AdaGrad's sums and the averaging sums. */
class Block {
  readonly value: Float64Array;
  readonly squares: Float64Array;
  readonly sums: Float64Array;
  constructor(size: number) {
    this.value = new Float64Array(size);
    this.squares = new Float64Array(size);
    this.sums = new Float64Array(size);
  }
  /** A step along gradient g at k (step count c, for averaging). */
  step(k: number, g: number, o: CrfOptions, c: number): void {
    if (g === 0) return;
    // the sum of squares starts at 1: a first tiny gradient makes a tiny step, not one of full size
    this.squares[k]! += g * g;
    const root = Math.sqrt(1 + this.squares[k]!);
    let d = (o.rate * g) / root;
    if (o.l2 > 0) d -= (o.rate * o.l2 * this.value[k]!) / root;
    this.value[k]! += d;
    this.sums[k]! += d * c;
  }
  averaged(c: number, scale: number): Float64Array {
    return this.value.map((x, k) => (x - this.sums[k]! / c) * scale);
  }
}

/** Trains a CRF on `set` (features numbered below `features`); `onEpoch` sees each epoch's log-loss and
 *  the averaged weights so far. */
export function trainCrf(
  set: readonly CrfSentence[],
  features: number,
  o: CrfOptions,
  onEpoch?: (epoch: number, loss: number, averaged: () => CrfWeights) => void,
): CrfWeights {
  const W = new Block(features * NT);
  const S = new Block(NT);
  const T = new Block(NT * NT);
  const rand = mulberry32(o.seed);
  const order = set.map((_, k) => k);
  let c = 1;
  const averaged = (): CrfWeights => ({
    w: W.averaged(c, o.scale),
    s: S.averaged(c, o.scale),
    t: T.averaged(c, o.scale),
  });
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let loss = 0;
    for (const si of order) loss += learnSentence(set[si]!, W, S, T, o, c++);
    onEpoch?.(epoch, loss, averaged);
  }
  return averaged();
}

/** One AdaGrad step on a sentence's negative log-likelihood; returns the loss before the step. */
function learnSentence(
  sentence: CrfSentence,
  W: Block,
  S: Block,
  T: Block,
  o: CrfOptions,
  c: number,
): number {
  const n = sentence.gold.length;
  if (n === 0) return 0;
  const e = { ...sentence, gold: repaired(sentence.gold) };
  const em = new Float64Array(n * NT);
  for (let i = 0; i < n; i++)
    for (let j = e.offs[i]!; j < e.offs[i + 1]!; j++) {
      const b = e.feats[j]! * NT;
      for (let t = 0; t < NT; t++) em[i * NT + t]! += W.value[b + t]!;
    }
  const trans = new Float64Array(NT * NT);
  for (let k = 0; k < NT * NT; k++) trans[k] = T.value[k]! + ALLOWED[k]!;
  const alpha = new Float64Array(n * NT);
  const beta = new Float64Array(n * NT);
  const scratch = new Float64Array(NT);
  for (let t = 0; t < NT; t++) alpha[t] = S.value[t]! + ALLOWED_START[t]! + em[t]!;
  for (let i = 1; i < n; i++)
    for (let t = 0; t < NT; t++) {
      for (let p = 0; p < NT; p++) scratch[p] = alpha[(i - 1) * NT + p]! + trans[p * NT + t]!;
      alpha[i * NT + t] = logSumExp(scratch, 0, NT) + em[i * NT + t]!;
    }
  for (let i = n - 2; i >= 0; i--)
    for (let p = 0; p < NT; p++) {
      for (let t = 0; t < NT; t++)
        scratch[t] = trans[p * NT + t]! + em[(i + 1) * NT + t]! + beta[(i + 1) * NT + t]!;
      beta[i * NT + p] = logSumExp(scratch, 0, NT);
    }
  const logZ = logSumExp(alpha, (n - 1) * NT, NT);
  let goldScore = S.value[e.gold[0]!]! + em[e.gold[0]!]!;
  for (let i = 1; i < n; i++)
    goldScore += trans[e.gold[i - 1]! * NT + e.gold[i]!]! + em[i * NT + e.gold[i]!]!;
  // gradients (gold minus expected), then the steps
  const grad = new Float64Array(NT);
  const tied = new Float64Array(NT);
  for (let i = 0; i < n; i++) {
    for (let t = 0; t < NT; t++) grad[t] = -Math.exp(alpha[i * NT + t]! + beta[i * NT + t]! - logZ);
    grad[e.gold[i]!]! += 1;
    for (let t = 0; t < NT; t++) tied[t] = grad[t]! + (PARTNER[t]! >= 0 ? o.tie * grad[PARTNER[t]!]! : 0);
    for (let j = e.offs[i]!; j < e.offs[i + 1]!; j++) {
      const b = e.feats[j]! * NT;
      for (let t = 0; t < NT; t++) W.step(b + t, tied[t]!, o, c);
    }
    if (i === 0) for (let t = 0; t < NT; t++) S.step(t, grad[t]!, o, c);
  }
  const pair = new Float64Array(NT * NT);
  for (let i = 1; i < n; i++) {
    for (let p = 0; p < NT; p++)
      for (let t = 0; t < NT; t++) {
        const k = p * NT + t;
        if (ALLOWED[k] === 0)
          pair[k]! -= Math.exp(
            alpha[(i - 1) * NT + p]! + trans[k]! + em[i * NT + t]! + beta[i * NT + t]! - logZ,
          );
      }
    pair[e.gold[i - 1]! * NT + e.gold[i]!]! += 1;
  }
  for (let k = 0; k < NT * NT; k++) T.step(k, pair[k]!, o, c);
  return logZ - goldScore;
}

/** Gold tags with a stray I-X (at the start, or after a tag of another type) made B-X, as the spans read
 *  them: a path Viterbi can take (the corpora hold a few). */
function repaired(gold: Uint8Array): Uint8Array {
  let out = gold;
  for (let i = 0; i < gold.length; i++)
    if (!allowed(i > 0 ? gold[i - 1]! : -1, gold[i]!)) {
      if (out === gold) out = Uint8Array.from(gold);
      out[i] = gold[i]! - 1;
    }
  return out;
}
