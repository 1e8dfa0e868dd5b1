// The story's articles as an index of words, read once to find how each entity is written across the
// story (story-names.ts for persons and places, organisation-forms.ts for organisations).

import { foldedUnit, isWhiteSpace, normalize, normalizeToken } from '../text/normalize.js';
import { forEachToken } from '../text/tokens.js';
import type { DossierEntity } from '../types.js';
import { FormTable, grown, MAX_TOKEN } from './form-table.js';

// the proclitic groups [وف]?[بلك]? and [وف], tested by code unit: و ف, then ب ل ك
const isConjunction = (c: number) => c === 0x648 || c === 0x641;
const isPreposition = (c: number) => c === 0x628 || c === 0x644 || c === 0x643;

/** A text's words, as columns: no object per word (a story's first articles have some 80,000 words, and
 *  they live through every pass of story-names). The same form is the same string in every text. */
export interface StoryText {
  text: string;
  /** The index's forms by number (shared by every text): word i's normalised form is forms[ids[i]] (normAt). */
  forms: readonly string[];
  ids: Int32Array; // the number of each word's form in the index
  starts: Int32Array; // where each word starts in the text
  ends: Int32Array; // and ends
  gaps: Uint8Array; // gaps[i]: 1 where punctuation stands between word i-1 and word i
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
/** bareForms('') (before the first word of a text and after its last). */
const NO_WORD: readonly string[] = bareForms('');

export class WordIndex {
  private readonly table = new FormTable(); // a form → its number
  private firsts: Int32Array = new Int32Array(1 << 14); // by form number: its first occurrence
  private lasts: Int32Array = new Int32Array(1 << 14); // its last occurrence
  private counts: Int32Array = new Int32Array(1 << 14); // how many
  // by form number, for a form read as a word: the numbers of the forms it is indexed under, + 1 (0: none)
  private wordForms: Int32Array = new Int32Array(3 << 14);
  private occurrences: Int32Array = new Int32Array(3 << 16); // text, word, next occurrence (-1 after the last)
  private size = 0;
  private readonly flats = new Map<string, number[]>();
  private bares: (string[] | undefined)[] | null = null; // by form number: bareForms of the form

  constructor(private readonly stories: StoryText[]) {}

  /** The number of a form, given on its first sight. */
  private idOf(form: string): number {
    return this.numbered(this.table.size, this.table.numberOf(form));
  }

  /** A form's number `id` from the table, which had `next` forms before: a new form gets its columns. */
  private numbered(next: number, id: number): number {
    if (id < next) return id;
    if (next >= this.firsts.length) {
      this.firsts = grown(this.firsts);
      this.lasts = grown(this.lasts);
      this.counts = grown(this.counts);
      this.wordForms = grown(this.wordForms);
    }
    this.firsts[next] = -1;
    return next;
  }

  /** The numbers of the forms a word is indexed under (bareForms: itself, without one proclitic group), as
   *  the index in formsTable() of the first of three (number + 1, 0 after the last); computed once per
   *  distinct word of the story. */
  formsOfWord(norm: string): number {
    return this.formsOfNumber(this.idOf(norm));
  }

  /** formsOfWord(normalizeToken(text, start, end)), the form's string made only on its first sight. */
  formsOfToken(text: string, start: number, end: number): number {
    if (end - start > MAX_TOKEN) return this.formsOfWord(normalizeToken(text, start, end));
    return this.formsOfNumber(this.numbered(this.table.size, this.table.numberOfToken(text, start, end)));
  }

  private formsOfNumber(id: number): number {
    const at = 3 * id;
    if (this.wordForms[at]! !== 0) return at;
    const forms = bareForms(this.table.formAt(id));
    this.wordForms[at] = at / 3 + 1;
    for (let i = 1; i < 3; i++) this.wordForms[at + i] = i < forms.length ? this.idOf(forms[i]!) + 1 : 0;
    return at;
  }

  /** The table of formsOfWord's answers (it is replaced as it grows). */
  formsTable(): Int32Array {
    return this.wordForms;
  }

