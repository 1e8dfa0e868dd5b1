// Organisations, places and facilities as the story's articles write them: with adjectives after a name
// (تنظيم داعش الإرهابي، المرصد السوري المعارض), after a group's head noun (ميليشيات الحوثي) or as the
// head noun and the nisba of the name (الجماعة الحوثية). Each form, as written, becomes an alias of the one
// entity it names; a form two entities could have goes to neither.

import { alternation, loadTsv, many, notNameWords, theWord, wordList, wordSet } from '../lexicon/index.js';
import { singularRelativePronouns } from '../lexicon/words.js';
import { DEFINITE_NISBA } from '../text/nisba.js';
import { normalize } from '../text/normalize.js';
import type { DossierEntity } from '../types.js';
import { isKindHead } from './bare-heads.js';
import { EntityFormSets } from './form-sets.js';
import { addOwner, findName, normAt, type Occurrence, surfaceOf, type WordIndex } from './story-index.js';
import { skeleton } from './variants.js';

const IN_WORD = theWord('rule-words', 'in');

let adjectives: Set<string> | null = null;
/** A word of lexicons/name-adjectives.tsv (المعارض، المسلحة، الانقلابية): it describes a referent, never
 *  names another one. */
export function isDescriptiveAdjective(norm: string): boolean {
  adjectives ??= new Set(loadTsv('name-adjectives').map((row) => normalize(row.word)));
  return adjectives.has(norm);
}

/** A definite adjective that may follow a name and still name the same referent: a nisba (السورية،
 *  الإرهابي، الحوثيون) or a word of lexicons/name-adjectives.tsv (المعارض، المسلحة); never a function word. */
export function isNameAdjective(norm: string): boolean {
  if (isDescriptiveAdjective(norm)) return true;
  return DEFINITE_NISBA.test(norm) && !notNameWords().has(norm);
}

/** An entity's forms (`keys`: normalised, [name, ...aliases]), each once, as words. */
function distinctForms(keys: readonly string[]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(key.split(' '));
  }
  return out;
}

let groupHeads: Set<string> | null = null;
/** Nouns that head a group's name (lexicons/group-heads.tsv), normalised, with and without ال. */
function groupHeadWords(): Set<string> {
  if (groupHeads) return groupHeads;
  groupHeads = new Set();
  for (const row of loadTsv('group-heads')) {
    const head = normalize(row.head!);
    groupHeads.add(head);
    if (!head.startsWith('ال')) groupHeads.add(`ال${head}`);
  }
  return groupHeads;
}

let nameHeads: Map<string, boolean> | null = null;
/** The head nouns of organisations' names (lexicons/org-name-heads.tsv: شركة، صحيفة), normalised, with and
 *  without ال, each with whether a definite name after it names the body alone too (صحيفة الوئام → الوئام;
 *  never وزارة الدفاع → الدفاع). An indefinite name does (شركة أوتوستراد → أوتوستراد). */
function orgNameHeads(): Map<string, boolean> {
  if (nameHeads) return nameHeads;
  nameHeads = new Map();
  for (const row of loadTsv('org-name-heads')) {
    if (row.type !== 'organization') continue;
    const head = normalize(row.head!);
    nameHeads.set(head, row.alone === 'yes');
    if (!head.startsWith('ال')) nameHeads.set(`ال${head}`, row.alone === 'yes');
  }
  return nameHeads;
}

/** A head noun that may stand before the organisation named `words` (normalised): a group's head, or the
 *  head of an organisation's name where the name alone names the body too. */
function headsName(head: string, words: readonly string[]): boolean {
  if (groupHeadWords().has(head)) return true;
  const alone = orgNameHeads().get(head);
  return alone === true || (alone === false && !words[0]!.startsWith('ال'));
}

/** An organisation written after a group's head noun (ميليشيات الحوثي، جماعة "أنصار الله") or named by the
 *  head and the nisba of its one-word name (الحوثيون → الجماعة الحوثية، الحركة الحوثية): that form, with
 *  the adjectives after it, is an alias of the organisation where no other organisation is written so. */
