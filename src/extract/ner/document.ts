// Evidence from the rest of a document. A name is often introduced once with a title or a given name before
// it ("the minister X Y said") and later stands alone ("Y added"); what stood next to its other occurrences
// tells the tagger about the lone one. For each word, the trigger kinds (ner-triggers.tsv, person-names.tsv,
// ner-org-names.tsv) found right before or after the other occurrences of the same stem in the document
// become features. Evidence is a bit mask per word, so a document costs one map look-up per word.

import type { PreparedLexicon } from './features.js';
import { ARABIC_STEM } from './translit.js';

/** What the document evidence needs of one word: the stem its occurrences are grouped by (null for words
 *  that are not candidates: short, not Arabic, very frequent, or triggers themselves) and its trigger kind
 *  (an index into KINDS, -1 for none). */
export interface WordFact {
  key: string | null;
  kind: number;
}

/** Sentences per document when a corpus marks no document boundaries (ANERcorp, in training and eval). */
export const DOCUMENT_SENTENCES = 16;

/** Trigger kinds, in bit order: a word's left neighbour of kind k sets bit k, its right one bit K + k. */
const KINDS = ['title', 'verb', 'loc', 'org', 'part', 'nation', 'given', 'family', 'orgword'] as const;
const K = KINDS.length;
const KIND_INDEX = new Map<string, number>(KINDS.map((k, i) => [k, i]));
/** The kind index (WordFact.kind) of an organisation head. */
export const ORG_KIND = KIND_INDEX.get('org')!;
/** Bit for a word of kind k two words before (title, nationality), or -1. */
const LEFT2 = new Int8Array(K).fill(-1);
LEFT2[KIND_INDEX.get('title')!] = 2 * K;
LEFT2[KIND_INDEX.get('nation')!] = 2 * K + 1;
const BIT_NAMES = [...KINDS.map((k) => 'dL=' + k), ...KINDS.map((k) => 'dR=' + k), 'dL2=title', 'dL2=nation'];

const NONE: WordFact = { key: null, kind: -1 };
/** Words this frequent in the unlabelled news (rank below this) are not grouped: they are function words. */
const MIN_RANK = 50;
/** Trigger kinds that are words of their own, not names: such a word is never a candidate itself. */
const NOT_NAMES = new Set(['title', 'verb', 'org', 'loc', 'part', 'nation']);

/** The fact of a word from its normalised form and its stripped forms (stems(), the stem last). */
export function wordFact(norm: string, cands: readonly string[], lex: PreparedLexicon): WordFact {
  if (!ARABIC_STEM.test(norm)) return NONE;
  let kind: string | undefined;
  for (const c of cands) if ((kind = lex.triggers.get(c))) break;
  const stem = cands[cands.length - 1]!;
  const candidate =
    stem.length >= 3 &&
    !(kind && NOT_NAMES.has(kind)) &&
    lex.words.frequencyRank(norm) >= MIN_RANK &&
    lex.words.frequencyRank(stem) >= MIN_RANK;
  const k = kind ? (KIND_INDEX.get(kind) ?? -1) : -1;
  if (!candidate && k < 0) return NONE;
  return { key: candidate ? stem : null, kind: k };
}

/** The evidence one occurrence at position i of n gives its stem: the kinds of its neighbours, as bits. */
function evidence(kinds: Int8Array, n: number, i: number): number {
  let bits = 0;
  const left = i > 0 ? kinds[i - 1]! : -1;
  const right = i + 1 < n ? kinds[i + 1]! : -1;
  if (left >= 0) bits |= 1 << left;
  if (right >= 0) bits |= 1 << (K + right);
  const left2 = i > 1 ? kinds[i - 2]! : -1;
  if (left2 >= 0 && LEFT2[left2]! >= 0) bits |= 1 << LEFT2[left2]!;
  return bits;
}

/** For each word of a document (all its tokens in order), the evidence its stem's other occurrences give,
 *  as a bit mask (0: none; maskFeatures names the bits). */
