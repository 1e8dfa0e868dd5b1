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

/** The word tokens of every text, and an index from a word's normalised form (without proclitics) to where it stands. */
export function indexTexts(texts: string[]): {
  stories: StoryText[];
  where: Map<string, [StoryText, number][]>;
} {
  const where = new Map<string, [StoryText, number][]>();
  const stories: StoryText[] = [];
  for (const text of texts) {
    const all = tokenize(text);
    const tokens: Token[] = [];
    const gaps: boolean[] = [];
    let gap = false;
    for (const token of all) {
      if (!token.word) {
        if (/[^\s"'«»“”]/.test(token.norm)) gap = true;
        continue;
      }
      tokens.push(token);
      gaps.push(gap);
      gap = false;
    }
    const story = { text, tokens, gaps };
    stories.push(story);
    tokens.forEach((token, index) => {
      for (const form of bareForms(token.norm)) {
        const list = where.get(form);
        if (list) list.push([story, index]);
        else where.set(form, [[story, index]]);
      }
    });
  }
  return { stories, where };
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

export function findName(words: string[], where: Map<string, [StoryText, number][]>): Occurrence[] {
  const out: Occurrence[] = [];
  for (const [text, index] of where.get(words[0]!) ?? []) {
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
