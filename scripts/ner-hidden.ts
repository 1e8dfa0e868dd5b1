// train:ner's hidden layer (--hidden H; an experiment, off by default): the emission score of tag y at a word
// is the linear perceptron's sum of feature weights plus V[y] · tanh(b + Σ_{active features f} Wh[f]), H
// hidden units, so the tagger can learn conjunctions of features. Trained jointly with the first-order
// transitions by the structured perceptron's loss: decode with Viterbi, and where the path differs from gold
// move the linear weights as the perceptron does (tied B-/I- steps included), V by rateV · the hidden
// activations, and Wh, b by AdaGrad (rateW) along the backpropagated difference; every parameter is averaged
// over all steps as the perceptron's weights are. Wh has a row only for the features seen at least minCount
// times in training. Seeded: sentence order and Wh's initial values.
import { mulberry32 } from '../src/extract/ner/clusters.js';
import { CLOSED_PREFIXES, SLOT_PREFIX } from '../src/extract/ner/features.js';
import { viterbi } from '../src/extract/ner/model.js';
import { NT, TAGS } from '../src/extract/ner/tags.js';
import { arg } from './cli-args.js';

/** A sentence as train:ner encodes it: feature ids token after token, token i's at [offs[i], offs[i+1]). */
export interface HiddenSentence {
  feats: Int32Array;
  offs: Int32Array;
  gold: Uint8Array;
}

export interface HiddenOptions {
  epochs: number;
  seed: number;
  /** hidden units */
  units: number;
  /** V's step size (the linear weights' is 1) */
  rateV: number;
  /** AdaGrad's step size for Wh and b */
  rateW: number;
  /** Wh's initial values are uniform in ±init / √(mean active features per word) */
  init: number;
  /** a feature needs this many occurrences in training for a row of Wh */
  minCount: number;
  /** tied B-/I- steps of the linear weights (the perceptron's --tie) */
  tie: number;
  /** the first `warm` epochs train the linear part alone (the perceptron), the hidden layer joins after */
  warm: number;
  /** after the warm epochs the linear weights stay at their average so far (the layer learns what they
   *  leave) */
  freeze: boolean;
  /** the hidden layer's inputs: every feature ('all') or only those of the closed sets (shapes, triggers,
   *  word classes, profile codes, gazetteer and document marks: 'closed'), not words, stems or affixes */
  input: 'all' | 'closed';
}

/** The hidden layer's options from the command line: --hidden H, --hidden-rate-v, --hidden-rate-w,
 *  --hidden-init, --hidden-min, --hidden-warm, --hidden-freeze,
 *  --hidden-input all|closed. */
export function hiddenOptions(epochs: number, seed: number, tie: number): HiddenOptions {
  return {
    epochs,
    seed,
    units: Number(arg('--hidden', '0')),
    rateV: Number(arg('--hidden-rate-v', '1')),
    rateW: Number(arg('--hidden-rate-w', '0.05')),
    init: Number(arg('--hidden-init', '1')),
    minCount: Number(arg('--hidden-min', '2')),
    tie,
    warm: Number(arg('--hidden-warm', '0')),
    freeze: process.argv.includes('--hidden-freeze'),
    input: arg('--hidden-input', 'all') === 'closed' ? 'closed' : 'all',
  };
}

/** A trained (or averaged) model: linear weights w (features × NT), start s, transitions t, and the hidden
 *  layer: rowOf (feature → row of Wh, or -1), Wh (rows × H), b (H), V (NT × H). */
export interface HiddenModel {
  w: Float64Array;
  s: Float64Array;
  t: Float64Array;
  units: number;
  rowOf: Int32Array;
  Wh: Float64Array;
  b: Float64Array;
  V: Float64Array;
}

/** The tag of the same type at the other place in a name (B-X <-> I-X), or -1 for O. */
const PARTNER = TAGS.map((tag, k) => (tag === 'O' ? -1 : tag.startsWith('B-') ? k + 1 : k - 1));

/** Emission scores of a sentence (n × NT), its hidden activations written to `hid` (n × H) when given. */
export function hiddenEmissions(m: HiddenModel, e: HiddenSentence, hid?: Float64Array): Float64Array {
  const n = e.offs.length - 1;
  const H = m.units;
  const em = new Float64Array(n * NT);
  const act = hid ?? new Float64Array(n * H);
  for (let i = 0; i < n; i++) {
    const a = i * H;
    for (let h = 0; h < H; h++) act[a + h] = m.b[h]!;
    for (let j = e.offs[i]!; j < e.offs[i + 1]!; j++) {
      const f = e.feats[j]!;
      const b = f * NT;
      for (let t = 0; t < NT; t++) em[i * NT + t]! += m.w[b + t]!;
      const r = m.rowOf[f]!;
      if (r < 0) continue;
      const rb = r * H;
      for (let h = 0; h < H; h++) act[a + h]! += m.Wh[rb + h]!;
    }
    for (let h = 0; h < H; h++) act[a + h] = Math.tanh(act[a + h]!);
    for (let t = 0; t < NT; t++) {
      let x = 0;
      for (let h = 0; h < H; h++) x += m.V[t * H + h]! * act[a + h]!;
      em[i * NT + t]! += x;
    }
  }
  return em;
}

