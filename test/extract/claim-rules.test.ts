// Figures: the rules added for the development sets' general causes, each on an invented sentence.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';

const claims = (text: string) =>
  analyzeDocument({ id: 't', source: 't', text }).claims.map((c) => ({
    m: c.measure,
    low: c.value.low,
    high: c.value.high,
    q: c.value.qualifier,
  }));
const one = (text: string, low: number) => claims(text).find((c) => c.low === low);

test('a distance is a figure of measure other, and the next item of its list too', () => {
  const t = 'وغرق القارب على بعد حوالي 8 أميال بحرية (نحو 15 كيلومترا) عن الجزيرة، و12 ميلا عن الميناء.';
  assert.deepEqual(one(t, 8), { m: 'other', low: 8, high: 8, q: 'approx' });
  assert.equal(one(t, 15)?.m, 'other');
  assert.equal(one(t, 12)?.m, 'other');
  assert.equal(one('ووقع الحادث على بعد 140 كيلو متر من المدينة.', 140)?.m, 'other');
  assert.equal(one('مساحتها 40 كيلومتر مربع', 40), undefined);
});

test('the minutes of a clock time are no count', () => {
  assert.equal(one('وعند الساعة العاشرة وعشرين دقيقة من صباح الجمعة تعرض المركز لقذائف.', 20), undefined);
  assert.equal(one('وتلقت الجهات إشارة عند الساعة التاسعة و45 دقيقة بالتوقيت المحلي.', 45), undefined);
  assert.equal(one('وقتل 20 شخصا خلال 45 دقيقة من القصف.', 20)?.m, 'killed');
});

test('the number of an item of a list is no count', () => {
  const t = 'ونفذ التنظيم عمليات شملت الآتي: 1- حادث استهداف المصلين. 2 - حادث إطلاق النار على دورية.';
  assert.equal(one(t, 1), undefined);
  assert.equal(one(t, 2), undefined);
  assert.equal(one('وقتل 3 - وفق الوزارة - في القصف.', 3)?.m, 'killed');
});

test('a parenthesis between an ordinal word and its number keeps it no count', () => {
  assert.equal(one('في خرق واضح للهدنة والقرار (2140) الصادر عن مجلس الأمن', 2140), undefined);
  assert.equal(one('وخصصت الوزارة الرقم ( 911 ) للبلاغات', 911), undefined);
});

test('hours and nights are durations counted in days', () => {
  assert.deepEqual(one('وأمهلت الحكومة الوزير 48 ساعة لتسليم نفسه.', 2), {
    m: 'duration',
    low: 2,
    high: 2,
    q: 'exact',
  });
  assert.equal(one('وتظاهر المحتجون على مدى أربع ليال متتالية.', 4)?.m, 'duration');
  assert.equal(one('وأغلق المطار لمدة 12 ساعة.', 0.5)?.m, 'duration');
});

test('a part named after its number (3 منها) and the items that follow it take the total measure', () => {
  const t =
    'وأطلقت الجماعة تسعة صواريخ، خمسة منها باتجاه المدينة، وواحد باتجاه البلدة، وثلاثة باتجاه القرية.';
  assert.equal(one(t, 5)?.m, 'explosive_devices');
  assert.equal(one(t, 1)?.m, 'explosive_devices');
  assert.equal(one(t, 3)?.m, 'explosive_devices');
});

test('a verb after a list or a breakdown with no comma governs every number of it', () => {
  const t = 'وقال المتحدث إن خمسة عمال وستة حراس قد قتلوا في الهجوم.';
  assert.equal(one(t, 5)?.m, 'killed');
  assert.equal(one(t, 6)?.m, 'killed');
  const u = 'وقال الوزير إن 250 شخصا بينهم 40 أجنبيا اعتقلوا خلال المداهمات.';
  assert.equal(one(u, 250)?.m, 'arrested');
  assert.equal(one(u, 40)?.m, 'arrested');
  assert.equal(one('وقتل 15 شخصا و34 جريحا في الهجوم.', 34)?.m, 'injured');
  // a verb after كما opens a new clause
  assert.notEqual(
    one('وقد استشهد في المواجهات مع الخلايا 37 من رجال الأمن كما أصيب 90 آخرون.', 37)?.m,
    'injured',
  );
});

