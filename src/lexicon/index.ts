// Reads the reviewed data files in lexicons/ (knowledge is data, logic is code).
// Format: UTF-8 TSV, lines starting with # are comments, the first other line names the columns.
// Cells may hold several values separated by "|".
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** The lexicons folder: <package>/lexicons (this file runs from <package>/dist/src/lexicon). */
export const LEXICON_DIR = process.env.ISNAD_LEXICONS ?? join(here, '..', '..', '..', 'lexicons');

export type Row = Record<string, string>;
const cache = new Map<string, Row[]>();

/** Rows of lexicons/<name>.tsv, cached. Throws a clear error naming the file when it is malformed. */
export function loadTsv(name: string): Row[] {
  const hit = cache.get(name);
  if (hit) return hit;
  const path = join(LEXICON_DIR, name.endsWith('.tsv') ? name : `${name}.tsv`);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`lexicon ${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  const rows: Row[] = [];
  let header: string[] | null = null;
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells;
      return;
    }
    if (cells.length > header.length)
      throw new Error(`lexicon ${path}:${i + 1}: ${cells.length} cells, header has ${header.length}`);
    const row: Row = {};
    header.forEach((h, j) => {
      row[h] = cells[j] ?? '';
    });
    rows.push(row);
  });
  cache.set(name, rows);
  return rows;
}

/** Split a multi-valued cell ("a|b|c"). */
export const many = (cell: string | undefined): string[] =>
  cell
    ? cell
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
