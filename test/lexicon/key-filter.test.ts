// The key filter never says no to a key, whole or built from a prefix and a piece of a longer word, and
// says no to most words that are not keys.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { KeyFilter } from '../../src/lexicon/key-filter.js';

test('a key filter passes every key, also when given as a prefix and a piece of a word', () => {
  const keys = ['مدينة', 'الشارع', 'x', ''];
  const filter = new KeyFilter(keys);
  for (const k of keys) assert.ok(filter.mayHave('', k, 0, k.length), k);
  assert.ok(filter.mayHave('', 'ومدينة', 1, 6));
  assert.ok(filter.mayHave('ال', 'للشارع', 2, 6));
  assert.ok(filter.mayHave('ال', 'شارع', 0, 4));
});

test('a key filter turns away most words that are not keys', () => {
  const keys = Array.from({ length: 2000 }, (_, i) => `key${i}`);
  const filter = new KeyFilter(keys);
  let passed = 0;
  for (let i = 0; i < 2000; i++) if (filter.mayHave('', `other${i}`, 0, `other${i}`.length)) passed++;
  assert.ok(passed < 100, `${passed} of 2000 non-keys passed`);
});
