// Figures of round 49: a range whose second number carries the article (بين 20 والـ25) and a breakdown
// whose short list stands between "among them" and its number: sentences of our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';

const claims = (text: string) => analyzeDocument({ id: 't', source: 't', text }).claims;

test('the second number of a range may carry the article', () => {
  for (const text of ['قتل بين 20 والـ25 شخصا في القصف.', 'قتل بين 20 وال25 شخصا في القصف.']) {
    const found = claims(text).map((c) => [c.measure, c.value.low, c.value.high, c.value.qualifier]);
    assert.deepEqual(found, [['killed', 20, 25, 'range']]);
  }
});

test('a number after a short list that "among them" opens breaks the figure before it down', () => {
  const text = 'وقتل 12 شخصا على الأقل من بينهم نساء وأطفال وشرطي محلي واحد على الأقل.';
  const ones = claims(text).filter((c) => c.value.low === 1);
  assert.deepEqual(
    ones.map((c) => [c.measure, c.value.qualifier]),
    [['killed', 'at_least']],
  );
});
