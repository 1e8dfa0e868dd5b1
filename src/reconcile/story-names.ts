// Names across the story: once one outlet has named a person in full (سيرغي لافروف), the other
// articles that write the name, its family name alone (لافروف) or the role before it (وزير الخارجية
// الروسي سيرغي لافروف) name the same person; a place is also written with the head word of its kind
// (مدينة دوما، العاصمة السورية دمشق). This pass reads the story's articles once and adds those forms,
// as written, to the entities' aliases: a reader then sees how each outlet named them.

import { loadTsv, theWord } from '../lexicon/index.js';
import { normalize } from '../text/normalize.js';
import type { DossierEntity } from '../types.js';
import { addBareHeadForms } from './bare-heads.js';
import { EntityFormSets } from './form-sets.js';
import { normalizedForm, withFormKeys } from './forms.js';
import { addGivenNameSpellings } from './given-name-forms.js';
import { addAdjectiveForms, addGroupForms } from './organisation-forms.js';
import {
  commaBefore,
  owningPersons,
  rankWords,
  roleAfter,
  roleBefore,
  roleForms,
  roleStarts,
  titleStarts,
} from './person-roles.js';
import { roleLinkForms } from './role-links.js';
import { addSpellingForms } from './spelling-forms.js';
import { addOwner, findName, indexTexts, normAt, surfaceOf, type WordIndex } from './story-index.js';
import { AROUND, joinCompounds, skeleton } from './variants.js';

/** The articles read for the forms of persons' names: a story's first ones (a bundle of thousands of
 *  articles is a stream, and its first few hundred name its persons). */
const MAX_TEXTS = 300;
/** And of a long text its beginning only (its tokens would otherwise take many times its size). */
const MAX_TEXT_CHARS = 250_000;

/** Adds to persons and places the forms the story's articles use for them (its first MAX_TEXTS articles). */
export function addStoryForms(entities: DossierEntity[], texts: string[]): void {
  const read = texts.slice(0, MAX_TEXTS).map((text) => text.slice(0, MAX_TEXT_CHARS));
  const { where } = indexTexts(read);
  withFormKeys(() => {
    const forms = new EntityFormSets(entities);
    addPersonForms(entities, where, forms);
    addGivenNameSpellings(
      entities,
      where,
      (at) => forms.keysAt(at),
      forms.all(),
      forms.otherThanPersons(),
      (word) => titleStarts().has(word),
    );
    addSpellingForms(entities, where, placeHeadWords(), forms.all());
    addPlaceForms(entities, where);
    addAdjectiveForms(entities, where, forms);
    addGroupForms(entities, where, forms);
    addBareHeadForms(entities, where, forms);
  });
}

let placeHeads: Set<string> | null = null;
/** Head words of places (lexicons/place-heads.tsv, type location) and العاصمة, normalised. */
function placeHeadWords(): Set<string> {
  if (placeHeads) return placeHeads;
  placeHeads = new Set([CAPITAL]);
  for (const row of loadTsv('place-heads'))
    if (row.type === 'location' && !AROUND.has(normalize(row.head!))) placeHeads.add(normalize(row.head!));
  return placeHeads;
}

/** A place written after the head word of its kind (مدينة دوما), or after العاصمة and its adjective
 *  (العاصمة السورية دمشق): that form, as written, is an alias of the place. */
function addPlaceForms(entities: DossierEntity[], where: WordIndex): void {
  const capitals = new Map<string, { surface: string; owners: Set<DossierEntity> }>();
  for (const place of entities) {
    if (place.type !== 'location') continue;
    const forms = new Set(place.aliases);
    // the name and the spellings merged into it (دابتشي / دابشي), each once
    const names = new Set<string>();
    for (let at = -1; at < place.aliases.length && names.size < MAX_PLACE_SPELLINGS; at++)
      names.add(normalizedForm(at < 0 ? place.name : place.aliases[at]!));
    for (const name of names) {
      const words = name.split(' ');
      // (three words of name, four with the head word of its kind: بلدة خان بني سعد)
      if (words.length <= 3 || (words.length === 4 && placeHeadWords().has(words[0]!)))
        addHeadForms(place, words, where, forms, capitals);
    }
    place.aliases = [...forms].filter((form) => form !== place.name);
  }
  for (const { surface, owners } of capitals.values()) {
    const [place] = owners;
    if (owners.size === 1 && !place!.aliases.includes(surface)) place!.aliases.push(surface);
  }
}

/** How many of a place's distinct forms are looked for with a head word before them. */
const MAX_PLACE_SPELLINGS = 4;

