// Linear time per document, measured without a clock: the work of analysing generated texts of
// 0.25 to 2 MB is counted (elements visited by array methods and iterators, characters scanned by
// regular expressions), and the count per MB may not grow with the length. A step that rescans the
// whole document for each sentence, mention or number (the quadratic steps found in 2026-12) makes
// the count per MB double with each doubling of the text. The bench gives the seconds per MB.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../../src/extract/index.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/hasakah-2022/', import.meta.url));

/** Paragraphs of the example story, to build long texts from (not copied into the repository). */
const PARAGRAPHS = readdirSync(EXAMPLE)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(EXAMPLE, f), 'utf8').split('\n'))
  .filter((p) => p.trim().length > 20);

/** A text of about `mb` MB: the paragraphs over and over, each made distinct by a number, or repeated as they are. */
function longText(mb: number, distinct: boolean): string {
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * 1e6; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length]! + (distinct ? ` ${(i * 7919) % 100000}` : '');
    out.push(p);
    bytes += Buffer.byteLength(p) + 1;
  }
  return out.join('\n');
}

type AnyFn = (...a: any[]) => any;

/** Runs fn with the built-ins that walk arrays and strings counting what they visit. */
function countWork(fn: () => void): number {
  let work = 0;
  const A = Array.prototype as any;
  const saved: [object, PropertyKey, unknown][] = [];
  const patch = (obj: any, key: PropertyKey, make: (orig: AnyFn) => AnyFn) => {
    saved.push([obj, key, obj[key]]);
    obj[key] = make(obj[key]);
  };
  for (const m of [
    'filter',
    'find',
    'findIndex',
    'findLast',
    'findLastIndex',
    'some',
    'every',
    'map',
    'forEach',
    'flatMap',
  ])
    patch(
      A,
      m,
      (orig) =>
        function (this: unknown[], cb: AnyFn, ...rest: unknown[]) {
          return orig.call(this, (...a: unknown[]) => (work++, cb(...a)), ...rest);
        },
    );
  patch(
    A,
    'slice',
    (orig) =>
      function (this: unknown[], ...a: unknown[]) {
        const out = orig.apply(this, a);
        work += out.length + 1;
        return out;
      },
  );
  for (const m of [
    'indexOf',
    'lastIndexOf',
    'includes',
    'concat',
    'reverse',
    'join',
    'reduce',
    'reduceRight',
  ])
    patch(
      A,
      m,
      (orig) =>
        function (this: unknown[], ...a: unknown[]) {
          work += this.length;
          return orig.apply(this, a);
        },
    );
  patch(
    A,
    'sort',
    (orig) =>
      function (this: unknown[], ...a: unknown[]) {
        work += this.length * Math.max(1, Math.log2(this.length));
        return orig.apply(this, a);
      },
  );
  patch(
    A,
    Symbol.iterator,
    (orig) =>
      function (this: unknown[]) {
        const it = orig.call(this);
        return {
          next: () => (work++, it.next()),
          [Symbol.iterator]() {
            return this;
          },
        };
      },
  );
  patch(
    RegExp.prototype,
    'exec',
    (orig) =>
      function (this: RegExp, s: string) {
        // a sticky expression tries one place; a global one scans on from lastIndex; others from the start
        const from = this.global || this.sticky ? this.lastIndex : 0;
        const m = orig.call(this, s);
        if (this.sticky) work += m ? m[0].length + 1 : 1;
        else work += Math.max(1, (m ? m.index + m[0].length : String(s).length) - from);
        return m;
      },
  );
  try {
    fn();
  } finally {
    for (const [obj, key, orig] of saved.reverse()) (obj as any)[key] = orig;
  }
  return work;
}

for (const distinct of [true, false]) {
  test(`analysis work per MB does not grow with the text (${distinct ? 'distinct' : 'repeated'} paragraphs, 0.25–2 MB)`, () => {
    const sizes = [0.25, 0.5, 1, 2];
    analyzeDocument({ id: 'warm', source: 'warm', text: longText(0.05, distinct) }, null); // lexicons loaded
    const perMb = sizes.map((mb) => {
      const text = longText(mb, distinct);
      const work = countWork(() => analyzeDocument({ id: 'long', source: 'long', text }, null));
      return work / (Buffer.byteLength(text) / 1e6);
    });
    const growth = perMb[perMb.length - 1]! / perMb[0]!;
    assert.ok(
      growth < 1.5,
      `work per MB grew ${growth.toFixed(2)}× from 0.25 to 2 MB: ${perMb.map((w) => Math.round(w)).join(', ')}`,
    );
  });
}
