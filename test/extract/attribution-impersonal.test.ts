// Sources that name no one (information, estimates, a report no body issued): the outlet narrates.
// Sentences of our own, modelled on how Arabic news reports speech.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeaker, run } from './attribution-helpers.js';

test('بحسب + information no body issued: a statement with no speaker', () => {
  const t = 'وبحسب المعلومات المتوفرة، فإن 12 عاملا أصيبوا في حريق المصنع.';
  assert.equal(quoteSpeaker(t, '12 عاملا'), null);
  const claim = run(t).claims.find((c) => c.value.low === 12);
  assert.equal(claim?.attribution.speaker ?? null, null);
});

test('a verb whose subject is a report or estimates with only adjectives: no speaker', () => {
  assert.equal(quoteSpeaker('وذكر تقرير صحفي أن 40 منزلا تضررت بالسيول.', '40 منزلا'), null);
  assert.equal(quoteSpeaker('وتشير تقديرات أولية إلى أن 300 شخص نزحوا من القرية.', '300 شخص'), null);
  assert.equal(quoteSpeaker('وتفيد المعلومات الأولية بأن الحريق شب في المخزن.', 'الحريق شب'), null);
});

test('what a body issued still names the body', () => {
  const t = 'وتشير أرقام وزارة الزراعة إلى أن 20 مزرعة تضررت.';
  assert.equal(quoteSpeaker(t, '20 مزرعة'), 'وزارة الزراعة');
});

test('a source that names no one leaves the last speaker to the verbs after it', () => {
  const t =
    'وقال الوزير سامي خليل إن 5 عمال أصيبوا. وتشير المعلومات الأولية إلى أن الحريق شب في المخزن. وأضاف أن الطريق أغلق.';
  assert.equal(quoteSpeaker(t, 'الطريق أغلق'), 'سامي خليل');
});

test('what a thing follows after وفقا لـ is not a source', () => {
  const t = 'وقررت البلدية إغلاق الطريق لمدة 24 ساعة قابلة للتمديد وفقا للتطورات.';
  const claim = run(t).claims.find((c) => c.value.low === 24 || c.value.low === 1);
  assert.equal(claim?.attribution.speaker ?? null, null);
  assert.equal(quoteSpeaker(t, 'إغلاق الطريق'), undefined);
});

test('يذكر أن with no subject: the outlet narrates, and a relay inside names the source', () => {
  const t =
    'وقال الوزير سامي خليل إن الطريق أغلق. يذكر أن المنطقة تشهد منذ أيام غارات أوقعت 40 قتيلا بحسب المرصد الوطني.';
  assert.notEqual(quoteSpeaker(t, '40 قتيلا'), 'سامي خليل');
  const claim = run(t).claims.find((c) => c.value.low === 40);
  assert.notEqual(claim?.attribution.speaker?.surface, 'سامي خليل');
});
