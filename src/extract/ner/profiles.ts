// Context profiles: how name-like each word's neighbours are across the unlabelled news. Training-time only.
//
// From the labelled train sentences we learn, for each word, how often the word right after it opens an
// entity of each type (and how often the word right before it closes one). Then over the unlabelled
// articles we average those rates over every occurrence of every frequent word: a word that often follows
// "said the minister" or "in the town of" gets a high person or place score even if the labelled corpus
// never saw it. The scores are bucketed against each type's base rate and baked into the model file as
// "word<TAB>features" lines, two characters a feature: a letter for the side and the score (A-F: the word
// before it opens a PERS / is inside one, the same for LOC, ORG; a-f: the word after it closes one / is
// inside one) and the bucket digit (1-8, a doubling scale against the base rate).
import type { TaggedSentence } from './corpus.js';

export const PROFILE_TYPES = ['PERS', 'LOC', 'ORG'] as const;
/** Scores per side: for each type, "opens/closes" then "inside" (any word of the entity). */
const K = PROFILE_TYPES.length * 2;
const NAMES = PROFILE_TYPES.flatMap((t) => [t, t.toLowerCase()]);

export interface ProfileOptions {
  /** words that get a profile (most frequent first) */
  vocab: number;
  /** occurrences a word needs in the unlabelled text */
  minCount: number;
  /** smoothing weight of the base rate in the context-word rates */
  alpha: number;
  /** the form a neighbour is counted under (e.g. without its clitics); default: as it is */
  contextKey?: (w: string) => string;
}

/** Per-context-word rates: rate[c * K + k] = smoothed P(the word after c opens type k) (left) or
 *  P(the word before c closes type k) (right). */
interface Rates {
  left: Map<string, Float64Array>;
  right: Map<string, Float64Array>;
  base: Float64Array;
}

function learnRates(train: readonly TaggedSentence[], norm: (w: string) => string, alpha: number): Rates {
  const counts = { left: new Map<string, number[]>(), right: new Map<string, number[]>() };
  const base = new Float64Array(K);
  let tokens = 0;
  const bump = (m: Map<string, number[]>, w: string, k: number) => {
    let c = m.get(w);
    if (!c) m.set(w, (c = new Array(K + 1).fill(0)));
    if (k >= 0) c[k]!++;
    else c[K]!++;
  };
  for (const s of train) {
    const ws = s.words.map(norm);
    for (let i = 0; i < ws.length; i++) {
      tokens++;
      const t = s.tags[i]!;
      const type = t === 'O' ? '' : t.slice(2);
      const j = PROFILE_TYPES.indexOf(type as (typeof PROFILE_TYPES)[number]);
      const k = 2 * j;
      const opens = j >= 0 && t.startsWith('B-');
      const closes = j >= 0 && s.tags[i + 1] !== `I-${type}`;
      if (opens) base[k]!++;
      if (j >= 0) base[k + 1]!++;
      if (i > 0) {
        bump(counts.left, ws[i - 1]!, -1);
        if (opens) bump(counts.left, ws[i - 1]!, k);
        if (j >= 0) bump(counts.left, ws[i - 1]!, k + 1);
      }
      if (i + 1 < ws.length) {
        bump(counts.right, ws[i + 1]!, -1);
        if (closes) bump(counts.right, ws[i + 1]!, k);
        if (j >= 0) bump(counts.right, ws[i + 1]!, k + 1);
      }
    }
  }
  for (let k = 0; k < K; k++) base[k]! /= Math.max(1, tokens);
  const smooth = (m: Map<string, number[]>) => {
    const out = new Map<string, Float64Array>();
    for (const [w, c] of m) {
      const n = c[K]!;
      out.set(
        w,
        Float64Array.from(NAMES, (_, k) => (c[k]! + alpha * base[k]!) / (n + alpha)),
      );
    }
    return out;
  };
  return { left: smooth(counts.left), right: smooth(counts.right), base };
}

/** Bucket of a rate against the base rate (ratio, on a doubling scale). */
function bucket(x: number, base: number): number {
  const r = x / base;
  if (r < 0.5) return 0;
  return Math.min(8, 1 + Math.floor(Math.log2(r) + 1));
}

/** Profiles over a normalised token sequence (ids, -1 at breaks) with its type names. */
export function learnProfiles(
  train: readonly TaggedSentence[],
  norm: (w: string) => string,
  seq: Int32Array,
  names: readonly string[],
  o: ProfileOptions,
): Map<string, string[]> {
  const key = o.contextKey ?? ((w: string) => w);
  const rates = learnRates(train, (w) => key(norm(w)), o.alpha);
  const leftOf = names.map((w) => rates.left.get(key(w)) ?? rates.base);
  const rightOf = names.map((w) => rates.right.get(key(w)) ?? rates.base);
  const count = new Float64Array(names.length);
  for (const id of seq) if (id >= 0) count[id]!++;
  const byFreq = names
    .map((_, k) => k)
    .filter((k) => count[k]! >= o.minCount)
    .sort((a, b) => count[b]! - count[a]! || (names[a]! < names[b]! ? -1 : 1))
    .slice(0, o.vocab);
  const slot = new Int32Array(names.length).fill(-1);
  byFreq.forEach((id, k) => {
    slot[id] = k;
  });
  const sum = new Float64Array(byFreq.length * 2 * K);
  const seen = new Float64Array(byFreq.length * 2);
  for (let i = 0; i < seq.length; i++) {
    const id = seq[i]!;
    const v = id >= 0 ? slot[id]! : -1;
    if (v < 0) continue;
    const l = i > 0 ? seq[i - 1]! : -1;
    const r = i + 1 < seq.length ? seq[i + 1]! : -1;
    if (l >= 0) {
      const x = leftOf[l]!;
      for (let k = 0; k < K; k++) sum[v * 2 * K + k]! += x[k]!;
      seen[v * 2]!++;
    }
    if (r >= 0) {
      const x = rightOf[r]!;
      for (let k = 0; k < K; k++) sum[(v * 2 + 1) * K + k]! += x[k]!;
      seen[v * 2 + 1]!++;
    }
  }
  const out = new Map<string, string[]>();
  byFreq.forEach((id, v) => {
    const feats: string[] = [];
    for (let side = 0; side < 2; side++) {
      const n = seen[v * 2 + side]!;
      if (!n) continue;
      for (let k = 0; k < K; k++) {
        const b = bucket(sum[(v * 2 + side) * K + k]! / n, rates.base[k]!);
        if (b > 0) feats.push(`${String.fromCharCode((side ? 97 : 65) + k)}${b}`);
      }
    }
    out.set(names[id]!, feats);
  });
  return out;
}