/** The forms of one spelling of a place with the head word of its kind, added to `forms`. */
function addHeadForms(
  place: DossierEntity,
  nameWords: string[],
  where: WordIndex,
  forms: Set<string>,
  capitals: Map<string, { surface: string; owners: Set<DossierEntity> }>,
): void {
  let words = nameWords;
  // named with its head (مدينة دوما): the articles that write the name alone (في دوما) name it too
  if (words.length >= 2 && placeHeadWords().has(words[0]!)) {
    words = words.slice(1);
    const alone = findName(words, where)[0];
    if (alone) {
      const start = alone.text.ends[alone.index]! - surfaceOf(alone.text, alone.index, words[0]!).length;
      const end = alone.text.ends[alone.index + alone.length - 1]!;
      forms.add(alone.text.text.slice(start, end).replace(/\s+/g, ' '));
    }
  }
  const before = forms.size;
  for (const occurrence of findName(words, where)) {
    const { text, index } = occurrence;
    if (index < 1 || text.gaps[index]) continue;
    let head = index - 1;
    // العاصمة السورية دمشق: the adjective after the head
    if (/^ال.+ي[هة]?$/.test(normAt(text, head)!) && head >= 1 && !text.gaps[head]) head--;
    const headWord = where.bareFormsAt(text, head).find((form) => placeHeadWords().has(form));
    // العاصمة السعودية names the capital, never the country spelt like the adjective
    if (!headWord || (headWord === CAPITAL && head === index - 1 && speltLikeAdjective(place, words)))
      continue;
    const from = text.ends[head]! - surfaceOf(text, head, headWord).length;
    const end = text.ends[index + occurrence.length - 1]!;
    forms.add(text.text.slice(from, end).replace(/\s+/g, ' '));
    // العاصمة (الأفغانية) alone stands for the one capital the story writes it before
    if (headWord === CAPITAL) addOwner(capitals, text.text.slice(from, text.ends[index - 1]!), place);
    if (forms.size > before + 12) break;
  }
}

/** The head word of a capital city: العاصمة. */
const CAPITAL = theWord('rule-words', 'capital');

/** A country whose one-word name has the shape of a nisba adjective (السعودية). */
const speltLikeAdjective = (place: DossierEntity, words: string[]) =>
  words.length === 1 &&
  /^ال\S+ي[هة]$/.test(words[0]!) &&
  place.merged_because.some((why) => why.startsWith('same lexicon entry country:'));

/** Adds, to every person with a name of two or more words, the forms the story's articles use for them. */
function addPersonForms(entities: DossierEntity[], where: WordIndex, entityForms: EntityFormSets): void {
  // the persons, the keys of their forms and their names' words, split once (a normalised name has single
  // inner spaces only)
  const persons: DossierEntity[] = [];
  const keys: (readonly string[])[] = [];
  const nameWords: string[][] = [];
  for (let at = 0; at < entities.length; at++) {
    const entity = entities[at]!;
    if (entity.type !== 'person') continue;
    const forms = entityForms.keysAt(at);
    if (!forms[0]!.includes(' ')) continue;
    persons.push(entity);
    keys.push(forms);
    nameWords.push(forms[0]!.split(' '));
  }
  if (!persons.length) return;
  const lastNames = new Map<string, number>();
  const firstNames = new Set<string>(); // محمد of محمد بخاري is no family name of لاي محمد alone
  for (const words of nameWords) {
    lastNames.set(words.at(-1)!, (lastNames.get(words.at(-1)!) ?? 0) + 1);
    firstNames.add(words[0]!);
  }
  // the last words of the persons' names that are names, not roles read as persons (رئيس الوزراء)
  const nameEnds = new Set<string>();
  for (const words of nameWords) if (!titleStarts().has(words[0]!)) nameEnds.add(words.at(-1)!);
  const otherNames = entityForms.otherThanPersons();
  const roleOwners = new Map<string, Set<DossierEntity>>();
  const roles = new Map<DossierEntity, Set<string>>();
  for (let at = 0; at < persons.length; at++) {
    const person = persons[at]!;
    const words = nameWords[at]!;
    const spellings = nameSpellings(words, keys[at]!);
    // (and the name's first words where the texts write them alone, عبد الكريم of عبد الكريم نوراني: a role
    // stands before them too)
    const occurrences = [...spellings, ...leadingForms(words, keys[at]!)].flatMap((spelling) =>
      findName(spelling, where),
    );
    const forms = new Set(person.aliases);
    const personRoles = new Set<string>();
    for (const occurrence of occurrences) {
      // the name and its role in apposition after it (سامح شكري وزير الخارجية المصري)
      const after = roleAfter(occurrence, where);
      if (after) {
        forms.add(after.form);
        if (roleStarts().has(normalize(after.role.split(' ')[0]!)))
          for (const form of roleForms(after.role)) personRoles.add(form);
      }
      const role = roleBefore(occurrence, where, nameEnds);
      if (!role) continue;
      const nameEnd = occurrence.text.ends[occurrence.index + occurrence.length - 1]!;
      // (not across a comma: قائد الشرطة، الجنرال X is no form of the name)
      const withName = occurrence.text.text.slice(role.start, nameEnd).replace(/\s+/g, ' ');
      if (!commaBefore(occurrence.text, occurrence.index) && !/[،,]/.test(withName)) forms.add(withName);
      for (const form of roleForms(role.text)) personRoles.add(form);
      if (role.nearer) for (const form of roleForms(role.nearer)) personRoles.add(form);
    }
    const last = words.at(-1)!;
    if (last.length >= 4 && lastNames.get(last) === 1 && !firstNames.has(last) && !otherNames.has(last))
      for (const spelling of spellings)
        if (!lastNames.has(spelling.at(-1)!) || spelling.at(-1) === last)
          for (const form of lastNameForms(spelling.at(-1)!, spelling.at(-2)!, where)) forms.add(form);
    person.aliases = [...forms].filter((form) => form !== person.name);
    roles.set(person, personRoles);
    for (const role of personRoles) {
      const owners = roleOwners.get(role);
      if (owners) owners.add(person);
      else roleOwners.set(role, new Set([person]));
    }
  }
  // a role that stands before one person's name only is that person where it stands alone
  for (const [person, personRoles] of roles)
    for (const role of personRoles) {
      if (owningPersons(roleOwners.get(role)!).length !== 1) continue;
      if (!person.aliases.includes(role)) person.aliases.push(role);
      // the same role with its organisation linked another way (لوزارة / بوزارة / في وزارة)
      for (const form of roleLinkForms(role, where))
        if (!person.aliases.includes(form)) person.aliases.push(form);
    }
}

