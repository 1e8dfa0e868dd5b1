// Where the subject of a reporting verb stands: sentences of our own, modelled on how Arabic news
// reports speech.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeaker, run, speakerOf } from './attribution-helpers.js';

test('كان + subject + verb: the subject between them speaks', () => {
  const t = 'وكانت وزارة الزراعة أعلنت أن 12 عاملا أصيبوا في الحريق.';
  assert.equal(quoteSpeaker(t, '12 عاملا'), 'وزارة الزراعة');
  const t2 = 'وكان الوزير خالد سمير قد قال إن "الطريق أغلق".';
  assert.equal(quoteSpeaker(t2, 'الطريق أغلق'), 'خالد سمير');
});

test('كان + subject + appeal verb: what follows the verb is its object, not a subject', () => {
  const t = 'وكانت النقابة دعت أعضاءها إلى الإضراب عن العمل.';
  assert.equal(quoteSpeaker(t, 'الإضراب'), 'النقابة');
});

test("the verb's object after its subject is not part of the speaker", () => {
  // a noun with the article, then a known body: the body is the object
  const t = 'وطالبت النقابة مجلس النواب بموقف واضح من القانون.';
  assert.equal(quoteSpeaker(t, 'بموقف'), 'النقابة');
  // a demonstrative opens the object
  const t2 = 'واعتبرت فرنسا هذه الضربات "خرقا للهدنة".';
  assert.equal(quoteSpeaker(t2, 'خرقا'), 'فرنسا');
  // a known body, then a noun without the article
  const t3 = 'وحذر الجيش الإسرائيلي سكان القرى من الاقتراب من الحدود.';
  assert.equal(quoteSpeaker(t3, 'الاقتراب'), 'الجيش الإسرائيلي');
});

test('a name joined with و, or a role with its name, stays one speaker', () => {
  const t = 'وقالت هيئة الإذاعة والتلفزيون اليابانية إن "الأمطار توقفت".';
  assert.equal(quoteSpeaker(t, 'الأمطار توقفت'), 'هيئة الإذاعة والتلفزيون اليابانية');
  const t2 = 'وقال رئيس الوزراء التركي أحمد داود أوغلو إن "الحملة مستمرة".';
  assert.equal(quoteSpeaker(t2, 'الحملة مستمرة'), 'أحمد داود أوغلو');
});

test('an opening relay before a verb with its own subject relays that statement', () => {
  const t = 'وبحسب وكالة الأنباء الرسمية، قال العقيد فارس الحلبي إن "خمسة جنود أصيبوا".';
  const a = run(t);
  const quote = a.quotes.find((q) => t.slice(q.start, q.end).includes('خمسة جنود'));
  assert.equal(quote?.attribution.speaker?.surface, 'فارس الحلبي');
  assert.deepEqual(
    quote?.attribution.via.map((v) => v.surface),
    ['وكالة الأنباء الرسمية'],
  );
  assert.equal(a.quotes.filter((q) => q.start < t.indexOf('قال')).length, 0);
});

test('the outlet a statement is told to, right after the verb, is not its speaker', () => {
  const t = 'وقال الطبيب نادر حسون إن المستشفى امتلأ. وقال لفرانس برس "لم يبق سرير فارغ".';
  // الطبيب is a title: the person is named without it
  assert.equal(quoteSpeaker(t, 'سرير'), 'نادر حسون');
});

test('a complement inside a direct quote is part of what is said, not the end of the subject', () => {
  const t = 'وقال البحار "كنا نرى أن الموج يعلو فوق القارب".';
  assert.equal(quoteSpeaker(t, 'الموج يعلو'), 'البحار');
  // a quoted name in the subject still passes: the complement after it opens the statement
  const t2 = 'وقال المتحدث باسم "جمعية الإغاثة الطبية العربية" عماد الحلبي إن 3 مسعفين أصيبوا.';
  assert.equal(quoteSpeaker(t2, '3 مسعفين'), 'عماد الحلبي');
  // a quote that opens with the complement is the statement, whatever follows it
  const t3 = 'واعتبر الوزير نادر سليم "أنها اتهامات باطلة" بعدما اتهمته المعارضة بأنه "مسؤول".';
  assert.equal(quoteSpeaker(t3, 'باطلة'), 'نادر سليم');
  // a mark left open in the subject (قناة "X بأن "…"): the complement after it still opens the statement
  const t4 = 'وأفادت قناة "الأخبار المحلية بأن "الجسر أغلق أمام السيارات".';
  assert.equal(quoteSpeaker(t4, 'الجسر أغلق'), 'قناة "الأخبار المحلية');
});

