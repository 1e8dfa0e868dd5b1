// Reading a token-per-line BIO corpus (ANERcorp layout) and the conventional train/test split.
import type { NerTag } from './tags.js';
import { isTag } from './tags.js';

export interface TaggedSentence {
  words: string[];
  tags: NerTag[];
}

/** Parse `token TAG` lines into sentences ending at a "." token. Robust to the original file's glitches:
 *  empty tokens (" O") are skipped; a tag glued to the next token ("Oالإصابة") is split off; a line with
 *  several words before one tag gives the tag (B- then I-) to each word; a line with no tag is taken as O. */
export function parseBioCorpus(text: string): TaggedSentence[] {
  const pairs: { w: string; t: NerTag }[] = [];
  let pending: string[] = [];
  const flush = (tag: NerTag) => {
    pending.forEach((w, k) => {
      const t = k > 0 && tag.startsWith('B-') ? (('I-' + tag.slice(2)) as NerTag) : tag;
      pairs.push({ w, t });
    });
    pending = [];
  };
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/^\uFEFF/, '').trim();
    if (!line) continue;
    const parts = line.split(/\s+/);
    for (let k = 0; k < parts.length; k++) {
      const p = parts[k]!;
      if (k > 0 && isTag(p)) {
        flush(p);
        continue;
      }
      const glued = k > 0 ? /^(O|[BI]-(?:PERS|LOC|ORG|MISC))(.+)$/.exec(p) : null;
      if (glued) {
        flush(glued[1] as NerTag);
        pending.push(glued[2]!);
        continue;
      }
      if (k === 0 && isTag(p) && parts.length === 1) continue; // a tag with an empty token
      pending.push(p);
    }
    flush('O'); // words left without a tag on their line
  }
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  for (const { w, t } of pairs) {
    cur.words.push(w);
    cur.tags.push(t);
    if (w === '.') {
      out.push(cur);
      cur = { words: [], tags: [] };
    }
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/** The widely used ANERcorp split: the test set starts at the first sentence boundary at or after the word
 *  index floor(5/6 · total words); everything before is train. */
export function splitTrainTest<T extends { words: string[] }>(sents: T[]): { train: T[]; test: T[] } {
  const total = sents.reduce((n, s) => n + s.words.length, 0);
  const cut = Math.floor((total * 5) / 6);
  let pos = 0;
  let k = 0;
  while (k < sents.length && pos < cut) pos += sents[k++]!.words.length;
  return { train: sents.slice(0, k), test: sents.slice(k) };
}