export function documentMasks(facts: readonly WordFact[]): Int32Array {
  return documentMasksOf(
    facts.map((f) => f.key || null),
    Int8Array.from(facts, (f) => f.kind),
  );
}

/** documentMasks of the facts whose keys and kinds are keys[i] and kinds[i] (no object per word): each
 *  stem numbered in order of first sight, then documentMasksOfIds. */
export function documentMasksOf(keys: readonly (string | null)[], kinds: Int8Array): Int32Array {
  const n = keys.length;
  const ids = new Int32Array(n);
  const idOf = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = keys[i]!;
    if (key === null) {
      ids[i] = -1;
      continue;
    }
    let id = idOf.get(key);
    if (id === undefined) idOf.set(key, (id = idOf.size));
    ids[i] = id;
  }
  const out = new Int32Array(n);
  documentMasksOfIds(ids, kinds, n, new Int32Array(n), out);
  return out;
}

/** The document evidence with each word's stem given as an integer id (-1: not a candidate; words of one stem share
 *  an id, WordCache.stemId), written to out[0 .. n): the same masks, with arrays indexed by id instead of
 *  maps (the tagger's path: no map look-up per word). `own` is scratch of at least n. */
export function documentMasksOfIds(
  ids: Int32Array,
  kinds: Int8Array,
  n: number,
  own: Int32Array,
  out: Int32Array,
): void {
  const groups = stemGroups;
  const stamp = groups.start(ids, n);
  const { seenAt, once, twice } = groups;
  let any = false;
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    const bits = evidence(kinds, n, i);
    own[i] = bits;
    if (!bits) continue;
    any = true;
    if (seenAt[id] !== stamp) {
      seenAt[id] = stamp;
      once[id] = twice[id] = 0;
    }
    const seen = once[id]!;
    once[id] = seen | bits;
    if (seen & bits) twice[id]! |= seen & bits;
  }
  out.fill(0, 0, n);
  if (!any) return;
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id < 0 || seenAt[id] !== stamp) continue;
    const all = once[id]!;
    if (all) out[i] = (all & ~own[i]!) | twice[id]!;
  }
}

/** documentMasksOfIds' tables by stem id: the bits seen once and twice, valid where seenAt is the current
 *  document's stamp (so nothing is cleared per document). */
class StemGroups {
  seenAt = new Int32Array(0);
  once = new Int32Array(0);
  twice = new Int32Array(0);
  private stamp = 0;

  /** A new document's stamp, the tables large enough for its ids. */
  start(ids: Int32Array, n: number): number {
    let most = -1;
    for (let i = 0; i < n; i++) if (ids[i]! > most) most = ids[i]!;
    if (most >= this.seenAt.length) {
      // an eighth more than needed (ids reach the known words' rows: doubling would overshoot by megabytes)
      const size = Math.max(most + 1 + (most >> 3), 1024);
      this.seenAt = new Int32Array(size);
      this.once = new Int32Array(size);
      this.twice = new Int32Array(size);
      this.stamp = 0;
    }
    if (++this.stamp === 0x7fffffff) {
      this.seenAt.fill(0);
      this.stamp = 1;
    }
    return this.stamp;
  }
}
const stemGroups = new StemGroups();

const featureCache = new Map<number, readonly string[]>();
/** The feature names of an evidence mask ("dL=title", "dR=verb", ...), in bit order. */
export function maskFeatures(mask: number): readonly string[] {
  let f = featureCache.get(mask);
  if (!f) {
    f = BIT_NAMES.filter((_, b) => mask & (1 << b));
    featureCache.set(mask, f);
  }
  return f;
}

/** A corpus without document boundaries read as documents of `block` consecutive sentences: the marks of
 *  each sentence's words, from `marks` over each block's words. */
export function marksBySentence<M extends { slice(start: number, end: number): M }>(
  sentences: readonly (readonly string[])[],
  block: number,
  marks: (words: readonly string[]) => M,
): M[] {
  const out: M[] = [];
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