test('a relative clause about a time has its subject after the verb', () => {
  const t = 'يأتي ذلك في الوقت الذي أعلنت فيه وزارة الزراعة نفوق 40 رأسا من الماشية.';
  assert.equal(quoteSpeaker(t, 'نفوق 40'), 'وزارة الزراعة');
  const t2 = 'ووقع الانفجار في اليوم الذي قال فيه وزير النقل في زيارة للميناء إن الطريق آمن.';
  assert.equal(quoteSpeaker(t2, 'الطريق آمن'), 'وزير النقل'); // an unnamed minister: the role is the speaker
});

test('a time adverb after the verb is not its subject; the subject before the verb speaks', () => {
  const t = 'لكن الأمم المتحدة ذكرت مساء أن 20 عائلة نزحت من القرية.';
  assert.equal(quoteSpeaker(t, '20 عائلة'), 'الأمم المتحدة');
});

test('a relay verb joined after a statement has its own source, and the source after عن speaks', () => {
  const t =
    'وأعلنت الأمم المتحدة المدينة "منطقة منكوبة" ونقلت وكالة الأنباء عن المتحدث باسم البلدية سامر خليل قوله إن "المياه غمرت الأحياء".';
  assert.equal(quoteSpeaker(t, 'المياه غمرت'), 'سامر خليل');
  const t2 = 'ونقلت وكالة الأنباء الرسمية عن مصدر مسؤول بوزارة الخارجية تضامن البلاد مع المتضررين.';
  const a = run(t2);
  const quote = a.quotes.find((q) => t2.slice(q.start, q.end).includes('تضامن'));
  assert.equal(quote?.attribution.speaker?.surface, 'مصدر مسؤول بوزارة الخارجية');
  assert.deepEqual(
    quote?.attribution.via.map((v) => v.surface),
    ['وكالة الأنباء الرسمية'],
  );
});

test('what a speaker belongs to, pointed back at, or "there" is not part of its name', () => {
  const t = 'وفي بيان لوزارة الصحة، قالت إدارة الإسعاف التابعة لها إن 9 أشخاص نقلوا إلى المستشفى.';
  assert.equal(quoteSpeaker(t, '9 أشخاص'), 'إدارة الإسعاف');
  const t2 = 'وقال مسؤولو الدفاع المدني هناك إن 4 منازل انهارت.';
  assert.equal(quoteSpeaker(t2, '4 منازل'), 'مسؤولو الدفاع المدني');
});

test('the office of a titled person speaks, not the person', () => {
  const t = 'وقال مكتب رئيس الوزراء سامي خليل إن الحكومة ستعوض المتضررين.';
  assert.equal(quoteSpeaker(t, 'ستعوض'), 'مكتب رئيس الوزراء');
});

test('the name after يدعى is the speaker', () => {
  const t = 'وقال راكب آخر يدعى نادر حسون إن الحافلة كانت مسرعة.';
  assert.equal(quoteSpeaker(t, 'مسرعة'), 'نادر حسون');
});

test('what a source issued, a description after it: the source speaks', () => {
  const t = 'وأصيب 40 شخصا، بحسب أرقام الهيئات الطبية في المدينة.';
  assert.equal(quoteSpeaker(t, 'وأصيب 40'), 'الهيئات الطبية في المدينة');
  const t2 = 'وذكرت إحصاءات فرق الإنقاذ أن 12 شخصا ما زالوا مفقودين.';
  assert.equal(quoteSpeaker(t2, '12 شخصا'), 'فرق الإنقاذ');
});

