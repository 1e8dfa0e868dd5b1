// Where a speaker's phrase ends: after a body's quoted name, before a clause about an anonymous source,
// before كان after a relay marker; and a hashtag's words as a speaker: sentences of our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeaker, run } from './attribution-helpers.js';

test("a body's quoted name ends the speaker, unless a person's name follows it", () => {
  const text = 'ونقلت صحيفة «المساء الجديد» رواية للحادث، جاء فيها أن المهاجم كان وحده.';
  assert.equal(quoteSpeaker(text, 'المهاجم كان وحده'), 'صحيفة «المساء الجديد»');
  const named = 'وقال مدير مكتب منظمة "حماة البيئة" في المدينة سمير داود إن "الجرحى كثيرون".';
  assert.equal(quoteSpeaker(named, 'الجرحى كثيرون'), 'سمير داود');
  const genitive = 'وأعلن المكتب الإعلامي لشركة "النسر" للطيران أن الرحلة ألغيت.';
  assert.match(quoteSpeaker(genitive, 'الرحلة ألغيت') ?? '', /للطيران/);
});

test('a clause about an unnamed source is not part of it', () => {
  const text = 'ويقول مصدر أمني طلب عدم الكشف عن اسمه إن "التحقيق في بدايته".';
  assert.equal(quoteSpeaker(text, 'التحقيق في بدايته'), 'مصدر أمني');
  const relative = 'وقال الموظف الذي طلب عدم نشر اسمه إن المبنى أخلي.';
  assert.equal(quoteSpeaker(relative, 'المبنى أخلي'), 'الموظف');
});

test('the source after بحسب ends before كان, and وأضاف goes on with it', () => {
  const text = 'وبحسب مسؤول في الميناء كانت السفينة تحمل 40 بحارا. وأضاف "نقل الجميع إلى البر".';
  assert.equal(quoteSpeaker(text, 'السفينة تحمل'), 'مسؤول في الميناء');
  assert.equal(quoteSpeaker(text, 'نقل الجميع'), 'مسؤول في الميناء');
});

test("a hashtag's words are read as words: the body written as a hashtag speaks", () => {
  const text = 'وكان بيان لوزارة #الصحة_العامة أعلن، مساء الأحد، أن المستشفى استقبل الجرحى.';
  assert.equal(quoteSpeaker(text, 'المستشفى استقبل'), 'وزارة #الصحة_العامة');
});

test('figures a body confirmed, given with حسب, are that body’s', () => {
  const text = 'وقتل 300 مدني في القصف، حسب الأرقام التي أكدها المرصد السوري لحقوق الإنسان.';
  assert.equal(quoteSpeaker(text, 'وقتل 300'), 'المرصد السوري لحقوق الإنسان');
});

test('a place after a spokesman’s body still names the announcer of a death toll', () => {
  const text = 'أعلن متحدث باسم الشرطة في نيبال الاثنين مقتل 12 شخصا.';
  assert.match(quoteSpeaker(text, 'مقتل 12') ?? '', /^متحدث باسم الشرطة/);
});

test('a name after one title and before another role is the speaker', () => {
  const text = 'وقال السيناتور جون كارتر رئيس بلدية المدينة إنه "حزين جدا".';
  assert.equal(quoteSpeaker(text, 'حزين جدا'), 'جون كارتر');
  const commissioner = 'واعتبر المفوض السامي لحقوق الإنسان سامي الحداد الثلاثاء أن "الحصار جريمة".';
  assert.equal(quoteSpeaker(commissioner, 'الحصار جريمة'), 'سامي الحداد');
});

test('the public a president appeals to after his title is not part of him', () => {
  const text = 'وقال الرئيس كمال داود إن الوضع صعب. ودعا الرئيس المواطنين إلى "الهدوء".';
  assert.equal(quoteSpeaker(text, 'الهدوء'), 'كمال داود');
});

test('a title after a glued ب names its bearer (بالملك فلان)', () => {
  const found = run('واجتمع الوزير بالملك حمدان في القصر.').mentions.filter((m) => m.type === 'person');
  assert.ok(
    found.some((m) => m.surface === 'حمدان'),
    JSON.stringify(found.map((m) => m.surface)),
  );
});

test('"the same newspaper" (الصحيفة ذاتها) is the last newspaper that spoke', () => {
  const text =
    'وقالت صحيفة الفجر الجديد إن المسلح قتل. وقال الجيش إن الوضع هادئ. وذكرت الصحيفة ذاتها أن الأب اعتقل.';
  assert.equal(quoteSpeaker(text, 'الأب اعتقل'), 'صحيفة الفجر الجديد');
});

test('after لكن or إلا أن, a body’s kind or an unnamed source before the verb is its subject', () => {
  const text = 'وقالت البحرية إن الجندي قتل. لكن الجيش قال إن الجندي أصيب فقط.';
  assert.equal(quoteSpeaker(text, 'أصيب فقط'), 'الجيش');
  const sources = 'وقالت البحرية إن الجندي قتل. إلا أن مسؤولين أكدوا أنه نجا.';
  assert.equal(quoteSpeaker(sources, 'أنه نجا'), 'مسؤولين');
  // (not after أن alone: المفارقة أن القناة …)
  assert.equal(quoteSpeaker('والمفارقة أن القناة كانت تعبر عن حال تلك الفترة.', 'حال تلك'), undefined);
});
