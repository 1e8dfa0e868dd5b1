// Round 49: a verb whose implied subject says where it spoke (وقالت في بيان إن), a family name in the shape
// of a nisba before what was said, a place after a pluperfect's subject, a second announcement after a
// comma, a role in apposition after a name, and كان before هناك: sentences of our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeaker, quoteSpeakers, run } from './attribution-helpers.js';

test('a verb that opens its sentence with where it was said has the last speaker', () => {
  const text = 'قالت وزارة النقل إن الطريق أغلق. وقالت في بيان إن أعمال الصيانة تستمر أسبوعا.';
  assert.equal(quoteSpeaker(text, 'الصيانة'), 'وزارة النقل');
  // (في before a place is no occasion: nothing is said here)
  const place = 'قالت وزارة النقل إن الطريق أغلق. وقالت في المدينة مصادر إن الصيانة تستمر.';
  assert.notEqual(quoteSpeaker(place, 'الصيانة'), 'وزارة النقل');
});

test('a family name in the shape of a nisba ends the name before what was said', () => {
  const text = 'أكد رئيس اللجنة الشيخ سالم الدهماني انسحاب المسلحين من البلدة.';
  assert.equal(quoteSpeaker(text, 'المسلحين'), 'سالم الدهماني');
});

test('the place after a pluperfect’s subject is passed', () => {
  const text = 'وكان شهود عيان في مدينة حلب قد أفادوا أن مسلحين أطلقوا النار على الحاجز.';
  assert.equal(quoteSpeaker(text, 'مسلحين'), 'شهود عيان');
});

test('an announcement joined with و after a comma has its own speaker', () => {
  const text =
    'أكد وزير الخارجية سامي عادل دعم بلاده للحكومة، داعيا إلى الحوار، وأعلنت محكمة الاستئناف، عن تشكيل لجنة للتحقيق.';
  assert.equal(quoteSpeaker(text, 'لجنة'), 'محكمة الاستئناف');
  assert.equal(quoteSpeaker(text, 'دعم'), 'سامي عادل');
});

test('a role in apposition right after a name is the subject’s, not what was said', () => {
  const text = 'أعلن سامي عادل وزير الخارجية الليبي انسحاب البعثة من العاصمة.';
  const said = run(text).quotes.map((q) => text.slice(q.start, q.end));
  assert.ok(said.some((s) => s.startsWith('انسحاب')));
});

test('كان before هناك is "there was", no pluperfect', () => {
  const text = 'وسئل الوزير عما إذا كانت هناك حاجة إلى قوات إضافية في الجنوب فقال إنه يدرس الأمر.';
  assert.ok(!quoteSpeakers(text).some((s) => s?.includes('حاجة')));
});

test('a relay’s feminine verb does not make its source the last woman to speak', () => {
  const text =
    'قالت الوزيرة سلمى راشد إن الاتفاق قريب. ونقلت الإذاعة الرسمية عن الرئيس كمال حداد القول إنه لن يتراجع. وأضاف في مستهل الاجتماع أن "الحكومة باقية".';
  assert.equal(quoteSpeaker(text, 'الحكومة باقية'), 'كمال حداد');
});

test('a prosecutor and a judge are titles before a name', () => {
  assert.equal(
    quoteSpeaker('وقال مدعي عام المدينة جان مارتان إن المهاجم تصرف وحده.', 'المهاجم'),
    'جان مارتان',
  );
  assert.equal(quoteSpeaker('وقال القاضي سامر حداد إن المحاكمة تبدأ غدا.', 'المحاكمة'), 'سامر حداد');
});

test('كان, a subject, a comma, then a verb with only a day before its complement', () => {
  const text = 'ولم يعلق الجيش. وكان الرئيس سامي عادل، توعد الأحد، بأنه "سيكون هناك رد قاس".';
  assert.equal(quoteSpeaker(text, 'رد قاس'), 'سامي عادل');
  // (not كان of a relative clause: its subject is the noun before it)
  const relative = 'وأما الجدة سلمى (60 عاما)، التي كانت مشاركة في المسيرة، فتؤكد أن الغاز ملأ الشارع.';
  assert.notEqual(quoteSpeaker(relative, 'الغاز'), 'مشاركة في المسيرة');
});

test('a word with an attached pronoun after a definite word opens a clause about it, no part of the source', () => {
  const text = 'وجاء في بيان للجماعة تناقلته حسابات مؤيدة لها أن الهجوم نجح.';
  assert.equal(quoteSpeaker(text, 'نجح'), 'الجماعة');
  // (after an indefinite word the clause needs no pronoun and is the source's: موقع أقامه الأهالي)
  const site = 'وبحسب موقع إلكتروني أقامه الأهالي فإن 27 شخصا ما زالوا مفقودين.';
  assert.equal(quoteSpeaker(site, 'مفقودين'), 'موقع إلكتروني أقامه الأهالي');
});

test('a quotation after a relay marker’s source is what is said, a quoted name is the source’s', () => {
  const text =
    'وجاء في بيان للجماعة "نفذ مقاتلونا الهجوم على المقر الرئيسي". وبحسب وكالة "الأفق الإخبارية الدولية" فإن الهجوم فشل.';
  assert.equal(quoteSpeaker(text, 'نفذ مقاتلونا'), 'الجماعة');
  assert.equal(quoteSpeaker(text, 'فشل'), 'وكالة "الأفق الإخبارية الدولية"');
});

test('أن of a contrast is no complement; what was announced gives way to the narration at it', () => {
  const text =
    'وكانت السلطات أعلنت في يناير تحرير المحافظة من التنظيم، إلا أن التنظيم عاد إلى تنفيذ الهجمات.';
  assert.equal(quoteSpeaker(text, 'تحرير المحافظة'), 'السلطات');
  assert.equal(quoteSpeaker(text, 'عاد إلى تنفيذ'), undefined);
  // (an aside right after the verb is passed: أعلن، قبل أيام، بدء …)
  const aside = 'وكان الجيش أعلن، قبل أيام، بدء عملية لتحرير المدينة.';
  assert.equal(quoteSpeaker(aside, 'بدء عملية'), 'الجيش');
});
