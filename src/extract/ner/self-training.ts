// Self-training: sentences of the unlabelled news that a first model tags with a wide margin, with its tags,
// as extra training sentences. Training-time only (scripts/train-ner.ts, --self-out / --self-train).
import type { TaggedSentence } from './corpus.js';
import type { NerTagger } from './model.js';
import { allowed, NT, TAGS } from './tags.js';

/** The tags that may follow each tag, for the backward pass. */
const ALLOWED = Array.from({ length: NT }, (_, p) => Array.from({ length: NT }, (_, t) => allowed(p, t)));

/** The best path's tags and its margin: the least, over the words, of how far the best path scores above the
 *  best path that gives the word another tag (max-marginals from a forward and a backward Viterbi pass). */
export function pathWithMargin(
  em: ArrayLike<number>,
  n: number,
  start: ArrayLike<number>,
  trans: ArrayLike<number>,
): { tags: Uint8Array; margin: number } {
  const fwd = new Float64Array(n * NT).fill(Number.NEGATIVE_INFINITY);
  const bwd = new Float64Array(n * NT);
  for (let t = 0; t < NT; t++) if (allowed(-1, t)) fwd[t] = start[t]! + em[t]!;
  for (let i = 1; i < n; i++)
    for (let t = 0; t < NT; t++) {
      let best = Number.NEGATIVE_INFINITY;
      for (let p = 0; p < NT; p++)
        if (ALLOWED[p]![t]) best = Math.max(best, fwd[(i - 1) * NT + p]! + trans[p * NT + t]!);
      fwd[i * NT + t] = best + em[i * NT + t]!;
    }
  for (let i = n - 2; i >= 0; i--)
    for (let t = 0; t < NT; t++) {
      let best = Number.NEGATIVE_INFINITY;
      for (let u = 0; u < NT; u++)
        if (ALLOWED[t]![u])
          best = Math.max(best, trans[t * NT + u]! + em[(i + 1) * NT + u]! + bwd[(i + 1) * NT + u]!);
      bwd[i * NT + t] = best;
    }
  const tags = new Uint8Array(n);
  let margin = Number.POSITIVE_INFINITY;
  for (let i = 0; i < n; i++) {
    let first = Number.NEGATIVE_INFINITY;
    let second = Number.NEGATIVE_INFINITY;
    for (let t = 0; t < NT; t++) {
      const s = fwd[i * NT + t]! + bwd[i * NT + t]!;
      if (s > first) {
        second = first;
        first = s;
        tags[i] = t;
      } else if (s > second) second = s;
    }
    margin = Math.min(margin, first - second);
  }
  return { tags, margin };
}

/** One article's sentences (token runs ending at `ends`) that hold a name and are tagged with at least
 *  `minMargin` of margin, with the tagger's tags. */
export function confidentSentences(
  tagger: NerTagger,
  tokens: readonly string[],
  ends: readonly number[],
  start: ArrayLike<number>,
  trans: ArrayLike<number>,
  minMargin: number,
): { sentence: TaggedSentence; margin: number }[] {
  const masks = tagger.documentMasks(tokens);
  const out: { sentence: TaggedSentence; margin: number }[] = [];
  let from = 0;
  for (const to of ends) {
    const words = tokens.slice(from, to);
    const n = words.length;
    if (n >= 5 && n <= 60) {
      const em = tagger.emissions(words, masks.subarray(from, to));
      const { tags, margin } = pathWithMargin(em, n, start, trans);
      if (margin >= minMargin && tags.some((t) => t !== 0))
        out.push({ sentence: { words, tags: Array.from(tags, (t) => TAGS[t]!) }, margin });
    }
    from = to;
  }
  return out;
}