test('a toll of the killed and the injured together is other; the noun before إلى names its number', () => {
  assert.equal(one('وأسفر القصف عن مقتل وإصابة 8 مدنيين.', 8)?.m, 'other');
  assert.equal(one('وارتفع عدد القتلى إلى 40 والجرحى إلى 300.', 300)?.m, 'injured');
});

test('years that lasted are durations; years ago and since a superlative are not', () => {
  assert.deepEqual(one('وقتل الآلاف في الحرب المستمرة منذ ست سنوات.', 2190), {
    m: 'duration',
    low: 2190,
    high: 2190,
    q: 'exact',
  });
  assert.equal(one('ضد الحصار المفروض منذ أكثر من عشرة أعوام.', 3650)?.q, 'more_than');
  assert.equal(claims('وهي الحصيلة الأعلى منذ أربع سنوات.').length, 0);
  assert.equal(one('وخطف المسلحون منذ نحو خمس سنوات مضت طالبات المدرسة.', 1825), undefined);
});

test('new cues: carrying, lost to, abducted, caught, first aid; a cell that includes the arrested', () => {
  assert.equal(one('وغرق قارب كان يقل 40 مهاجرا، نحو 30 منهم من الأفارقة.', 40)?.m, 'other');
  assert.equal(one('وغرق مركب راح ضحيته ما لا يقل عن 50 شخصا.', 50)?.m, 'killed');
  assert.equal(one('وقضى 20 لاجئا في البحر.', 20)?.m, 'killed');
  assert.equal(one('وقال إن 12 شخصا من بين المختطفين.', 12)?.m, 'hostages');
  assert.equal(one('وتم إسعاف 17 حالة إلى المستشفى.', 17)?.m, 'injured');
  const t = 'واعتقلت الشرطة 300 شخص. وتضم المجموعة الأولى 100 شخص، فيما تضم المجموعة الثانية 200 شخص.';
  assert.equal(one(t, 100)?.m, 'arrested');
  assert.equal(one(t, 200)?.m, 'arrested');
  assert.equal(one('وتضم اللجنة 12 عضوا.', 12)?.m, 'other');
});

test('a definite dual or plural of a unit of time with its number is a duration', () => {
  assert.equal(one('وسيطر الجيش على القرى خلال اليومين الماضيين.', 2)?.m, 'duration');
  assert.equal(one('وقال إنه جرى توقيفهم خلال الشهرين الماضيين.', 60)?.m, 'duration');
  assert.equal(one('وخرجت المسيرات على مدى الأسابيع الخمسة الماضية.', 35)?.m, 'duration');
  assert.equal(claims('ألغت السلطات القرار قبل بضع دقائق من سريانه.').length, 0);
});

test('a toll after بلغ counts what its head names; a part with its own noun keeps its measure', () => {
  assert.equal(
    one('وقال إن عدد القتلى في البلدة خلال يومي السبت والأحد بلغ 120 شخصا على الأقل.', 120)?.m,
    'killed',
  );
  const t = 'وأفادت الصحة بأن عدد المصابين بلغ 40 حالة، سجلت منهم 6 حالات وفيات.';
  assert.equal(one(t, 40)?.m, 'injured');
  assert.equal(one(t, 6)?.m, 'killed');
  assert.equal(one('وقتل 12 شخصا بينهم 3 أطفال.', 3)?.m, 'killed');
});

test('present-tense headline verbs; a list item with its own noun; places are not bombs', () => {
  assert.equal(one('تصادم حافلة بشاحنة يصرع 9 ويصيب 30', 9)?.m, 'killed');
  assert.equal(one('تصادم حافلة بشاحنة يصرع 9 ويصيب 30', 30)?.m, 'injured');
  assert.equal(one('انفجار في مصنع يودي بحياة 11 عاملا', 11)?.m, 'killed');
  assert.equal(one('وقال إن 5 قتلى و12 مفقودا في الفيضانات.', 12)?.m, 'missing');
  assert.equal(one('وتفجير 4 كنائس في المدينة', 4)?.m, 'other');
  assert.equal(one('وباشرت فرقة إسعاف تابعة للهيئة و8 فرق أخرى الحادث.', 8)?.m, 'other');
});

