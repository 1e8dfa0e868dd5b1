import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TrainedNerModel } from '../../src/extract/ner/index.js';
import { decodeModel, encodeModel, NerTagger, TAGS } from '../../src/extract/ner/index.js';
import { handMadeModel } from './ner-model-helpers.js';

/** A model whose only weight says: a word the news never wrote (fq=unk) opens a person's name. */
function rarityModel(rarity: boolean): TrainedNerModel {
  const n = TAGS.length;
  const lexicon = {
    triggers: {},
    places: [],
    clusters: 'قال\t1\t10\nالبلاد\t2\t20\n',
    ...(rarity ? { rarity: true } : {}),
  };
  return handMadeModel(lexicon, { 'fq=unk': [2 * n + TAGS.indexOf('B-PERS'), 1] }, {});
}

test('a model with rarity features sees which words the news never wrote, after decoding', () => {
  const tagger = new NerTagger(decodeModel(encodeModel(rarityModel(true))));
  assert.deepEqual(tagger.tag(['قال', 'كافلنيكوف']), ['O', 'B-PERS']);
  assert.deepEqual(tagger.tag(['وقال', 'البلاد']), ['O', 'O'], 'known words, also with a clitic');
  const without = new NerTagger(decodeModel(encodeModel(rarityModel(false))));
  assert.deepEqual(without.tag(['قال', 'كافلنيكوف']), ['O', 'O']);
});
