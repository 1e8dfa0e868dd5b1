// A second look at the entities, once every mention has its cluster: one referent is often written
// several ways across outlets (كابل / كابول، داود أمين / داوود أمين), or with the head word of its kind
// (مدينة كابول، العاصمة الأفغانية كابل), or glued to a preposition (للمرصد). This pass
//  - merges places, facilities and full person names whose letters differ only in long vowels or in
//    the letters transliterations swap, or by a leading head word;
//  - lists as aliases the forms the articles used, without their proclitics, and no lexicon variant
//    that no article used (a reader compares how the outlets named a referent).
// Every merge records its reason, as the first pass does.

import { alternation, lexEntry, loadTsv, wordList, wordSet } from '../lexicon/index.js';
import { looseKey } from '../text/normalize.js';
import type { DossierEntity, EntityType, Mention } from '../types.js';
import { looseForm, withFormKeys } from './forms.js';
import { joinShortForms } from './short-forms.js';

export interface EntityResult {
  entities: DossierEntity[];
  entityOf: Map<Mention, string>;
  /** The mentions of each entity (by index), when entityOf is still to be filled (reconcileEntities). */
  sources?: Mention[][];
}

/** Head words of the land around a place (ريف دمشق، ضاحية بيروت): another place than the one named. */
export const AROUND = wordSet('entity-words', 'around');

let heads: Set<string> | null = null;
/** Head words that introduce a place name (lexicons/place-heads.tsv, type location), plus العاصمة.
 *  A facility's head is part of its name (سجن حماة is not حماة). */
function headWords(): Set<string> {
  if (heads) return heads;
  heads = new Set(wordList('entity-words', 'capital'));
  for (const row of loadTsv('place-heads')) {
    if (row.type !== 'location' || AROUND.has(looseKey(row.head!))) continue;
    const head = looseKey(row.head!);
    heads.add(head);
    heads.add(`ال${head}`);
  }
  return heads;
}

/** The name without its head word and the adjective of the head (العاصمة الأفغانية كابل → كابل). */
function withoutHead(key: string): string {
  const words = key.split(' ');
  if (words.length < 2 || !headWords().has(words[0]!)) return key;
  let rest = words.slice(1);
  if (rest.length > 1 && /^ال.+ي[هة]?$/.test(rest[0]!)) rest = rest.slice(1); // the nisba adjective
  return rest.join(' ');
}

/** No lexicon entry (shared by the entities matched to none: never added to). */
const NO_ENTRIES: ReadonlySet<string> = new Set();

/** The lexicon entries an entity was matched to. */
function lexiconIds(entity: DossierEntity): ReadonlySet<string> {
  let ids: Set<string> | null = null;
  for (const why of entity.merged_because) {
    const id = LEXICON_REASON.exec(why)?.[1];
    if (id) (ids ??= new Set()).add(id);
  }
  return ids ?? NO_ENTRIES;
}
const LEXICON_REASON = /^same lexicon entry (\S+)/;

/** A one-word place name written with or without the article (حمورية / الحمورية): one key. */
export const withoutArticle = (key: string): string => (/^ال\S{4,}$/.test(key) ? key.slice(2) : key);

/** A compound name (عبد المطلب، أبو الفضل) is written with or without the space before its article. */
const COMPOUND_HEAD = alternation('entity-words', 'compound_head');
const COMPOUND = new RegExp(`^(?:${COMPOUND_HEAD})ال`);
const SPACED_COMPOUND = new RegExp(`(^| )(${COMPOUND_HEAD}) (?=ال)`, 'g');
const AUTHORITIES = new RegExp(`^ال(?:${alternation('entity-words', 'authorities')}) (?=ال\\S+يه$)`);
const GOVERNMENT = `${wordList('entity-words', 'government')[0]!} `;

/** The name with its compounds written as one word (عبد الملك الحوثي → عبدالملك الحوثي), as a loose key. */
export function joinCompounds(key: string): string {
  return key.replace(SPACED_COMPOUND, '$1$2');
}

