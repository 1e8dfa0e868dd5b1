import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { WordFact } from '../../src/extract/ner/document.js';
import {
  documentMasks,
  documentMasksOfIds,
  marksBySentence,
  maskFeatures,
  wordFact,
} from '../../src/extract/ner/document.js';
import { prepareLexicon } from '../../src/extract/ner/features.js';
import { stemsUncached } from '../../src/text/clitics.js';
import { normalize } from '../../src/text/normalize.js';

const lex = prepareLexicon({ triggers: { الوزير: 'title', قال: 'verb', سامر: 'given' }, places: [] });
const fact = (w: string) => wordFact(normalize(w), stemsUncached(normalize(w)), lex);
const named = (words: string[]) =>
  Array.from(documentMasks(words.map(fact)), (m) => (m ? [...maskFeatures(m)] : null));

test('wordFact groups a name by its stem and leaves triggers and non-Arabic words out', () => {
  assert.deepEqual(fact('وسعدون'), { key: 'سعدون', kind: -1 });
  assert.equal(fact('الوزير').key, null);
  assert.ok(fact('الوزير').kind >= 0);
  assert.equal(fact('سامر').key, 'سامر');
  assert.deepEqual(fact('2024'), { key: null, kind: -1 });
});

test('documentMasks: a lone name learns from what stood next to its other occurrences', () => {
  // invented: "the minister Samer Saadoun visited the city. And Saadoun said that"
  const marks = named(['الوزير', 'سامر', 'سعدون', 'زار', 'المدينة', '.', 'وقال', 'سعدون', 'إن']);
  // the second Saadoun gets what the first one had: a given name before it, a title two words back
  assert.deepEqual(marks[7], ['dL=given', 'dL2=title']);
  // the first Saadoun gets the verb before the second one
  assert.deepEqual(marks[2], ['dL=verb']);
  // a word seen once has no evidence from elsewhere
  assert.equal(marks[4], null);
  assert.equal(marks[0], null);
  // evidence both occurrences share counts for each of them
  const twice = named(['الوزير', 'سعدون', 'و', 'الوزير', 'سعدون']);
  assert.deepEqual(twice[1], ['dL=title']);
  assert.deepEqual(twice[4], ['dL=title']);
});

test('marksBySentence reads consecutive sentences as documents of a fixed size', () => {
  const seen: string[][] = [];
  const marks = (words: readonly string[]) => {
    seen.push([...words]);
    return Int32Array.from(words, (w) => (w === 'b' ? 1 : 0));
  };
  const out = marksBySentence([['a', 'b'], ['c'], ['b']], 2, marks);
  assert.deepEqual(seen, [['a', 'b', 'c'], ['b']]);
  assert.deepEqual(
    out.map((m) => Array.from(m)),
    [[0, 1], [0], [1]],
  );
});

test('documentMasks on an empty document and on facts without keys', () => {
  assert.deepEqual(Array.from(documentMasks([])), []);
  const none: WordFact = { key: null, kind: 1 };
  assert.deepEqual(Array.from(documentMasks([none, none])), [0, 0]);
});

test('documentMasksOfIds gives the masks of documentMasks, with stems as integer ids, in scratch longer than the document', () => {
  // invented words; the ids are the stems' places in a list (how the tagger's word cache numbers them)
  const words = ['الوزير', 'سامر', 'سعدون', 'زار', 'المدينة', '.', 'وقال', 'وسعدون', 'إن', 'الوزير', 'سعدون'];
  const facts = words.map(fact);
  const stems: string[] = [];
  const idOf = (key: string | null) => {
    if (key === null) return -1;
    if (!stems.includes(key)) stems.push(key);
    return stems.indexOf(key);
  };
  const n = facts.length;
  // scratch with stale values past the document and in `own`
  const ids = Int32Array.from([...facts.map((f) => idOf(f.key)), 0, 0]);
  const kinds = Int8Array.from([...facts.map((f) => f.kind), 3, 3]);
  const own = new Int32Array(n + 2).fill(7);
  const out = new Int32Array(n).fill(5);
  for (let round = 0; round < 2; round++) {
    documentMasksOfIds(ids, kinds, n, own, out);
    assert.deepEqual(Array.from(out), Array.from(documentMasks(facts)));
  }
  documentMasksOfIds(ids, kinds, 0, own, out.subarray(0, 0));
});
