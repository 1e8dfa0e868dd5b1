import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WordFact } from '../../src/extract/ner/document.js';
import { documentMarks, marksBySentence, wordFact } from '../../src/extract/ner/document.js';
import { prepareLexicon } from '../../src/extract/ner/features.js';

const lex = prepareLexicon({ triggers: { الوزير: 'title', قال: 'verb', سامر: 'given' }, places: [] });

test('wordFact groups a name by its stem and leaves triggers and non-Arabic words out', () => {
  assert.deepEqual(wordFact('وسعدون', lex), { key: 'سعدون', kind: null });
  assert.deepEqual(wordFact('الوزير', lex), { key: null, kind: 'title' });
  assert.deepEqual(wordFact('سامر', lex), { key: 'سامر', kind: 'given' });
  assert.deepEqual(wordFact('2024', lex), { key: null, kind: null });
});

test('documentMarks: a lone name learns from what stood next to its other occurrences', () => {
  // invented: "the minister Samer Saadoun visited ... and Saadoun said"
  const words = ['الوزير', 'سامر', 'سعدون', 'زار', 'المدينة', '.', 'وقال', 'سعدون', 'إن'];
  const marks = documentMarks(words.map((w) => wordFact(w, lex)));
  // the second Saadoun gets what the first one had: a given name before it, a title two words back
  assert.deepEqual(marks[7], ['dL2=title', 'dL=given']);
  // the first Saadoun gets the verb before the second one
  assert.deepEqual(marks[2], ['dL=verb']);
  // a word seen once has no evidence from elsewhere
  assert.equal(marks[4], null);
  assert.equal(marks[0], null);
});

test('marksBySentence reads consecutive sentences as documents of a fixed size', () => {
  const seen: string[][] = [];
  const marks = (words: readonly string[]) => {
    seen.push([...words]);
    return words.map((w): string[] | null => (w === 'b' ? ['x'] : null));
  };
  const out = marksBySentence([['a', 'b'], ['c'], ['b']], 2, marks);
  assert.deepEqual(seen, [['a', 'b', 'c'], ['b']]);
  assert.deepEqual(out, [[null, ['x']], [null], [['x']]]);
});

test('documentMarks on an empty document and on facts without keys', () => {
  assert.deepEqual(documentMarks([]), []);
  const none: WordFact = { key: null, kind: 'verb' };
  assert.deepEqual(documentMarks([none, none]), [null, null]);
});