test('accusative units, a number repeated in words, a noun inside the phrase, a dual after a list', () => {
  assert.equal(one('وتواصل الحصار لأكثر من 20 يوما.', 20)?.m, 'duration');
  assert.equal(one('كما تعرض (5) خمسة من رجال الأمن للإصابة.', 5)?.m, 'injured');
  assert.equal(one('وذكر مسؤول أن سيارات الإسعاف نقلت 6 جثث على الأقل.', 6)?.m, 'killed');
  assert.equal(one('وأكدت الوزارة أن هناك 14 قتيلا وجريحين.', 2)?.m, 'injured');
  assert.equal(one('وقال إن أعداد الموقوفين في القضية، بلغ 85 شخصا.', 85)?.m, 'arrested');
  assert.equal(one('ليصبح إجمالي الوفيات 16', 16)?.m, 'killed');
  assert.equal(claims('وتوفيت الرضيعة (9 شهور) في المستشفى.').length, 0);
});

test('sums of money are figures of measure other; a percentage is none', () => {
  assert.equal(one('فإن 60 في المائة من الجزيرة أضحى خاليا من السكان.', 60), undefined);
  assert.equal(one('وخصصت الحكومة ثلاثة مليارات دولار للإغاثة.', 3e9)?.m, 'other');
  assert.equal(one('وقتل 20 شخصا وارتفعت الأسعار بنسبة 30%.', 20)?.m, 'killed');
});

test('two happenings joined before one number are other; shelters and death after injury', () => {
  assert.equal(one('أمطار غزيرة تقتل وتشرد آلاف السكان', 1000)?.m, 'other');
  assert.equal(one('وسمحوا لعدد من السجناء بالفرار وقتلوا العشرات من الحراس', 10)?.m, 'killed');
  assert.equal(one('ولا يزال أكثر من 20 ألف شخص في ملاجئ موزعة', 20000)?.m, 'displaced');
  assert.equal(one('وقالت الوزارة إن ثلاثة من المصابين انتقلوا إلى رحمة الله.', 3)?.m, 'killed');
});

test('fighters in a list or a breakdown of the dead are dead; a running count after تعداد', () => {
  const t = 'وأدى الانفجار إلى مقتل خمسة مدنيين وثلاثة مسلحين من الفصائل.';
  assert.equal(one(t, 3)?.m, 'killed');
  const b = 'وأسفر القصف عن مقتل 9 أشخاص، من بينهم 6 مدنيين و3 مقاتلين من المعارضة.';
  assert.equal(one(b, 3)?.m, 'killed');
  // fighters who did something are still fighters
  assert.equal(one('وهاجم 40 مسلحا البلدة وقتلوا 6 مدنيين.', 40)?.m, 'combatants');
  assert.equal(one('مع ارتفاع تعداد القتلى في صفوف الجيش إلى 120، بينهم ضباط', 120)?.m, 'killed');
});

test('months and weeks in the accusative are durations in days; a qualifier after the noun is no word', () => {
  assert.deepEqual(one('وبقيت السفينة مفقودة منذ نحو 14 شهرا', 420), {
    m: 'duration',
    low: 420,
    high: 420,
    q: 'approx',
  });
  assert.equal(one('واستمر الحصار 11 أسبوعا', 77)?.m, 'duration');
  assert.equal(one('ولقي 6 أشخاص على الأقل مصرعهم في الحادث', 6)?.m, 'killed');
  // charges are no toll
  assert.equal(one('ووجهت إليه النيابة 5 تهم بالقتل العمد', 5)?.m, 'other');
});

test('thousands who flee are displaced; a toll from one figure to the next; a killed count of its own', () => {
  assert.equal(one('وأدى القصف إلى فرار عشرات الآلاف من السكان نحو الحدود', 10000)?.m, 'displaced');
  assert.equal(one('وقال المرصد إن ثلاثة تمكنوا من الفرار', 3)?.m, 'escaped');
  assert.equal(one('وارتفعت حصيلة الانفجار من 14 إلى 17 قتيلا', 14)?.m, 'killed');
  assert.equal(one('وقدرت الوكالة أعداد القتلى بـ215 شخصا', 215)?.m, 'killed');
  assert.equal(one('وأفادت القناة بسقوط 6 قتلى وإصابة 11 آخرين', 11)?.m, 'injured');
  assert.equal(one('وأسفر الهجوم عن مقتل وإصابة 9 أشخاص', 9)?.m, 'other');
});

