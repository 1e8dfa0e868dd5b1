// Figures of round 47: the stabbed, counts that verbs joined by أو combine, a count after a month's name,
// a breakdown opened by هم, and the rescued (freed hostages, people saved): sentences of our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';

const measuresOf = (text: string, low: number) =>
  analyzeDocument({ id: 't', source: 't', text })
    .claims.filter((c) => c.value.low === low)
    .map((c) => c.measure);

test('the stabbed are injured; الطعن in a verdict or a faith counts no one', () => {
  assert.deepEqual(measuresOf('طُعن ثلاثة أشخاص في محطة القطار مساء الجمعة.', 3), ['injured']);
  assert.deepEqual(measuresOf('ويحظر القانون الطعن في أحكام المحكمة أو الإساءة إلى أحد القضاة.', 1), []);
});

test('a count whose verbs are joined by أو is one combined count', () => {
  assert.deepEqual(measuresOf('وقال الجيش إن 50 مسلحا قتلوا أو اعتقلوا خلال الشهر.', 50), ['other']);
  assert.deepEqual(measuresOf('وقال الجيش إن 50 مسلحا قتلوا خلال الشهر.', 50), ['killed']);
});

test('after a month, a number with a counted noun is a count, not the day', () => {
  assert.deepEqual(measuresOf('وقتلت الشرطة في مطلع يونيو 12 شخصا قرب الحدود.', 12), ['killed']);
});

test('هم after a toll opens its breakdown', () => {
  const text = 'وارتفعت الحصيلة إلى 12 قتيلا، هم 9 رجال وثلاث نساء.';
  assert.deepEqual(measuresOf(text, 9), ['killed']);
  assert.deepEqual(measuresOf(text, 3), ['killed']);
});

test('hostages freed and people saved are rescued (other); rescue teams rescue no figure', () => {
  assert.deepEqual(measuresOf('وحرر الجيش 25 رهينة من أيدي الخاطفين.', 25), ['other']);
  assert.deepEqual(measuresOf('وأنقذ خفر السواحل 40 مهاجرا قبالة الجزيرة.', 40), ['other']);
  assert.deepEqual(measuresOf('وتم إنقاذ 40 مهاجرا قبالة الجزيرة.', 40), ['other']);
  assert.deepEqual(measuresOf('وخطف المسلحون 7 أشخاص من القرية.', 7), ['hostages']);
  assert.deepEqual(measuresOf('وتبحث فرق الإنقاذ عن ستة أشخاص مفقودين.', 6), ['missing']);
});
