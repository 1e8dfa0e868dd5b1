// Who speaks after a source given with بحسب, a spokesman of a province's governor, a participle whose
// sentence names its own subject (a person, or a body after a lead phrase), an outlet a person writes for,
// quotes after a name that a participle follows, and words that only look like a name:
// sentences of our own, modelled on how Arabic news words them.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeaker, quoteSpeakers } from './attribution-helpers.js';

test("the name after a province's governor is the spokesman's own; a head of state's stays his", () => {
  assert.deepEqual(quoteSpeakers('وقال المتحدث باسم حاكم ولاية هلمند محمد صافي إن الطريق قطع.'), [
    'محمد صافي',
  ]);
  assert.deepEqual(quoteSpeakers('وقال المتحدث باسم حاكم الولاية عبد الرحيم نوري إن الطريق قطع.'), [
    'عبد الرحيم نوري',
  ]);
  assert.deepEqual(quoteSpeakers('وقال المتحدث باسم الرئيس الأفغاني أشرف غني إن المحادثات مستمرة.'), [
    'المتحدث باسم الرئيس الأفغاني',
  ]);
  // (no name after the province: the spokesman is unnamed)
  assert.deepEqual(quoteSpeakers('وقال المتحدث باسم حاكم ولاية هلمند إن الطريق قطع.'), [
    'المتحدث باسم حاكم ولاية',
  ]);
});

test('a person given with بحسب ما قال is the one a bare role and وأضاف go on with', () => {
  const text =
    'وأعلن تنظيم "الدولة الإسلامية" مسؤوليته عن الهجوم. و"اقتحم المسلحون المبنى" بحسب ما قال المتحدث باسم ' +
    'حاكم ولاية هلمند محمد صافي لوكالة الأنباء الفرنسية. وفر الموظفون. وأكد المتحدث أن المسلحين قتلوا جميعهم.';
  assert.equal(quoteSpeaker(text, 'اقتحم المسلحون'), 'محمد صافي');
  assert.equal(quoteSpeaker(text, 'قتلوا جميعهم'), 'محمد صافي');
  // whom it was told is no statement of its own
  assert.equal(quoteSpeaker(text, 'لوكالة الأنباء الفرنسية'), undefined);
});

test('a ministry given with حسب ما أعلنت is not who a masculine verb after it goes on with', () => {
  const text =
    'والتقى الوزيران في العاصمة، حسب ما أعلنت الخارجية المصرية. وظهر الرهينة في التسجيل، ويقول وهو يقرأ ورقة: إن خاطفيه يهددونه.';
  assert.notEqual(quoteSpeaker(text, 'خاطفيه'), 'الخارجية المصرية');
});

test('a participle goes on with the person its own sentence opens with, not the last speaker', () => {
  const text =
    'وقال المتحدث باسم الكرملين إن موسكو لا تتدخل. دافع الرئيس الفرنسي، جان لوران، عن قراره أمام البرلمان، موضحا: "الحقيقة أنني أثق بالحكومة".';
  assert.equal(quoteSpeaker(text, 'أثق بالحكومة'), 'جان لوران');
  // (a particle before the verb: كما استبعد X …، موضحا)
  assert.equal(
    quoteSpeaker(
      'وقال سامر حداد إن الوضع صعب. كما استبعد أحمد العتيبي تسليم المتهم إلى المحكمة، موضحا أن القضاء المحلي هو المختص.',
      'القضاء المحلي',
    ),
    'أحمد العتيبي',
  );
});

test('a person who writes for an outlet speaks, the outlet is told (فلان يكتب لـCNN: …)', () => {
  assert.deepEqual(quoteSpeakers('سامر خليل حداد يكتب لـCNN: متى ينتهي الحصار؟\n\nنص المقال.'), [
    'سامر خليل حداد',
  ]);
  // (nor is the outlet told part of the source's name: وفقا لما قاله مسؤول لـCNN)
  assert.equal(
    quoteSpeaker('قتل تسعة أشخاص في الهجوم، وفقا لما قاله مسؤول في وزارة الداخلية لـCNN.', 'تسعة أشخاص'),
    'مسؤول في وزارة الداخلية',
  );
});

test('words that only look like a name are no speaker (لها، قوله، بالفعل)', () => {
  // a preposition with a pronoun
  for (const s of quoteSpeakers(
    'ويتهم الحزب المؤسسة العسكرية بحملة قمع ضده، ويزعم مساعدة القضاء لها في ذلك.',
  ))
    assert.notEqual(s, 'لها');
  // what was said, with the speaker's pronoun
  assert.equal(
    quoteSpeaker(
      'ونقلت الوكالة الرسمية على لسان الوزير حسن قوله: "لم يعد خافيا على أحد أن الدول تتدخل".',
      'لم يعد خافيا',
    )?.includes('قوله'),
    false,
  );
  // an adverb after the verb leaves the subject implied
  assert.equal(
    quoteSpeaker('وقال دان كوتس إن الخطر قائم. وأضاف أنه رأى بالفعل "أدلة على التدخل".', 'أدلة على التدخل'),
    'دان كوتس',
  );
});

