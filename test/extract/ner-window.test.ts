import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TrainedNerModel } from '../../src/extract/ner/index.js';
import { decodeModel, encodeModel, NerTagger, TAGS } from '../../src/extract/ner/index.js';
import { orgHeadFeatures, pairFeatures, type WindowWord } from '../../src/extract/ner/window.js';
import { handMadeModel } from './ner-model-helpers.js';

const word = (coarse: number, fine: number, orgHead = false): WindowWord => ({ coarse, fine, orgHead });

test('orgHeadFeatures pairs an organisation head one or two words before with the classes', () => {
  const out: string[] = [];
  orgHeadFeatures(null, word(1, 10, true), word(2, 20), out);
  assert.deepEqual(out, ['oh1=20']);
  out.length = 0;
  orgHeadFeatures(word(1, 10, true), word(3, -1), word(-1, -1), out);
  assert.deepEqual(out, ['oh2=u', 'oh2c=3|u']);
  out.length = 0;
  orgHeadFeatures(word(1, 10), word(3, 30), word(2, 20), out);
  assert.deepEqual(out, []);
});

function windowModel(window: boolean): TrainedNerModel {
  const n = TAGS.length;
  const lexicon = {
    triggers: { حزب: 'org' as const },
    places: [],
    clusters: 'حزب\t1\t10\nالعمال\t2\t20\n',
    ngrams: 3,
    ...(window ? { window: ['orghead' as const] } : {}),
  };
  // the word itself (slot 2): O by default; the character trigram "<نخ" of a stem: B-PERS
  const words = { 'w=العمال': [2 * n, 0.5], 'ng=<نخ': [2 * n + 1, 1] };
  return handMadeModel(lexicon, words, { 'oh1=20': [TAGS.indexOf('B-ORG'), 2] });
}

test('a model with window features and character n-grams tags with them after decoding', () => {
  const with_ = new NerTagger(decodeModel(encodeModel(windowModel(true))));
  assert.deepEqual(with_.tag(['حزب', 'العمال']), ['O', 'B-ORG']);
  assert.deepEqual(with_.tag(['العمال']), ['O'], 'no head before it');
  assert.deepEqual(with_.tag(['في', 'نخيل']), ['O', 'B-PERS'], 'the trigram of the stem');
  const without = new NerTagger(decodeModel(encodeModel(windowModel(false))));
  assert.deepEqual(without.tag(['حزب', 'العمال']), ['O', 'O']);
});

const named = (person: string, conj = ''): WindowWord => ({
  coarse: -1,
  fine: -1,
  orgHead: false,
  person,
  conj,
});

test('pairFeatures pairs how person-like a word and each neighbour are, and what follows a conjunction', () => {
  const out: string[] = [];
  pairFeatures(null, named('3'), named('u', '2'), out);
  assert.deepEqual(out, ['pp=s3', 'pn=3u']);
  out.length = 0;
  pairFeatures(named('3'), named('u', '2'), null, out);
  assert.deepEqual(out, ['pp=3u', 'pn=us', 'pc=32']);
});

test('a model with pair features reads the news tags of the words and of what follows a conjunction', () => {
  const model = (window: boolean): TrainedNerModel => {
    const lexicon = {
      triggers: {},
      places: [],
      profiles: 'سامي\tP3\nكريم\tP2\n',
      ...(window ? { window: ['pairs' as const] } : {}),
    };
    const begins = TAGS.indexOf('B-PERS');
    return handMadeModel(lexicon, {}, { 'pp=s3': [begins, 1], 'pc=32': [begins, 2] });
  };
  const with_ = new NerTagger(decodeModel(encodeModel(model(true))));
  assert.deepEqual(with_.tag(['سامي', 'وكريم']), ['B-PERS', 'B-PERS']);
  assert.deepEqual(with_.tag(['كريم', 'وسامي']), ['O', 'O'], 'other levels');
  const without = new NerTagger(decodeModel(encodeModel(model(false))));
  assert.deepEqual(without.tag(['سامي', 'وكريم']), ['O', 'O']);
});
