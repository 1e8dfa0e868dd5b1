// CSV for spreadsheets: UTF-8 with a byte-order mark (so Arabic opens right), RFC 4180 quoting (csv-stringify),
// CRLF line ends, and cells that a spreadsheet would read as a formula (= + - @ tab CR at the start) made inert
// with a leading apostrophe. Numbers are written as numbers, so a negative number stays a number.
import { stringify } from 'csv-stringify/sync';

export type Cell = string | number | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

/** A cell as text a spreadsheet shows as text. */
export function neutralise(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return FORMULA.test(cell) ? `'${cell}` : cell;
}

/** The CSV text of a table, with its header line first. */
export function toCsv(columns: readonly string[], rows: Cell[][]): string {
  const body = rows.map((r) => columns.map((_, i) => neutralise(r[i])));
  return (
    '\uFEFF' + stringify([[...columns], ...body], { record_delimiter: '\r\n', quoted_match: /[",\r\n]/ })
  );
}
