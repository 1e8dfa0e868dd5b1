// The tagger at run time: a linear model over BIO tags with first-order transitions, decoded by Viterbi.
import { normalize } from "../../text/normalize.js";
import { BOS, EOS, contextFeatures, gazetteerMarks, prepareLexicon, wordTypeFeatures } from "./features.js";
import type { NerLexicon, PreparedLexicon } from "./features.js";
import { NT, TAGS, allowed } from "./tags.js";
import type { NerTag } from "./tags.js";

export const MODEL_FORMAT = "isnad-ner/1";

/** The shipped model file (models/ner-anercorp.json). */
export interface NerModelFile {
  format: typeof MODEL_FORMAT;
  tags: string[];
  /** score of each tag at sentence start */
  start: number[];
  /** transition scores, from * NT + to */
  trans: number[];
  lexicon: NerLexicon;
  /** feature → sparse weights [tagIndex, weight, tagIndex, weight, ...] */
  weights: Record<string, number[]>;
  meta?: Record<string, unknown>;
}

/** Best tag sequence under emission scores em[i * NT + t], start and transition scores; I-X only after B-X/I-X. */
export function viterbi(em: ArrayLike<number>, n: number, start: ArrayLike<number>, trans: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(n);
  if (n === 0) return out;
  const score = new Float64Array(n * NT);
  const back = new Uint8Array(n * NT);
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
const ALLOWED = new Uint8Array(NT * NT);
for (let p = 0; p < NT; p++) for (let t = 0; t < NT; t++) ALLOWED[p * NT + t] = allowed(p, t) ? 1 : 0;

const CACHE_MAX = 200_000;

export class NerTagger {
  private readonly weights = new Map<string, Float32Array>();
  private readonly start: Float32Array;
  private readonly trans: Float32Array;
  private readonly lex: PreparedLexicon;
  /** surface word → summed weights of its word-type features, per window slot (5 × NT) */
  private readonly cache = new Map<string, Float32Array>();

  constructor(file: NerModelFile) {
    if (file.format !== MODEL_FORMAT) throw new Error(`unknown model format ${JSON.stringify(file.format)}`);
    if (file.tags.join(",") !== TAGS.join(",")) throw new Error("model tag set differs from this code's");
    this.start = Float32Array.from(file.start);
    this.trans = Float32Array.from(file.trans);
    this.lex = prepareLexicon(file.lexicon);
    for (const [f, sparse] of Object.entries(file.weights)) {
      const v = new Float32Array(NT);
      for (let k = 0; k + 1 < sparse.length; k += 2) v[sparse[k]!] = sparse[k + 1]!;
      this.weights.set(f, v);
    }
  }

  private typeVector(surface: string): Float32Array {
    let v = this.cache.get(surface);
    if (v) return v;
    v = new Float32Array(5 * NT);
    const groups = wordTypeFeatures(surface, this.lex);
    for (let k = 0; k < 5; k++) {
      for (const f of groups[k]!) {
        const w = this.weights.get(f);
        if (w) for (let t = 0; t < NT; t++) v[k * NT + t]! += w[t]!;
      }
    }
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(surface, v);
    return v;
  }

  /** Emission scores, n × NT. */
  emissions(words: readonly string[]): Float32Array {
    const n = words.length;
    const em = new Float32Array(n * NT);
    const vecs = [this.typeVector(BOS), this.typeVector(BOS)];
    for (const w of words) vecs.push(this.typeVector(w));
    vecs.push(this.typeVector(EOS), this.typeVector(EOS));
    const norm = words.map(normalize);
    const gaz = gazetteerMarks(norm, this.lex);
    for (let i = 0; i < n; i++) {
      const base = i * NT;
      for (let k = 0; k < 5; k++) {
        const v = vecs[i + k]!; // the word at offset k-2 from i; its slot k holds that offset's features
        const off = k * NT;
        for (let t = 0; t < NT; t++) em[base + t]! += v[off + t]!;
      }
      for (const f of contextFeatures(norm, i, gaz)) {
        const w = this.weights.get(f);
        if (w) for (let t = 0; t < NT; t++) em[base + t]! += w[t]!;
      }
    }
    return em;
  }

  tag(words: readonly string[]): NerTag[] {
    const path = viterbi(this.emissions(words), words.length, this.start, this.trans);
    return Array.from(path, (t) => TAGS[t]!);
  }
}
