// Entity-level exact-match scoring (CoNLL style): a predicted span counts only if start, end and type all match.

import { tagConsistently } from './consistency.js';
import type { NerTagger } from './model.js';
import type { NerTag, NerType } from './tags.js';
import { entitySpans, TAGS } from './tags.js';

export const TYPES: readonly NerType[] = ['PERS', 'LOC', 'ORG', 'MISC'];

export interface PRF {
  gold: number;
  pred: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}
export type NerScores = Record<NerType | 'micro', PRF>;

function prf(gold: number, pred: number, correct: number): PRF {
  const precision = pred ? correct / pred : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { gold, pred, correct, precision, recall, f1 };
}

/** Scores of predicted tag sequences against gold ones (same sentences, same lengths). */
export function scoreNer(
  gold: readonly (readonly NerTag[])[],
  pred: readonly (readonly NerTag[])[],
): NerScores {
  const c: Record<string, { g: number; p: number; k: number }> = {};
  for (const t of TYPES) c[t] = { g: 0, p: 0, k: 0 };
  gold.forEach((g, s) => {
    const gs = entitySpans(g);
    const ps = entitySpans(pred[s]!);
    const keys = new Set(gs.map((x) => `${x.start}:${x.end}:${x.type}`));
    for (const x of gs) c[x.type]!.g++;
    for (const x of ps) {
      c[x.type]!.p++;
      if (keys.has(`${x.start}:${x.end}:${x.type}`)) c[x.type]!.k++;
    }
  });
  const out = {} as NerScores;
  let g = 0,
    p = 0,
    k = 0;
  for (const t of TYPES) {
    const x = c[t]!;
    out[t] = prf(x.g, x.p, x.k);
    g += x.g;
    p += x.p;
    k += x.k;
  }
  out.micro = prf(g, p, k);
  return out;
}

/** A plain-text table of scores. */
export function formatScores(s: NerScores): string {
  const rows = ['type    gold   pred  correct  precision  recall  F1'];
  for (const t of [...TYPES, 'micro'] as const) {
    const x = s[t];
    rows.push(
      `${t.padEnd(6)} ${String(x.gold).padStart(5)} ${String(x.pred).padStart(6)} ${String(x.correct).padStart(8)}` +
        `  ${x.precision.toFixed(3).padStart(9)}  ${x.recall.toFixed(3).padStart(6)}  ${x.f1.toFixed(3)}`,
    );
  }
  return rows.join('\n');
}

/** Tags of a corpus without document boundaries, read as documents of `block` consecutive sentences, each
 *  tagged as the pipeline tags an article (NerTagger.tagIndices, then the consistency pass unless
 *  `consistent` is false). */
export function tagCorpus(
  tagger: NerTagger,
  sentences: readonly { words: readonly string[] }[],
  block: number,
  consistent = true,
): NerTag[][] {
  const out: NerTag[][] = [];
  for (let from = 0; from < sentences.length; from += block) {
    const group = sentences.slice(from, from + block);
    const ends: number[] = [];
    for (const s of group) ends.push((ends.at(-1) ?? 0) + s.words.length);
    const path = tagConsistently(tagger, tagger.prepare(group.flatMap((s) => s.words)), ends, consistent);
    const tags = Array.from(path, (t) => TAGS[t]!);
    let k = 0;
    for (const s of group) {
      out.push(tags.slice(k, k + s.words.length));
      k += s.words.length;
    }
  }
  return out;
}