test('an unnamed source keeps the sector it is in', () => {
  assert.equal(quoteSpeaker('وقالت مصادر في الصحة إن 3 جرحى نقلوا.', '3 جرحى'), 'مصادر في الصحة');
  assert.equal(quoteSpeaker('وقال سكان بالمنطقة إن القصف استمر.', 'القصف'), 'سكان بالمنطقة');
  const t = 'وقتل محتج، بحسب ما قالته مصادر بقطاعي الصحة والأمن.';
  assert.equal(quoteSpeaker(t, 'وقتل محتج'), 'مصادر بقطاعي الصحة والأمن');
  // the outlet told is not the source's body
  assert.equal(quoteSpeaker('وأفادت مصادر لـ"الإذاعة المحلية"، السبت، بأن الطريق أغلق.', 'الطريق'), 'مصادر');
  // a compound preposition places the source and is no sector
  assert.equal(quoteSpeaker('وقال أحد السكان بالقرب من الجسر إن النيران اشتعلت.', 'النيران'), 'أحد السكان');
});

test('"there" after a relayed source, and an agency\'s full name', () => {
  const t = 'وأصيب 7 أشخاص، وفقا لمسؤولي الدفاع المدني هناك.';
  assert.equal(quoteSpeaker(t, 'وأصيب 7'), 'مسؤولي الدفاع المدني');
  const t2 = 'واعلنت وكالة الشرق للانباء توقيف 30 شخصا في العاصمة.';
  assert.equal(quoteSpeaker(t2, 'توقيف 30'), 'وكالة الشرق للانباء');
});

test("a spokesman's statement goes on in the next sentence that opens with وقد", () => {
  const t =
    'وصرح المتحدث باسم الدفاع المدني بأن حريقا اندلع في مستودع للوقود. وقد نتج عن ذلك إصابة 6 عمال نقلوا إلى المستشفى.';
  assert.equal(quoteSpeaker(t, 'إصابة 6'), 'الدفاع المدني');
  // not after anyone else's statement: the outlet narrates again
  const t2 = 'وقالت مصادر في الصحة إن 3 جرحى نقلوا. وقد زاد الحريق من غضب السكان.';
  assert.equal(quoteSpeaker(t2, 'غضب السكان'), undefined);
});

test("a spokesman's statement goes on over the sentences of its paragraph that give no source", () => {
  const t =
    'وصرح المتحدث باسم الدفاع المدني بأن حريقا اندلع في مستودع للوقود. كما أصيب 4 عمال بحروق طفيفة.\n\nوزار المحافظ الموقع.';
  assert.equal(quoteSpeaker(t, 'أصيب 4'), 'الدفاع المدني');
  // a new paragraph that does not open with وقد is the outlet's again
  assert.equal(quoteSpeaker(t, 'وزار المحافظ'), undefined);
  // nor a sentence whose own reporting verb has its subject after it
  const t2 =
    'وصرح المتحدث باسم الدفاع المدني بأن حريقا اندلع في مستودع للوقود. لكن في المقابل اتهم السكان الشركة بالإهمال منذ سنوات.';
  assert.notEqual(quoteSpeaker(t2, 'بالإهمال'), 'الدفاع المدني');
});

test('a reporting verb form that is a name part or a verbal noun is no verb', () => {
  // after أبو، بن: a name (علي بن أبي طالب), not طالب "demanded"
  const t = 'وقع الانفجار في مسجد علي بن أبي طالب (رضي الله عنه) ببلدة السلام يوم الجمعة.';
  assert.equal(run(t).quotes.length, 0);
  // after a noun written with ة and without the article: its verbal noun (مهمة نقل), not نقل "relayed"
  const t2 = 'وكلفت الخلية بمهمة نقل المنفذ أحمد العلي إلى الموقع.';
  assert.equal(run(t2).quotes.length, 0);
  // a name so written stays the verb's subject, and so does a verb after a preposition's noun or its
  // adjective (في مقابلة تلفزيونية قال …)
  const t3 = 'أنقرة قالت إن 12 شخصا اعتقلوا.';
  assert.equal(quoteSpeaker(t3, '12 شخصا'), 'أنقرة');
  const t4 = 'وفي مقابلة تلفزيونية قال الوزير سامر العلي إن 12 شخصا اعتقلوا.';
  assert.equal(quoteSpeaker(t4, '12 شخصا'), 'سامر العلي');
});

