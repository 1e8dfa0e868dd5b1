// Reads the reviewed data files in lexicons/ (knowledge is data, logic is code).
// Format: UTF-8 TSV, lines starting with # are comments, the first other line names the columns.
// Cells may hold several values separated by "|". Every file is read through its schema
// (lexicon/schemas.ts): the columns it must have and the values each column allows; anything else
// fails at load with the file and the line.

import { readFileSync } from 'node:fs';

/** What one column holds. */
export interface ColumnRule {
  /** The cell may not be empty. */
  readonly required?: boolean;
  /** The values the cell may take (each of them when `many`); an empty cell is allowed unless `required`. */
  readonly oneOf?: readonly string[];
  /** The cell holds several values separated by "|". */
  readonly many?: boolean;
  /** The cell (each value when `many`) must match. */
  readonly pattern?: RegExp;
}

/** The columns of one TSV file, by header name. */
export type TableSchema = Readonly<Record<string, ColumnRule>>;

/** One row: every column of the schema as a string ('' when empty). */
export type RowOf<S extends TableSchema> = { readonly [K in keyof S]: string };

/** Split a multi-valued cell ("a|b|c"). */
export const many = (cell: string | undefined): string[] =>
  cell
    ? cell
        .split('|')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

function checkCell(where: string, column: string, rule: ColumnRule, cell: string): void {
  if (!cell) {
    if (rule.required) throw new Error(`${where}: column "${column}" is empty`);
    return;
  }
  // nothing to check in a filled cell without allowed values or a pattern (most columns: start-up CPU in
  // every thread that reads the lexicons)
  if (!rule.oneOf && !rule.pattern) return;
  for (const value of rule.many ? many(cell) : [cell]) {
    if (rule.oneOf && !rule.oneOf.includes(value))
      throw new Error(`${where}: column "${column}" has "${value}"; allowed: ${rule.oneOf.join(', ')}`);
    if (rule.pattern && !rule.pattern.test(value))
      throw new Error(`${where}: column "${column}" has "${value}", which does not match ${rule.pattern}`);
  }
}

function checkHeader(where: string, header: string[], schema: TableSchema): void {
  for (const h of header)
    if (!(h in schema))
      throw new Error(`${where}: unknown column "${h}" (expected ${Object.keys(schema).join(', ')})`);
  for (const c of Object.keys(schema))
    if (!header.includes(c)) throw new Error(`${where}: the header has no column "${c}"`);
}

/** Rows of the TSV text read from `path`, checked against `schema`. Throws naming the file and line. */
export function parseTable<S extends TableSchema>(path: string, text: string, schema: S): RowOf<S>[] {
  const rows: RowOf<S>[] = [];
  let header: string[] | null = null;
  const lines = text.split(/\r?\n/);
  const rules = Object.entries(schema);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim() || line.startsWith('#')) continue;
    const where = `lexicon ${path}:${i + 1}`;
    const cells = line.split('\t').map((c) => c.trim());
    if (!header) {
      checkHeader(where, cells, schema);
      header = cells;
      continue;
    }
    if (cells.length > header.length)
      throw new Error(`${where}: ${cells.length} cells, header has ${header.length}`);
    const row: Record<string, string> = {};
    for (let j = 0; j < header.length; j++) row[header[j]!] = cells[j] ?? '';
    for (const [column, rule] of rules) checkCell(where, column, rule, row[column] ?? '');
    rows.push(row as RowOf<S>);
  }
  if (!header) throw new Error(`lexicon ${path}: no header line`);
  return rows;
}

/** Rows of the TSV file at `path`, checked against `schema`. */
export function readTable<S extends TableSchema>(path: string, schema: S): RowOf<S>[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`lexicon ${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  return parseTable(path, text, schema);
}
