// One fuzz case: a seed article mutated at random (seeded, so a case can be replayed), with hostile
// strings in its fields; and what the worker found.
import { PAYLOADS } from './payloads.js';

export interface CaseInput {
  kind: string;
  /** The article as text, or as bytes to decode (then `text` is absent). */
  text?: string;
  bytes?: Uint8Array;
  id: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
}

export interface CaseResult {
  error: string | null;
  badSpans: string[];
  markup: string[];
}

/** mulberry32: a small seeded generator, [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const int = (r: Random, n: number) => Math.floor(r() * n);
const pick = <T>(r: Random, xs: readonly T[]): T => xs[int(r, xs.length)]!;

const POOLS = [
  'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى',
  '0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹',
  '.,;:!?؟،؛…-–—/()[]{}',
  '"\'«»“”„‘’‹›″`',
  '\u0000\u0001\u0007\u0008\u000b\u000c\u001b\u007f\u0085\u009b',
  '\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff',
  '\n\r\t \u00a0\u2028\u2029',
  'ًٌٍَُِّْـ',
];

/** A random code point from any plane, lone surrogates included. */
function anyChar(r: Random): string {
  const plane = int(r, 4);
  if (plane === 0) return String.fromCharCode(0xd800 + int(r, 0x800)); // a lone surrogate
  const cp = plane === 1 ? int(r, 0x10000) : plane === 2 ? 0x10000 + int(r, 0x20000) : int(r, 0x110000);
  return String.fromCodePoint(cp);
}

function insertAt(s: string, at: number, x: string): string {
  return s.slice(0, at) + x + s.slice(at);
}

const MUTATIONS: Record<string, (s: string, r: Random, all: string[]) => string> = {
  chars: (s, r) => {
    for (let k = 1 + int(r, 30); k > 0; k--)
      s = insertAt(s, int(r, s.length + 1), pick(r, [...pick(r, POOLS)]));
    return s;
  },
  planes: (s, r) => {
    for (let k = 1 + int(r, 20); k > 0; k--) s = insertAt(s, int(r, s.length + 1), anyChar(r));
    return s;
  },
  delete: (s, r) => {
    for (let k = 1 + int(r, 5); k > 0; k--) {
      const a = int(r, s.length + 1);
      s = s.slice(0, a) + s.slice(a + int(r, 200));
    }
    return s;
  },
  duplicate: (s, r) => {
    const a = int(r, s.length + 1);
    return insertAt(s, int(r, s.length + 1), s.slice(a, a + int(r, 400)).repeat(1 + int(r, 5)));
  },
  quotes: (s, r) => {
    for (let k = 1 + int(r, 12); k > 0; k--) s = insertAt(s, int(r, s.length + 1), pick(r, [...POOLS[3]!]));
    return s;
  },
  digits: (s, r) => {
    const run = Array.from({ length: 1 + int(r, 40) }, () =>
      pick(r, [...POOLS[1]!, ',', '.', '٫', '٬']),
    ).join('');
    return insertAt(s, int(r, s.length + 1), ` ${run} `);
  },
  runs: (s, r) =>
    insertAt(
      s,
      int(r, s.length + 1),
      pick(r, ['.', '،', '"', '-', 'و', ' ', '\n', '(']).repeat(int(r, 3000)),
    ),
  concat: (s, r, all) =>
    [s, ...Array.from({ length: 1 + int(r, 4) }, () => pick(r, all))].join(pick(r, ['\n', '', ' '])),
  truncate: (s, r) => s.slice(0, int(r, s.length + 1)),
  oneLine: (s) => s.replace(/\n/g, ' '),
  newlines: (s, r) => s.replace(/ /g, () => (r() < 0.3 ? '\n' : ' ')),
  shuffle: (s, r) => {
    const ps = s.split('\n');
    for (let i = ps.length - 1; i > 0; i--) {
      const j = int(r, i + 1);
      [ps[i], ps[j]] = [ps[j]!, ps[i]!];
    }
    return ps.join('\n');
  },
  payload: (s, r) => insertAt(s, int(r, s.length + 1), pick(r, PAYLOADS)),
};
const NAMES = Object.keys(MUTATIONS);

/** Bytes of a text with damage: a cut inside a character, stray bytes, or a windows-1256 stretch. */
function damagedBytes(s: string, r: Random): Uint8Array {
  const b = Buffer.from(s, 'utf8');
  const out = [...b.subarray(0, int(r, b.length + 1))];
  for (let k = int(r, 8); k > 0; k--) out.splice(int(r, out.length + 1), 0, 0x80 + int(r, 0x80));
  return Uint8Array.from(out);
}

const field = (r: Random, plain: string | null) => (r() < 0.3 ? pick(r, PAYLOADS) : plain);

export function mutate(all: string[], r: Random, k: number): CaseInput {
  let text = pick(r, all);
  const kinds: string[] = [];
  for (let n = 1 + int(r, 4); n > 0; n--) {
    const m = pick(r, NAMES);
    kinds.push(m);
    text = MUTATIONS[m]!(text, r, all);
  }
  const base = {
    id: r() < 0.2 ? `${k}${pick(r, PAYLOADS)}` : `case-${k}`,
    title: field(r, null),
    outlet: field(r, null),
    url: field(r, null),
  };
  if (r() < 0.15) return { ...base, kind: [...kinds, 'bytes'].join('+'), bytes: damagedBytes(text, r) };
  return { ...base, kind: kinds.join('+'), text };
}