/** A country's authorities are its government (السلطات العراقية = الحكومة العراقية): one key for both. */
export function asGovernment(key: string): string {
  return key.replace(AUTHORITIES, GOVERNMENT);
}

/** A definite noun with its nisba adjective is the noun of the adjective's word (القوات الأمنية → قوات
 *  الأمن، السلطات الأمنية العراقية → سلطات الأمن العراقية): one key for both ways of naming a body. */
export function asConstruct(key: string): string {
  return key.replace(/^ال(\S{3,}) (ال\S{2,})ي[هة]?(?= |$)/, '$1 $2');
}

/** The consonant skeleton of a name: long vowels inside words dropped, swapped letters folded (ق/غ/ك/ج,
 *  and the emphatic letters transliterations write plain: صفاقص / صفاقس، طهران / تهران), and a nisba
 *  adjective after the first word without its feminine ending (الجوي السعودي / السعودية). */
export function skeleton(key: string): string {
  let known = skeletons.get(key);
  if (known === undefined) {
    if (skeletons.size >= MAX_SKELETONS) skeletons.clear();
    skeletons.set(key, (known = skeletonUncached(key)));
  }
  return known;
}

/** Skeletons already made (the same names come back in every pass and every story). */
const skeletons = new Map<string, string>();
const MAX_SKELETONS = 50_000;

function skeletonUncached(key: string): string {
  return key
    .replace(/تش/g, 'ش') // ch written تش or ش (تشيبوك / شيبوك)
    .replace(/ص/g, 'س')
    .replace(/ط/g, 'ت')
    .split(' ')
    .map((word, at) => (at > 0 && /^ال\S+ي[ةه]$/.test(word) ? word.slice(0, -1) : word))
    .map(
      (word) =>
        (word[0] ?? '') +
        word
          .slice(1)
          .replace(/[اويى]/g, '')
          .replace(/[غقكج]/g, 'ق')
          .replace(/[ةه]$/, 'ه'),
    )
    .join(' ');
}

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

/** An entity's forms as loose keys: its name's, then its aliases' in order (read by every pass of this
 *  module and of short-forms instead of looking each form up again). */
function formKeysOf(entity: DossierEntity): string[] {
  const keys = [looseForm(entity.name)];
  for (const alias of entity.aliases) keys.push(looseForm(alias));
  return keys;
}

const mergeable = (a: EntityType, b: EntityType) => a === b;

/** How many spaces a key has (its words less one). */
function spaceCount(key: string): number {
  let spaces = 0;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) spaces++;
  return spaces;
}

/** How many characters a key has besides its spaces. */
const letterCount = (key: string): number => key.length - spaceCount(key);

/** Merges spelling and head-word variants and cleans the aliases; texts are the documents' texts by id. */
export function mergeVariants(
  result: EntityResult,
  textOf: (doc: string) => string | undefined,
): EntityResult {
  return withFormKeys(() => mergeAll(result, textOf));
}

