// What a story is recognised by: the weighted words of an article, in the manner of Miranda et al.
// (2018): normalised stems of the title and the lead (names and places are words too, and the
// title's words count double), each weighted by how rare it is in the stream seen so far (TF-IDF).
import { loadTsv } from '../lexicon/index.js';
import { normalize, stems } from '../text/index.js';

/** A sparse vector: term → weight. */
export type Vector = Map<string, number>;

/** Characters of the body read for the features: the lead tells the event; the tail drifts. */
export const LEAD_CHARS = 1500;
const TITLE_WEIGHT = 2;
const WORD = /[\p{L}\p{N}]{2,}/gu;

/** The clustering stem of one normalised word: the shortest form after the proclitics. */
function stemOf(word: string): string {
  const s = stems(word);
  return s[s.length - 1]!;
}

let functionWords: Set<string> | null = null;

/** Stems of lexicons/function-words.tsv: no weight in the clustering. */
function isFunctionWord(term: string): boolean {
  functionWords ??= new Set(loadTsv('function-words').map((r) => stemOf(normalize(r.word!))));
  return functionWords.has(term);
}

function addTerms(tf: Map<string, number>, text: string, weight: number): void {
  WORD.lastIndex = 0;
  for (const m of normalize(text).matchAll(WORD)) {
    const w = m[0];
    if (/^\d+$/.test(w) && w.length < 2) continue;
    const term = stemOf(w);
    if (term.length < 2 || isFunctionWord(term)) continue;
    tf.set(term, (tf.get(term) ?? 0) + weight);
  }
}

/** Raw term frequencies of an article (title counted double, then the lead of the body). */
export function termCounts(title: string | null | undefined, text: string): Map<string, number> {
  const tf = new Map<string, number>();
  let body = text;
  if (title && body.startsWith(title)) body = body.slice(title.length);
  if (title) addTerms(tf, title, TITLE_WEIGHT);
  addTerms(tf, body.slice(0, LEAD_CHARS), 1);
  return tf;
}
