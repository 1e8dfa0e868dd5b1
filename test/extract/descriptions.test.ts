// Descriptive mentions: a definite head noun of a kind with nisba adjectives after it. Sentences are our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findKindPhrases } from '../../src/extract/descriptions.js';
import { tokenize } from '../../src/text/tokens.js';

const kinds = (text: string) => findKindPhrases('d', text, tokenize(text), []);

test('a definite head noun of a kind with nisba adjectives is a mention of the head type', () => {
  const text = 'وقالت السلطات الماليزية إن السفارة الكندية أغلقت أبوابها، وأكد الحرس الوطني التونسي ذلك.';
  const found = kinds(text);
  assert.deepEqual(
    found.map((m) => [m.surface, m.type]),
    [
      ['السلطات الماليزية', 'organization'],
      ['السفارة الكندية', 'facility'],
      ['الحرس الوطني التونسي', 'organization'],
    ],
  );
  for (const m of found) assert.equal(text.slice(m.start, m.end), m.surface);
});

test('a head noun without an adjective, or before a noun, makes no mention', () => {
  assert.deepEqual(kinds('وقالت السلطات إن الحكومة تدرس السفارة موقعها.'), []);
});

test('a clitic before the head stays out of the span', () => {
  const [m] = kinds('واتهم الوزير والسلطات المحلية بالتقصير.');
  assert.equal(m?.surface, 'السلطات المحلية');
});
