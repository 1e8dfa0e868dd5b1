// A participle after a relay's source goes on with that source. Sentences of our own, modelled on how
// Arabic news reports speech.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeaker } from './attribution-helpers.js';

test('بحسب X، مضيفة أن …: the participle goes on with X, not with the speaker before', () => {
  const t =
    'وقال الوزير سامي خليل إن الطريق أغلق. وتجددت المظاهرات أمام مبنى البلدية، بحسب ما قالته مصادر أمنية، مضيفة أن ثلاثة متظاهرين أصيبوا بحروق.';
  assert.equal(quoteSpeaker(t, 'ثلاثة متظاهرين'), 'مصادر أمنية');
  assert.equal(quoteSpeaker(t, 'الطريق أغلق'), 'سامي خليل');
});