export function addGroupForms(
  entities: DossierEntity[],
  where: WordIndex,
  entityForms = new EntityFormSets(entities),
): void {
  const found = new Map<string, { surface: string; owners: Set<DossierEntity> }>();
  for (let at = 0; at < entities.length; at++) {
    const entity = entities[at]!;
    if (entity.type !== 'organization') continue;
    const nisbas = new Set<string>();
    for (const words of distinctForms(entityForms.keysAt(at))) {
      if (words.length > 4) continue;
      // the plural nisba only (الحوثيون، الحوثيين): a singular (الحوثي) may be a person's family name
      const nisba = words.length === 1 ? /^(ال\S{2,}ي)(?:ين|ون)$/.exec(words[0]!)?.[1] : undefined;
      if (nisba && nisbas.has(nisba)) continue; // الحوثيون، الحوثيين: one nisba
      if (nisba) nisbas.add(nisba);
      const occurrences = nisba
        ? [nisba, `${nisba}ه`].flatMap((adjective) => findName([adjective], where))
        : findName(words, where);
      for (const occurrence of occurrences) {
        const { text, index } = occurrence;
        const head = normAt(text, index - 1);
        const headWord =
          head !== undefined &&
          !text.gaps[index] &&
          where
            .bareFormsAt(text, index - 1)
            .find((w) => (nisba ? groupHeadWords().has(w) : headsName(w, words)));
        if (!headWord || (nisba && !headWord.startsWith('ال'))) continue;
        const start = text.ends[index - 1]! - surfaceOf(text, index - 1, headWord).length;
        const end = text.ends[adjectivesEnd(occurrence) - 1]!;
        const surface = text.text.slice(start, end).replace(/\s+/g, ' ');
        addOwner(found, surface, entity);
      }
    }
  }
  for (const { surface, owners } of found.values()) {
    const [entity] = owners;
    if (owners.size === 1 && !entity!.aliases.includes(surface)) entity!.aliases.push(surface);
  }
}

/** An entity gets no more forms with adjectives once it has this many aliases. */
const MAX_ALIASES = 40;

/** An organisation, place or facility written with adjectives after one of its names (تنظيم داعش الإرهابي،
 *  وزارة الداخلية السعودية، المرصد السوري المعارض): that form, as written, is an alias, unless another
 *  entity has it, ends another entity's name (قوات سوريا الديمقراطية is no form of سوريا), or comes from the
 *  names of two entities. A one-word name takes adjectives only when the lexicon knows it (المجلس العسكري is
 *  no form of المجلس). */
export function addAdjectiveForms(
  entities: DossierEntity[],
  where: WordIndex,
  entityForms = new EntityFormSets(entities),
): void {
  // every entity's forms, and the endings of two words or more of names other than persons' (a person's
  // role names an organisation: زعيم جماعة أنصار الله اليمنية)
  // (a key's one owner, or null once two entities have it)
  const takenBy = new Map<string, DossierEntity | null>();
  const own = (key: string, entity: DossierEntity) => {
    const owner = takenBy.get(key);
    if (owner === undefined) takenBy.set(key, entity);
    else if (owner !== entity && owner !== null) takenBy.set(key, null);
  };
  // (a key's owner does not depend on the order the keys are owned in: each form's key is made once)
  for (let at = 0; at < entities.length; at++) {
    const entity = entities[at]!;
    const person = entity.type === 'person';
    for (const key of entityForms.keysAt(at)) {
      own(key, entity);
      if (person) continue;
      // its endings after the first word, short of the last word alone: the key after each space but the last
      const last = key.lastIndexOf(' ');
      for (let space = key.indexOf(' '); space >= 0 && space < last; space = key.indexOf(' ', space + 1))
        own(key.slice(space + 1), entity);
    }
  }
  // a form is taken when another entity has it or ends with it (its own forces' name is no other's)
  const taken = (key: string, entity: DossierEntity) => {
    const owner = takenBy.get(key);
    return owner !== undefined && owner !== entity;
  };
  const found = new Map<string, { surface: string; entities: Set<DossierEntity> }>();
  const places = placeNames(entities, entityForms);
  for (let at = 0; at < entities.length; at++) {
    const entity = entities[at]!;
    if (entity.type === 'person' || entity.type === 'other') continue;
    const known = entity.merged_because.some((why) => why.startsWith('same lexicon entry'));
    const ownForms = distinctForms(entityForms.keysAt(at));
    for (const words of ownForms) {
      const short = words.length < 2 && !known;
      if (
        words.length > 5 ||
        (short && (entity.type !== 'organization' || !shortOfLonger(words[0]!, ownForms)))
      )
        continue;
      const occurrences = findName(words, where); // a new array: the forces' occurrences join it
      if (entity.type === 'organization')
        for (const bare of forcesOccurrences(words, where)) occurrences.push(bare);
      for (const occurrence of occurrences) {
        const isBare = occurrence.length < words.length;
        const adjectives = isBare
          ? asWritten(occurrence, words[1]!, adjectivesEnd(occurrence))
          : withAdjectives(occurrence, words[0]!);
        const forms = [
          (short || isBare) && adjectives && !agrees(normalize(adjectives).split(' ')[0]!, adjectives)
            ? null
            : adjectives,
        ];
        if (entity.type === 'organization' && !isBare) forms.push(withForces(occurrence, words, where));
        if (entity.type !== 'location') forms.push(withPlace(occurrence, words[0]!, places));
        for (const surface of forms) {
          const key = surface && normalize(surface);
          if (!surface || !key || taken(key, entity) || otherNisba(key.split(' '), ownForms)) continue;
          const seen = found.get(key) ?? { surface, entities: new Set() };
          seen.entities.add(entity);
          found.set(key, seen);
        }
      }
    }
  }
  for (const { surface, entities: owners } of found.values()) {
    const [entity] = owners;
    if (owners.size !== 1 || entity!.aliases.length >= MAX_ALIASES) continue;
    if (!entity!.aliases.includes(surface)) entity!.aliases.push(surface);
  }
}