test('a reporting verb negated and joined with و ends the statement before it: what follows was not said', () => {
  const t =
    'وأكد الوزير سامر العلي في كلمته أمام البرلمان أمس التزام الحكومة "بالحل السلمي للأزمة" ولم يشر البيان إلى 12 قتيلا سقطوا.';
  assert.equal(speakerOf(t, '12')?.speaker ?? null, null);
  // (the first: a hollow verb after لم has lost its long vowel, يشير → يشر)
  const t2 = 'وقال الوزير إن 5 أشخاص قتلوا، ولم يذكر تفاصيل عن 3 جرحى آخرين.';
  assert.equal(speakerOf(t2, '3 جرحى')?.speaker ?? null, null);
  assert.equal(speakerOf(t2, '5 أشخاص')?.speaker, 'الوزير');
});

test('what happened opens what a body announces: the body is the words before it', () => {
  const t =
    'وأعلنت مصادر طبية محلية سقوط 18 قتيلا وإصابة 600 آخرين بجروح في المواجهات على الحدود الشرقية للقطاع، وذلك في اليوم الثالث من الاحتجاجات، وفق وكالة الأنباء المحلية.';
  assert.equal(speakerOf(t, '18')?.speaker, 'مصادر طبية محلية');
  // an object begun with a preposition is no announcer's name (أصدر X أوامر بتسليح … بعد مقتل)
  const t2 = 'وأصدر حكام الولايات أوامر بتسليح الحرس الوطني بعد مقتل أربعة جنود في الهجوم.';
  assert.notEqual(quoteSpeaker(t2, 'أربعة جنود'), 'حكام الولايات أوامر بتسليح الحرس الوطني');
});

test('"in his words" after a relay marker: the last one who spoke, of that gender', () => {
  const t = 'وقال سامر إن القصف لم يتوقف. ويحزم سامر أغراض العائلة استعدادا "للأسوأ"، وفق تعبيره.';
  assert.equal(quoteSpeaker(t, 'ويحزم'), 'سامر');
  // no one spoke before: no source, not the word "his words"
  const t2 = 'وبات الحي بلا كهرباء منذ 3 أيام، وفق تعبيره.';
  assert.equal(quoteSpeaker(t2, 'وبات'), undefined);
});

test('a relay marker that names no source: "according to what they received from …", "the following …"', () => {
  const t = 'ونفذوا الهجوم وفق ما تلقوه من أوامر من قادتهم في الخارج.';
  assert.equal(quoteSpeaker(t, 'ونفذوا'), undefined);
  const t2 = 'وجرى ذلك وفق التواريخ الآتية في الشهر الماضي.';
  assert.equal(quoteSpeaker(t2, 'وجرى'), undefined);
  // a reporting verb after ما still names its subject
  const t3 = 'وقتل 5 أشخاص، بحسب ما أعلنته وزارة الصحة.';
  assert.equal(quoteSpeaker(t3, 'وقتل 5'), 'وزارة الصحة');
});

test("a speaker phrase opened by an organisation's head is an organisation, whatever the tagger says", () => {
  // the head in construct with a word without the article: no pattern mention, the phrase is the body
  const t = 'وقالت جمعية رعاية الأيتام الخيرية إن "المساعدات وصلت".';
  const speaker = run(t).quotes[0]?.attribution.speaker;
  assert.equal(speaker?.surface, 'جمعية رعاية الأيتام الخيرية');
  assert.equal(speaker?.type, 'organization');
  // a phrase opened by a word that is no organisation's head stays a description of no type
  const t2 = 'وقالت عائلة رعاية الأيتام إن "المساعدات وصلت".';
  assert.notEqual(run(t2).quotes[0]?.attribution.speaker?.type, 'organization');
});