/** A parameter block with the sums for averaging (and AdaGrad's sums of squares when adaptive). */
class Block {
  readonly value: Float64Array;
  readonly sums: Float64Array;
  readonly squares: Float64Array;
  constructor(size: number, adaptive: boolean) {
    this.value = new Float64Array(size);
    this.sums = new Float64Array(size);
    this.squares = new Float64Array(adaptive ? size : 0);
  }
  /** A plain step d at k (step count c). */
  add(k: number, d: number, c: number): void {
    this.value[k]! += d;
    this.sums[k]! += d * c;
  }
  /** An AdaGrad step along g at k (the sum of squares starts at 1). */
  adapt(k: number, g: number, rate: number, c: number): void {
    if (g === 0) return;
    this.squares[k]! += g * g;
    const d = (rate * g) / Math.sqrt(1 + this.squares[k]!);
    this.value[k]! += d;
    this.sums[k]! += d * c;
  }
  averaged(c: number): Float64Array {
    return this.value.map((x, k) => x - this.sums[k]! / c);
  }
}

/** Is the feature named `name` one of the closed sets' (a slot's closed prefix, or a context feature)? */
function closedFeature(name: string): boolean {
  const slot = SLOT_PREFIX.findIndex((p) => name.startsWith(p));
  if (slot < 0) return true;
  const rest = name.slice(SLOT_PREFIX[slot]!.length);
  return CLOSED_PREFIXES.some((p) => rest.startsWith(p));
}

/** The rows of Wh: features of the input kind seen at least `min` times in `set` get one, in order. */
function hiddenRows(set: readonly HiddenSentence[], names: readonly string[], o: HiddenOptions): Int32Array {
  const count = new Int32Array(names.length);
  for (const e of set) for (const f of e.feats) count[f]!++;
  const rowOf = new Int32Array(names.length).fill(-1);
  let rows = 0;
  for (let f = 0; f < names.length; f++)
    if (count[f]! >= o.minCount && (o.input === 'all' || closedFeature(names[f]!))) rowOf[f] = rows++;
  return rowOf;
}

