// Loads lexicons/<name>.tsv through its schema, once per process.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type LexiconName, SCHEMAS } from './schemas.js';
import { type RowOf, readTable } from './tsv.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The lexicons folder: <package>/lexicons (this file runs from <package>/dist/src/lexicon). */
export const LEXICON_DIR = process.env.ISNAD_LEXICONS ?? join(here, '..', '..', '..', 'lexicons');

type Rows<N extends LexiconName> = RowOf<(typeof SCHEMAS)[N]>[];
const cache = new Map<string, unknown>();

/** Rows of lexicons/<name>.tsv, checked against its schema and cached. Throws naming the file and line. */
export function loadTsv<N extends LexiconName>(name: N): Rows<N> {
  const hit = cache.get(name);
  if (hit) return hit as Rows<N>;
  const rows = readTable(join(LEXICON_DIR, `${name}.tsv`), SCHEMAS[name]) as Rows<N>;
  cache.set(name, rows);
  return rows;
}
