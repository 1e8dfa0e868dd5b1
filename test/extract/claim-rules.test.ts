// Figures: the rules added for the development sets' general causes, each on an invented sentence.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';

const claims = (text: string) =>
  analyzeDocument({ id: 't', source: 't', text }).claims.map((c) => ({
    m: c.measure,
    low: c.value.low,
    high: c.value.high,
    q: c.value.qualifier,
  }));
const one = (text: string, low: number) => claims(text).find((c) => c.low === low);

test('a distance is a figure of measure other, and the next item of its list too', () => {
  const t = 'وغرق القارب على بعد حوالي 8 أميال بحرية (نحو 15 كيلومترا) عن الجزيرة، و12 ميلا عن الميناء.';
  assert.deepEqual(one(t, 8), { m: 'other', low: 8, high: 8, q: 'approx' });
  assert.equal(one(t, 15)?.m, 'other');
  assert.equal(one(t, 12)?.m, 'other');
  assert.equal(one('ووقع الحادث على بعد 140 كيلو متر من المدينة.', 140)?.m, 'other');
  assert.equal(one('مساحتها 40 كيلومتر مربع', 40), undefined);
});

test('the minutes of a clock time are no count', () => {
  assert.equal(one('وعند الساعة العاشرة وعشرين دقيقة من صباح الجمعة تعرض المركز لقذائف.', 20), undefined);
  assert.equal(one('وتلقت الجهات إشارة عند الساعة التاسعة و45 دقيقة بالتوقيت المحلي.', 45), undefined);
  assert.equal(one('وقتل 20 شخصا خلال 45 دقيقة من القصف.', 20)?.m, 'killed');
});

test('the number of an item of a list is no count', () => {
  const t = 'ونفذ التنظيم عمليات شملت الآتي: 1- حادث استهداف المصلين. 2 - حادث إطلاق النار على دورية.';
  assert.equal(one(t, 1), undefined);
  assert.equal(one(t, 2), undefined);
  assert.equal(one('وقتل 3 - وفق الوزارة - في القصف.', 3)?.m, 'killed');
});

test('a parenthesis between an ordinal word and its number keeps it no count', () => {
  assert.equal(one('في خرق واضح للهدنة والقرار (2140) الصادر عن مجلس الأمن', 2140), undefined);
  assert.equal(one('وخصصت الوزارة الرقم ( 911 ) للبلاغات', 911), undefined);
});

test('hours and nights are durations counted in days', () => {
  assert.deepEqual(one('وأمهلت الحكومة الوزير 48 ساعة لتسليم نفسه.', 2), {
    m: 'duration',
    low: 2,
    high: 2,
    q: 'exact',
  });
  assert.equal(one('وتظاهر المحتجون على مدى أربع ليال متتالية.', 4)?.m, 'duration');
  assert.equal(one('وأغلق المطار لمدة 12 ساعة.', 0.5)?.m, 'duration');
});
