// A quick test that a piece of a word is certainly not a key of some map, before the piece is cut out of
// the word and looked up (most words of a text are no key: the test spares a string and a map look-up).
// One bit per hash of each key, in a table of 256K bits (32 KB): a piece whose bit is unset is no key; a
// set bit says only that it may be one, and the map decides.

const BITS = 1 << 18;

/** FNV-1a over the code units of `prefix` then `s[from .. to)`, mixed, as a bit index (the same in every
 *  KeyFilter: one piece's bit may be tested in several, hasBit). */
export function bitOf(prefix: string, s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 0x01000193);
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h & (BITS - 1);
}

export class KeyFilter {
  private readonly bits = new Int32Array(BITS >>> 5);

  constructor(keys: Iterable<string>) {
    for (const key of keys) {
      const b = bitOf('', key, 0, key.length);
      this.bits[b >>> 5]! |= 1 << (b & 31);
    }
  }

  /** False when `prefix + s.slice(from, to)` is certainly no key; true when it may be one. */
  mayHave(prefix: string, s: string, from: number, to: number): boolean {
    return this.hasBit(bitOf(prefix, s, from, to));
  }

  /** mayHave of the piece whose bitOf is `b`. */
  hasBit(b: number): boolean {
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}
