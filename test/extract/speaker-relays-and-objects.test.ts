// Round 50: a verbal noun of saying (بعد قول X إن), a relay verb's statement in construct (نقلت الوكالة
// بيان الوزارة), a relay marker inside a subject (نقلا عن), a clause that ends with its own source (…، فيما
// …، بحسب X), a contrast after a comma, the object after a title's nationality, after a name and in
// brackets, and the source of a relay marker's verb: sentences of our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeaker, run, speakerOf } from './attribution-helpers.js';

const viaOf = (text: string, needle: string) =>
  run(text)
    .quotes.find((q) => text.slice(q.start, q.end).includes(needle))
    ?.attribution.via.map((v) => v.surface);

test('a verbal noun of saying: its genitive says what follows', () => {
  const text = 'صوت المجلس على القرار بعد يوم من قول وزير المالية سالم عادل إن الميزانية متوازنة.';
  assert.equal(quoteSpeaker(text, 'الميزانية'), 'سالم عادل');
  // (not before a preposition: قول للناس إن …)
  const noun = 'هذا الكتاب قول للناس إن الصبر مفتاح.';
  assert.notEqual(quoteSpeaker(noun, 'الصبر'), 'للناس');
});

test('a relay verb with a verbal noun or a statement in construct: its genitive speaks', () => {
  const said = 'ونقلت وكالة رويترز قول الوزير إن الطريق مفتوح.';
  assert.equal(quoteSpeaker(said, 'الطريق'), 'الوزير');
  assert.deepEqual(viaOf(said, 'الطريق'), ['وكالة رويترز']);
  const statement = 'ونقلت وكالة رويترز بيان وزارة النقل والذي جاء فيه: "الطريق مفتوح أمام الشاحنات".';
  assert.equal(quoteSpeaker(statement, 'الشاحنات'), 'وزارة النقل');
  // (where it was said is no statement's author: في تغريدة على حسابها)
  const where = 'وأوردت وكالة رويترز في تغريدة على حسابها "الطريق مفتوح أمام الشاحنات".';
  assert.equal(quoteSpeaker(where, 'الشاحنات'), 'وكالة رويترز');
});

test('a relay marker inside the subject of a verb of telling names the source', () => {
  const text = 'وأفادت وكالة رويترز، نقلا عن سالم عادل، أن أعمال البحث انتهت.';
  assert.equal(quoteSpeaker(text, 'البحث'), 'سالم عادل');
  assert.deepEqual(viaOf(text, 'البحث'), ['وكالة رويترز']);
});

test('a clause after فيما that ends with its own source is that source’s', () => {
  const text =
    'وذكرت وسائل الإعلام أن 40 شخصا نقلوا إلى المستشفى، فيما لا يزال 12 شخصا في العناية المركزة، بحسب وزير الصحة سالم عادل.';
  assert.equal(speakerOf(text, '12')?.speaker, 'سالم عادل');
  assert.equal(speakerOf(text, '40')?.speaker, 'وسائل الإعلام');
  assert.deepEqual(speakerOf(text, '40')?.via, []);
});

test('a contrast after a comma opens a report of its own, its subject before the verb', () => {
  const text = 'وأفادت تقارير بأن الغارات قتلت مدنيين، ولكن موسكو تقول إنها تستهدف المسلحين فقط.';
  assert.equal(quoteSpeaker(text, 'المسلحين'), 'موسكو');
  const after = 'وقال الوزير إن القصف قتل مدنيين، غير أن الجيش قال إن القصف استهدف مخازن.';
  assert.equal(quoteSpeaker(after, 'مخازن'), 'الجيش');
});

test('what the speaker spoke of, after a title’s nationality, a name or its other name in brackets', () => {
  const title = 'وأكد الرئيس الموريتاني حرص الحكومة على أمن الحدود.';
  assert.equal(quoteSpeaker(title, 'الحدود'), 'الرئيس الموريتاني');
  const possessed = 'دعا رجل الدين مقتدى الصدر أنصاره إلى التزام الهدوء.';
  assert.equal(quoteSpeaker(possessed, 'الهدوء'), 'مقتدى الصدر');
  const bracket = 'وصف الوزير سامح شكري (أبو أحمد) شبه جزيرة سيناء بـ"الحصن الأخير في وجه الإرهاب".';
  assert.equal(quoteSpeaker(bracket, 'الحصن'), 'سامح شكري');
  // (a given name the tagger may miss is no object: … الشعبية علي الأحمدي)
  const name = 'وقال المتحدث باسم اللجنة الشعبية علي الأحمدي إن المقاتلين تقدموا.';
  assert.equal(quoteSpeaker(name, 'المقاتلين'), 'علي الأحمدي');
});

test('a relay marker’s verb: its source ends where the verb’s subject would', () => {
  const told = 'قتل 6 أشخاص، بحسب ما أفاد المتحدث باسم الشرطة سالم عادل لوكالة رويترز.';
  assert.equal(speakerOf(told, '6')?.speaker, 'سالم عادل');
  const page = 'أصيب 12 شخصا، وفق ما ذكر الصليب الأحمر على صفحته على تويتر.';
  assert.equal(speakerOf(page, '12')?.speaker, 'الصليب الأحمر');
  const quoting = 'أطلق 6 صواريخ، حسبما ذكرت وكالة رويترز نقلا عن بيان من وزارة الدفاع.';
  assert.equal(speakerOf(quoting, '6')?.speaker, 'وزارة الدفاع');
  assert.deepEqual(speakerOf(quoting, '6')?.via, ['وكالة رويترز']);
});

test('a statement whose author follows its relay marker and points back at it', () => {
  const text = 'قتل 24 شخصا، وفق حصيلة جديدة أعلنها وزير الداخلية سالم عادل.';
  assert.equal(speakerOf(text, '24')?.speaker, 'سالم عادل');
  const issued = 'وذكر بيان للوزارة أن "الأجهزة الأمنية أوقفت المشتبه به".';
  assert.equal(quoteSpeaker(issued, 'المشتبه'), 'الوزارة');
});

test('a body’s name with its closing quote mark is known (حركة "X")', () => {
  const text = 'ودانت حركة "حماس" الانفجار الذي استهدف الموكب.';
  assert.equal(quoteSpeaker(text, 'الموكب'), 'حركة "حماس"');
});

test('a spokesman for a person named right after باسم: an apposition names the spokesman', () => {
  const text =
    'وقال الرئيس محمود عباس إن الهجوم جبان. وقال المتحدث باسم عباس، نبيل أبو ردينة، إن الاعتداء مرفوض.';
  assert.equal(quoteSpeaker(text, 'مرفوض'), 'نبيل أبو ردينة');
});

test('a woman who leads (القيادية) is no command (القيادة) that spoke before', () => {
  const text =
    'وكشفت القيادة العامة لـ"قوات الأمن"، خلال مؤتمر، حصيلة القتلى. وقالت عضو القيادة سلمى الحداد إن 20 قتلوا. وبينت القيادية، أن الهجوم بدأ بتفجير سيارة.';
  assert.equal(quoteSpeaker(text, 'بتفجير'), 'سلمى الحداد');
});
