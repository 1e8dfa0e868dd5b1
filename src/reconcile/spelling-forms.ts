// A place one article names (مدينة كوتشارا) and another spells otherwise (في كوشارا): where no extraction
// stage found the other spelling as a name (the tagger is unsure of a word it has never seen), the story
// still writes it, and it is that place's spelling when it has the place's consonant skeleton
// (variants.ts). The forms, as written, become aliases of the place, as the other story forms do
// (story-names.ts). Only one-word names of places no lexicon knows (the lexicon lists its own spellings),
// written without the article (a definite word of the same consonants is more often a common noun), of
// five letters or more and three skeleton letters or more.

import { notNameWords } from '../lexicon/index.js';
import { looseKey } from '../text/normalize.js';
import type { DossierEntity } from '../types.js';
import { normalizedForm, normalizedFormsOf } from './forms.js';
import { skeleton, skeletonUncached } from './skeleton.js';
import { surfaceOf, type WordIndex } from './story-index.js';

const MIN_LETTERS = 5;
const MIN_SKELETON = 3;
/** At most this many other spellings of one place are taken. */
const MAX_SPELLINGS = 3;

/** Is this normalised word a possible place name of its own: one word, long enough, without the article? */
const nameLike = (word: string): boolean =>
  word.length >= MIN_LETTERS && !word.includes(' ') && !word.startsWith('ال') && !notNameWords().has(word);

/** The place's one-word names (its name or alias, or what follows a head word: مدينة كوتشارا → كوتشارا). */
function oneWordNames(place: DossierEntity, heads: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let at = -1; at < place.aliases.length; at++) {
    const form = at < 0 ? place.name : place.aliases[at]!;
    const words = normalizedForm(form).split(' ');
    const word = words.length === 2 && heads.has(words[0]!) ? words[1]! : words.length === 1 ? words[0]! : '';
    if (nameLike(word)) out.push(word);
  }
  return out;
}

/** Adds to each place no lexicon knows the story's other spellings of its one-word name. `heads`: the
 *  place head words (normalised) that may come before a name; `taken`: the entities' forms, normalised. */
export function addSpellingForms(
  entities: DossierEntity[],
  where: WordIndex,
  heads: ReadonlySet<string>,
  taken: ReadonlySet<string> = normalizedFormsOf(entities),
): void {
  // the skeletons looked for, and their places (a skeleton two places share is left to neither)
  const wanted = new Map<string, DossierEntity | null>();
  const firstLetters = new Set<number>(); // code units
  for (const place of entities) {
    if (place.type !== 'location' || place.merged_because.some((why) => why.startsWith('same lexicon entry')))
      continue;
    for (const word of oneWordNames(place, heads)) {
      const shape = skeleton(looseKey(word));
      if (shape.length < MIN_SKELETON) continue;
      const owner = wanted.get(shape);
      wanted.set(shape, owner === undefined || owner === place ? place : null);
      firstLetters.add(word.charCodeAt(0));
    }
  }
  if (!wanted.size) return;
  const found = new Map<DossierEntity, string[]>();
  for (const form of where.forms()) {
    // the cheap tests first (most forms are too short or begin with the article)
    if (form.length < MIN_LETTERS || !firstLetters.has(form.charCodeAt(0))) continue;
    // (a word with the article is no name here: tested before the look-up in the set of taken forms)
    if (form.startsWith('ال') || taken.has(form) || !nameLike(form)) continue;
    // the story's words are nearly all new: their skeletons skip the memo, which they would only churn
    const place = wanted.get(skeletonUncached(looseKey(form)));
    if (!place) continue;
    let forms = found.get(place);
    if (!forms) found.set(place, (forms = []));
    if (forms.length < MAX_SPELLINGS) forms.push(form);
  }
  for (const [place, forms] of found)
    for (const form of forms) {
      const positions = where.positionsOf(form);
      const surface = surfaceOf(where.textAt(positions[0]!), positions[1]!, form);
      if (!place.aliases.includes(surface)) place.aliases.push(surface);
    }
}
