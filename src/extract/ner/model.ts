// The tagger at run time: a linear model over BIO tags with first-order transitions, decoded by Viterbi.

import { stems } from '../../text/clitics.js';
import { normalize } from '../../text/normalize.js';
import type { NerLexicon, PreparedLexicon } from './features.js';
import { BOS, EOS, gazetteerMarks, prepareLexicon, SLOT_PREFIX, wordTypeFeatures } from './features.js';
import type { NerTag } from './tags.js';
import { allowed, NT, TAGS } from './tags.js';

export const MODEL_FORMAT = 'isnad-ner/1';

/** The shipped model file (models/ner-anercorp.json). */
export interface NerModelFile {
  format: typeof MODEL_FORMAT;
  tags: string[];
  /** score of each tag at sentence start */
  start: number[];
  /** transition scores, from * NT + to */
  trans: number[];
  lexicon: NerLexicon;
  /** word-type feature (as made for slot 0, without the slot prefix) → sparse weights
   *  [slot * NT + tagIndex, weight, ...], slot 0..4 = offset -2..+2 of the word from the tagged one */
  words: Record<string, number[]>;
  /** context feature (bigrams, place spans) → sparse weights [tagIndex, weight, ...] */
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
const SLOT0 = SLOT_PREFIX[2]!;
const PAIR = 1 << 21; // bigram key = a * PAIR + b over bigram-word ids

/** What the tagger remembers about one surface word. */
interface WordEntry {
  /** summed weights of its word-type features, per window slot (5 × NT) */
  vec: Float32Array;
  norm: string;
  /** stripped forms when one of them may open a multi-word place name, else null */
  gazCands: string[] | null;
  /** id among the words of bigram features, or -1 */
  bid: number;
}

export class NerTagger {
  private readonly weights = new Map<string, Float32Array>();
  private readonly wordWeights = new Map<string, Float32Array>();
  private readonly bigramIds = new Map<string, number>();
  private readonly bminus = new Map<number, Float32Array>();
  private readonly bplus = new Map<number, Float32Array>();
  private readonly start: Float32Array;
  private readonly trans: Float32Array;
  private readonly lex: PreparedLexicon;
  private readonly cache = new Map<string, WordEntry>();

  constructor(file: NerModelFile) {
    if (file.format !== MODEL_FORMAT) throw new Error(`unknown model format ${JSON.stringify(file.format)}`);
    if (file.tags.join(',') !== TAGS.join(',')) throw new Error("model tag set differs from this code's");
    this.start = Float32Array.from(file.start);
    this.trans = Float32Array.from(file.trans);
    this.lex = prepareLexicon(file.lexicon);
    const bid = (w: string) => {
      let k = this.bigramIds.get(w);
      if (k === undefined) this.bigramIds.set(w, (k = this.bigramIds.size));
      return k;
    };
    for (const [f, sparse] of Object.entries(file.words)) {
      const v = new Float32Array(5 * NT);
      for (let k = 0; k + 1 < sparse.length; k += 2) v[sparse[k]!] = sparse[k + 1]!;
      this.wordWeights.set(f, v);
    }
    for (const [f, sparse] of Object.entries(file.context)) {
      const v = new Float32Array(NT);
      for (let k = 0; k + 1 < sparse.length; k += 2) v[sparse[k]!] = sparse[k + 1]!;
      const isMinus = f.startsWith('b-='),
        isPlus = f.startsWith('b+=');
      const parts = isMinus || isPlus ? f.slice(3).split(' ') : [];
      if (parts.length === 2)
        (isMinus ? this.bminus : this.bplus).set(bid(parts[0]!) * PAIR + bid(parts[1]!), v);
      else this.weights.set(f, v);
    }
    if (this.bigramIds.size >= PAIR) throw new Error('too many bigram words');
  }

  private entry(surface: string): WordEntry {
    let e = this.cache.get(surface);
    if (e) return e;
    const vec = new Float32Array(5 * NT);
    // the slot-0 features include those of every other slot; one look-up gives all five slots
    for (const f of wordTypeFeatures(surface, this.lex)[2]!) {
      const w = this.wordWeights.get(f.slice(SLOT0.length));
      if (w) for (let j = 0; j < 5 * NT; j++) vec[j]! += w[j]!;
    }
    const norm = surface === BOS || surface === EOS ? surface : normalize(surface);
    const cands = stems(norm);
    const gazCands = cands.some((c) => this.lex.multiFirst.has(c)) ? cands : null;
    e = { vec, norm, gazCands, bid: this.bigramIds.get(norm) ?? -1 };
    if (this.cache.size >= CACHE_MAX) this.cache.clear();
    this.cache.set(surface, e);
    return e;
  }

  /** Emission scores, n × NT. */
  emissions(words: readonly string[]): Float32Array {
    const n = words.length;
    const em = new Float32Array(n * NT);
    const bos = this.entry(BOS),
      eos = this.entry(EOS);
    const ents = [bos, bos];
    let anyGaz = false;
    for (const w of words) {
      const e = this.entry(w);
      if (e.gazCands) anyGaz = true;
      ents.push(e);
    }
    ents.push(eos, eos);
    const gaz = anyGaz
      ? gazetteerMarks(
          ents.slice(2, n + 2).map((e) => e.norm),
          this.lex,
          ents.slice(2, n + 2).map((e) => e.gazCands),
        )
      : null;
    const add = (base: number, w: Float32Array | undefined) => {
      if (w) for (let t = 0; t < NT; t++) em[base + t]! += w[t]!;
    };
    for (let i = 0; i < n; i++) {
      const base = i * NT;
      for (let k = 0; k < 5; k++) {
        // the word at offset k-2 from i; its slot k holds the features it gives at that offset
        const v = ents[i + k]!.vec;
        const off = k * NT;
        for (let t = 0; t < NT; t++) em[base + t]! += v[off + t]!;
      }
      const prev = ents[i + 1]!.bid,
        cur = ents[i + 2]!.bid,
        next = ents[i + 3]!.bid;
      if (cur >= 0) {
        if (prev >= 0) add(base, this.bminus.get(prev * PAIR + cur));
        if (next >= 0) add(base, this.bplus.get(cur * PAIR + next));
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
