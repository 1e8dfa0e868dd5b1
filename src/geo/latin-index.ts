// The gazetteer's towns by the keys of their Latin names (71,000 keys over 23,000 towns): a table of each
// key's hash and its town's row in two typed arrays, in file order, instead of a Map of 71,000 strings. A
// reconciling thread builds it once, and a story looks up a few hundred names in it: the Map's strings and
// their hashing were most of its cost at load (about 60 of 120 CPU ms) and 3-4 MB of heap for the whole run.
// A look-up reads the rows its key's hash leads to and keeps those whose names give the key itself.
import { many } from '../lexicon/index.js';
import { foldedLatinKeys } from './names.js';
import { Column, type Town, type TownRows } from './town-rows.js';

/** Towns by a name key. */
export interface TownIndex {
  get(key: string): readonly Town[] | undefined;
}

/** FNV-1a over the key's UTF-16 code units. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h | 0;
}

/** The keys of a row's Latin names (the cell holds them folded, separated by "|"). */
const keysOfRow = (rows: TownRows, row: number): string[] =>
  many(rows.cell(row, Column.Latin)).flatMap((name) => foldedLatinKeys(name));

export function latinIndex(rows: TownRows): TownIndex {
  const hashes: number[] = [];
  const rowOf: number[] = [];
  for (let r = 0; r < rows.count; r++) {
    if (rows.isEmpty(r, Column.Latin)) continue;
    for (const k of keysOfRow(rows, r)) {
      hashes.push(hashOf(k));
      rowOf.push(r);
    }
  }
  // open addressing, at most a third full; an entry goes to the first free slot from its hash on, so the
  // entries of one key are met in the order they were added (file order)
  let size = 1;
  while (size < hashes.length * 3) size *= 2;
  const mask = size - 1;
  const slotHash = new Int32Array(size);
  const slotRow = new Int32Array(size).fill(-1);
  for (let e = 0; e < hashes.length; e++) {
    let s = hashes[e]! & mask;
    while (slotRow[s] !== -1) s = (s + 1) & mask;
    slotHash[s] = hashes[e]!;
    slotRow[s] = rowOf[e]!;
  }
  return {
    get: (key) => {
      const h = hashOf(key);
      let out: Town[] | undefined;
      let last = -1;
      for (let s = h & mask; slotRow[s] !== -1; s = (s + 1) & mask) {
        const r = slotRow[s]!;
        // a town is listed once for each key however many of its names give it
        if (slotHash[s] !== h || r === last || !keysOfRow(rows, r).includes(key)) continue;
        (out ??= []).push(rows.town(r));
        last = r;
      }
      return out;
    },
  };
}
