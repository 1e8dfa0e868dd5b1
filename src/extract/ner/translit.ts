// How much a word looks like a transliterated foreign name: two character n-gram language models over words
// (begin and end marked, interpolated Witten-Bell smoothing), a foreign one learned from Arabic-script names of
// places outside the Arab world and a native one from the common words of the unlabelled news
// (scripts/ner-translit.ts builds both). A word's score is the per-character log-likelihood ratio, foreign
// against native, of its stem; the tagger sees it as one of a few bins (translitBin), alone and with whether
// the word is known to the word classes. The counts of both models are kept in one WordTable (keys: 'f' or
// 'n', then the n-gram; the letter alone is the model's empty context) and a Float32Array, three numbers a
// key: the n-gram's count as a prediction, its count as a context and how many letters followed it.

import { WordTable } from './word-table.js';

/** The two models as training makes them and the model file stores them. */
export interface TranslitModel {
  /** the longest n-gram (letters, the markers included) */
  order: number;
  /** the keys' WordTable slots and their counts (three a key) */
  table: Int32Array;
  counts: Float32Array;
  /** letters the models can predict (the end marker included) plus one for letters never seen */
  alphabet: number;
  /** bin edges over the score, ascending: bin k holds scores below edges[k] (the last: above them all) */
  edges: number[];
  /** the features the tagger is given (features.ts translitFeatures): 'bin', 'bin0', 'known', 'known0',
   *  'unknown', 'unknown0', 'prior', 'type', 'type0' */
  feats: string[];
  /** with 'prior': the lowest bin whose unknown words get the given-name hint */
  prior: number;
  /** with 'type': the bins' edges over the type score (person against place) */
  typeEdges?: number[];
}

export const FOREIGN = 'f';
export const NATIVE = 'n';
/** The two optional models of the type score ('type' feature): words the news tags call persons, places. */
export const PERSON = 'p';
export const PLACE = 'l';
/** Stems shorter than this have no score (their bin is 's'). */
export const TRANSLIT_MIN_LENGTH = 3;

const PREDICTED = 0;
const CONTEXT_TOTAL = 1;
const CONTEXT_TYPES = 2;

/** Counts of the n-grams of weighted words, for one model (its key prefix). */
export class CharCounts {
  readonly counts = new Map<string, [number, number, number]>();

  constructor(
    readonly prefix: string,
    readonly order: number,
  ) {
    this.row('');
  }

  private row(gram: string): [number, number, number] {
    let r = this.counts.get(gram);
    if (!r) this.counts.set(gram, (r = [0, 0, 0]));
    return r;
  }

  /** Counts a word's letters (it is marked '<' … '>' here), each with weight `weight`. */
  add(word: string, weight: number): void {
    const marked = `<${word}>`;
    for (let i = 1; i < marked.length; i++)
      for (let k = 0; k < this.order && k <= i; k++) {
        const gram = marked.slice(i - k, i + 1);
        const context = this.row(marked.slice(i - k, i));
        const g = this.row(gram);
        if (g[PREDICTED] === 0) context[CONTEXT_TYPES]++;
        g[PREDICTED] += weight;
        context[CONTEXT_TOTAL] += weight;
      }
  }
}