test('at least before the number, after a dual, and before من that opens who is counted', () => {
  assert.deepEqual(one('وانتشلت فرق الإنقاذ على الأقل أربع جثث', 4), {
    m: 'killed',
    low: 4,
    high: null,
    q: 'at_least',
  });
  assert.equal(one('وقتل شخصان على الأقل في البلدة', 2)?.q, 'at_least');
  assert.equal(one('ونص الاتفاق على إجلاء ثلاثة آلاف شخص على الأقل من المقاتلين', 3000)?.q, 'at_least');
  // the qualifier after one number is not the next one's
  assert.equal(one('قتل 12 شخصا على الأقل 4 منهم أطفال', 4)?.q, 'exact');
});

test('people evacuated (أجلي) and living in the open are displaced', () => {
  assert.equal(one('وأجلي نحو ثلاثة آلاف شخص من منازلهم في الجزيرة', 3000)?.m, 'displaced');
  assert.equal(one('ويعيش أكثر من 20 ألف شخص في العراء بعد الزلزال', 20000)?.m, 'displaced');
});

test('decades are durations in days; a channel named with a number is no count', () => {
  assert.deepEqual(one('وخاضت الجماعة تمردا مسلحا لثلاثة عقود', 10950), {
    m: 'duration',
    low: 10950,
    high: 10950,
    q: 'exact',
  });
  assert.equal(one('وقال مراسل فرانس 24 إن الطريق مغلق', 24), undefined);
});

test('people expelled from their homes are displaced; diplomats expelled are not', () => {
  assert.equal(one('عندما طرد مئات الآلاف من منازلهم في الحرب', 100000)?.m, 'displaced');
  assert.equal(one('وأعلنت الحكومة طرد 12 دبلوماسيا من السفارة', 12)?.m, 'other');
});

test('a plural verb closes the count before it; hours and minutes are parts of a day, not rounded', () => {
  assert.equal(one('وقالت الوزارة إن 43 شخصا قتلوا وأصيب 173 آخرون بجروح', 173)?.m, 'injured');
  assert.equal(one('وبعد نحو 45 دقيقة من إقلاعها اختفت الطائرة', 0.03125)?.m, 'duration');
  assert.equal(one('واستمرت المعركة 3 ساعات في الحي', 0.125)?.m, 'duration');
});

test('the dead before their number; a phrase is no happening joined to the next; a comma before وأصيب', () => {
  assert.equal(one('حيث عثر على غالبية القتلى الـ82 في المدينة', 82)?.m, 'killed');
  assert.equal(one('بعد اندلاع حريق على متنها ومقتل 168 شخصا', 168)?.m, 'killed');
  assert.equal(one('وقتل في الهجوم المزعوم 60 شخصا على الأقل، وأصيب المئات', 60)?.m, 'killed');
  assert.notEqual(one('وقدمت التعازي للقتلى وقالت إن تسعة أشخاص ما زالوا في المستشفى', 9)?.m, 'killed');
});

test('barrel bombs are devices, barrels of oil no count; executions carried out are deaths', () => {
  assert.equal(one('وألقت المروحيات 40 برميلا متفجرا على البلدة', 40)?.m, 'explosive_devices');
  assert.equal(one('وسقط أكثر من 25 برميلاً على الحي بحسب ناشطين', 25)?.m, 'explosive_devices');
  assert.equal(one('وارتفع الإنتاج إلى 700 ألف برميل يوميا', 700000), undefined);
  assert.equal(one('وأعدم المسلحون 9 أشخاص في الساحة', 9)?.m, 'killed');
  assert.notEqual(one('وقضت المحكمة بإعدام 6 متهمين', 6)?.m, 'killed');
});

test('a figure set beside the one before it (مقابل) counts the same; a toll of fighters counts the dead', () => {
  const t =
    'وقتل 41 عنصرا من القوات الحكومية مقابل 37 من مقاتلي الجماعة. وبلغت بذلك حصيلة المعارك 90 مقاتلا مقابل 75 مسلحا.';
  assert.equal(one(t, 37)?.m, 'killed');
  assert.equal(one(t, 90)?.m, 'killed');
  assert.equal(one(t, 75)?.m, 'killed');
  assert.equal(one('ويقاتل 400 مقاتل في المدينة مقابل 250 مقاتلا للحكومة', 250)?.m, 'combatants');
});

