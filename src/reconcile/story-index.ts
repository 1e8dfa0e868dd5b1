// The story's articles as an index of words, read once to find how each entity is written across the
// story (story-names.ts for persons and places, organisation-forms.ts for organisations).

import { normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';
import type { DossierEntity, Token } from '../types.js';

// the proclitic groups [وف]?[بلك]? and [وف], tested by code unit: و ف, then ب ل ك
const isConjunction = (c: number) => c === 0x648 || c === 0x641;
const isPreposition = (c: number) => c === 0x628 || c === 0x644 || c === 0x643;

export interface StoryText {
  text: string;
  tokens: Token[]; // words only
  gaps: boolean[]; // gaps[i]: punctuation between word i-1 and word i
}

export interface Occurrence {
  text: StoryText;
  index: number; // word index where the name starts
  length: number; // words
}

/** Where each word form stands in the story's texts: for a form, the (text, word index) pairs in the
 *  texts' order. A story has hundreds of thousands of occurrences: each is three numbers in one typed array
 *  (its text, its word, the next occurrence of the same form), chained from the form's first occurrence to
 *  its last, and a form's positions become an array only when the form is looked up. */
const NOWHERE: readonly number[] = [];

export class WordIndex {
  private readonly ids = new Map<string, number>(); // a form → its number
  private firsts: Int32Array = new Int32Array(1 << 14); // by form number: its first occurrence
  private lasts: Int32Array = new Int32Array(1 << 14); // its last occurrence
  private counts: Int32Array = new Int32Array(1 << 14); // how many
  private occurrences: Int32Array = new Int32Array(3 << 16); // text, word, next occurrence (-1 after the last)
  private size = 0;
  private readonly flats = new Map<string, number[]>();
  private readonly lists = new Map<string, [StoryText, number][]>();

  constructor(private readonly stories: StoryText[]) {}

  add(form: string, story: number, word: number): void {
    if (3 * (this.size + 1) > this.occurrences.length) this.occurrences = grown(this.occurrences);
    const at = this.size++;
    const occurrences = this.occurrences;
    occurrences[3 * at] = story;
    occurrences[3 * at + 1] = word;
    occurrences[3 * at + 2] = -1;
    const id = this.ids.get(form);
    if (id !== undefined) {
      occurrences[3 * this.lasts[id]! + 2] = at;
      this.lasts[id] = at;
      this.counts[id]!++;
      return;
    }
    const next = this.ids.size;
    if (next >= this.firsts.length) {
      this.firsts = grown(this.firsts);
      this.lasts = grown(this.lasts);
      this.counts = grown(this.counts);
    }
    this.ids.set(form, next);
    this.firsts[next] = at;
    this.lasts[next] = at;
    this.counts[next] = 1;
  }

  /** The forms indexed, in the order they were first seen. */
  forms(): IterableIterator<string> {
    return this.ids.keys();
  }

  /** How many times a form stands in the texts. */
  countOf(form: string): number {
    const id = this.ids.get(form);
    return id === undefined ? 0 : this.counts[id]!;
  }

  /** Where a form stands, flat: text, word, text, word … (empty when nowhere). */
  positionsOf(form: string): readonly number[] {
    const known = this.flats.get(form);
    if (known) return known;
    const id = this.ids.get(form);
    if (id === undefined) return NOWHERE;
    const flat: number[] = [];
    const occurrences = this.occurrences;
    for (let at = this.firsts[id]!; at >= 0; at = occurrences[3 * at + 2]!)
      flat.push(occurrences[3 * at]!, occurrences[3 * at + 1]!);
    this.flats.set(form, flat);
    return flat;
  }

  textAt(story: number): StoryText {
    return this.stories[story]!;
  }

  /** The places where a form (a word's normalised form, with or without its proclitics) stands. */
  get(form: string): [StoryText, number][] | undefined {
    const known = this.lists.get(form);
    if (known) return known;
    const flat = this.positionsOf(form);
    if (!flat.length) return undefined;
    const list: [StoryText, number][] = [];
    for (let i = 0; i < flat.length; i += 2) list.push([this.stories[flat[i]!]!, flat[i + 1]!]);
    this.lists.set(form, list);
    return list;
  }
}

/** A typed array twice as long, with the same numbers first. */
function grown(numbers: Int32Array): Int32Array {
  const bigger = new Int32Array(2 * numbers.length);
  bigger.set(numbers);
  return bigger;
}

/** The word tokens of every text, and an index from a word's normalised form (without proclitics) to where it stands. */
export function indexTexts(texts: string[]): { stories: StoryText[]; where: WordIndex } {
  const stories: StoryText[] = [];
  const where = new WordIndex(stories);
  for (const text of texts) {
    const tokens: Token[] = [];
    const gaps: boolean[] = [];
    let gap = false;
    for (const token of tokenize(text)) {
      if (!token.word) {
        if (/[^\s"'«»“”]/.test(token.norm)) gap = true;
        continue;
      }
      tokens.push(token);
      gaps.push(gap);
      gap = false;
    }
    const story = stories.length;
    stories.push({ text, tokens, gaps });
    for (let index = 0; index < tokens.length; index++) addForms(where, tokens[index]!.norm, story, index);
  }
  return { stories, where };
}

/** Indexes a word under its forms, as bareForms gives them. */
function addForms(where: WordIndex, norm: string, story: number, index: number): void {
  where.add(norm, story, index);
  if (norm.length <= 3) return;
  const first = norm.charCodeAt(0);
  if (isConjunction(first) || isPreposition(first)) where.add(norm.slice(1), story, index);
  if (norm.length > 4 && isConjunction(first) && isPreposition(norm.charCodeAt(1)))
    where.add(norm.slice(2), story, index);
}

/** A word and the word without one proclitic group (وبـ، ل، ف). */
export function bareForms(norm: string): string[] {
  const forms = [norm];
  // a cut leaves at least three letters
  if (norm.length <= 3) return forms;
  const first = norm.charCodeAt(0);
  if (isConjunction(first) || isPreposition(first)) forms.push(norm.slice(1));
  if (norm.length > 4 && isConjunction(first) && isPreposition(norm.charCodeAt(1))) forms.push(norm.slice(2));
  return forms;
}

export const wordIs = (token: Token, norm: string) => bareForms(token.norm).includes(norm);

export const EMPTY: Token = { start: 0, end: 0, norm: '', word: true, index: -1, sentence: -1 };

/** Where the story writes a name: its first word (maybe after a proclitic), then its other words as
 *  they are, with no punctuation between. Read from the rarest of its words (a name's first word is often
 *  محمد or عبد), in the texts' order. */
export function findName(words: string[], where: WordIndex): Occurrence[] {
  let anchor = 0;
  let fewest = where.countOf(words[0]!);
  for (let at = 1; at < words.length && fewest > 0; at++) {
    const count = where.countOf(words[at]!);
    if (count < fewest) [anchor, fewest] = [at, count];
  }
  const out: Occurrence[] = [];
  const positions = where.positionsOf(words[anchor]!);
  for (let i = 0; i < positions.length; i += 2) {
    const text = where.textAt(positions[i]!);
    const index = positions[i + 1]! - anchor;
    // from another word than the first: the first word must be there too, proclitic or not
    if (anchor > 0 && (index < 0 || text.tokens[index + anchor]!.norm !== words[anchor]!)) continue;
    if (anchor > 0 && !wordIs(text.tokens[index]!, words[0]!)) continue;
    let matched = 1;
    while (
      matched < words.length &&
      text.tokens[index + matched]?.norm === words[matched] &&
      !text.gaps[index + matched]
    )
      matched++;
    if (matched === words.length) out.push({ text, index, length: matched });
  }
  return out;
}

/** The word as written, without the proclitic that the name does not have. */
export function surfaceOf(token: Token, text: string, norm: string): string {
  const bare = text.slice(Math.max(token.start, token.end - norm.length), token.end);
  return normalize(bare) === norm ? bare : text.slice(token.start, token.end);
}

/** Records that a form (as written) was found for an entity, by the form's normalised key. */
export function addOwner(
  found: Map<string, { surface: string; owners: Set<DossierEntity> }>,
  surface: string,
  entity: DossierEntity,
): void {
  const key = normalize(surface);
  const seen = found.get(key) ?? { surface: surface.replace(/\s+/g, ' '), owners: new Set() };
  seen.owners.add(entity);
  found.set(key, seen);
}