/** A word without its article and its nisba or feminine ending: الكويتية and الكويت both give كويت. */
const nisbaStem = (word: string) => word.replace(/^ال/, '').replace(/(?:يه|يا|ي|ه|ا)$/, '');

let countryStems: Set<string> | null = null;
/** The stems of the one-word names of countries (lexicons/places.tsv), as normalised. */
function countryNameStems(): Set<string> {
  if (countryStems) return countryStems;
  countryStems = new Set();
  for (const row of loadTsv('places')) {
    if (!row.id!.startsWith('country:')) continue;
    for (const name of [row.name!, ...many(row.aliases)]) {
      const key = normalize(name);
      if (!key.includes(' ')) countryStems.add(nisbaStem(key));
    }
  }
  return countryStems;
}

/** A country's nisba adjective (السعودية، الكويتية، الأمريكية). */
const isNisba = (word: string | undefined) =>
  !!word && word.startsWith('ال') && isNameAdjective(word) && countryNameStems().has(nisbaStem(word));

/** A form that, after the words it shares with one of the entity's forms, has another nisba or a place
 *  (السلطات الأمنية السعودية، السلطات الأمنية في السعودية where the entity is السلطات الأمنية الكويتية)
 *  names another country's body, not this one. Words are compared by their skeletons (spellings). */
export function otherNisba(words: string[], forms: string[][]): boolean {
  return forms.some((form) => {
    let shared = 0;
    // الأمريكية / الأميركية، الإسرائيلي / الإسرائيلية: one word
    const same = (at: number) => skeleton(nisbaStem(form[at]!)) === skeleton(nisbaStem(words[at]!));
    while (shared < form.length && shared < words.length && same(shared)) shared++;
    if (shared === 0 || shared >= form.length || shared >= words.length || !isNisba(form[shared]))
      return false;
    return words[shared] === IN_WORD || isNisba(words[shared]);
  });
}

/** The noun of an armed force before an organisation's name: قوات حرس الحدود is حرس الحدود. */
const FORCES = wordList('entity-words', 'forces')[0]!;

/** Where the story writes an organisation's forces' name (قوات الدفاع الجوي) without the forces' noun
 *  (الدفاع الجوي السعودي): occurrences of the rest, of two words or more, not after the noun. */
function forcesOccurrences(words: string[], where: WordIndex): Occurrence[] {
  if (words[0] !== FORCES || words.length < 3) return [];
  return findName(words.slice(1), where).filter(
    ({ text, index }) => text.gaps[index] || !where.bareFormsAt(text, index - 1).includes(FORCES),
  );
}

/** The words of an occurrence up to `end`, as written, without the proclitic before its first word. */
function asWritten({ text, index }: Occurrence, firstWord: string, end: number): string {
  const start = text.ends[index]! - surfaceOf(text, index, firstWord).length;
  return text.text.slice(start, text.ends[end - 1]!).replace(/\s+/g, ' ');
}

/** The organisation's name at this occurrence with the forces' noun before it (قوات | حرس الحدود
 *  الإيراني) and its adjectives, as written; null when the noun is not there or the name has it. */
function withForces(occurrence: Occurrence, words: string[], where: WordIndex): string | null {
  const { text, index } = occurrence;
  if (words[0] === FORCES || words.length < 2 || index < 1 || text.gaps[index]) return null;
  if (!where.bareFormsAt(text, index - 1).includes(FORCES)) return null;
  return asWritten({ ...occurrence, index: index - 1 }, FORCES, adjectivesEnd(occurrence));
}

