// Figures of round 48: لقي before its number, a detention order, survivors, the missing still searched
// for, and a qualifier after a closing quotation mark: sentences of our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';

const claimsOf = (text: string, low: number) =>
  analyzeDocument({ id: 't', source: 't', text }).claims.filter((c) => c.value.low === low);
const measuresOf = (text: string, low: number) => claimsOf(text, low).map((c) => c.measure);

test('لقي before its number, with the words between it and حتفهم, is killed', () => {
  assert.deepEqual(measuresOf('ولقي 40 راكبا معظمهم من النساء حتفهم في الحادث.', 40), ['killed']);
});

test('an order to detain is held; survivors are other; the missing are searched for', () => {
  assert.deepEqual(measuresOf('وأمرت النيابة بحبس صاحب المصنع و4 من العمال.', 4), ['held']);
  assert.deepEqual(measuresOf('ونجا خمسة عمال من الحريق.', 5), ['other']);
  assert.deepEqual(measuresOf('وانتشلت فرق الإنقاذ الجثث وأربعة ناجين من الماء.', 4), ['other']);
  assert.deepEqual(measuresOf('وما زال البحث جار عن ثمانية صيادين.', 8), ['missing']);
});

test('a qualifier after the quotation mark that closes the count is the count’s', () => {
  const [claim] = claimsOf('وقالت الوزارة إن القتلى يشملون "15 طفلا" على الأقل.', 15);
  assert.equal(claim?.value.qualifier, 'at_least');
});

test('"one of" far from what befell it counts no one; a year after a month’s other name is no count', () => {
  assert.deepEqual(measuresOf('ولقي عدد من الركاب مصرعهم بعد سقوط جزء من إحدى العربات.', 1), []);
  assert.deepEqual(measuresOf('وأصيب أحد الحراس بجروح.', 1), ['injured']);
  assert.deepEqual(
    measuresOf('وكان حادث مماثل وقع في أبريل (نيسان) 2016 قرب المعبر، وقد قتل فيه جنديان.', 2016),
    [],
  );
  assert.deepEqual(measuresOf('وقضت المحكمة بالسجن مدة 5 سنوات على الأقل.', 5), []);
});
