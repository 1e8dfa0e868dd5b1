import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TrainedNerModel } from '../../src/extract/ner/index.js';
import { decodeModel, encodeModel, NerTagger, TAGS } from '../../src/extract/ner/index.js';
import { decodeUnzippedModel, unzipModel } from '../../src/extract/ner/model-file.js';
import { WordKnowledge } from '../../src/extract/ner/word-knowledge.js';
import { WordTable } from '../../src/extract/ner/word-table.js';
import { handMadeModel } from './ner-model-helpers.js';

test('WordTable finds every key at its index and misses other strings', () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `w=كلمة${i}`);
  const table = WordTable.build(keys);
  for (const [i, k] of keys.entries()) assert.equal(table.find(k), i);
  assert.equal(table.find('w=كلمة5000'), -1);
  assert.equal(table.find(''), -1);
  assert.throws(() => new WordTable(new Int32Array(9)), /power of two/);
});

test('WordTable finds a key given as a prefix and a piece of another string, as the joined key', () => {
  const keys = ['pre2=وز', 'suf1=ر', 'w=وزير', 'def'];
  const table = WordTable.build(keys);
  assert.equal(table.findJoined('pre2=', 'وزير', 0, 2), 0);
  assert.equal(table.findJoined('suf1=', 'وزير', 3, 4), 1);
  assert.equal(table.findJoined('w=', 'وزير', 0, 4), 2);
  assert.equal(table.findJoined('def', '', 0, 0), 3);
  assert.equal(table.findJoined('w=', 'وزير', 0, 3), -1);
});

test('WordKnowledge reads classes, ranks and profiles from the training tables', () => {
  const words = WordKnowledge.fromText('في\t3\t30\nقال\t5\t51\n', 'قال\tA2b1\nمدينة\tc3\n\tA1\n');
  assert.deepEqual(words.classes('قال'), ['5', '51']);
  assert.equal(words.classes('مدينة'), null);
  assert.deepEqual(words.profile('قال'), ['A2', 'b1']);
  assert.deepEqual(words.profile('مدينة'), ['c3']);
  assert.equal(words.profile('في'), null);
  assert.equal(words.frequencyRank('في'), 0);
  assert.equal(words.frequencyRank('قال'), 1);
  assert.equal(words.frequencyRank('مدينة'), 50_000);
  assert.equal(words.frequencyRank('نهر'), Number.POSITIVE_INFINITY);
  assert.throws(() => WordKnowledge.fromText('في\tx\n'), /not a class number/);
});

function tinyModel(): TrainedNerModel {
  const n = TAGS.length;
  // a feature row holds all five slots: slot 2 weighs the word itself, slot 1 the word after it
  const weights: number[] = [];
  weights.push(2 * n + 0, 0.5, 1 * n + 1, 1.25); // the word itself: O; the word after it (it is at -1): B-PERS
  const lexicon = {
    triggers: { الرئيس: 'title' as const },
    places: ['دمشق'],
    clusters: 'الرئيس\t1\t10\n',
    profiles: 'الرئيس\tA3\n',
  };
  const words = { 'tg=title': weights, 'w=دمشق': [2 * n + 3, 2] };
  return handMadeModel(lexicon, words, { gzB: [3, 0.5] }, { note: 'made by hand' });
}

test('a model survives encoding: the decoded tagger tags as the weights say', () => {
  const bytes = encodeModel(tinyModel());
  const model = decodeModel(bytes);
  assert.equal(model.meta.note, 'made by hand');
  assert.deepEqual(model.lexicon.words.classes('الرئيس'), ['1', '10']);
  const tagger = new NerTagger(model);
  assert.deepEqual(tagger.tag(['الرئيس', 'زيد', 'في', 'دمشق']), ['O', 'B-PERS', 'O', 'B-LOC']);
  assert.deepEqual(encodeModel(tinyModel()), bytes, 'encoding is deterministic');
});

test('a model unzipped into a shared buffer is read in place: its arrays view that buffer, and it tags the same', () => {
  const unzipped = unzipModel(encodeModel(tinyModel()));
  const shared = new SharedArrayBuffer(unzipped.length);
  new Uint8Array(shared).set(unzipped);
  const model = decodeUnzippedModel(new Uint8Array(shared));
  assert.equal(model.rowStart.buffer, shared);
  assert.notEqual(decodeUnzippedModel(unzipped).rowStart.buffer, unzipped.buffer, 'other bytes are copied');
  const words = ['الرئيس', 'زيد', 'في', 'دمشق'];
  assert.deepEqual(
    new NerTagger(model).tag(words),
    new NerTagger(decodeModel(encodeModel(tinyModel()))).tag(words),
  );
});

test('decodeModel gives a plain reason for bytes that are not a model', () => {
  assert.throws(() => decodeModel(Buffer.from('{"format":"isnad-ner/1"}')), /not a gzipped model file/);
});
