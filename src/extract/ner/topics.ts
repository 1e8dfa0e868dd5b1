// Document topics learned without labels: spherical k-means over the unlabelled news articles' word sets
// (idf-weighted, each article a unit vector), seeded and reproducible. A document's topic is the centroid
// nearest to its own word set, a sum of one weight row per distinct known word. The tagger pairs the topic
// with what it knows of a word (a city's name in a sports article is often its club).
import { mulberry32 } from './clusters.js';

export interface TopicOptions {
  /** number of topics */
  k: number;
  /** words kept (by document frequency, after the `skip` most frequent) */
  vocab: number;
  /** the most frequent words left out (function words) */
  skip: number;
  /** k-means rounds */
  iterations: number;
  seed: number;
}

/** The learned topics: per word, k weights (its idf times each centroid's coordinate). */
export interface TopicModel {
  k: number;
  words: string[];
  weights: Float32Array;
}

const ARABIC_WORD = /^[\u0621-\u064A]{3,}$/;
/** Articles with fewer known words than this take no part in learning the centroids. */
const MIN_WORDS = 20;

/** Learns `o.k` topics from documents given as word ids into `names` (normalised words). */
export function learnTopics(
  docs: readonly Int32Array[],
  names: readonly string[],
  o: TopicOptions,
): TopicModel {
  const df = new Int32Array(names.length);
  const seen = new Int32Array(names.length).fill(-1);
  docs.forEach((d, n) => {
    for (const id of d)
      if (seen[id] !== n) {
        seen[id] = n;
        df[id]!++;
      }
  });
  const ranked = [...df.keys()]
    .filter((id) => df[id]! >= 5 && ARABIC_WORD.test(names[id]!))
    .sort((a, b) => df[b]! - df[a]! || (names[a]! < names[b]! ? -1 : 1))
    .slice(o.skip, o.skip + o.vocab);
  const col = new Int32Array(names.length).fill(-1);
  ranked.forEach((id, c) => {
    col[id] = c;
  });
  const idf = Float64Array.from(ranked, (id) => Math.log(docs.length / df[id]!));
  const vectors = unitVectors(docs, col, idf);
  if (vectors.length < o.k)
    throw new Error(`learnTopics: ${vectors.length} articles long enough, fewer than ${o.k}`);
  const centroids = sphericalKMeans(vectors, ranked.length, o);
  const weights = new Float32Array(ranked.length * o.k);
  for (let c = 0; c < ranked.length; c++)
    for (let t = 0; t < o.k; t++) weights[c * o.k + t] = round(idf[c]! * centroids[t * ranked.length + c]!);
  return { k: o.k, words: ranked.map((id) => names[id]!), weights };
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

interface Sparse {
  cols: Int32Array;
  values: Float64Array;
}

/** Each document's distinct known words, idf-weighted and scaled to length 1 (short ones left out). */
function unitVectors(docs: readonly Int32Array[], col: Int32Array, idf: Float64Array): Sparse[] {
  const out: Sparse[] = [];
  const stamp = new Int32Array(idf.length).fill(-1);
  docs.forEach((d, n) => {
    const cols: number[] = [];
    for (const id of d) {
      const c = col[id]!;
      if (c >= 0 && stamp[c] !== n) {
        stamp[c] = n;
        cols.push(c);
      }
    }
    if (cols.length < MIN_WORDS) return;
    cols.sort((a, b) => a - b);
    const values = Float64Array.from(cols, (c) => idf[c]!);
    const norm = Math.hypot(...values);
    for (let j = 0; j < values.length; j++) values[j]! /= norm;
    out.push({ cols: Int32Array.from(cols), values });
  });
  return out;
}

/** Spherical k-means (cosine) with seeded documents as the first centroids; centroids dense, k × dims. */
function sphericalKMeans(vectors: readonly Sparse[], dims: number, o: TopicOptions): Float64Array {
  const rand = mulberry32(o.seed);
  const centroids = new Float64Array(o.k * dims);
  const reseed = (t: number) => {
    centroids.fill(0, t * dims, (t + 1) * dims);
    const v = vectors[Math.floor(rand() * vectors.length)]!;
    for (let j = 0; j < v.cols.length; j++) centroids[t * dims + v.cols[j]!] = v.values[j]!;
  };
  for (let t = 0; t < o.k; t++) reseed(t);
  const assigned = new Int32Array(vectors.length);
  for (let round = 0; round < o.iterations; round++) {
    vectors.forEach((v, n) => {
      assigned[n] = nearest(centroids, dims, o.k, v.cols, v.values);
    });
    centroids.fill(0);
    const sizes = new Int32Array(o.k);
    vectors.forEach((v, n) => {
      const base = assigned[n]! * dims;
      sizes[assigned[n]!]!++;
      for (let j = 0; j < v.cols.length; j++) centroids[base + v.cols[j]!]! += v.values[j]!;
    });
    for (let t = 0; t < o.k; t++) {
      if (sizes[t] === 0) reseed(t);
      let sum = 0;
      for (let c = 0; c < dims; c++) sum += centroids[t * dims + c]! ** 2;
      const norm = Math.sqrt(sum) || 1;
      for (let c = 0; c < dims; c++) centroids[t * dims + c]! /= norm;
    }
  }
  return centroids;
}

function nearest(
  centroids: Float64Array,
  dims: number,
  k: number,
  cols: Int32Array,
  values: Float64Array,
): number {
  let best = 0;
  let bestScore = -Infinity;
  for (let t = 0; t < k; t++) {
    let s = 0;
    for (let j = 0; j < cols.length; j++) s += centroids[t * dims + cols[j]!]! * values[j]!;
    if (s > bestScore) {
      bestScore = s;
      best = t;
    }
  }
  return best;
}

/** Looks documents' topics up (a map from word to row, built once per model). */
export class TopicIndex {
  private readonly rows = new Map<string, number>();
  private stamp = new Int32Array(0);
  private doc = 0;
  private readonly scores: Float64Array;

  constructor(readonly model: TopicModel) {
    model.words.forEach((w, r) => {
      this.rows.set(w, r);
    });
    this.stamp = new Int32Array(model.words.length).fill(-1);
    this.scores = new Float64Array(model.k);
  }

  /** The topic of a document given as its normalised words (each distinct word counted once). */
  topicOf(words: Iterable<string>): number {
    const { k, weights } = this.model;
    const doc = this.doc++;
    this.scores.fill(0);
    for (const w of words) {
      const r = this.rows.get(w);
      if (r === undefined || this.stamp[r] === doc) continue;
      this.stamp[r] = doc;
      for (let t = 0; t < k; t++) this.scores[t]! += weights[r * k + t]!;
    }
    let best = 0;
    for (let t = 1; t < k; t++) if (this.scores[t]! > this.scores[best]!) best = t;
    return best;
  }
}

/** The model as text: a line "k<TAB>K", then "word<TAB>w0 w1 …" per word. */
export function topicsToText(m: TopicModel): string {
  const lines = [`k\t${m.k}`];
  m.words.forEach((w, r) => {
    lines.push(`${w}\t${Array.from(m.weights.subarray(r * m.k, (r + 1) * m.k)).join(' ')}`);
  });
  return lines.join('\n');
}

export function topicsFromText(text: string): TopicModel {
  const lines = text.split('\n').filter((l) => l);
  const k = Number(lines[0]!.split('\t')[1]);
  const words: string[] = [];
  const weights = new Float32Array((lines.length - 1) * k);
  lines.slice(1).forEach((line, r) => {
    const [w, values] = line.split('\t');
    words.push(w!);
    values!.split(' ').forEach((v, t) => {
      weights[r * k + t] = Number(v);
    });
  });
  return { k, words, weights };
}
