// The document model every extractor works on: built once per document by buildDoc, then filled layer
// by layer by the components of extract/pipeline.ts. Offsets everywhere are UTF-16 units of `text`.

import type {
  Claim,
  DateMention,
  Document,
  Furniture,
  Happening,
  Mention,
  NumberMention,
  PublishedDate,
  Quote,
  Sentence,
  Statement,
  Token,
} from '../types.js';
import { findFurniture, inFurniture } from './furniture.js';
import { type MappedText, normalizeWithMap } from './normalize.js';
import { paragraphs, sentences as splitSentences, tokenize } from './tokens.js';

/** What the components add to a document, in pipeline order. */
export interface Layers {
  published: PublishedDate;
  /** Dates outside furniture. */
  dates: DateMention[];
  /** Numbers outside furniture. */
  numbers: NumberMention[];
  /** Lexicon, pattern and title mentions outside furniture. */
  mentions: Mention[];
  /** Attributed spans: reporting-verb complements, direct quotes, sentences under بحسب. */
  statements: Statement[];
  quotes: Quote[];
  /** Speakers and relays named by statements, as mentions. */
  speakers: Mention[];
  /** Names given in apposition: [mention, alias]. */
  aliases: [Mention, string][];
  /** Figures (with their day and place) and implied counts. */
  claims: Claim[];
  happenings: Happening[];
}

/** One document as the extractors see it. */
export interface Doc {
  readonly document: Document;
  /** The text as read (never changed). */
  readonly text: string;
  /** An ISO date near the story, used only to pick a year. */
  readonly hint: string | null;
  readonly furniture: Furniture[];
  /** Sentences outside furniture. */
  readonly sentences: Sentence[];
  /** Every token of the text; each knows its index and its sentence (-1 in furniture or between lines). */
  readonly tokens: Token[];
  readonly layers: Layers;
  /** The whole text normalised, with its map back (normalizeWithMap), made once: the furniture, the dates
   *  and the numbers read the same copy. */
  readonly normalized: MappedText;
}

/** Furniture, sentences and tokens of a document, with empty layers. */
export function buildDoc(document: Document, hint: string | null = null): Doc {
  const text = document.text;
  // the whole text normalised once: the furniture reads its lines from it, the dates and numbers all of it
  const normalized = normalizeWithMap(text);
  // the paragraphs once: the furniture and the sentences read the same
  const paras = paragraphs(text);
  const furniture = findFurniture(text, normalized, paras);
  const sentences = splitSentences(text, paras).filter((s) => !inFurniture(furniture, s.start, s.end));
  const tokens = tokenize(text, 0, text.length, normalized);
  let si = 0;
  for (const t of tokens) {
    while (si < sentences.length && sentences[si]!.end <= t.start) si++;
    if (si < sentences.length && t.start >= sentences[si]!.start) t.sentence = si;
  }
  const layers: Layers = {
    published: { date: null, precision: null, how: 'none', evidence: null },
    dates: [],
    numbers: [],
    mentions: [],
    statements: [],
    quotes: [],
    speakers: [],
    aliases: [],
    claims: [],
    happenings: [],
  };
  return {
    document,
    text,
    hint,
    furniture,
    sentences,
    tokens,
    layers,
    normalized,
  };
}

/** Index of the first token that ends after `offset` (the token holding it, or the next one). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence holding `offset`, if any. */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