test('a second report in the sentence has its own speaker: و + verb, or فيما / بينما / في حين + verb', () => {
  const t = 'قال الجيش إن خمسة مسلحين قتلوا في الغارة، وقال مسعفون إن 12 مدنيا قتلوا فيها.';
  assert.equal(speakerOf(t, 'خمسة')?.speaker, 'الجيش');
  assert.equal(speakerOf(t, '12 مدنيا')?.speaker, 'مسعفون');
  const t2 = 'أكدت الوزارة أن 4 جنود أصيبوا، فيما قال ناشطون إن 9 أشخاص أصيبوا.';
  assert.equal(speakerOf(t2, '9 أشخاص')?.speaker, 'ناشطون');
  const t3 =
    'وأعلنت جماعة مجهولة مسؤوليتها عن الهجوم، بينما قال مصدر أمني لـ«صحيفة الأمس»، إن «الجماعة جديدة».';
  assert.equal(quoteSpeaker(t3, 'الجماعة جديدة'), 'مصدر أمني');
  // the same speaker going on (وأضاف أن) stays theirs
  const t4 = 'قال الوزير إن الوضع مستقر، وأضاف أن 3 جنود أصيبوا.';
  assert.equal(speakerOf(t4, '3 جنود')?.speaker, 'الوزير');
});

test('a demonstrative and a time after the verb are no subject (صرح ذلك اليوم بأن)', () => {
  const t = 'دعا الوزير إلى الهدوء، وصرح ذلك اليوم بأن "المكان آمن".';
  assert.equal(quoteSpeaker(t, 'المكان آمن'), 'الوزير');
});

test('"earlier" after the subject is not part of its name (زعمت X من قبل أن)', () => {
  const t = 'وزعمت الحكومة من قبل أن "المتمردين يتلقون دعما".';
  assert.equal(quoteSpeaker(t, 'المتمردين يتلقون'), 'الحكومة');
});

test('a known body before its verb, with an adjective and "and its seat" between commas, speaks', () => {
  const t = 'لكن المرصد السوري لحقوق الإنسان المعارض، ومقره بريطانيا، قال إن "الانفجارات هزت المدينة".';
  assert.equal(quoteSpeaker(t, 'الانفجارات هزت'), 'المرصد السوري لحقوق الإنسان');
});

test('the agency itself (الوكالة نفسها) is the agency named before', () => {
  const t = 'وقالت وكالة فارس للأنباء إن المهاجمين فروا. وبحسب الوكالة نفسها، فإن "المهاجمين أطلقوا النار".';
  assert.equal(quoteSpeaker(t, 'المهاجمين أطلقوا'), 'وكالة فارس للأنباء');
});

test('reports without the article are a source; information with the article is the outlet narrating', () => {
  const t = 'وأفادت تقارير بأن 40 شخصا قتلوا في الهجوم.';
  assert.equal(speakerOf(t, '40')?.speaker, 'تقارير');
  const t2 = 'وتفيد المعلومات الأولية بأن 17 شخصا قتلوا.';
  assert.equal(speakerOf(t2, '17')?.speaker ?? null, null);
});

test('a toll in a relative clause about the happening is background, not the speaker of the sentence', () => {
  const t = 'وقال الوزير إن الأجهزة اعتقلت المتورطين في الهجوم الذي أسفر عن مقتل 25 شخصا.';
  assert.equal(speakerOf(t, '25')?.speaker ?? null, null);
  const t2 = 'وقال الوزير إن الهجوم أسفر عن مقتل 25 شخصا.';
  assert.equal(speakerOf(t2, '25')?.speaker, 'الوزير');
  // not what the statement announces (a campaign that led to arrests)
  const t3 = 'وأعلنت القوات انتهاء الحملة التي أسفرت عن اعتقال 40 مطلوبا.';
  assert.ok(speakerOf(t3, '40')?.speaker);
});

