import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMentions } from '../../src/extract/mentions.js';
import { nerTagger } from '../../src/extract/ner/index.js';
import { findModelMentions, procliticLength, withoutLeadingNoun } from '../../src/extract/ner/mentions.js';
import type { NerTagger } from '../../src/extract/ner/model.js';
import type { NerTag } from '../../src/extract/ner/tags.js';
import { TAGS } from '../../src/extract/ner/tags.js';
import { normalize } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokens.js';

const modelMentions = (text: string) => findModelMentions('d', text, tokenize(text));

test('model mentions: a two-word person with offsets into the text as read, how "model"', () => {
  const text = 'وقال سامر الخطيب إن القوات دخلت مدينة حلب صباح اليوم.';
  const ms = modelMentions(text);
  const person = ms.find((m) => m.type === 'person');
  assert.ok(person, JSON.stringify(ms));
  assert.equal(person.surface, 'سامر الخطيب');
  assert.equal(text.slice(person.start, person.end), person.surface);
  assert.equal(person.how, 'model');
  for (const m of ms) assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
});

test('model mentions: the span leaves out a proclitic the news writes apart, keeps the article', () => {
  const tagger = nerTagger();
  assert.equal(procliticLength('ومحمد', new Set(), tagger), 1);
  assert.equal(procliticLength('والجيش', new Set(), tagger), 1);
  assert.equal(procliticLength('بغداد', new Set(), tagger), 0, 'ب of بغداد is part of the name');
  assert.equal(procliticLength('لبنان', new Set(), tagger), 0);
  assert.equal(procliticLength('للعراق', new Set(), tagger), 2);
  const text = 'وصل الوفد إلى بغداد أمس ثم توجه إلى دمشق. وزار الوفد بغداد مرة ثانية.';
  const places = modelMentions(text).filter((m) => m.type === 'location');
  for (const p of places) assert.equal(text.slice(p.start, p.end), p.surface);
  assert.ok(
    places.some((p) => p.surface === 'بغداد'),
    JSON.stringify(places),
  );
});

test('model mentions: a one-word person only when the document names it again', () => {
  const text = 'وصرح حسان للصحفيين بأن الاجتماع انتهى.';
  assert.deepEqual(
    modelMentions(text).filter((m) => m.type === 'person' && !m.key.includes(' ')),
    [],
  );
});

test('model mentions do not overlap the lexicon and title mentions', () => {
  const text = 'قال العقيد سامر الخطيب إن سامر الخطيب زار دمشق ثم التقى كمال يوسف في القاهرة.';
  const ms = findMentions('d', text, tokenize(text));
  for (let i = 1; i < ms.length; i++) assert.ok(ms[i - 1]!.end <= ms[i]!.start, JSON.stringify(ms));
  assert.ok(
    ms.some((m) => m.how === 'model'),
    JSON.stringify(ms.map((m) => [m.surface, m.how])),
  );
});

test('model mentions: a place head with the article alone is a common noun, not a place', () => {
  // a tagger that reads the chosen words as places and organisations, to fix what the model says
  const tagged = new Map<string, NerTag>([
    [normalize('المخيم'), 'B-LOC'],
    [normalize('للمستشفى'), 'B-LOC'],
    [normalize('الرقة'), 'B-LOC'],
    [normalize('القاعدة'), 'B-ORG'],
  ]);
  const tagger = {
    // each word its own slot (the consistency pass reads them)
    prepareNormalized: (norms: readonly string[]) =>
      Object.assign([...norms], { slots: Int32Array.from(norms, (_, i) => i) }),
    tagDocument: (norms: readonly string[]) => norms.map((w) => tagged.get(w) ?? 'O'),
    tagIndices: (norms: readonly string[]) =>
      Uint8Array.from(norms, (w) => TAGS.indexOf(tagged.get(w) ?? 'O')),
    frequencyRank: () => 0,
  } as unknown as NerTagger;
  const text = 'ونقلت سيارات الإسعاف الجرحى من المخيم للمستشفى في الرقة، واتهمت السلطات القاعدة بالهجوم.';
  const ms = findModelMentions('d', text, tokenize(text), undefined, tagger);
  assert.deepEqual(
    ms.map((m) => [m.surface, m.type]),
    [
      ['الرقة', 'location'],
      ['القاعدة', 'organization'],
    ],
    'the place heads المخيم and (لل)مستشفى alone are left out; an organisation so written is not',
  );
});

test('model persons: a common noun before a given name is left out; a name or a rare word is kept', () => {
  const tagger = nerTagger();
  const from = (text: string) => {
    const tokens = tokenize(text);
    return withoutLeadingNoun(tokens, 0, tokens.length, tagger);
  };
  assert.equal(from('وجود جمال الريحاني'), 1, 'the presence of');
  assert.equal(from('محمد جمال'), 0, 'a given name before a given name: a name and his father');
  assert.equal(from('فيكتور جمال'), 0, 'a rare word: maybe a name the lexicon does not list');
  assert.equal(from('وجود الريحاني'), 0, 'no given name after it');
});
