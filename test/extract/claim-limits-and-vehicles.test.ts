// Figures of round 50: "at most" before a number (مدة أقصاها ثلاثة أيام), and a count of
// vehicles or aircraft that a cue of harm counts (إصابة سبع طائرات بأضرار): sentences of our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';

const claims = (text: string) =>
  analyzeDocument({ id: 't', source: 't', text }).claims.map((c) => [
    c.measure,
    c.value.low,
    c.value.high,
    c.value.qualifier,
  ]);

test('أقصاها before a number is an upper bound; يصل إلى, "reaching", is none', () => {
  assert.deepEqual(claims('على أن تقدم اللجنة تقريرها خلال مدة أقصاها خمسة أيام.'), [
    ['duration', null, 5, 'at_most'],
  ]);
  assert.deepEqual(claims('وقتل من 10 حتى 15 شخصا.'), [['killed', 10, 15, 'range']]);
  assert.deepEqual(claims('وارتفع عدد القتلى ليصل إلى 30 شخصا.'), [['killed', 30, 30, 'exact']]);
});

test('a count of vehicles or aircraft that harm befell is no count of people', () => {
  assert.deepEqual(claims('وأسفر القصف عن إصابة أربع مروحيات بأضرار.'), [['other', 4, 4, 'exact']]);
  assert.deepEqual(claims('وأسفر القصف عن إصابة أربعة جنود بجروح.'), [['injured', 4, 4, 'exact']]);
});