/** A one-word form that ends a longer form of the same entity (المعارضة of قوات المعارضة) and is no head
 *  noun of a kind (المجلس، الحكومة: they stand for many referents). */
function shortOfLonger(word: string, forms: string[][]): boolean {
  if (!word.startsWith('ال') || isKindHead(word)) return false;
  return forms.some((other) => other.length >= 2 && other.at(-1) === word);
}

/** Adjectives of direction (الشرقية، الجنوبي): after a name they name a part of its referent. */
const DIRECTION = new RegExp(`^ال(?:${alternation('entity-words', 'direction_stem')})ي`);

/** The adjectives after a name's first word describe it: no direction, and the gender of the word
 *  (الداخلية | التونسي belongs to وزير before it; الأمن | التركية to قوات). */
export function agrees(word: string, surface: string): boolean {
  const adjectives = normalize(surface).split(' ').slice(1);
  const feminine = word.endsWith('ه');
  return adjectives.every(
    (adjective) =>
      !DIRECTION.test(adjective) &&
      !(feminine && /ي$/.test(adjective)) &&
      !(!feminine && /يه$/.test(adjective)),
  );
}

/** The name at this occurrence with the adjectives after it (three at most), as written; null when none
 *  follows. */
function withAdjectives(occurrence: Occurrence, firstWord: string): string | null {
  const { text, index, length } = occurrence;
  const end = adjectivesEnd(occurrence);
  if (end === index + length) return null;
  const start = text.ends[index]! - surfaceOf(text, index, firstWord).length;
  return text.text.slice(start, text.ends[end - 1]!).replace(/\s+/g, ' ');
}

/** The index of the first word after the name and the adjectives that follow it (three at most). */
function adjectivesEnd({ text, index, length }: Occurrence): number {
  let end = index + length;
  while (end < text.ids.length && end < index + length + 3 && !text.gaps[end]) {
    if (!isNameAdjective(normAt(text, end)!)) break;
    end++;
  }
  return end;
}

/** The normalised names of the story's places, of one to three words. */
function placeNames(entities: DossierEntity[], entityForms: EntityFormSets): Set<string> {
  const out = new Set<string>();
  for (let at = 0; at < entities.length; at++)
    if (entities[at]!.type === 'location')
      for (const key of entityForms.keysAt(at)) {
        if (key.split(' ').length <= 3) out.add(key); // three words at most
      }
  return out;
}

/** Words that link an alliance or a force to the country that leads it (التحالف بقيادة السعودية). */
const LED_BY = wordSet('entity-words', 'led_by');
/** After الذي/التي, the verb that says who leads it (تقوده، يقودها). */
const LEADS = wordSet('entity-words', 'leads');

/** The name at this occurrence, with its adjectives, and the place it is in or the country that leads it
 *  (الحرس الوطني في صفاقس، الحرس الوطني بصفاقس، التحالف العربي بقيادة السعودية), as written; null when no
 *  place of the story follows. */
export function withPlace(occurrence: Occurrence, firstWord: string, places: Set<string>): string | null {
  const { text, index } = occurrence;
  let at = adjectivesEnd(occurrence);
  const link = normAt(text, at);
  if (link === undefined || text.gaps[at]) return null;
  let first: string;
  if (link === IN_WORD || LED_BY.has(link)) {
    at++;
    if (at >= text.ids.length || text.gaps[at]) return null;
    first = normAt(text, at)!;
  } else if (singularRelativePronouns().has(link) && LEADS.has(normAt(text, at + 1) ?? '')) {
    // التحالف الذي تقوده السعودية: as بقيادة السعودية
    at += 2;
    if (at >= text.ids.length || text.gaps[at - 1] || text.gaps[at]) return null;
    first = normAt(text, at)!;
  } else if (/^ب.{3,}$/.test(link)) first = link.slice(1);
  else return null;
  const second = normAt(text, at + 1);
  const two = second !== undefined && !text.gaps[at + 1] ? `${first} ${second}` : null;
  const third = two ? normAt(text, at + 2) : undefined;
  const three = third !== undefined && !text.gaps[at + 2] ? `${two} ${third}` : null;
  // (a place of up to three words: بقيادة المملكة العربية السعودية)
  const last =
    three && places.has(three) ? at + 2 : two && places.has(two) ? at + 1 : places.has(first) ? at : -1;
  if (last < 0) return null;
  const from = text.ends[index]! - surfaceOf(text, index, firstWord).length;
  return text.text.slice(from, text.ends[last]!).replace(/\s+/g, ' ');
}
