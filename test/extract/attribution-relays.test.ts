// A participle after a relay's source goes on with that source. Sentences of our own, modelled on how
// Arabic news reports speech.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeaker, run } from './attribution-helpers.js';

test('بحسب X، مضيفة أن …: the participle goes on with X, not with the speaker before', () => {
  const t =
    'وقال الوزير سامي خليل إن الطريق أغلق. وتجددت المظاهرات أمام مبنى البلدية، بحسب ما قالته مصادر أمنية، مضيفة أن ثلاثة متظاهرين أصيبوا بحروق.';
  assert.equal(quoteSpeaker(t, 'ثلاثة متظاهرين'), 'مصادر أمنية');
  assert.equal(quoteSpeaker(t, 'الطريق أغلق'), 'سامي خليل');
});

test('قالت X نقلا عن Y إن …: Y speaks, X relays, also with commas between', () => {
  const t = 'وقالت وكالة الأنباء الرسمية، اليوم، نقلا عن وزارة الداخلية، إن 7 مشتبهين اعتقلوا.';
  const quote = run(t).quotes.find((q) => t.slice(q.start, q.end).includes('7 مشتبهين'));
  assert.equal(quote?.attribution.speaker?.surface, 'وزارة الداخلية');
  assert.deepEqual(
    quote?.attribution.via.map((v) => v.surface),
    ['وكالة الأنباء الرسمية'],
  );
});

test('وفقا لما رواه X فقد …: X is the source, not "ما رواه X"', () => {
  const t = 'ووفقا لما رواه الضابط كريم ناصر فقد طلب المعتقل نقله إلى مدينة أخرى.';
  assert.equal(quoteSpeaker(t, 'طلب المعتقل'), 'الضابط كريم ناصر');
});

test('قال وفقا لما نقلته وكالة X: the one who spoke before says it, the agency relays it', () => {
  const t =
    'وقال العميد سامر الحلبي إن الهجوم فشل. وقال وفقا لما نقلته وكالة الأنباء الرسمية: "المهاجمون فروا إلى الجبال".';
  const quote = run(t).quotes.find((q) => t.slice(q.start, q.end).includes('فروا'));
  assert.equal(quote?.attribution.speaker?.surface, 'سامر الحلبي');
  assert.deepEqual(
    quote?.attribution.via.map((v) => v.surface),
    ['وكالة الأنباء الرسمية'],
  );
});

test('أكد X وفقا للوكالة على أن …: X speaks, the agency relays, and the words before the marker are no quote', () => {
  const t = 'وأكد العقيد سامر الحلبي وفقا للوكالة الرسمية على أن "أي تصعيد لن يمر دون رد".';
  const quotes = run(t).quotes;
  assert.equal(quotes.length, 1, JSON.stringify(quotes.map((q) => t.slice(q.start, q.end))));
  assert.equal(quotes[0]?.attribution.speaker?.surface, 'سامر الحلبي');
  assert.match(quotes[0]?.attribution.via[0]?.surface ?? '', /الوكالة/);
});
