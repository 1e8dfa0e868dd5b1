import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TrainedNerModel } from '../../src/extract/ner/index.js';
import { decodeModel, encodeModel, NerTagger, TAGS } from '../../src/extract/ner/index.js';
import { isStackFeature, stackFeatures, stackMasks } from '../../src/extract/ner/stacking.js';
import { handMadeModel } from './ner-model-helpers.js';

const tag = (t: string) => TAGS.indexOf(t as (typeof TAGS)[number]);
const named = (keys: (string | null)[], tags: string[]) =>
  Array.from(stackMasks(keys, tags.map(tag)), (m) => [...stackFeatures(m)]);

test('stackMasks: each word gets the types the first pass gave the other occurrences of its stem', () => {
  // invented: "the bank ... and the bank ... bank" with the first pass tagging two of three as ORG
  const marks = named(['بنك', 'قال', 'بنك', null, 'بنك'], ['B-ORG', 'O', 'O', 'O', 'I-ORG']);
  assert.deepEqual(marks[0], ['x=ORG', 'x=O']);
  assert.deepEqual(marks[2], ['x=ORG']);
  assert.deepEqual(marks[4], ['x=ORG', 'x=O']);
  // a word seen once, and a word without a key, have no evidence
  assert.deepEqual(marks[1], []);
  assert.deepEqual(marks[3], []);
  assert.deepEqual(named([], []), []);
  assert.ok(isStackFeature('x=PERS'));
  assert.ok(!isStackFeature('dL=title'));
});

function stackedModel(): TrainedNerModel {
  const n = TAGS.length;
  // the first pass: a word after a title is a person; the second pass: a word tagged a person elsewhere is one
  const words = { 'tg=title': [1 * n + 1, 2, 2 * n + 0, 1] };
  return handMadeModel({ triggers: { الرئيس: 'title' }, places: [] }, words, { 'x=PERS': [1, 3] });
}

test('tagDocument decodes each sentence, then again with what the first pass found elsewhere', () => {
  const tagger = new NerTagger(decodeModel(encodeModel(stackedModel())));
  assert.ok(tagger.stacked);
  // invented: "the president Zaid came . Zaid said ." — the lone Zaid of the second sentence is a person
  // because the first pass tagged the first one
  const words = ['الرئيس', 'زيدون', 'جاء', '.', 'زيدون', 'قال', '.'];
  const tags = tagger.tagDocument(tagger.prepare(words), [4, 7]);
  assert.deepEqual(tags, ['O', 'B-PERS', 'O', 'O', 'B-PERS', 'O', 'O']);
  // one pass only: the lone one stays untagged
  assert.deepEqual(tagger.tag(words.slice(4)), ['O', 'O', 'O']);
  assert.deepEqual(tagger.tagDocument(tagger.prepare([]), []), []);
});
