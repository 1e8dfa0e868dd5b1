// Linear time per document, measured without a clock: the work of analysing generated texts is
// counted (elements visited by array methods and iterators, characters scanned by regular
// expressions), and the count per MB may not grow with the length. A step that rescans the whole
// document for each sentence, mention or number (the quadratic steps found in 2026-12) makes the
// count per MB double with each doubling of the text. Two tests: the extraction of one text as a
// whole (0.25–1 MB, twice the size at which `isnad analyze` cuts a text into parts, so a part of any
// size is linear), and the whole way of a long document through `isnad analyze` (0.25–8 MB: in parts,
// then the dossier, then its JSON), each stage counted on its own. The bench gives the seconds per MB.

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeOne } from '../../src/cli/worker.js';
import { analyzeDocument } from '../../src/extract/index.js';
import { buildDossier } from '../../src/reconcile/index.js';
import type { DocAnalysis } from '../../src/types.js';

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
          return orig.call(
            this,
            (a: unknown, b: unknown, c: unknown) => {
              work++;
              return cb(a, b, c);
            },
            ...rest,
          );
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
          next: () => {
            work++;
            return it.next();
          },
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

/** Growth of the per-MB figures from the smallest text to the largest. */
const growth = (perMb: number[]) => perMb[perMb.length - 1]! / perMb[0]!;

for (const distinct of [true, false]) {
  test(`extraction of a whole text: work per MB does not grow (${distinct ? 'distinct' : 'repeated'} paragraphs, 0.25–1 MB)`, () => {
    const sizes = [0.25, 0.5, 1];
    analyzeDocument({ id: 'warm', source: 'warm', text: longText(0.05, distinct) }, null); // lexicons loaded
    const perMb = sizes.map((mb) => {
      const text = longText(mb, distinct);
      const work = countWork(() => analyzeDocument({ id: 'long', source: 'long', text }, null));
      return work / (Buffer.byteLength(text) / 1e6);
    });
    assert.ok(
      growth(perMb) < 1.5,
      `work per MB grew ${growth(perMb).toFixed(2)}× from 0.25 to 1 MB: ${perMb.map((w) => Math.round(w)).join(', ')}`,
    );
  });
}

test('a long document through `isnad analyze`: work per MB of each stage does not grow (0.25–8 MB)', () => {
  const sizes = [0.25, 1, 4, 8];
  const stages = { extract: [] as number[], reconcile: [] as number[], 'dossier JSON': [] as number[] };
  analyzeDocument({ id: 'warm', source: 'warm', text: longText(0.05, true) }, null); // lexicons loaded
  for (const mb of sizes) {
    let text: string | null = longText(mb, true);
    const size = Buffer.byteLength(text) / 1e6;
    let analysis: DocAnalysis | null = null;
    const extract = countWork(() => {
      const r = analyzeOne({ id: 'long', source: 'long', text: text! }, null);
      assert.ok(!('error' in r), 'error' in r ? r.error : '');
      analysis = r as DocAnalysis;
    });
    let json = 0;
    const reconcile = countWork(() => {
      json = JSON.stringify(buildDossier([analysis!])).length;
    });
    stages.extract.push(extract / size);
    stages.reconcile.push(reconcile / size);
    stages['dossier JSON'].push(json / size);
    text = analysis = null;
  }
  const report = Object.entries(stages)
    .map(
      ([stage, perMb]) =>
        `${stage}: ${perMb.map((w) => Math.round(w)).join(', ')} (×${growth(perMb).toFixed(2)})`,
    )
    .join('; ');
  for (const [stage, perMb] of Object.entries(stages))
    assert.ok(growth(perMb) < 1.5, `${stage} per MB grew from 0.25 to 8 MB: ${report}`);
  console.log(`work per MB at ${sizes.join(', ')} MB: ${report}`);
});
