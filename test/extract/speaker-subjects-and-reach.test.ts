// Subjects read in round 47: a date after the verb, a subject before كان, a body's toll, a place after في,
// a statement's noun after a relay, a source named after an impersonal one, and how far a verb's own
// preposition may stand: sentences of our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeaker, speakerOf } from './attribution-helpers.js';

test('a date right after the verb is when, not who; the subject before كانت قد speaks', () => {
  const text = 'ويذكر أن وزارة الزراعة كانت قد أعلنت الخميس 3 مارس/ آذار نفوق 40 رأسا من الماشية.';
  assert.equal(speakerOf(text, '40')?.speaker, 'وزارة الزراعة');
});

test('after كان, the seat between commas is not the subject’s', () => {
  const text = 'وكان المرصد السوري لحقوق الإنسان، ومقره لندن، أفاد بمقتل 12 مدنيا.';
  assert.equal(speakerOf(text, '12')?.speaker, 'المرصد السوري لحقوق الإنسان');
});

test('a toll of a body, with an adjective before its ل, is the body’s', () => {
  const text = 'وكانت حصيلة أولية للمرصد قد أفادت بمقتل 9 مدنيين.';
  assert.equal(speakerOf(text, '9')?.speaker, 'المرصد');
});

test('after وفق, a body’s kind ends before a word without the article', () => {
  const text = 'وأصابت القذيفة وفق المرصد سوق خضار كان مزدحما.';
  assert.equal(quoteSpeaker(text, 'القذيفة'), 'المرصد');
});

test('after لكن, a body with a participle and its ل denies', () => {
  const text = 'لكن وزارة الصحة التابعة للإدارة المحلية نفت هذه الأنباء.';
  assert.equal(quoteSpeaker(text, 'هذه الأنباء'), 'وزارة الصحة التابعة للإدارة المحلية');
});

test('a place after في is no name; two words after it are', () => {
  const reporter = 'وقال مراسل الوكالة في دوما إن القصف مستمر.';
  assert.equal(quoteSpeaker(reporter, 'القصف مستمر'), 'مراسل الوكالة في دوما');
  const corps = 'وأفاد مسؤول في فيلق السواحل أن الزورق غرق.';
  assert.equal(quoteSpeaker(corps, 'الزورق غرق'), 'مسؤول في فيلق السواحل');
  const named = 'وقال مدير المستشفى في دوما سامر الحلبي إن الجرحى كثيرون.';
  assert.equal(quoteSpeaker(named, 'الجرحى كثيرون'), 'سامر الحلبي');
  const spokesman = 'وقال المتحدث باسم الشرطة في كابول إن 4 قتلوا.';
  assert.equal(speakerOf(spokesman, '4')?.speaker, 'الشرطة في كابول');
});

test('after بحسب and a statement’s noun, a verb’s form is its author, not a verb', () => {
  const text = 'وبحسب إفادة طالب للإذاعة، فإن الحريق بدأ في المختبر.';
  assert.notEqual(quoteSpeaker(text, 'الحريق بدأ'), 'وبحسب إفادة');
});

test('an impersonal source gives way to one named later in the sentence', () => {
  const text = 'ووفقا للاستنتاجات الأولية، فإن السائق "فقد السيطرة"، بحسب ما قال المتحدث باسم الشرطة.';
  assert.equal(quoteSpeaker(text, 'فقد السيطرة'), 'الشرطة');
  const alone = 'ووفقا للتقديرات الأولية، فإن الخسائر كبيرة.';
  assert.equal(quoteSpeaker(alone, 'الخسائر كبيرة'), null);
});

test('بذلك after the subject is no name', () => {
  const text = 'ويشير الاتحاد القريب من النقابات، بذلك إلى الإضراب الذي شل الميناء.';
  assert.equal(quoteSpeaker(text, 'الإضراب'), 'الاتحاد القريب من النقابات');
});

test('the name علي, written with ي, is not the preposition على', () => {
  const text = 'وشدد الممثل المقيم لبرنامج الغذاء في اليمن علي حسن في بيان مساء الأحد على ضرورة فتح الطرق.';
  assert.equal(quoteSpeaker(text, 'فتح الطرق'), 'علي حسن');
});

test('a verb’s own preposition is reached past a long named subject, not past a narration opener', () => {
  const named = 'وطالب مدير مكتب الهيئة العليا لحقوق الإنسان في محافظة نينوى، سامر يوسف، بالتحقيق في الحادث.';
  assert.equal(quoteSpeaker(named, 'بالتحقيق'), 'سامر يوسف');
  const narration =
    'أعلنت الحكومة الحداد العام لثلاثة أيام اعتبارا من السبت، غداة انفجار أسفر عن سقوط 30 قتيلا.';
  assert.equal(speakerOf(narration, '30')?.speaker, null);
  const agent = 'حذر مكتب التحقيقات الاتحادي حول تهديد محتمل بتفجير مدرسة في الولاية من قبل مستخدم مجهول.';
  assert.equal(quoteSpeaker(agent, 'مستخدم مجهول'), undefined);
});

test('after a relay marker, the source ends before a relative clause or a passive clause', () => {
  const relative = 'وأغلقت المحال في السوق، وفق ما أفاد المرصد الذي تحدث عن "فوضى" في المدينة.';
  assert.equal(quoteSpeaker(relative, 'وأغلقت المحال'), 'المرصد');
  const passive = 'وبحسب وزارة الأشغال جرى مسح 120 مبنى يوم السبت.';
  assert.equal(speakerOf(passive, '120')?.speaker, 'وزارة الأشغال');
  const issued = 'وقتل 40 مدنيا، حسب الأرقام التي أكدتها الأمم المتحدة.';
  assert.equal(speakerOf(issued, '40')?.speaker, 'الأمم المتحدة');
});
