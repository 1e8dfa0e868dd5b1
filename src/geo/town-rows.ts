// The towns of the shipped gazetteer file (lexicons/geo/places.tsv.gz) read from its bytes: one pass finds
// where each row's cells are, and a town's object is made only when something asks for it. Most of the file's
// 23,000 towns are never asked for by a story; splitting every line into strings and making every town an
// object cost the first story's dossier about 0.3 s of CPU (and its collections) in each process that
// reconciles. Rows hold the columns id | name | lat | lon | cc | admin1 | fcode | pop | arabic | latin.
import { many } from '../lexicon/index.js';

export interface Town {
  id: number;
  name: string;
  lat: number;
  lon: number;
  cc: string;
  admin1: string;
  fcode: string;
  pop: number;
  arabic: string[];
}

/** The cells of a row, by column. */
export const Column = {
  Id: 0,
  Name: 1,
  Lat: 2,
  Lon: 3,
  Cc: 4,
  Admin1: 5,
  Fcode: 6,
  Pop: 7,
  Arabic: 8,
  Latin: 9,
} as const;
export type Column = (typeof Column)[keyof typeof Column];

const COLUMNS = 10;
/** Per row: where each cell starts, then where the line ends. */
const STRIDE = COLUMNS + 1;
const TAB = 0x09;
const NEWLINE = 0x0a;
const HASH = 0x23;

/** True when the line at `at` is the header ("id\t…"). */
const isHeader = (bytes: Uint8Array, at: number): boolean =>
  bytes[at] === 0x69 && bytes[at + 1] === 0x64 && bytes[at + 2] === TAB;

/** The start of each cell of every data line (comments, the header and empty lines left out), and each
 *  line's end: STRIDE numbers per row. A row with fewer cells has its missing ones empty, at the line's end. */
function findCells(bytes: Uint8Array): Int32Array {
  let lines = 0;
  for (let i = bytes.indexOf(NEWLINE); i !== -1; i = bytes.indexOf(NEWLINE, i + 1)) lines++;
  const cells = new Int32Array((lines + 1) * STRIDE);
  let rows = 0;
  let at = 0;
  while (at < bytes.length) {
    let end = bytes.indexOf(NEWLINE, at);
    if (end === -1) end = bytes.length;
    if (end > at && bytes[at] !== HASH && !isHeader(bytes, at)) {
      const row = rows++ * STRIDE;
      let k = 0;
      cells[row] = at;
      // a tab after the last cell ends it (as a split of the line would); otherwise the line's end does
      for (let i = at; i < end && k < COLUMNS; i++) if (bytes[i] === TAB) cells[row + ++k] = i + 1;
      // and the cells a short row lacks start (and end) where the line does
      for (k++; k <= COLUMNS; k++) cells[row + k] = end + 1;
    }
    at = end + 1;
  }
  return cells.subarray(0, rows * STRIDE);
}

export class TownRows {
  readonly count: number;
  private readonly cells: Int32Array;
  private readonly made: (Town | undefined)[];

  constructor(private readonly bytes: Buffer) {
    this.cells = findCells(bytes);
    this.count = this.cells.length / STRIDE;
    this.made = new Array<Town | undefined>(this.count);
  }

  /** Cell `column` of row `row` as text (the last cell without its line's end). */
  cell(row: number, column: Column): string {
    const start = this.cells[row * STRIDE + column]!;
    const end = this.cells[row * STRIDE + column + 1]! - 1;
    return end > start ? this.bytes.toString('utf8', start, end) : '';
  }

  /** True when the cell is empty. */
  isEmpty(row: number, column: Column): boolean {
    return this.cells[row * STRIDE + column + 1]! - 1 <= this.cells[row * STRIDE + column]!;
  }

  /** True when the cell is exactly `ascii` (an ASCII word). */
  cellIs(row: number, column: Column, ascii: string): boolean {
    const start = this.cells[row * STRIDE + column]!;
    if (this.cells[row * STRIDE + column + 1]! - 1 - start !== ascii.length) return false;
    for (let i = 0; i < ascii.length; i++) if (this.bytes[start + i] !== ascii.charCodeAt(i)) return false;
    return true;
  }

  /** The town of a row, made on first use (the same object every time). */
  town(row: number): Town {
    let t = this.made[row];
    if (t === undefined) {
      t = {
        id: Number(this.cell(row, Column.Id)),
        name: this.cell(row, Column.Name),
        lat: Number(this.cell(row, Column.Lat)),
        lon: Number(this.cell(row, Column.Lon)),
        cc: this.cell(row, Column.Cc),
        admin1: this.cell(row, Column.Admin1),
        fcode: this.cell(row, Column.Fcode),
        pop: Number(this.cell(row, Column.Pop)),
        arabic: many(this.cell(row, Column.Arabic)),
      };
      this.made[row] = t;
    }
    return t;
  }
}
