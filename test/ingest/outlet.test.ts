// Outlets: from a manifest beside the texts, else from the text (the site's own name, a dateline credit).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { outletFromText } from '../../src/ingest/outlet.js';

test('the site names itself in its newsletter box', () => {
  const text =
    'قال مسؤول محلي إن الطريق أغلق.\n\nانضم إلى قائمة قرّاء محتوى نافذة المدينة واشترك بنشرتنا البريدية.';
  const o = outletFromText(text)!;
  assert.equal(o.outlet, 'نافذة المدينة');
  assert.equal(text.slice(o.start, o.end), 'نافذة المدينة');
});

test('a dateline credit names the outlet; a place or "متابعات" does not', () => {
  assert.equal(outletFromText('عنوان الخبر\nعمّان-صوت الحي\n\nقال شاهد إن السوق أغلق.')?.outlet, 'صوت الحي');
  assert.equal(
    outletFromText('نافذة الجنوب -حلب- 3 مارس 2021-قال شاهد إن السوق أغلق.')?.outlet,
    'نافذة الجنوب',
  );
  assert.equal(outletFromText('إسطنبول - متابعات\n\nقال شاهد إن السوق أغلق.'), null);
  assert.equal(outletFromText('قال شاهد إن السوق أغلق في المدينة اليوم.'), null);
});