test('years after the dual of a year are years (في العامين 2016 و2017)', () => {
  assert.equal(one('وفي العامين 2016 و2017، شن الجيش عمليات عدة', 2016), undefined);
});

test('one of the suburbs (إحدى ضواحي) is no count of people', () => {
  assert.equal(one('وكان مهندس أجنبي خطف الشهر الماضي في إحدى ضواحي العاصمة', 1), undefined);
});

test('survivors in a critical condition are injured', () => {
  assert.equal(one('وأفادت وسائل إعلام رسمية بنجاة 4 أشخاص لكنهم في حالة صحية حرجة', 4)?.m, 'injured');
  assert.equal(one('وكانت وسائل إعلام أخرى أعلنت نجاة ستة أشخاص', 6)?.m, 'other');
});

test('a verb before its subject and an apposition between commas still governs the number after it', () => {
  assert.equal(one('وقتل المسلح سامر خليل، المولود في المدينة نفسها، 4 أشخاص قبل أن يعتقل.', 4)?.m, 'killed');
  // (an apposition with a verb of its own, or a count, is a clause of its own)
  assert.notEqual(one('وقال الوزير، الذي أصيب أمس، 3 أشخاص في الطابق.', 3)?.m, 'injured');
});

test('a fire that took (أودى بأرواح) tens of lives counts the dead', () => {
  assert.deepEqual(one('وقال الرئيس إن الحريق الذي أودى بأرواح العشرات كان بسبب الإهمال.', 10), {
    m: 'killed',
    low: 10,
    high: null,
    q: 'magnitude',
  });
});

test('among the dead (بين القتلى) after a count, and a kidnapping in the present tense, say what it counts', () => {
  assert.equal(one('وقالت الوكالة إن 12 طفلا كانوا بين قتلى الحريق.', 12)?.m, 'killed');
  assert.equal(one('وكان 3 أطفال من بين الجرحى.', 3)?.m, 'injured');
  assert.equal(one('المسلحون يختطفون 8 عناصر من الفصيل المعارض', 8)?.m, 'hostages');
});

test('one group of three digits after a dot is thousands (10.000 شخص) unless a scale word follows (1.5 مليون)', () => {
  assert.equal(one('وأدت الحرب إلى مقتل أكثر من 10.000 شخص.', 10000)?.m, 'killed');
  assert.ok(claims('بلغ الدين 1.500 مليون دولار').some((c) => c.low === 1500000));
  assert.ok(claims('وبلغ الدين نحو 1.408 تريليون ريال').some((c) => c.low === 1408000000000));
});

test('a year after the name of an uprising, a war or an election is no count', () => {
  assert.equal(one('وقتل القذافي بعد انتفاضة 2011 التي دعمها الحلف.', 2011), undefined);
  assert.equal(one('وشارك في حرب 2006 آلاف المقاتلين.', 2006), undefined);
});

test('those who opened fire are attackers; targets, sites and hideouts are no count of the people after them', () => {
  assert.equal(one('وفتح رجلان النار على الحراس عند البوابة.', 2)?.m, 'combatants');
  assert.equal(one('وأطلقت الشرطة النار على المتظاهرين وأصيب 4 أشخاص.', 4)?.m, 'injured');
  assert.equal(one('ودمرت الغارات 35 هدفا للمسلحين.', 35)?.m, 'other');
  assert.equal(one('وسيطرت القوات على 6 مواقع للمتمردين.', 6)?.m, 'other');
});

test('slaughter and beheading are deaths, and deaths counted after the number too', () => {
  assert.equal(one('وذبح المسلحون 12 راعيا في القرية.', 12)?.m, 'killed');
  assert.equal(one('بعد قطع رؤوس 9 رهائن.', 9)?.m, 'killed');
  assert.equal(one('وتسجل البلاد 4 آلاف وفاة سنويا في حوادث السير.', 4000)?.m, 'killed');
});

