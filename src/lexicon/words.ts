// Closed word classes read from lexicons/function-words.tsv and lexicons/relative-pronouns.tsv.

import { loadTsv } from './load.js';

let notName: Set<string> | null = null;

/** Function words and weekdays: never (part of) a person's name (normalised forms). */
export function notNameWords(): Set<string> {
  return (notName ??= new Set(loadTsv('function-words').map((r) => r.word)));
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
