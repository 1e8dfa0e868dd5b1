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
import { surfaceOf, type WordIndex } from './story-index.js';
import { skeleton } from './variants.js';

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

// the code units wordSkeleton reads: ت ش ص ط, the long vowels ا و ي ى, غ ق ك ج, ة ه
const TA = 0x62a;
const SHEEN = 0x634;
const FOLDED = new Map([
  [0x635, 0x633], // ص → س
  [0x637, TA], // ط → ت
]);
const VOWELS = new Set([0x627, 0x648, 0x64a, 0x649]);
const QAF_LIKE = new Set([0x63a, 0x642, 0x643, 0x62c]);
const QAF = 0x642;
const TA_MARBUTA = 0x629;
const HA = 0x647;

/** skeleton(key) (variants.ts) for a key of one word, in one scan of its code units instead of a chain of
 *  replacements: the spelling pass takes the skeleton of thousands of the story's words, nearly all of them
 *  new. A key with a space (or a long one) goes to skeleton itself. (test/reconcile/spelling-forms.test.ts holds the two
 *  to the same answers.) */
export function wordSkeleton(key: string): string {
  if (key.length > 64 || key.includes(' ')) return skeleton(key);
  const units: number[] = [];
  for (let i = 0; i < key.length; i++) {
    let unit = key.charCodeAt(i);
    // تش is ش; then ص is س and ط is ت (a ط so folded makes no new تش)
    if (unit === TA && key.charCodeAt(i + 1) === SHEEN) unit = key.charCodeAt(++i);
    else unit = FOLDED.get(unit) ?? unit;
    // after the first letter: no long vowels, and غ ق ك ج as ق
    if (units.length > 0 && VOWELS.has(unit)) continue;
    units.push(units.length > 0 && QAF_LIKE.has(unit) ? QAF : unit);
  }
  // a final ة after the first letter is ه
  if (units.length > 1 && units[units.length - 1] === TA_MARBUTA) units[units.length - 1] = HA;
  return String.fromCharCode(...units);
}

/** Adds to each place no lexicon knows the story's other spellings of its one-word name. `heads`: the
 *  place head words (normalised) that may come before a name. */
export function addSpellingForms(
  entities: DossierEntity[],
  where: WordIndex,
  heads: ReadonlySet<string>,
): void {
  const taken = normalizedFormsOf(entities);
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
    if (taken.has(form) || !nameLike(form)) continue;
    const place = wanted.get(wordSkeleton(looseKey(form)));
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
