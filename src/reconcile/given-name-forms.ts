// A foreign person one article names "أليكس ميناسيان" and another "أليك ميناسيان": where no extraction
// stage found the other spelling as a name (no title, no role before it, a given name the tagger has not
// seen), the story still writes it before the person's surname, one letter off the given name the person
// is known by. That form, as written, becomes an alias of the person, as the other story forms do
// (story-names.ts). Only names of two words whose surname no other person of the story ends with.

import { notNameWords } from '../lexicon/index.js';
import type { DossierEntity } from '../types.js';
import { editDistanceAtMost1 } from './person-merges.js';
import { bareForms, findName, normAt, surfaceOf, type WordIndex } from './story-index.js';

const MIN_LETTERS = 4;

/** Adds to each person of a two-word name the story's spellings of its given name before its surname.
 *  `keysOf(at)` are the normalised forms of entity `at`; `taken` the forms of every entity and
 *  `otherNames` those of the entities other than persons, normalised; `isTitleStart` tells the first
 *  words of titles and roles (محافظ، رئيس). */
export function addGivenNameSpellings(
  entities: DossierEntity[],
  where: WordIndex,
  keysOf: (at: number) => readonly string[],
  taken: ReadonlySet<string>,
  otherNames: ReadonlySet<string>,
  isTitleStart: (word: string) => boolean,
): void {
  const names: { person: DossierEntity; given: string; surname: string }[] = [];
  const owners = new Map<string, Set<DossierEntity>>(); // a surname → the persons whose names end with it
  for (let at = 0; at < entities.length; at++) {
    const person = entities[at]!;
    if (person.type !== 'person') continue;
    for (const key of keysOf(at)) {
      const words = key.split(' ');
      // (normalised, أليكس begins like the article: only the surname is tested for it)
      if (words.length !== 2 || words.some((w) => w.length < MIN_LETTERS) || words[1]!.startsWith('ال'))
        continue;
      if (isTitleStart(words[0]!)) continue; // a role read as a person (محافظ سقطرى)
      names.push({ person, given: words[0]!, surname: words[1]! });
      const set = owners.get(words[1]!) ?? new Set();
      owners.set(words[1]!, set.add(person));
    }
  }
  const notNames = notNameWords();
  for (const { person, given, surname } of names) {
    if (owners.get(surname)!.size !== 1 || notNames.has(surname) || otherNames.has(surname)) continue;
    for (const { text, index } of findName([surname], where)) {
      if (index < 1 || text.gaps[index]) continue;
      const before = normAt(text, index - 1)!;
      // the word before, without a proclitic (للمشتبه به أليك: no proclitic; وأليك: و)
      const forms = bareForms(before);
      if (forms.includes(given)) continue; // the given name itself, maybe after a proclitic (ونوري، بانوس)
      const spelling = forms.find(
        (w) => w !== given && w.length >= MIN_LETTERS && editDistanceAtMost1(w, given),
      );
      if (!spelling || notNames.has(spelling) || isTitleStart(spelling)) continue;
      const form = `${spelling} ${surname}`;
      const written = surfaceOf(text, index - 1, spelling);
      // a word with the article is no given name (as written: أليك is one)
      if (taken.has(form) || written.startsWith('ال')) continue;
      const surface = `${written} ${text.text.slice(text.starts[index]!, text.ends[index]!)}`;
      if (!person.aliases.includes(surface)) person.aliases.push(surface);
    }
  }
}