test('a count of people is no count of bombs, however near a bombing is told', () => {
  assert.equal(one('وأحالت النيابة قضية تفجير المسجد والمتهم بها 12 شخصا إلى المحكمة.', 12)?.m, 'other');
  assert.equal(one('وانفجرت 3 عبوات ناسفة في السوق.', 3)?.m, 'explosive_devices');
});

test('minutes are a duration (a fraction of a day), but not the minutes of a clock time', () => {
  assert.equal(one('واستمر تبادل إطلاق النار نحو 45 دقيقة.', 45 / 1440)?.m, 'duration');
  assert.equal(one('ووصلت الشرطة بعد 9 دقائق.', 9 / 1440)?.m, 'duration');
  assert.deepEqual(claims('وقع الانفجار في الساعة 8 و15 دقيقة صباحا.'), []);
});

test('a unit written before واحد counts one of it (قبل يوم واحد), not a date nor a plain word', () => {
  assert.equal(one('وانضم إلى التنظيم قبل يوم واحد من الهجوم.', 1)?.m, 'duration');
  assert.equal(one('وأبلغته قبل أسبوع واحد من الهجوم.', 7)?.m, 'duration');
  assert.equal(one('وتستقبل المدينة كل عام ملايين السياح.', 365e6), undefined);
});

test('a dual of tankers or ships counts two', () => {
  assert.equal(one('وتعرضت ناقلتان لهجوم في البحر الأحمر.', 2)?.m, 'other');
});

test('what a weapon or an attacker wounded (أصاب … آخرين) is a count of the injured, not of shells', () => {
  assert.equal(one('وأطلق مسلح النار فقتل 5 أشخاص وأصاب اثنين آخرين.', 2)?.m, 'injured');
  assert.equal(one('وانفجرت القنبلة وأصابت حوالي عشرين آخرين.', 20)?.m, 'injured');
  assert.equal(one('فيما أصابت ثلاث قذائف منازل المواطنين.', 3)?.m, 'explosive_devices');
});

test('a dual counts only itself, and a part keeps what befell it right before it', () => {
  assert.deepEqual(
    claims('وسقط قتيلان وجرحى في إطلاق النار.').map((c) => c.m),
    ['killed'],
  );
  assert.equal(one('وأطلق مسلح النار فأصاب 3 إسرائيليين، ثم أعلن الجيش مقتل اثنين منهم.', 2)?.m, 'killed');
  assert.equal(one('وأودت تلك الهجمات بحياة أكثر من 240 شخصا منذ عام 2015.', 240)?.m, 'killed');
});

test('charges are counted as charges, whatever crime they name (5 اتهامات بالقتل)', () => {
  assert.equal(one('ووجه القاضي 5 اتهامات بالقتل العمد إلى المشتبه به.', 5)?.m, 'other');
});

test('a dual keeps "at least" after its adjective (مواطنان أميركيان على الأقل)', () => {
  assert.deepEqual(one('أصيب مواطنان أميركيان على الأقل بجروح في إطلاق النار.', 2), {
    m: 'injured',
    low: 2,
    high: null,
    q: 'at_least',
  });
  assert.equal(one('قتل شخصان على الأقل في الهجوم.', 2)?.q, 'at_least');
});

test('the people taken to hospital right after their number are injured', () => {
  assert.equal(one('وقتل ستة أشخاص، فيما جرى نقل 30 آخرين إلى المستشفيات.', 30)?.m, 'injured');
  // (not a number far before it: 300 عون … ونقلهم إلى المستشفيات)
  assert.notEqual(
    one('وشارك في الإنقاذ 300 عون حماية للمساعدة في إنقاذ الجرحى ونقلهم إلى المستشفيات.', 300)?.m,
    'injured',
  );
});

test('a feminine dual counts two, and those a gunman shot dead are killed', () => {
  assert.equal(one('والاعتداء أودى بحياة شرطيتين.', 2)?.m, 'killed');
  assert.equal(one('والهجوم أودى بحياة ممرضتين في المستشفى.', 2)?.m, 'killed');
  assert.equal(one('وأطلق مسلح النار على اثنين من الحراس فأرداهما قتيلين.', 2)?.m, 'killed');
});

test('a dual after a verb and its subject is what the verb did (قتل المسلح شخصين)', () => {
  assert.equal(one('وقع الهجوم. وقتل المسلح حارسين.', 2)?.m, 'killed');
});
