// Evidence from the rest of a document. A name is often introduced once with a title or a given name before
// it ("the minister X Y said") and later stands alone ("Y added"); what stood next to its other occurrences
// tells the tagger about the lone one. For each word, the trigger kinds (ner-triggers.tsv, person-names.tsv)
// found right before or after the other occurrences of the same stem in the document become features.

// uncached: see features.ts
import { stemsUncached as stems } from '../../text/clitics.js';
import { normalize } from '../../text/normalize.js';
import type { PreparedLexicon } from './features.js';

/** What the document evidence needs of one word: the stem its occurrences are grouped by (null for words
 *  that are not candidates: short, not Arabic, very frequent, or triggers themselves) and its trigger kind. */
export interface WordFact {
  key: string | null;
  kind: string | null;
}

/** Sentences per document when a corpus marks no document boundaries (ANERcorp, in training and eval). */
export const DOCUMENT_SENTENCES = 16;

const ARABIC_WORD = /^[\u0621-\u064A]+$/;
/** Words this frequent in the unlabelled news (rank below this) are not grouped: they are function words. */
const MIN_RANK = 50;
/** Trigger kinds that are words of their own, not names: such a word is never a candidate itself. */
const NOT_NAMES = new Set(['title', 'verb', 'org', 'loc', 'part', 'nation']);

export function wordFact(surface: string, lex: PreparedLexicon): WordFact {
  const w = normalize(surface);
  if (!ARABIC_WORD.test(w)) return { key: null, kind: null };
  const cands = stems(w);
  let kind: string | null = null;
  for (const c of cands) {
    const k = lex.triggers.get(c);
    if (k) {
      kind = k;
      break;
    }
  }
  const stem = cands[cands.length - 1]!;
  const candidate =
    stem.length >= 3 &&
    !(kind && NOT_NAMES.has(kind)) &&
    lex.words.frequencyRank(w) >= MIN_RANK &&
    lex.words.frequencyRank(stem) >= MIN_RANK;
  return { key: candidate ? stem : null, kind };
}

/** The evidence one occurrence at position i gives its stem: the kinds of its neighbours. */
function evidence(facts: readonly WordFact[], i: number): string[] {
  const out: string[] = [];
  const left = facts[i - 1]?.kind;
  const right = facts[i + 1]?.kind;
  if (left) out.push('dL=' + left);
  if (right) out.push('dR=' + right);
  const left2 = facts[i - 2]?.kind;
  if (left2 === 'title' || left2 === 'nation') out.push('dL2=' + left2);
  return out;
}

/** For each word of a document (all its tokens in order), the evidence its stem's other occurrences give,
 *  or null when there is none. */
export function documentMarks(facts: readonly WordFact[]): (string[] | null)[] {
  const counts = new Map<string, Map<string, number>>();
  const own: (string[] | null)[] = facts.map((f, i) => {
    if (!f.key) return null;
    const ev = evidence(facts, i);
    let m = counts.get(f.key);
    if (!m) counts.set(f.key, (m = new Map()));
    for (const e of ev) m.set(e, (m.get(e) ?? 0) + 1);
    return ev;
  });
  return facts.map((f, i) => {
    if (!f.key) return null;
    const m = counts.get(f.key)!;
    if (m.size === 0) return null;
    const mine = own[i]!;
    const out: string[] = [];
    for (const [e, n] of m) if (n > (mine.includes(e) ? 1 : 0)) out.push(e);
    return out.length ? out.sort() : null;
  });
}

/** A corpus without document boundaries read as documents of `block` consecutive sentences: the marks of
 *  each sentence's words, from `marks` over each block's words. */
export function marksBySentence(
  sentences: readonly (readonly string[])[],
  block: number,
  marks: (words: readonly string[]) => (string[] | null)[],
): (string[] | null)[][] {
  const out: (string[] | null)[][] = [];
  for (let from = 0; from < sentences.length; from += block) {
    const group = sentences.slice(from, from + block);
    const all = marks(group.flat());
    let k = 0;
    for (const s of group) {
      out.push(all.slice(k, k + s.length));
      k += s.length;
    }
  }
  return out;
}
