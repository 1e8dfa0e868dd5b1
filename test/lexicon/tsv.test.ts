// Every lexicon is read through its schema; a bad line fails at load naming the file and the line.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type LexiconName, loadTsv, parseTable, SCHEMAS } from '../../src/lexicon/index.js';

const schema = { word: { required: true, many: true }, kind: { required: true, oneOf: ['a', 'b'] } } as const;

test('every lexicon in lexicons/ loads through its schema', () => {
  for (const name of Object.keys(SCHEMAS) as LexiconName[]) assert.ok(loadTsv(name).length > 0, name);
});

test('rows are typed by the schema, multi-valued cells kept whole', () => {
  const rows = parseTable('t.tsv', '# comment\nword\tkind\nكلمة|كلمات\ta\n\nأخرى\tb\n', schema);
  assert.deepEqual(rows, [
    { word: 'كلمة|كلمات', kind: 'a' },
    { word: 'أخرى', kind: 'b' },
  ]);
});

test('a value the schema does not allow fails with the file and the line', () => {
  assert.throws(
    () => parseTable('t.tsv', 'word\tkind\nكلمة\ta\nكلمة\tc\n', schema),
    /t\.tsv:3: column "kind" has "c"/,
  );
  assert.throws(() => parseTable('t.tsv', 'word\tkind\n\ta\n', schema), /t\.tsv:2: column "word" is empty/);
  assert.throws(() => parseTable('t.tsv', 'word\tsort\n', schema), /t\.tsv:1: unknown column "sort"/);
  assert.throws(() => parseTable('t.tsv', 'word\n', schema), /t\.tsv:1: the header has no column "kind"/);
  assert.throws(() => parseTable('t.tsv', 'word\tkind\nx\ta\ty\n', schema), /t\.tsv:2: 3 cells/);
});
