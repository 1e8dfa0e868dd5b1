// The aliases of an entity merged by mergeVariants (variants.ts): the forms the articles used, without
// their proclitics, and the forms the first pass linked where an article of the entity uses them.

import { lexEntry } from '../lexicon/index.js';
import { looseKey, looseWords } from '../text/normalize.js';
import type { DossierEntity } from '../types.js';
import { looseForm } from './forms.js';

/** A hashtag's form as words (#وزارة_الداخلية → وزارة الداخلية): its mark and underscores, which the
 *  tokeniser reads as spaces, are no part of a name. */
export function withoutHashtag(form: string): string {
  return form.includes('#') || form.includes('_')
    ? form.replace(/[#_]+/g, ' ').replace(/\s+/g, ' ').trim()
    : form;
}

/** No lexicon entry (shared by the entities matched to none: never added to). */
export const NO_ENTRIES: ReadonlySet<string> = new Set();

/** The reason the first pass gives for a mention of a lexicon entry, with the entry's id. */
export const LEXICON_REASON = /^same lexicon entry (\S+)/;

const PROCLITIC_LETTERS = 'وفبكل';

/** Proclitics a surface form may carry (للمرصد، وبالعاصمة، لبي بي سي) removed where it is safe. */
export function withoutProclitic(surface: string, otherForms: Set<string>): string {
  const text = surface.trim();
  // every form it changes begins with one of و ف ب ك ل
  if (!PROCLITIC_LETTERS.includes(text.charAt(0))) return surface;
  // وبالمدينة → المدينة، للمرصد → المرصد: the clitics come before the article, letters as written (the
  // article begins a word: وكالة is no وك + الة)
  const definite = text.match(/^([وف]?[بك]?)ال(?=\S{2})(.{3,})$/) ?? text.match(/^([وف]?)لل(.{3,})$/);
  if (definite?.[1]) return `ال${definite[2]}`;
  if (definite && text.startsWith('لل')) return `ال${definite[2]}`;
  const bare = text.match(/^(?:[وف]?[بلك]|[وف])(.{3,})$/);
  if (bare && otherForms.has(looseKey(bare[1]!))) return bare[1]!;
  return surface;
}

/** The aliases of the lexicon entries the parts were matched to (their "same lexicon entry" reasons). */
function lexiconFormsOf(parts: DossierEntity[]): ReadonlySet<string> {
  let forms: Set<string> | null = null;
  for (const part of parts)
    for (const why of part.merged_because) {
      if (!why.startsWith('same lexicon entry ')) continue;
      const id = LEXICON_REASON.exec(why)?.[1];
      forms ??= new Set();
      for (const alias of (id ? lexEntry(id)?.aliases : undefined) ?? []) forms.add(alias);
    }
  return forms ?? NO_ENTRIES;
}

/** A mention's text with its runs of white space as one space, trimmed (the text itself when it has
 *  no other white space than single spaces between words). */
const oneSpaced = (text: string): string =>
  IRREGULAR_SPACE.test(text) ? withoutHashtag(text).replace(/\s+/g, ' ').trim() : text;
const IRREGULAR_SPACE = /[^\S ]| {2}|^ | $|[#_]/;

/** How many of an entity's articles are searched for a linked form that no mention has. */
const ALIAS_SEARCH_DOCS = 5;

/** How many of an entity's used forms a mention's text is compared with in place. */
const FORMS_COMPARED = 16;

/** The text from start to end is one of the forms, letter for letter. */
function writesOneOf(forms: string[], text: string, start: number, end: number): boolean {
  for (const form of forms) if (form.length === end - start && text.startsWith(form, start)) return true;
  return false;
}

const PROCLITICS = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل'];
/** The loose text holds the form as whole words, maybe after a proclitic (بمدينة الشدادي). */
function usedIn(text: string, key: string): boolean {
  // each place the key ends a word, tested for a space and a proclitic before it (one search, not one per proclitic)
  const ending = `${key} `;
  for (let at = text.indexOf(ending); at >= 0; at = text.indexOf(ending, at + 1))
    for (const clitic of PROCLITICS) {
      const space = at - clitic.length - 1;
      if (space >= 0 && text.charCodeAt(space) === 32 && text.startsWith(clitic, space + 1)) return true;
    }
  return key.startsWith('ال') && text.includes(` ${key.length > 2 ? `لل${key.slice(2)}` : key} `);
}

const looseTexts = new WeakMap<ReadonlyMap<string, string>, Map<string, string>>();
/** A document's text as loose keys (hamza forms, ta marbuta, punctuation folded), computed once. */
function looseText(doc: string, texts: ReadonlyMap<string, string>): string {
  let byDoc = looseTexts.get(texts);
  if (!byDoc) looseTexts.set(texts, (byDoc = new Map()));
  let text = byDoc.get(doc);
  if (text === undefined) byDoc.set(doc, (text = looseWords(texts.get(doc) ?? '')));
  return text;
}

/** The forms the articles used: the mentions' own text, proclitics removed, and the forms the first
 *  pass linked (titles with names, names given in apposition, lexicon variants) where an article of the
 *  entity uses them; a lexicon variant that no article used is not listed. */
export function aliasesOf(
  name: string,
  parts: DossierEntity[],
  mentions: DossierEntity['mentions'],
  texts: ReadonlyMap<string, string>,
): string[] {
  const used = new Set<string>();
  const first: string[] = []; // the first FORMS_COMPARED used forms, compared in place before a copy is made
  const docs: string[] = []; // the first ALIAS_SEARCH_DOCS of them
  let doc: string | null = null;
  let docText: string | undefined;
  for (const mention of mentions) {
    if (mention.doc !== doc) {
      doc = mention.doc;
      docText = texts.get(doc);
      if (docs.length < ALIAS_SEARCH_DOCS && !docs.includes(doc)) docs.push(doc);
    }
    // a mention written as a form already used adds nothing (a used form is one-spaced: it is its own form)
    if (docText === undefined || writesOneOf(first, docText, mention.start, mention.end)) continue;
    const text = oneSpaced(docText.slice(mention.start, mention.end));
    if (text && !used.has(text)) {
      used.add(text);
      if (first.length < FORMS_COMPARED) first.push(text);
    }
  }
  const keys = new Set<string>(); // the used forms' keys, then the linked forms'
  for (const form of used) keys.add(looseForm(form));
  // the lexicon's variants of the entries the entity was matched to: kept only where an article uses them
  const lexiconForms = lexiconFormsOf(parts);
  // the entity's first articles as loose text, each made only when the articles before it do not use the key
  const inTexts = (key: string) => docs.some((doc) => usedIn(looseText(doc, texts), key));
  const linked: string[] = [];
  const link = (alias: string) => {
    if (!lexiconForms.has(alias)) {
      linked.push(alias); // linked by the text itself (a title, an apposition)
      return;
    }
    const key = looseForm(alias);
    if (keys.has(key) || inTexts(key)) linked.push(alias);
  };
  for (const part of parts) {
    link(part.name);
    for (const alias of part.aliases) link(alias);
  }
  const forms = new Set<string>();
  for (const form of linked) keys.add(looseForm(form));
  const add = (form: string) => {
    forms.add(form);
    const stripped = withoutProclitic(form, keys);
    if (stripped !== form) forms.add(stripped);
  };
  for (const form of used) add(form);
  for (const form of linked) add(form);
  forms.delete(name);
  return [...forms];
}