test('a toll in a relative clause goes on background when its verb is joined with و', () => {
  const t =
    'ولمحت السلطات إلى تورط جهات خارجية في التفجير الذي وقع في قرية قريبة، وأسفر عن مقتل شرطيين اثنين.';
  assert.equal(speakerOf(t, 'شرطيين')?.speaker ?? null, null);
});

test("a headline's subject first with a present verb of saying and its object: the subject speaks", () => {
  const t = 'اليونان تؤكد وجود الصحفي ماركو ليني في السفارة';
  assert.equal(quoteSpeaker(t, 'السفارة'), 'اليونان');
  // a verb of approving is no saying: no statement
  assert.equal(quoteSpeaker('اليونان تقر قانون الإقامة الجديد', 'قانون'), undefined);
});

test('a name in an apposition after a role whose name was only guessed is the speaker; باسم opens no speech', () => {
  const t = 'وقال المتحدث باسم إدارة مكافحة الفيضانات، ماركو بيلوتي، إنهم عثروا على الجثث.';
  assert.equal(quoteSpeaker(t, 'عثروا'), 'ماركو بيلوتي');
  const t2 = 'وأفاد الناطق باسم الوكالة الوطنية لإدارة الفيضانات ماركو بيلوتي أن المياه ارتفعت.';
  assert.equal(quoteSpeaker(t2, 'المياه'), 'ماركو بيلوتي');
  assert.equal(quoteSpeaker('وأفاد المرصد بمقتل 5 أشخاص في القصف.', 'بمقتل'), 'المرصد');
});

test("a headline's role before a colon is the speaker of what follows it", () => {
  const t =
    'وزير المالية البرتغالي: سنخفض الضرائب العام المقبل\n\nوقال الوزير في مؤتمر صحفي إن الميزانية جاهزة.';
  assert.equal(quoteSpeaker(t, 'سنخفض'), 'وزير المالية البرتغالي');
  // not in the body: a line of the article that starts with a role and a colon is left alone
  const body = 'عنوان الخبر\n\nوزير المالية البرتغالي: سنخفض الضرائب العام المقبل';
  assert.equal(quoteSpeaker(body, 'سنخفض'), undefined);
});

test('وثق reports for a known source only', () => {
  const t = 'ووثق المرصد السوري لحقوق الإنسان مقتل 40 مدنيا في القصف.';
  assert.equal(quoteSpeaker(t, 'مدنيا'), 'المرصد السوري لحقوق الإنسان');
  assert.equal(quoteSpeaker('واستطاعت أن توثق حسابها قبل يوم واحد، وانتشر الخبر.', 'الخبر'), undefined);
});

test('كان + a subject with an apposition between commas + قد + verb: the person named speaks', () => {
  const t =
    'وقالت مصادر أمنية إن القتال مستمر. وكان قائد العملية، اللواء سامر العلي، قد تحدث قائلا إن الجنود تقدموا.';
  assert.equal(quoteSpeaker(t, 'الجنود تقدموا'), 'سامر العلي');
});

test('a nationality or a nisba before a name the tagger knows: the person speaks', () => {
  const t = 'وقالت الأسترالية جانيت ماغواير إن العثور على الحطام مؤلم.';
  assert.equal(quoteSpeaker(t, 'الحطام'), 'جانيت ماغواير');
});

test('كان + a subject with an apposition between commas + verb, with no قد: the person named speaks', () => {
  const t = 'وقال شهود إن الانفجار وقع. وكان الرئيس البرتغالي، ماركو ليني، قال الجمعة إن الحكومة ستتشكل.';
  assert.equal(quoteSpeaker(t, 'الحكومة ستتشكل'), 'ماركو ليني');
  // a verb with و after the comma opens a clause of its own
  const t2 = 'كان الكاتب دقيقا في عمله، وتأثر في ذلك بأساتذته، وقال: "الكتابة صبر".';
  assert.notEqual(quoteSpeaker(t2, 'الكتابة صبر'), 'دقيقا في عمله');
});

