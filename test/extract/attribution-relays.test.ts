// A participle after a relay's source goes on with that source. Sentences of our own, modelled on how
// Arabic news reports speech.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';

const run = (text: string) => analyzeDocument({ id: 't', source: 't', text });
/** The speaker of the quote that holds `needle`. */
const quoteSpeaker = (text: string, needle: string) => {
  const quote = run(text).quotes.find((q) => text.slice(q.start, q.end).includes(needle));
  return quote ? (quote.attribution.speaker?.surface ?? null) : undefined;
};

test('بحسب X، مضيفة أن …: the participle goes on with X, not with the speaker before', () => {
  const t =
    'وقال الوزير سامي خليل إن الطريق أغلق. وتجددت المظاهرات أمام مبنى البلدية، بحسب ما قالته مصادر أمنية، مضيفة أن ثلاثة متظاهرين أصيبوا بحروق.';
  assert.equal(quoteSpeaker(t, 'ثلاثة متظاهرين'), 'مصادر أمنية');
  assert.equal(quoteSpeaker(t, 'الطريق أغلق'), 'سامي خليل');
});
