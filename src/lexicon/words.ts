// Closed word classes read from lexicons/function-words.tsv, relative-pronouns.tsv and speaker-pronouns.tsv.

import { loadTsv } from './load.js';

let notName: Set<string> | null = null;

/** Function words and weekdays: never (part of) a person's name (normalised forms). */
export function notNameWords(): Set<string> {
  return (notName ??= new Set(loadTsv('function-words').map((r) => r.word)));
}

let prepositions: Set<string> | null = null;
/** The prepositions written as words (في، من، على …), normalised: lexicons/function-words.tsv. */
export function prepositionWords(): Set<string> {
  return (prepositions ??= new Set(
    loadTsv('function-words')
      .filter((r) => r.class === 'preposition')
      .map((r) => r.word),
  ));
}

let relatives: Set<string> | null = null;
let singularRelatives: Set<string> | null = null;

/** Relative pronouns (الذي، التي، الذين، ممن …), normalised. */
export function relativePronouns(): Set<string> {
  return (relatives ??= new Set(loadTsv('relative-pronouns').map((r) => r.word)));
}

/** Singular relative pronouns (الذي، التي), normalised. */
export function singularRelativePronouns(): Set<string> {
  return (singularRelatives ??= new Set(
    loadTsv('relative-pronouns')
      .filter((r) => r.number === 'singular')
      .map((r) => r.word),
  ));
}

const pronouns = new Map<string, Set<string>>();

/** Pronouns of a class of lexicons/speaker-pronouns.tsv (subject: هو، نفسه …; prepositional: فيه، عنها …). */
export function speakerPronouns(cls: 'subject' | 'prepositional'): Set<string> {
  let set = pronouns.get(cls);
  if (!set) {
    set = new Set(
      loadTsv('speaker-pronouns')
        .filter((r) => r.class === cls)
        .map((r) => r.word),
    );
    pronouns.set(cls, set);
  }
  return set;
}
