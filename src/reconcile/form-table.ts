// The story's word forms, each with a number in the order first seen (story-index.ts numbers the words of
// the texts it reads with it).

import { foldedUnit, normalizeToken } from '../text/normalize.js';

/** Strings, each with a number in the order first seen: an open-addressing table of its own (a form's hash
 *  from its code units; a Map took several times as long, looked up once per word of the texts read). */
export class FormTable {
  private slots = new Int32Array(1 << 15); // form number + 1 (0: empty), at the form's hash
  readonly forms: string[] = [];
  private readonly hashes: number[] = [];

  get size(): number {
    return this.forms.length;
  }

  formAt(id: number): string {
    return this.forms[id]!;
  }

  /** The form's number, or -1 when it is not in the table. */
  find(form: string): number {
    const hash = hashOf(form);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return -1;
      if (this.hashes[entry - 1] === hash && this.forms[entry - 1] === form) return entry - 1;
    }
  }

  /** The form's number, given on its first sight. */
  numberOf(form: string): number {
    const hash = hashOf(form);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return this.added(form, hash, slot);
      if (this.hashes[entry - 1] === hash && this.forms[entry - 1] === form) return entry - 1;
    }
  }

  /** The number of normalizeToken(text, start, end), for a token of MAX_TOKEN units or fewer, given on its first
   *  sight: its hash and its comparison read the text's folded code units, so the form's string is made once
   *  per distinct form, not once per word. */
  numberOfToken(text: string, start: number, end: number): number {
    let hash = FNV_OFFSET;
    let length = 0;
    for (let i = start; i < end; i++) {
      const unit = foldedUnit(text.charCodeAt(i));
      if (unit < 0) continue;
      hash = Math.imul(hash ^ unit, 0x01000193);
      length++;
    }
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot]!;
      if (entry === 0) return this.added(normalizeToken(text, start, end), hash, slot);
      const form = this.forms[entry - 1]!;
      if (this.hashes[entry - 1] === hash && form.length === length && sameFolded(form, text, start, end))
        return entry - 1;
    }
  }

  /** A new form, at an empty slot of the table. */
  private added(form: string, hash: number, slot: number): number {
    const next = this.forms.length;
    this.forms.push(form);
    this.hashes.push(hash);
    this.slots[slot] = next + 1;
    if (2 * this.forms.length > this.slots.length) this.rehash();
    return next;
  }

  private rehash(): void {
    this.slots = new Int32Array(2 * this.slots.length);
    const mask = this.slots.length - 1;
    for (let id = 0; id < this.forms.length; id++) {
      let slot = this.hashes[id]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = id + 1;
    }
  }
}

/** FNV-1a's offset basis as a 32-bit integer: 0x811c9dc5 itself is above 2^31, a double, which an empty
 *  form's hash kept (every other hash is Math.imul's integer): the table's hashes then mixed doubles with
 *  small integers, and the code reading them was deoptimised ("not a Smi"). The same bits, so the same
 *  hashes for every form with a code unit. */
const FNV_OFFSET = 0x811c9dc5 | 0;

/** FNV-1a of a string's code units. */
function hashOf(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

/** A typed array twice as long, with the same numbers first. */
export function grown(numbers: Int32Array): Int32Array {
  const bigger = new Int32Array(2 * numbers.length);
  bigger.set(numbers);
  return bigger;
}

/** Tokens longer than this are normalised as a string (normalizeToken's own limit: normalize of the slice). */
export const MAX_TOKEN = 64;

/** Does the form have the folded code units of text[start, end)? (Its length is that of the folded units.) */
function sameFolded(form: string, text: string, start: number, end: number): boolean {
  let at = 0;
  for (let i = start; i < end; i++) {
    const unit = foldedUnit(text.charCodeAt(i));
    if (unit >= 0 && form.charCodeAt(at++) !== unit) return false;
  }
  return true;
}
