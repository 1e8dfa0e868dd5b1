import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TrainedNerModel } from '../../src/extract/ner/index.js';
import { decodeModel, encodeModel, NerTagger, TAGS } from '../../src/extract/ner/index.js';
import {
  CharCounts,
  FOREIGN,
  NATIVE,
  PERSON,
  PLACE,
  type TranslitModel,
  TranslitScorer,
  translitModel,
} from '../../src/extract/ner/translit.js';
import { handMadeModel } from './ner-model-helpers.js';

// made-up words: foreign-looking endings (ـوف، ـسكي، ـيتش) against ordinary Arabic patterns
const FOREIGN_WORDS = ['بتروف', 'سميرنوف', 'كوزلوف', 'يانوفسكي', 'بوريسكي', 'ماركوفيتش', 'يوفانيتش'];
const NATIVE_WORDS = ['مدرسة', 'كتاب', 'مكتبة', 'يكتبون', 'الحكومة', 'مستشفى', 'اجتماع', 'مسؤولون', 'وزارة'];

function smallModel(feats: string[], order = 3): TranslitModel {
  const foreign = new CharCounts(FOREIGN, order);
  for (const w of FOREIGN_WORDS) foreign.add(w, 1);
  const native = new CharCounts(NATIVE, order);
  for (const w of NATIVE_WORDS) native.add(w, 2);
  return translitModel([foreign, native], { edges: [0], feats, prior: 1 });
}

test('the Witten-Bell estimates of each context sum to one over the letters and the end', () => {
  const model = smallModel([]);
  const scorer = new TranslitScorer(model);
  const letters = [...new Set([...FOREIGN_WORDS, ...NATIVE_WORDS].flatMap((w) => [...w]))];
  assert.equal(model.alphabet, letters.length + 2, 'the letters, the end, one for letters never seen');
  for (const prefix of [FOREIGN, NATIVE])
    for (const before of ['<', '<مك', 'كو', 'قث']) {
      let total = 0;
      for (const next of [...letters, '>'])
        total += scorer.letterProbability(prefix, before + next, before.length);
      // one letter never seen: the share the model keeps for them
      total += scorer.letterProbability(prefix, `${before}ۋ`, before.length);
      assert.ok(Math.abs(total - 1) < 1e-9, `${prefix} after ${JSON.stringify(before)}: ${total}`);
    }
});

test('a new word with a foreign ending scores above an ordinary one', () => {
  const scorer = new TranslitScorer(smallModel([]));
  assert.ok(scorer.score('ليبوف') > 0, `ليبوف ${scorer.score('ليبوف')}`);
  assert.ok(scorer.score('مكتوب') < 0, `مكتوب ${scorer.score('مكتوب')}`);
  assert.ok(Number.isNaN(scorer.score('لي')), 'too short');
  assert.equal(scorer.bin('ليبوف'), '1');
  assert.equal(scorer.bin('مكتوب'), '0');
  assert.equal(scorer.bin('لي'), 's');
});

/** A model whose only weight says: an unknown word of bin 1 opens a person's name. */
function translitTagger(feats: string[]): NerTagger {
  const n = TAGS.length;
  const lexicon: TrainedNerModel['lexicon'] = {
    triggers: {},
    places: [],
    clusters: 'قال\t1\t10\nمكتوب\t2\t20\n',
    translit: smallModel(feats),
  };
  const rows = {
    'tlk=1u': [2 * n + TAGS.indexOf('B-PERS'), 1],
    'tg=given': [2 * n + TAGS.indexOf('B-PERS'), 1],
  };
  return new NerTagger(decodeModel(encodeModel(handMadeModel(lexicon, rows, {}))));
}

test('an unknown word that looks foreign gets the bin and known features, after decoding', () => {
  const tagger = translitTagger(['known']);
  assert.deepEqual(tagger.tag(['قال', 'ليبوف']), ['O', 'B-PERS']);
  assert.deepEqual(tagger.tag(['قال', 'وليبوف']), ['O', 'B-PERS'], 'its stem is scored');
  assert.deepEqual(tagger.tag(['قال', 'مكتوبة']), ['O', 'O'], 'an ordinary word');
  assert.deepEqual(translitTagger(['bin']).tag(['قال', 'ليبوف']), ['O', 'O'], 'no tlk= feature');
});

test('the given-name hint goes to unknown words that look foreign', () => {
  assert.deepEqual(translitTagger(['prior']).tag(['قال', 'ليبوف']), ['O', 'B-PERS']);
  assert.deepEqual(translitTagger(['prior']).tag(['قال', 'مكتوبة']), ['O', 'O']);
});

test('the type score tells letters of persons from letters of places', () => {
  const person = new CharCounts(PERSON, 3);
  for (const w of ['بتروف', 'سميرنوف', 'كوزلوف', 'ماركوفيتش']) person.add(w, 1);
  const place = new CharCounts(PLACE, 3);
  for (const w of ['كازاخستان', 'هامبورغ', 'ستراسبورغ', 'طاجيكستان']) place.add(w, 1);
  const model = translitModel([person, place], {
    edges: [0],
    feats: ['type'],
    prior: 1,
    typeEdges: [0],
  });
  const scorer = new TranslitScorer(model);
  assert.ok(scorer.typeScore('ليبوف') > 0, 'a person-like ending');
  assert.ok(scorer.typeScore('بوزستان') < 0, 'a place-like ending');
  assert.equal(scorer.typeBin('ليبوف'), '1');
  assert.equal(scorer.typeBin('بوزستان'), '0');
});

test("a word's log-probability is the sum of its letters' (each n-gram looked up once)", () => {
  const scorer = new TranslitScorer(smallModel([], 4));
  for (const prefix of [FOREIGN, NATIVE])
    for (const word of ['ليبوف', 'مكتوب', 'بتروفسكي', 'قثغ', 'ا']) {
      const marked = `<${word}>`;
      let sum = 0;
      for (let i = 1; i < marked.length; i++) sum += Math.log(scorer.letterProbability(prefix, marked, i));
      assert.equal(scorer.logProbability(prefix, word), sum, `${prefix} ${word}`);
    }
});