test('a second report after a contrast, its source asking not to be named, has its own speaker', () => {
  const t =
    'وقال شهود إن 20 شخصا قتلوا، في حين أكد مسؤول أمني طلب عدم نشر اسمه لوكالة "رويترز" أن 25 شخصا أصيبوا.';
  assert.equal(quoteSpeaker(t, '25 شخصا'), 'مسؤول أمني');
});

test('"the same source" is the last speaker', () => {
  const t = 'وقال الناطق باسم الوكالة، ماركو بيلوتي، إن 300 شخص قتلوا. وقال المصدر نفسه إن التوزيع صعب.';
  assert.equal(quoteSpeaker(t, 'التوزيع صعب'), 'ماركو بيلوتي');
});

test('a role, then a name with the article between commas (وزير العدل، المنصور خليفة، إن): the name speaks', () => {
  const t = 'وقال وزير العدل في الحكومة المؤقتة، المنصور خليفة، إن المحاكمة باطلة.';
  assert.equal(quoteSpeaker(t, 'المحاكمة باطلة'), 'المنصور خليفة');
});

test('a time after the speaker (وقتها، حينها) and its seat (ومقره لندن) are not part of its name', () => {
  assert.equal(quoteSpeaker('واعترف القائد وقتها بأن الوحدة انسحبت.', 'الوحدة انسحبت'), 'القائد');
  assert.equal(quoteSpeaker('وأشار المرصد حينها، إلى أن الغارات توقفت.', 'الغارات توقفت'), 'المرصد');
  assert.equal(
    quoteSpeaker('وأوضح مدير المركز ومقره لندن أن المقاتلين عبروا الحدود.', 'المقاتلين عبروا'),
    'مدير المركز',
  );
  assert.equal(quoteSpeaker('وقال المرصد في بريد إلكتروني إن الاشتباكات تدور.', 'الاشتباكات تدور'), 'المرصد');
});

test("a place right after the head of a paper's name goes on naming it (صحيفة موسكو تايمز)", () => {
  assert.equal(
    quoteSpeaker('وذكرت صحيفة موسكو تايمز أن المبنى شيد بمواد رخيصة.', 'المبنى شيد'),
    'صحيفة موسكو تايمز',
  );
});

test('whom a named person spoke to, last before what is said, is not part of the name', () => {
  assert.equal(quoteSpeaker('وقال سامي خليل للمحتجين إن الطريق سيفتح.', 'الطريق سيفتح'), 'سامي خليل');
  assert.equal(
    quoteSpeaker('وقال المجلس الأعلى للقضاء إن الحكم نهائي.', 'الحكم نهائي'),
    'المجلس الأعلى للقضاء',
  );
});

test('وهو أمر نفته X: a noun for the clause before, as ما, and X denies it', () => {
  const t = 'وخطف المسلحون ثمانية جنود، وهو أمر نفته وزارة الدفاع الأميركية.';
  const quote = run(t).quotes.find((q) => t.slice(q.start, q.end).includes('نفته'));
  assert.equal(quote?.attribution.speaker?.surface, 'وزارة الدفاع الأميركية');
  assert.equal(quote?.attribution.stance, 'denies');
});

test('two words with the article and a role after them (الصديق الصور رئيس قسم التحقيقات) name the person', () => {
  assert.equal(
    quoteSpeaker('وقال الصادق الفاضل رئيس قسم التحقيقات في النيابة إن الحكم صدر غيابيا.', 'الحكم صدر'),
    'الصادق الفاضل',
  );
  // (a body's head or a nisba is no name: القوات الحكومية المتحدث باسمها)
  const t = 'وقالت القوات الحكومية المتحدث باسمها إن القرار نهائي.';
  const quote = run(t).quotes.find((q) => t.slice(q.start, q.end).includes('القرار نهائي'));
  assert.notEqual(quote?.attribution.speaker?.type, 'person');
});