/** The training state. */
class HiddenPerceptron {
  readonly W: Block;
  readonly S = new Block(NT, false);
  readonly T = new Block(NT * NT, false);
  readonly Wh: Block;
  readonly B: Block;
  readonly V: Block;
  c = 1;
  /** false in the warm epochs: the hidden layer does not learn */
  live = true;
  /** false after the warm epochs with freeze: the linear weights do not learn */
  linear = true;
  constructor(
    readonly o: HiddenOptions,
    readonly rowOf: Int32Array,
    features: number,
    meanActive: number,
  ) {
    const rows = rowOf.reduce((n, r) => (r >= 0 ? n + 1 : n), 0);
    this.W = new Block(features * NT, false);
    this.Wh = new Block(rows * o.units, true);
    this.B = new Block(o.units, true);
    this.V = new Block(NT * o.units, false);
    const rand = mulberry32(o.seed ^ 0x41dde2);
    const a = o.init / Math.sqrt(Math.max(1, meanActive));
    for (let k = 0; k < this.Wh.value.length; k++) this.Wh.value[k] = (2 * rand() - 1) * a;
  }
  current(): HiddenModel {
    const { W, S, T, Wh, B, V, rowOf, o } = this;
    return {
      w: W.value,
      s: S.value,
      t: T.value,
      units: o.units,
      rowOf,
      Wh: Wh.value,
      b: B.value,
      V: V.value,
    };
  }
  averaged(): HiddenModel {
    const { W, S, T, Wh, B, V, rowOf, o, c } = this;
    return {
      w: W.averaged(c),
      s: S.averaged(c),
      t: T.averaged(c),
      units: o.units,
      rowOf,
      Wh: Wh.averaged(c),
      b: B.averaged(c),
      V: V.averaged(c),
    };
  }
  /** One sentence: decode, update where the path differs from gold; the number of token errors. */
  learn(e: HiddenSentence): number {
    const n = e.gold.length;
    const H = this.o.units;
    const hid = new Float64Array(n * H);
    const em = hiddenEmissions(this.current(), e, hid);
    const pred = viterbi(em, n, this.S.value, this.T.value);
    let errors = 0;
    for (let i = 0; i < n; i++) {
      const g = e.gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        errors++;
        this.stepWord(e, i, g, p, hid);
      }
      const gp = i > 0 ? e.gold[i - 1]! : -1;
      const pp = i > 0 ? pred[i - 1]! : -1;
      if (g === p && gp === pp) continue;
      if (i === 0) {
        this.S.add(g, 1, this.c);
        this.S.add(p, -1, this.c);
      } else {
        this.T.add(gp * NT + g, 1, this.c);
        this.T.add(pp * NT + p, -1, this.c);
      }
    }
    this.c++;
    return errors;
  }
  /** The steps for word i tagged p where gold is g: linear weights, V, and back through tanh to Wh and b. */
  private stepWord(e: HiddenSentence, i: number, g: number, p: number, hid: Float64Array): void {
    const { W, Wh, B, V, o, c, rowOf } = this;
    const H = this.live ? o.units : 0;
    const a = i * H;
    const delta = new Float64Array(H);
    for (let h = 0; h < H; h++) {
      const y = hid[a + h]!;
      delta[h] = (V.value[g * H + h]! - V.value[p * H + h]!) * (1 - y * y);
      V.add(g * H + h, o.rateV * y, c);
      V.add(p * H + h, -o.rateV * y, c);
    }
    for (let h = 0; h < H; h++) B.adapt(h, delta[h]!, o.rateW, c);
    for (let j = e.offs[i]!; j < e.offs[i + 1]!; j++) {
      const f = e.feats[j]!;
      const b = f * NT;
      if (this.linear) {
        W.add(b + g, 1, c);
        W.add(b + p, -1, c);
      }
      if (this.linear && o.tie > 0) {
        if (g !== 0) W.add(b + PARTNER[g]!, o.tie, c);
        if (p !== 0) W.add(b + PARTNER[p]!, -o.tie, c);
      }
      const r = rowOf[f]!;
      if (r < 0) continue;
      for (let h = 0; h < H; h++) Wh.adapt(r * H + h, delta[h]!, o.rateW, c);
    }
  }
}

/** Trains on `set` (feature f named names[f]); `onEpoch` sees each epoch's token errors and the
 *  averaged model so far. */
export function trainHidden(
  set: readonly HiddenSentence[],
  names: readonly string[],
  o: HiddenOptions,
  onEpoch?: (epoch: number, errors: number, averaged: () => HiddenModel) => void,
): HiddenModel {
  const rowOf = hiddenRows(set, names, o);
  let active = 0;
  let words = 0;
  for (const e of set) {
    words += e.gold.length;
    for (const f of e.feats) if (rowOf[f]! >= 0) active++;
  }
  const state = new HiddenPerceptron(o, rowOf, names.length, active / Math.max(1, words));
  console.log(
    `train:ner: hidden layer, ${o.units} units over ${rowOf.filter((r) => r >= 0).length} features`,
  );
  const rand = mulberry32(o.seed);
  const order = set.map((_, k) => k);
  for (let epoch = 1; epoch <= o.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let errors = 0;
    state.live = epoch > o.warm;
    if (o.freeze && state.live && state.linear) {
      // the linear weights stay at the perceptron's average so far
      state.W.value.set(state.W.averaged(state.c));
      state.W.sums.fill(0);
      state.linear = false;
    }
    for (const si of order) errors += state.learn(set[si]!);
    onEpoch?.(epoch, errors, () => state.averaged());
  }
  return state.averaged();
}

/** CPU time of the emission scoring of `set` per word: the linear part alone and with the hidden layer (the
 *  least of five passes each, µs; without the word cache of the tagger at run time). */
export function emissionCost(m: HiddenModel, set: readonly HiddenSentence[]): string {
  const words = set.reduce((n, e) => n + e.gold.length, 0);
  const least = (model: HiddenModel): number => {
    let best = Infinity;
    for (let pass = 0; pass < 5; pass++) {
      const c = process.cpuUsage();
      for (const e of set) hiddenEmissions(model, e);
      const d = process.cpuUsage(c);
      best = Math.min(best, (d.user + d.system) / words);
    }
    return best;
  };
  const linear = least({ ...m, units: 0 });
  const full = least(m);
  return `linear ${linear.toFixed(3)} µs, with ${m.units} hidden units ${full.toFixed(3)} µs (${words} words)`;
}
