// Closed word classes read from lexicons/function-words.tsv.

import { loadTsv } from './load.js';

let notName: Set<string> | null = null;

/** Function words and weekdays: never (part of) a person's name (normalised forms). */
export function notNameWords(): Set<string> {
  return (notName ??= new Set(loadTsv('function-words').map((r) => r.word)));
}
