// Figures of round 46: counts of two nouns joined by و, فقد before a verb, duals after a time word, the
// perpetrators of an attack: sentences of our own, modelled on how Arabic news words them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';

const claims = (text: string) =>
  analyzeDocument({ id: 't', source: 't', text }).claims.map((c) => ({ m: c.measure, low: c.value.low }));
const measuresOf = (text: string, low: number) =>
  claims(text)
    .filter((c) => c.low === low)
    .map((c) => c.m);

test('a number before two singular nouns counts both together; a magnitude counts each', () => {
  assert.deepEqual(measuresOf('وارتفع عدد الضحايا إلى نحو 120 قتيل وجريح.', 120), ['other']);
  assert.deepEqual(measuresOf('وأوقع التفجير 27 قتيلا وجريحا في السوق.', 27), ['other']);
  // (plural nouns: the first; a magnitude word: each of the two)
  assert.deepEqual(measuresOf('وخلف الحادث 6 قتلى وجرحى.', 6), ['killed']);
  assert.deepEqual(measuresOf('وأسفر القصف عن سقوط عشرات القتلى والجرحى.', 10), ['killed', 'injured']);
  // (the second noun with the article opens the next figure: not one count of both)
  assert.deepEqual(measuresOf('وتراوح عدد القتلى بين 12 إلى 19 قتيلا والجرحى بين 30 إلى 35 جريحا.', 12), [
    'killed',
  ]);
});

test('the second item of a list keeps its own noun when "at least" follows it', () => {
  assert.deepEqual(measuresOf('وقال المسعفون إن الانفجار خلف 14 قتيلا و31 مصابا على الأقل.', 31), [
    'injured',
  ]);
});

test('فقد before a verb is "so … already", not the verb of the missing', () => {
  assert.deepEqual(measuresOf('وقع انفجار في الميناء، فقد قتل في الحادث ثلاثة عمال.', 3), ['killed']);
  assert.deepEqual(measuresOf('وفقد 5 صيادين في البحر.', 5), ['missing']);
});

test('a dual after its verb and a time word, two who carried out an attack, two pilots who died', () => {
  assert.deepEqual(measuresOf('وقالت الشرطة إن المسلح، الذي أصاب أيضا حارسين في المبنى، قتل لاحقا.', 2), [
    'injured',
  ]);
  assert.deepEqual(measuresOf('وأكد المحققون أن الهجوم نفذه شخصان.', 2), ['combatants']);
  assert.deepEqual(measuresOf('ولقي طياران حتفهما في تحطم الطائرة.', 2), ['killed']);
});

test('a dual of a place, an event or a weapon with no cue is a figure of measure other; of years, none', () => {
  assert.deepEqual(measuresOf('وافتتحت الوزارة مستشفيين في المدينة.', 2), ['other']);
  assert.deepEqual(measuresOf('وتعرضت الدورية لهجومين في شرق البلاد.', 2), ['other']);
  assert.deepEqual(measuresOf('وكان المسلح يحمل بندقيتين.', 2), ['other']);
  assert.deepEqual(measuresOf('وأمضى سنتين في الخارج.', 2), []);
});