/** The person's forms (`keys`, normalised) that are the first two words or more of its name (`words`),
 *  fewer than all. */
function leadingForms(words: string[], keys: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let k = 2; k < words.length; k++) {
    const lead = words.slice(0, k);
    if (keys.includes(lead.join(' '))) out.push(lead);
  }
  return out;
}

/** How many spellings of one person's full name are looked for. */
const MAX_SPELLINGS = 3;

/** The person's full name (its `words`) and its other spellings among the aliases (دونالد ترامب / دونالد
 *  ترمب): as many words, each word of the same skeleton (long vowels and swapped letters aside). `keys`: the
 *  person's forms normalised, [name, ...aliases]. */
function nameSpellings(words: string[], keys: readonly string[]): string[][] {
  let skeletons: string[] | null = null; // the name's words' skeletons, made when an alias has as many words
  let joined: string | undefined; // the name with its compounds joined, made at the first alias
  const out = new Map<string, string[]>([[keys[0]!, words]]);
  for (let alias = 1; alias < keys.length; alias++) {
    if (out.size >= MAX_SPELLINGS) break;
    // as many words (a normalised form has single inner spaces): counted before the form is split
    const key = keys[alias]!;
    let spaces = 0;
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) spaces++;
    if (spaces !== words.length - 1) {
      // the name with a compound written as one word or two (عبدالرحمن رحيمي / عبد الرحمن رحيمي): one space
      // more or less, one letter apart in length
      if (
        Math.abs(spaces - words.length + 1) === 1 &&
        Math.abs(key.length - keys[0]!.length) === 1 &&
        joinCompounds(key) === (joined ??= joinCompounds(keys[0]!))
      )
        out.set(key, key.split(' '));
      continue;
    }
    const other = key.split(' ');
    skeletons ??= words.map((word) => skeleton(word));
    // word by word (no skeleton of a word has a space), up to the first that differs
    if (other.every((word, at) => skeleton(word) === skeletons![at])) out.set(key, other);
  }
  return [...out.values()];
}

/** The family name written alone (التركي) and after a rank or honorific (اللواء التركي), as written,
 *  where it does not follow the rest of the name. */
function lastNameForms(last: string, before: string, where: WordIndex): string[] {
  const out = new Set<string>();
  const positions = where.positionsOf(last);
  for (let i = 0; i < positions.length; i += 2) {
    const text = where.textAt(positions[i]!);
    const index = positions[i + 1]!;
    const previous = where.bareFormsAt(text, index - 1);
    if (previous.includes(before)) continue;
    const alone = surfaceOf(text, index, last);
    out.add(alone);
    const isTitle = (form: string) =>
      rankWords().has(form) || (form.startsWith('ال') && titleStarts().has(form));
    if (index > 0 && !text.gaps[index] && previous.some(isTitle)) {
      const rank = previous.find(isTitle)!;
      out.add(`${surfaceOf(text, index - 1, rank)} ${alone}`);
    }
    if (out.size >= 6) break;
  }
  return [...out];
}
