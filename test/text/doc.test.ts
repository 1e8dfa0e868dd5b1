// The document model: built once, tokens know their index and sentence, layers start empty.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PIPELINE } from '../../src/extract/index.js';
import { buildDoc, sentenceAt, tokenIndexAt } from '../../src/text/doc.js';

const text = 'قال المتحدث إن 3 أشخاص أصيبوا. وأضاف أن الطريق مغلق.\nسطر ثان';

test('tokens know their index and the sentence that holds them', () => {
  const doc = buildDoc({ id: 'd', source: 'd', text });
  assert.equal(doc.sentences.length, 3);
  doc.tokens.forEach((t, i) => {
    assert.equal(t.index, i);
    const s = doc.sentences[t.sentence];
    assert.ok(s && t.start >= s.start && t.end <= s.end, `token ${i} in sentence ${t.sentence}`);
  });
  const at = tokenIndexAt(doc.tokens, text.indexOf('3'));
  assert.equal(doc.tokens[at]?.norm, '3');
  assert.equal(sentenceAt(doc.sentences, text.indexOf('الطريق')), doc.sentences[1]);
  assert.equal(doc.layers.claims.length, 0);
});

test('the pipeline runs its components in one declared order, each writing its own layers', () => {
  assert.deepEqual(
    PIPELINE.map((c) => c.name),
    ['dates', 'numbers', 'mentions', 'attribution', 'claims', 'happenings'],
  );
  const written = PIPELINE.flatMap((c) => c.writes);
  assert.equal(new Set(written).size, written.length);
  const doc = buildDoc({ id: 'd', source: 'd', text });
  for (const c of PIPELINE) c.run(doc);
  assert.equal(doc.layers.claims.length, 1);
  assert.equal(doc.layers.claims[0]?.value.low, 3);
});