/** The model-file form of two models' counts, with the bins' edges and the features' settings. */
export function translitModel(
  models: readonly CharCounts[],
  settings: Pick<TranslitModel, 'edges' | 'feats' | 'prior' | 'typeEdges'>,
): TranslitModel {
  const keys: string[] = [];
  const values: number[] = [];
  const letters = new Set<string>();
  for (const m of models)
    for (const [gram, row] of [...m.counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      keys.push(m.prefix + gram);
      values.push(...row);
      if (gram.length === 1 && row[PREDICTED] > 0) letters.add(gram);
    }
  return {
    order: models[0]!.order,
    table: WordTable.build(keys).slots,
    counts: Float32Array.from(values),
    alphabet: letters.size + 1,
    ...settings,
  };
}

/** Scores words with a TranslitModel. */
export class TranslitScorer {
  private readonly table: WordTable;

  /** Whether only unknown words get features (TranslitModel.feats): known ones need no score. */
  readonly unknownOnly: boolean;

  constructor(readonly model: TranslitModel) {
    this.table = new WordTable(model.table);
    this.unknownOnly = model.feats.every((f) => f === 'unknown' || f === 'unknown0' || f === 'prior');
  }

  /** The log-probability (natural) of a word under one model (FOREIGN or NATIVE), its end included: the sum
   *  of letterProbability's logarithms, with each n-gram of the word looked up once (runs). */
  logProbability(prefix: string, word: string): number {
    const marked = `<${word}>`;
    const { counts, order, alphabet } = this.model;
    const m = marked.length;
    if (runs.length < m * order) runs = new Int32Array(2 * m * order);
    // runs[j * order + n - 1]: the key of marked.slice(j, j + n)
    for (let j = 0; j < m; j++)
      this.table.findRuns(prefix, marked, j, Math.min(order, m - j), runs, j * order);
    const root = this.table.findJoined(prefix, marked, 0, 0);
    let total = 0;
    for (let i = 1; i < m; i++) {
      let p = 1 / alphabet;
      for (let k = 0; k < order && k <= i; k++) {
        const context = k === 0 ? root : runs[(i - k) * order + k - 1]!;
        if (context < 0) break;
        const seen = counts[context * 3 + CONTEXT_TOTAL]!;
        const types = counts[context * 3 + CONTEXT_TYPES]!;
        if (seen <= 0) break;
        const gram = runs[(i - k) * order + k]!;
        const hits = gram < 0 ? 0 : counts[gram * 3 + PREDICTED]!;
        p = (hits + types * p) / (seen + types);
      }
      total += Math.log(p);
    }
    return total;
  }

  /** The interpolated Witten-Bell probability of marked[i] after the letters before it (at most order - 1). */
  letterProbability(prefix: string, marked: string, i: number): number {
    const { counts, order, alphabet } = this.model;
    let p = 1 / alphabet;
    for (let k = 0; k < order && k <= i; k++) {
      const context = this.table.findJoined(prefix, marked, i - k, i);
      if (context < 0) break;
      const seen = counts[context * 3 + CONTEXT_TOTAL]!;
      const types = counts[context * 3 + CONTEXT_TYPES]!;
      if (seen <= 0) break;
      const gram = this.table.findJoined(prefix, marked, i - k, i + 1);
      const hits = gram < 0 ? 0 : counts[gram * 3 + PREDICTED]!;
      p = (hits + types * p) / (seen + types);
    }
    return p;
  }

  /** Foreign against native, per predicted letter (the end included); NaN for a stem too short. */
  score(stem: string): number {
    if (stem.length < TRANSLIT_MIN_LENGTH) return Number.NaN;
    return (this.logProbability(FOREIGN, stem) - this.logProbability(NATIVE, stem)) / (stem.length + 1);
  }

  /** The bin of a stem's score: 's' for a short stem, else the number of edges at or below its score. */
  bin(stem: string): string {
    return binOf(this.score(stem), this.model.edges);
  }

  /** Person against place (the PERSON and PLACE models), per predicted letter; NaN for a stem too short. */
  typeScore(stem: string): number {
    if (stem.length < TRANSLIT_MIN_LENGTH) return Number.NaN;
    return (this.logProbability(PERSON, stem) - this.logProbability(PLACE, stem)) / (stem.length + 1);
  }

  /** The bin of a stem's type score (as `bin`). */
  typeBin(stem: string): string {
    return binOf(this.typeScore(stem), this.model.typeEdges ?? []);
  }
}

function binOf(score: number, edges: readonly number[]): string {
  if (Number.isNaN(score)) return 's';
  let k = 0;
  while (k < edges.length && score >= edges[k]!) k++;
  return BIN_NAMES[k]!;
}

/** logProbability's scratch: the keys of a word's n-grams. */
let runs = new Int32Array(256);

const BIN_NAMES = Array.from({ length: 16 }, (_, k) => String(k));

/** Whether a word or stem is all Arabic letters (the only words scored here, and the only ones document.ts
 *  groups). */
export const ARABIC_STEM = /^[\u0621-\u064A]+$/;