  /** The word's form as one string shared by all its occurrences. */
  formString(id: number): string {
    return this.table.formAt(id);
  }

  add(id: number, story: number, word: number): void {
    if (3 * (this.size + 1) > this.occurrences.length) this.occurrences = grown(this.occurrences);
    const at = this.size++;
    const occurrences = this.occurrences;
    occurrences[3 * at] = story;
    occurrences[3 * at + 1] = word;
    occurrences[3 * at + 2] = -1;
    if (this.firsts[id]! < 0) this.firsts[id] = at;
    else occurrences[3 * this.lasts[id]! + 2] = at;
    this.lasts[id] = at;
    this.counts[id]!++;
  }

  /** The forms indexed, in the order they were first seen. */
  forms(): readonly string[] {
    return this.table.forms;
  }

  /** The number of a form in the index, or -1 when the texts do not have it. */
  numberOf(form: string): number {
    return this.table.find(form);
  }

  /** Does word `index` of the text stand, maybe after a proclitic, for the form numbered `id`? */
  wordHasForm(text: StoryText, index: number, id: number): boolean {
    const at = 3 * text.ids[index]!;
    const forms = this.wordForms;
    return forms[at] === id + 1 || forms[at + 1] === id + 1 || forms[at + 2] === id + 1;
  }

  /** How many times the form numbered `id` stands in the texts. */
  countAt(id: number): number {
    return this.counts[id]!;
  }

  /** The first occurrence of the form numbered `id` (-1: none), to read with occurrenceText, occurrenceWord
   *  and nextOccurrence in the texts' order, without an array of its positions. */
  firstOccurrence(id: number): number {
    return this.firsts[id]!;
  }

  nextOccurrence(at: number): number {
    return this.occurrences[3 * at + 2]!;
  }

  occurrenceText(at: number): StoryText {
    return this.stories[this.occurrences[3 * at]!]!;
  }

  occurrenceWord(at: number): number {
    return this.occurrences[3 * at + 1]!;
  }

  /** How many times a form stands in the texts. */
  countOf(form: string): number {
    const id = this.table.find(form);
    return id < 0 ? 0 : this.counts[id]!;
  }

