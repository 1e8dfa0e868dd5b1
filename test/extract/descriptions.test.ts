// Descriptive mentions: a definite head noun of a kind with nisba adjectives after it. Sentences are our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findKindPhrases } from '../../src/extract/descriptions.js';
import { analyzeDocument } from '../../src/extract/index.js';
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

test('a country whose name is its nisba is the adjective after a head noun; a known name before it is not', () => {
  const text = 'وقالت الحكومة السعودية إن الوفد وصل.';
  const tokens = tokenize(text);
  const place = { doc: 'd', start: text.indexOf('السعودية'), end: text.indexOf('السعودية') + 8 };
  const country = {
    ...place,
    type: 'location' as const,
    surface: 'السعودية',
    key: 'السعوديه',
    title: null,
    gender: null,
    lexId: 'country:sa',
    how: 'lexicon',
  };
  const [m] = findKindPhrases('d', text, tokens, [country]);
  assert.equal(m?.surface, 'الحكومة السعودية');
  const body = { ...country, type: 'organization' as const, lexId: 'org:x' };
  assert.deepEqual(findKindPhrases('d', text, tokens, [body]), []);
});

test('a known paper named with its head and its name in quotes has the quoted name as a form of its own', () => {
  const text = 'وذكرت صحيفة «صباح» التركية أن الفريق وصل إلى المطار.';
  const m = analyzeDocument({ id: 'd', source: 'd', text }).mentions.find((x) => x.lexId === 'org:sabah-tr');
  assert.deepEqual(m?.aliases, ['صباح']);
});