test('a one-word name and the name the tagger split from it are one speaker before an apposition', () => {
  const text =
    'وقال الرئيس محمد بخاري إن الجيش سينتصر. من جهته، أكد بخاري موسى داودا، أحد سكان قرية مجاورة، أن المسلحين ذبحوا عشرة أشخاص.';
  assert.equal(quoteSpeaker(text, 'ذبحوا'), 'بخاري موسى داودا');
});

test('a quote right after a titled name is what was said, and a participle after it goes on', () => {
  const text = 'وقال المسؤول خالد العمري "رأينا ستة قتلى معظمهم من الحراس" مضيفا أن "الحصيلة قد ترتفع".';
  assert.equal(quoteSpeaker(text, 'رأينا ستة قتلى'), 'خالد العمري');
  assert.equal(quoteSpeaker(text, 'الحصيلة قد ترتفع'), 'خالد العمري');
  // (a quote of two or three words too, when a participle follows it)
  const short = 'وقال المسؤول خالد العمري "رأينا ستة قتلى" مضيفا أن الحصيلة قد ترتفع.';
  assert.equal(quoteSpeaker(short, 'رأينا ستة قتلى'), 'خالد العمري');
});

test('a quoted name after the kind of a body stays a name before a participle', () => {
  const text = 'وذكرت صحيفة "النهار اليومية" مشيرة إلى أن المدرب قد يرحل.';
  assert.equal(quoteSpeaker(text, 'النهار اليومية'), undefined);
  assert.match(quoteSpeaker(text, 'المدرب قد يرحل') ?? '', /النهار اليومية/);
});

test('a relay after a quoted name does not make the name what was said', () => {
  const text = 'وذكرت قناة "الأفق"، نقلا عن مصدر لم يذكر اسمه، أن المهاجم طلب فدية.';
  assert.equal(quoteSpeaker(text, 'الأفق'), undefined);
  assert.equal(quoteSpeaker(text, 'طلب فدية'), 'مصدر لم يذكر اسمه');
});

test('a participle goes on with a body that opens its sentence after a lead phrase, not with the last speaker', () => {
  const text =
    'وقال وزير الداخلية إن التحقيق بدأ. من ناحية أخرى، علقت صحيفة "الأفق" على الزيارة، مؤكدة أن الملفات كثيرة.';
  assert.match(quoteSpeaker(text, 'الملفات كثيرة') ?? '', /الأفق/);
  // (not when the sentence gives its source: the body is then what is spoken of)
  const sourced =
    'وقال وزير الداخلية إن التحقيق بدأ. ولا يتراجع الحزب، بحسب المحلل سالم حداد، عن موقفه، قائلا إن "القرار في يد قيادته".';
  assert.notEqual(quoteSpeaker(sourced, 'القرار في يد'), 'الحزب');
});

test('a date the dates stage found ends the speaker before the complement', () => {
  assert.deepEqual(quoteSpeakers('وأعلن الرئيس الكيني فلان الفلاني أول من أمس أن المتمردين تراجعوا.'), [
    'فلان الفلاني',
  ]);
  assert.deepEqual(quoteSpeakers('وقالت الشرطة المحلية الأسبوع الماضي إن المهاجم قتل.'), ['الشرطة المحلية']);
});

test('a spokeswoman without the article is the speaker, not only her body', () => {
  assert.deepEqual(quoteSpeakers('وقالت متحدثة باسم وزارة الصحة إن أربعة أشخاص قتلوا.'), [
    'متحدثة باسم وزارة الصحة',
  ]);
});

test('the public an appeal is made to is not who appeals', () => {
  const text = 'وقالت الشرطة المحلية إن الطريق أغلق، كما دعت السكان إلى تجنب المنطقة.';
  assert.equal(quoteSpeaker(text, 'تجنب المنطقة'), 'الشرطة المحلية');
});

test('a verb without a complement does not say the clause a conjunction opens after it', () => {
  const text = 'ولم يكشف المسؤولون الكثير من التفاصيل، لكن صحيفة الغد ذكرت أن المهاجم كان يسكن قرب المكان.';
  assert.equal(quoteSpeaker(text, 'لكن صحيفة الغد'), undefined);
  assert.equal(quoteSpeaker(text, 'المهاجم كان يسكن'), 'صحيفة الغد');
});

test('a quote after an occasion may stand further from its verb, and a marker inside it is the speaker’s words', () => {
  const text =
    'وقال المدعي العام سالم حداد في بيان مشترك مع شرطة المدينة الساحلية "المهاجم في الثلاثين من عمره وفقا للمرحلة الأولى من التحقيق".';
  assert.equal(quoteSpeaker(text, 'المهاجم في الثلاثين'), 'سالم حداد');
  // (after a stray closing mark, a source marker still gives the source)
  const stray = 'وهذا الحادث هو الثامن هذا العام قرب مدارس"، حسب بحث لمؤسسة "الأمن أولا".';
  assert.match(quoteSpeaker(stray, 'الثامن هذا العام') ?? '', /الأمن أولا/);
});