function mergeAll(result: EntityResult, textOf: (doc: string) => string | undefined): EntityResult {
  const { entities } = result;
  const parent = entities.map((_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  };
  const reasons = new Map<number, string[]>();
  const byKey = new Map<string, number>();
  // two different lexicon entries are two referents however close their spellings (النيجر / نيجيريا)
  const lexIds = entities.map((entity) => lexiconIds(entity));
  const keys = entities.map(formKeysOf);
  entities.forEach((entity, index) => {
    // every type: the spellings of a storm or an event (مكونو / ميكونو) are one name too
    const formKeys = keys[index]!;
    for (let at = 0; at < formKeys.length; at++) {
      const key = formKeys[at]!;
      const core = asGovernment(
        joinCompounds(entity.type === 'location' ? withoutArticle(withoutHead(key)) : key),
      );
      const bodyKey = entity.type === 'organization' ? asConstruct(core) : core;
      const single = !core.includes(' ');
      // one person's single name only where it is a compound written with or without its space
      if (entity.type === 'person' && single && !COMPOUND.test(core)) continue;
      if (letterCount(core) < 3) continue;
      const bucket =
        entity.type === 'person' && single ? `person|=${core}` : `${entity.type}|${skeleton(bodyKey)}`;
      const other = byKey.get(bucket);
      if (other === undefined) {
        byKey.set(bucket, index);
        continue;
      }
      const into = find(other);
      const from = find(index);
      if (into === from || !mergeable(entities[into]!.type, entity.type)) continue;
      const intoIds = lexIds[into]!;
      const fromIds = lexIds[from]!;
      if (intoIds.size && fromIds.size && ![...fromIds].some((id) => intoIds.has(id))) continue;
      parent[from] = into;
      if (fromIds.size) {
        const joined = intoIds === NO_ENTRIES ? new Set<string>() : (intoIds as Set<string>);
        for (const id of fromIds) joined.add(id);
        lexIds[into] = joined;
      }
      const form = at === 0 ? entity.name : entity.aliases[at - 1]!;
      const why = `"${form}" and "${entities[other]!.name}" are one name written two ways`;
      reasons.set(into, [...(reasons.get(into) ?? []), why, ...(reasons.get(from) ?? [])]);
    }
  });
  const union = (into: number, from: number, why: string) => {
    parent[from] = into;
    reasons.set(into, [...(reasons.get(into) ?? []), why, ...(reasons.get(from) ?? [])]);
  };
  joinShortForms(entities, keys, find, union);
  const places = joinPlacesTypedOtherwise(entities, keys, lexIds, find, union);
  return rebuild(result, find, reasons, textOf, places);
}

/** A name the extraction typed an organisation or a person (سقطرى) that a place of the story bears
 *  (جزيرة سقطرى اليمنية, a location) is that place: it joins it, and the entity is a location. Returns
 *  the roots that are places. */
function joinPlacesTypedOtherwise(
  entities: DossierEntity[],
  keys: string[][],
  lexIds: ReadonlySet<string>[],
  find: (index: number) => number,
  union: (into: number, from: number, why: string) => void,
): Set<number> {
  const places = new Map<string, number | null>(); // skeleton → the one place with it
  entities.forEach((entity, index) => {
    if (entity.type !== 'location') return;
    for (const formKey of keys[index]!) {
      const words = withoutHead(formKey).split(' ');
      while (words.length > 1 && /^ال\S+ي[ةه]?$/.test(words.at(-1)!)) words.pop(); // سقطرى اليمنية
      if (words.length > 2) continue;
      const key = skeleton(words.join(' '));
      places.set(key, places.has(key) && places.get(key) !== index ? null : index);
    }
  });
  const roots = new Set<number>();
  entities.forEach((entity, index) => {
    if (entity.type === 'location' || entity.type === 'facility' || lexIds[index]!.size) return;
    const key = keys[index]![0]!;
    if (spaceCount(key) > 1 || letterCount(key) < 4) return;
    const place = places.get(skeleton(key));
    if (place === undefined || place === null || find(place) === find(index)) return;
    union(find(place), find(index), `"${entity.name}" is the name of the place "${entities[place]!.name}"`);
    roots.add(find(place));
  });
  return roots;
}

function rebuild(
  result: EntityResult,
  find: (index: number) => number,
  reasons: Map<number, string[]>,
  textOf: (doc: string) => string | undefined,
  places: Set<number>,
): EntityResult {
  const groups = new Map<number, number[]>();
  result.entities.forEach((_, index) => {
    const root = find(index);
    const members = groups.get(root);
    if (members) members.push(index);
    else groups.set(root, [index]);
  });
  // the first pass's ids, for a map given with them (none when the first pass left the map to fill)
  const newId = result.sources ? null : new Map<string, string>();
  const { entityOf, sources } = result;
  const entities: DossierEntity[] = [];
  for (const [root, members] of groups) {
    const parts = members.map((index) => result.entities[index]!);
    const head = parts.reduce((best, part) => (part.mentions.length > best.mentions.length ? part : best));
    const id = `e${entities.length + 1}`;
    if (newId) for (const part of parts) newId.set(part.id, id);
    if (sources)
      for (const index of members) for (const mention of sources[index] ?? []) entityOf.set(mention, id);
    // the first pass's entities are dropped after this one: a single part's list is taken as it is
    const mentions = parts.length === 1 ? parts[0]!.mentions : parts.flatMap((part) => part.mentions);
    entities.push({
      ...head,
      ...(places.has(find(root)) ? { type: 'location' as const } : {}),
      id,
      aliases: aliasesOf(head.name, parts, mentions, textOf),
      mentions,
      merged_because: reasonsOf(parts, reasons.get(root)),
    });
  }
  // a map given with the first pass's ids: renamed in place
  if (newId) for (const [mention, id] of entityOf) entityOf.set(mention, newId.get(id) ?? id);
  return { entities, entityOf };
}

/** The parts' reasons and the merges' own, each once, in order. */
function reasonsOf(parts: DossierEntity[], merges: string[] | undefined): string[] {
  const first = parts[0]!.merged_because;
  if (parts.length === 1 && !merges?.length && first.length <= 1) return [...first];
  return [...new Set([...parts.flatMap((part) => part.merged_because), ...(merges ?? [])])];
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
  IRREGULAR_SPACE.test(text) ? text.replace(/\s+/g, ' ').trim() : text;
const IRREGULAR_SPACE = /[^\S ]| {2}|^ | $/;

/** How many of an entity's articles are searched for a linked form that no mention has. */
const ALIAS_SEARCH_DOCS = 5;

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

const looseTexts = new WeakMap<(doc: string) => string | undefined, Map<string, string>>();
/** A document's text as loose keys (hamza forms, ta marbuta, punctuation folded), computed once. */
function looseText(doc: string, textOf: (doc: string) => string | undefined): string {
  let byDoc = looseTexts.get(textOf);
  if (!byDoc) looseTexts.set(textOf, (byDoc = new Map()));
  let text = byDoc.get(doc);
  if (text === undefined) byDoc.set(doc, (text = ` ${looseKey(textOf(doc) ?? '')} `));
  return text;
}

/** The forms the articles used: the mentions' own text, proclitics removed, and the forms the first
 *  pass linked (titles with names, names given in apposition, lexicon variants) where an article of the
 *  entity uses them; a lexicon variant that no article used is not listed. */
function aliasesOf(
  name: string,
  parts: DossierEntity[],
  mentions: DossierEntity['mentions'],
  textOf: (doc: string) => string | undefined,
): string[] {
  const used = new Set<string>();
  const docs: string[] = []; // the first ALIAS_SEARCH_DOCS of them
  let doc: string | null = null;
  let docText: string | undefined;
  for (const mention of mentions) {
    if (mention.doc !== doc) {
      doc = mention.doc;
      docText = textOf(doc);
      if (docs.length < ALIAS_SEARCH_DOCS && !docs.includes(doc)) docs.push(doc);
    }
    const text = docText === undefined ? undefined : oneSpaced(docText.slice(mention.start, mention.end));
    if (text) used.add(text);
  }
  const keys = new Set<string>(); // the used forms' keys, then the linked forms'
  for (const form of used) keys.add(looseForm(form));
  // the lexicon's variants of the entries the entity was matched to: kept only where an article uses them
  const lexiconForms = lexiconFormsOf(parts);
  let texts: string[] | null = null; // the entity's first articles as loose text, read only when needed
  const inTexts = (key: string) =>
    (texts ??= docs.map((doc) => looseText(doc, textOf))).some((text) => usedIn(text, key));
  const linked: string[] = [];
  const link = (alias: string) => {
    if (!lexiconForms.has(alias))
      linked.push(alias); // linked by the text itself (a title, an apposition)
    else if (keys.has(looseForm(alias)) || inTexts(looseForm(alias))) linked.push(alias);
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
