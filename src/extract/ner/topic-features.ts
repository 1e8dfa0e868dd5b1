// Topic features: the document's topic (topics.ts) paired with what the lexicon says of a word (its gazetteer
// kind) and with the word's coarsest class, so a linear tagger can learn "a city's name in a sports article
// is a club". The same code names the features in training (scripts/ner-topics.ts) and adds their weights
// at run time (NerTagger.tagIndices).
import { stemsUncached as stems } from '../../text/clitics.js';
import type { PreparedLexicon } from './features.js';
import { NT } from './tags.js';
import { TopicIndex, type TopicModel } from './topics.js';

/** What the topic features pair with a word: its gazetteer kind (org, place, orgword, person, title, none)
 *  and its coarsest word class ("k0=c", the first stripped form's "sk0=c", or "k0=none"), as one string. */
export function topicWordKey(
  norm: string,
  lex: PreparedLexicon,
  cands: readonly string[] = stems(norm),
): string {
  let place = false;
  let org = false;
  let orgword = false;
  let person = false;
  let title = false;
  for (const c of cands) {
    if (lex.places.has(c)) place = true;
    if (lex.orgs.has(c)) org = true;
    const k = lex.triggers.get(c);
    if (k === 'orgword') orgword = true;
    else if (k === 'given' || k === 'family') person = true;
    else if (k === 'title') title = true;
  }
  const kind = org
    ? 'org'
    : place
      ? 'place'
      : orgword
        ? 'orgword'
        : person
          ? 'person'
          : title
            ? 'title'
            : 'none';
  const words = lex.words;
  let cls = 'k0=none';
  const own = words.row(norm);
  if (words.rowHasClasses(own)) cls = `k0=${words.classAt(own, 0)}`;
  else
    for (let c = 1; c < cands.length; c++) {
      const row = words.row(cands[c]!);
      if (words.rowHasClasses(row)) {
        cls = `sk0=${words.classAt(row, 0)}`;
        break;
      }
    }
  return `${kind}|${cls}`;
}

/** The topic features of a word of key `key` (topicWordKey) in a document of topic `topic`. */
export function topicFeatureNames(topic: number, key: string): string[] {
  const t = `tp${topic}`;
  const bar = key.indexOf('|');
  return [t, `${t}|${key.slice(0, bar)}`, `${t}|${key.slice(bar + 1)}`];
}

/** Remembered word keys before the memo starts over. */
const MEMO_MAX = 50_000;

/** Adds the topic features' weights of a document's words to its emissions. */
export class DocumentTopics {
  private readonly index: TopicIndex;
  /** word → its topicWordKey's number (keys numbered in order of first sight) */
  private readonly wordCodes = new Map<string, number>();
  private readonly codes = new Map<string, number>();
  private readonly codeNames: string[] = [];
  /** summed weights by topic × code (undefined: not made yet; null: none) */
  private vectors: (Float32Array | null | undefined)[] = [];
  /** the topic of the document addTo is at */
  private topic = 0;

  constructor(
    topics: TopicModel,
    private readonly lex: PreparedLexicon,
    private readonly context: ReadonlyMap<string, Float32Array>,
  ) {
    this.index = new TopicIndex(topics);
  }

  /** em[at + (i - from) * NT ..] += the topic features' weights of words from .. to of a document (its
   *  normalised words), sentence by sentence from the first (a call with from 0 finds the document's topic). */
  addTo(words: readonly string[], from: number, to: number, em: Float32Array, at = from * NT): void {
    if (from === 0) this.topic = this.index.topicOf(words);
    const k = this.index.model.k;
    for (let i = from; i < to; i++) {
      const code = this.codeOf(words[i]!);
      const slot = code * k + this.topic;
      let v = this.vectors[slot];
      if (v === undefined) v = this.vectors[slot] = this.vectorOf(this.topic, this.codeNames[code]!);
      if (!v) continue;
      const base = at + (i - from) * NT;
      for (let t = 0; t < NT; t++) em[base + t]! += v[t]!;
    }
  }

  private codeOf(word: string): number {
    let code = this.wordCodes.get(word);
    if (code !== undefined) return code;
    const key = topicWordKey(word, this.lex);
    code = this.codes.get(key);
    if (code === undefined) {
      code = this.codeNames.length;
      this.codes.set(key, code);
      this.codeNames.push(key);
    }
    if (this.wordCodes.size >= MEMO_MAX) this.wordCodes.clear();
    this.wordCodes.set(word, code);
    return code;
  }

  private vectorOf(topic: number, key: string): Float32Array | null {
    let v: Float32Array | null = null;
    for (const f of topicFeatureNames(topic, key)) {
      const w = this.context.get(f);
      if (!w) continue;
      v ??= new Float32Array(NT);
      for (let t = 0; t < NT; t++) v[t]! += w[t]!;
    }
    return v;
  }
}
