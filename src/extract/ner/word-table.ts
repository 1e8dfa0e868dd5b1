// A read-only table from strings to indices, kept in one typed array (outside the JavaScript heap, so a
// worker's garbage collector has nothing to trace and its heap stays small). Each key is stored as two
// independent 32-bit hashes; a table is only built when no two of its keys share both, so a look-up of a
// key of the table is exact. A string that is not a key could in principle share both hashes with one:
// with 64 bits, about one chance in 10^10 per look-up for a table of 100,000 keys.

/** The two hashes of the last string given to `hashPair` (module scratch: no allocation per look-up). */
let first = 0;
let second = 0;

function hashPair(s: string): void {
  hashStart();
  hashMore(s, 0, s.length);
  hashEnd();
}

/** The two hashes of a string fed in pieces: hashStart, hashMore for each piece, hashEnd (the same hashes
 *  as hashPair of the pieces joined). */
function hashStart(): void {
  first = 0x811c9dc5 | 0; // FNV-1a (as a signed 32-bit integer, as all the hashes are kept)
  second = 0x9747b28c | 0; // a multiply-xorshift mix with another constant
}

function hashMore(s: string, from: number, to: number): void {
  let a = first;
  let b = second;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  first = a;
  second = b;
}

function hashEnd(): void {
  // kept as signed 32-bit integers (the table stores them so, and masks the first): an unsigned value above
  // 2^31 is no small integer, which deoptimised the optimised look-ups the first time one came
  first = first | 0;
  second = (second ^ (second >>> 13)) | 0;
}

export class WordTable {
  private readonly mask: number;

  /** `slots` holds [first hash, second hash, index + 1] per slot (0 = empty); its length is 3 × a power of 2. */
  constructor(readonly slots: Int32Array) {
    const size = slots.length / 3;
    if (!Number.isInteger(size) || size === 0 || (size & (size - 1)) !== 0)
      throw new Error('word table: size is not a power of two');
    this.mask = size - 1;
  }

  /** A table of `keys`, key i → index i. Throws when two keys share both hashes (never seen in practice). */
  static build(keys: readonly string[]): WordTable {
    let size = 1;
    while (size < keys.length * 2) size *= 2;
    const slots = new Int32Array(size * 3);
    const table = new WordTable(slots);
    keys.forEach((key, index) => {
      if (table.find(key) >= 0) throw new Error(`word table: ${JSON.stringify(key)} collides with a key`);
      let s = first & table.mask;
      while (slots[s * 3 + 2] !== 0) s = (s + 1) & table.mask;
      slots[s * 3] = first | 0;
      slots[s * 3 + 1] = second | 0;
      slots[s * 3 + 2] = index + 1;
    });
    return table;
  }

  /** Index of `key`, or -1. */
  find(key: string): number {
    hashPair(key);
    return this.probe();
  }

  /** Index of the key `prefix + value.slice(from, to)`, or -1, without building the key. */
  findJoined(prefix: string, value: string, from: number, to: number): number {
    hashStart();
    hashMore(prefix, 0, prefix.length);
    hashMore(value, from, to);
    hashEnd();
    return this.probe();
  }

  /** The indices (or -1) of the keys prefix + s.slice(from, from + n) for n = 1 … count, into out[at …
   *  at + count): the keys share their start, so each letter is hashed once. */
  findRuns(prefix: string, s: string, from: number, count: number, out: Int32Array, at: number): void {
    hashStart();
    hashMore(prefix, 0, prefix.length);
    let a = first;
    let b = second;
    for (let n = 0; n < count; n++) {
      first = a;
      second = b;
      hashMore(s, from + n, from + n + 1);
      a = first;
      b = second;
      hashEnd();
      out[at + n] = this.probe();
    }
  }

  /** Index of the key whose hashes hashPair left in `first` and `second`, or -1. */
  private probe(): number {
    const a = first | 0;
    const b = second | 0;
    const { slots, mask } = this;
    for (let s = first & mask; ; s = (s + 1) & mask) {
      const index = slots[s * 3 + 2]!;
      if (index === 0) return -1;
      if (slots[s * 3] === a && slots[s * 3 + 1] === b) return index - 1;
    }
  }
}