  /** Where a form stands, flat: text, word, text, word … (empty when nowhere). */
  positionsOf(form: string): readonly number[] {
    const known = this.flats.get(form);
    if (known) return known;
    const id = this.table.find(form);
    if (id < 0) return NOWHERE;
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

  /** bareForms of word `index` of a text ('' before the first word and after the last), made once per
   *  word of the story looked at. */
  bareFormsAt(text: StoryText, index: number): readonly string[] {
    if (index < 0 || index >= text.ids.length) return NO_WORD;
    // by the word's form number (the index is complete when it is read): no look-up of the form's string
    const bares = (this.bares ??= new Array(this.table.size));
    const id = text.ids[index]!;
    let known = bares[id];
    if (known === undefined) bares[id] = known = bareForms(this.table.formAt(id));
    return known;
  }
}

/** The words of every text, and an index from a word's normalised form (without proclitics) to where it stands. */
export function indexTexts(texts: string[]): { stories: StoryText[]; where: WordIndex } {
  const stories: StoryText[] = [];
  const where = new WordIndex(stories);
  // one text's columns, in buffers kept for the next text (each text keeps a copy of its own length)
  let starts: Int32Array = new Int32Array(1 << 12);
  let ends: Int32Array = new Int32Array(1 << 12);
  let ids: Int32Array = new Int32Array(1 << 12);
  let gaps = new Uint8Array(1 << 12);
  for (const text of texts) {
    let words = 0;
    const story = stories.length;
    let gap = false;
    forEachToken(text, (start, end, word) => {
      if (!word) {
        if (!gap && breaksName(text, start, end)) gap = true;
        return;
      }
      const index = words++;
      if (index === ids.length) {
        starts = grown(starts);
        ends = grown(ends);
        ids = grown(ids);
        const wider = new Uint8Array(2 * gaps.length);
        wider.set(gaps);
        gaps = wider;
      }
      const at = where.formsOfToken(text, start, end);
      const forms = where.formsTable();
      for (let form = at; form < at + 3 && forms[form]! > 0; form++)
        where.add(forms[form]! - 1, story, index);
      ids[index] = forms[at]! - 1;
      starts[index] = start;
      ends[index] = end;
      gaps[index] = gap ? 1 : 0;
      gap = false;
    });
    stories.push({
      text,
      forms: where.forms(),
      ids: ids.slice(0, words),
      starts: starts.slice(0, words),
      ends: ends.slice(0, words),
      gaps: gaps.slice(0, words),
    });
  }
  return { stories, where };
}

/** Quotation marks: between two words of a name, no gap (as white space is not). */
const QUOTES = [0x22, 0x27, 0xab, 0xbb, 0x201c, 0x201d];

/** Does a token that is no word hold, normalised, another character than white space and quotation marks
 *  (punctuation between two words, which no name spans)? Read from its folded code units, without its
 *  normalised string (most such tokens are one character). */
function breaksName(text: string, start: number, end: number): boolean {
  if (end - start > MAX_TOKEN) return /[^\s"'«»“”]/.test(normalizeToken(text, start, end));
  for (let i = start; i < end; i++) {
    const unit = foldedUnit(text.charCodeAt(i));
    if (unit >= 0 && !isWhiteSpace(unit) && !QUOTES.includes(unit)) return true;
  }
  return false;
}

/** Word `index` of a text, normalised (undefined before the first word and after the last). */
export function normAt(text: StoryText, index: number): string | undefined {
  return index >= 0 && index < text.ids.length ? text.forms[text.ids[index]!] : undefined;
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

let nameIds = new Int32Array(16);

/** Where the story writes a name: its first word (maybe after a proclitic), then its other words as
 *  they are, with no punctuation between. Read from the rarest of its words (a name's first word is often
 *  محمد or عبد), in the texts' order. */
export function findName(words: readonly string[], where: WordIndex): Occurrence[] {
  // the words as the index numbers them: a word the texts do not have leaves the name nowhere
  if (words.length === 0) return [];
  // the ids in a buffer kept from call to call (a typed array per call cost more than the look-up)
  if (words.length > nameIds.length) nameIds = new Int32Array(2 * words.length);
  const ids = nameIds;
  for (let at = 0; at < words.length; at++) if ((ids[at] = where.numberOf(words[at]!)) < 0) return [];
  let anchor = 0;
  let fewest = where.countAt(ids[0]!);
  for (let at = 1; at < words.length && fewest > 0; at++) {
    const count = where.countAt(ids[at]!);
    if (count < fewest) [anchor, fewest] = [at, count];
  }
  const out: Occurrence[] = [];
  for (let at = where.firstOccurrence(ids[anchor]!); at >= 0; at = where.nextOccurrence(at)) {
    const text = where.occurrenceText(at);
    const index = where.occurrenceWord(at) - anchor;
    // from another word than the first: the first word must be there too, proclitic or not
    if (anchor > 0 && (index < 0 || text.ids[index + anchor]! !== ids[anchor]!)) continue;
    if (anchor > 0 && !where.wordHasForm(text, index, ids[0]!)) continue;
    let matched = 1;
    while (
      matched < words.length &&
      index + matched < text.ids.length &&
      text.ids[index + matched] === ids[matched] &&
      !text.gaps[index + matched]
    )
      matched++;
    if (matched === words.length) out.push({ text, index, length: matched });
  }
  return out;
}

/** Word `index` of the text as written, without the proclitic that the name (`norm`) does not have. */
export function surfaceOf(text: StoryText, index: number, norm: string): string {
  const start = text.starts[index]!;
  const end = text.ends[index]!;
  const bare = text.text.slice(Math.max(start, end - norm.length), end);
  return normalize(bare) === norm ? bare : text.text.slice(start, end);
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
