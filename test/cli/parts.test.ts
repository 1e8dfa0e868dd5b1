// A long document analysed in parts: offsets moved to the whole text, quotes and figures still
// equal to the words they span, and the parts cut at line breaks.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeInParts, partsOf } from '../../src/cli/parts.js';
import { analyzeDocument } from '../../src/extract/index.js';
import { buildDossier } from '../../src/reconcile/index.js';

const EXAMPLE = fileURLToPath(new URL('../../../examples/hasakah-2022/', import.meta.url));
const text = readdirSync(EXAMPLE)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(EXAMPLE, f), 'utf8'))
  .join('\n');

test('parts are cut at line breaks, cover the text and are at most the limit', () => {
  const parts = partsOf(text, 4000);
  assert.ok(parts.length > 3);
  assert.equal(parts[0]![0], 0);
  assert.equal(parts.at(-1)![1], text.length);
  for (let i = 0; i < parts.length; i++) {
    const [a, b] = parts[i]!;
    assert.ok(b - a <= 4000);
    if (i) assert.equal(parts[i - 1]![1], a);
    if (b < text.length) assert.equal(text[b - 1], '\n');
  }
});

test('an analysis in parts keeps every span on the whole text', () => {
  const doc = { id: 'long', source: 'long.txt', text };
  const whole = analyzeDocument(doc, null);
  const parts = analyzeInParts(doc, null, analyzeDocument, 4000);
  const d = buildDossier([parts]);
  assert.ok(d.claims.length > 0 && d.quotes.length > 0);
  for (const x of [...d.claims, ...d.quotes]) assert.equal(text.slice(x.start, x.end), x.text);
  for (const e of d.entities) for (const m of e.mentions) assert.ok(m.start >= 0 && m.end <= text.length);
  // most figures are the same as in one piece (only what links across a cut may differ)
  const key = (c: { start: number; end: number }) => `${c.start}-${c.end}`;
  const one = new Set(whole.claims.map(key));
  const same = parts.claims.filter((c) => one.has(key(c))).length;
  assert.ok(same >= whole.claims.length * 0.8, `${same} of ${whole.claims.length} figures the same`);
  assert.ok(parts.sentences.every((s, i) => i === 0 || s.paragraph >= parts.sentences[i - 1]!.paragraph));
});
