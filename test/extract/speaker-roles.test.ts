// A role with no name: someone new when written without the article, the last one with that role when
// written with it. Sentences of our own, modelled on how Arabic news reports speech.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { quoteSpeaker, run } from './attribution-helpers.js';

test('a role without the article and with no name is someone new, not the last speaker', () => {
  const t = 'وقال الوزير سامي خليل إن الطريق أغلق. وقال مسؤول في البلدية إن 170 مريضا نقلوا.';
  assert.equal(quoteSpeaker(t, '170 مريضا'), 'مسؤول في البلدية');
  const t2 = 'وقال الطبيب نادر حسون إن المستشفى امتلأ. وقال وزير الزراعة إن 40 مزرعة تضررت.';
  assert.equal(quoteSpeaker(t2, '40 مزرعة'), 'وزير الزراعة');
});

test('the role with the article goes on with the last one who had it, a minister too', () => {
  const t =
    'وقال وزير الزراعة إن 40 مزرعة تضررت. وقال الطبيب نادر حسون إن المستشفى امتلأ. وأضاف الوزير أن السدود صمدت.';
  assert.equal(quoteSpeaker(t, 'السدود صمدت'), 'وزير الزراعة');
});

test('an unnamed role gives way to the name its apposition gives', () => {
  const t = 'وقال قائد قوة الحماية المشتركة، اللواء سامر العلي، إن 12 مسلحا قتلوا.';
  assert.equal(quoteSpeaker(t, '12 مسلحا'), 'سامر العلي');
});

test('آمر (a commander) is a role: the named officer after it speaks', () => {
  const t =
    'وقال آمر الكتيبة البحرية في الميناء العقيد سامي الحداد إن 5 بحارة أصيبوا. وكان آمر الكتيبة البحرية قال أمس إن 3 قوارب غرقت.';
  assert.equal(quoteSpeaker(t, '5 بحارة'), 'سامي الحداد');
});

test('a family name with the article after the full name is that person, not a description', () => {
  const t =
    'وقال كريم منصوري، وهو صياد، إن القارب انقلب في الليل. وقال المنصوري "كان الموج عاليا جدا في تلك الساعة".';
  const a = run(t);
  const quote = a.quotes.find((q) => t.slice(q.start, q.end).includes('الموج'));
  assert.equal(quote?.attribution.speaker?.surface, 'المنصوري');
  assert.equal(quote?.attribution.speaker?.type, 'person');
});

test('a staff rank (العقيد الركن) is a title: the named officer after it speaks', () => {
  const t = 'وقال العقيد الركن سامر الحداد إن الجيش تصدى للهجوم في وقت متأخر من الليل.';
  assert.equal(quoteSpeaker(t, 'الجيش تصدى'), 'سامر الحداد');
});

test('كان opens a report whose subject is a long role with its body', () => {
  const t = 'وكان المتحدث الرسمي قد قال إن الجيش تصدى للهجوم في وقت متأخر من الليل.';
  assert.equal(quoteSpeaker(t, 'الجيش تصدى'), 'المتحدث الرسمي');
  const t2 = 'وكان المتحدث الرسمي باسم القوات المشتركة في المنطقة الشمالية قد قال إن الجيش تصدى للهجوم.';
  assert.notEqual(quoteSpeaker(t2, 'الجيش تصدى'), undefined);
});

test('a name with its role between commas before the verb speaks, and the bare role goes on with it', () => {
  const t =
    'غير أن سامي كريمر، الباحث في المنظمة الدولية، أكد أن "الوضع خطير جدا في البلاد الآن". وتابع الباحث أن "الكثير من الناس يغادرون البلاد كل يوم".';
  assert.equal(quoteSpeaker(t, 'الوضع خطير'), 'سامي كريمر');
  assert.equal(quoteSpeaker(t, 'يغادرون'), 'سامي كريمر');
});

test('a known body described between commas before the verb speaks', () => {
  const t = 'لكن حركة حماس، الفصيل الأكبر في القطاع، تنفي مشاركتها في أي مفاوضات مع الحكومة الآن.';
  assert.equal(quoteSpeaker(t, 'مفاوضات'), 'حركة حماس');
});

test('a body with its abbreviation in parentheses is the subject كان opens', () => {
  const t = 'وكانت وكالة الأنباء الرسمية (وسا) قد ذكرت أن الطفل توفي في الساعات الأولى من الصباح.';
  assert.equal(quoteSpeaker(t, 'الطفل توفي'), 'وكالة الأنباء الرسمية');
});

test('a time after the speaker (في الأسبوع الماضي، في الساعات الأولى) is not part of the name', () => {
  const t = 'وقال الوزير في الأسبوع الماضي إن حكومته بدأت في معاقبة المسؤولين.';
  assert.equal(quoteSpeaker(t, 'معاقبة'), 'الوزير');
  const t2 = 'وقال الوزير سامي خليل في الساعات الأولى من الصباح إن الجيش تقدم نحو المدينة.';
  assert.equal(quoteSpeaker(t2, 'الجيش تقدم'), 'سامي خليل');
});

test('بالقول opens what is said: the speaker goes on, بالقول is no one', () => {
  const t =
    'وقال الزعيم سامي خليل: "قادمون للعام الرابع". وتابع بالقول: "لولا الدعم ما كان للنظام أن يتجرأ على الهجوم".';
  assert.equal(quoteSpeaker(t, 'لولا الدعم'), 'سامي خليل');
});

test('a verb that goes on without a complement still names who speaks next (أجاب X على سؤال … قائلا)', () => {
  const t =
    'وقال العميد سامي خليل إن الجيش تقدم نحو المدينة. وبدوره أجاب اللواء كمال منصور على سؤال حول الهجوم قائلاً: "لم نشهد مثل هذا من قبل في المنطقة".';
  assert.equal(quoteSpeaker(t, 'لم نشهد'), 'كمال منصور');
});

test('where it was said (في حفل، في بيان) is not part of the speaker, nor something said', () => {
  const t = 'وأكد رئيس الوزراء سامي خليل في حفل افتتاح السفارة "نحن هنا لنبقى في المدينة".';
  assert.equal(quoteSpeaker(t, 'لنبقى'), 'سامي خليل');
  const t2 = 'وقررت الحكومة استدعاء سفيرها لدى الدولة، وفق ما أعلنت وزارة الخارجية في بيان صدر اليوم.';
  assert.equal(quoteSpeaker(t2, 'استدعاء'), 'وزارة الخارجية');
  assert.equal(quoteSpeaker(t2, 'صدر اليوم'), undefined);
});

test("the tagger's full name ends the speaker: the verb's object after it is not part of it", () => {
  const t = 'ووصف الوزير سامي خليل الهجوم بأنه "عمل جبان".';
  assert.equal(quoteSpeaker(t, 'عمل جبان'), 'سامي خليل');
});

test('a role with only nisba adjectives after it is the person of that role, not a body named by the adjective', () => {
  const t = 'وقال الرئيس الموريتاني إن المطار أغلق.';
  assert.equal(quoteSpeaker(t, 'المطار أغلق'), 'الرئيس الموريتاني');
  // and like a bare role it goes on with the one named with that role before
  const t1 = 'وقال المسؤول الكندي سامي خليل إن المطار أغلق. وأضاف المسؤول الكندي أن 30 مسافرا علقوا.';
  assert.equal(quoteSpeaker(t1, '30 مسافرا'), 'سامي خليل');
  // after a preposition the word is the body (المتحدث باسم البحرية)
  const t2 = 'وقال المتحدث باسم البحرية الكندية إن 3 سفن أبحرت.';
  assert.equal(quoteSpeaker(t2, '3 سفن'), 'البحرية الكندية');
});

test('a relative clause after the speaker is not part of the name (المتحدث X الذي فر …)', () => {
  const t = 'وقال المتحدث سامي خليل الذي نجا مع زملائه عند بدء القصف، إن المبنى احترق.';
  assert.equal(quoteSpeaker(t, 'المبنى احترق'), 'سامي خليل');
});

test('when or in what it was said ends the speaker (في 15 يوليو، في عناوينها)', () => {
  const t = 'وأشارت السلطات الكندية في 15 يوليو في بيان إلى أن 4 مهربين اعتقلوا.';
  assert.equal(quoteSpeaker(t, '4 مهربين'), 'السلطات الكندية');
  const t2 = 'وقالت الصحافة في عناوينها إن 9 مدارس أغلقت.';
  assert.equal(quoteSpeaker(t2, '9 مدارس'), 'الصحافة');
});

test('أما X فقال: the topic before the verb with ف speaks, however it is worded; not a topic after a preposition', () => {
  const t = 'وقال الوزير سامي خليل إن الطريق أغلق. أما صحيفة المساء المحلية فقالت إن 12 جسرا انهارت.';
  assert.equal(quoteSpeaker(t, '12 جسرا'), 'صحيفة المساء المحلية');
  const t2 = 'وقال الوزير سامي خليل إن الطريق أغلق. أما عن الجسور فقال إن 12 جسرا انهارت.';
  assert.equal(quoteSpeaker(t2, '12 جسرا'), 'سامي خليل');
});

test('a body named after "issued by" speaks (بيان صادر عن X)', () => {
  const t = 'وقال بيان صادر عن وزارة الصحة إن 14 مصابا نقلوا.';
  assert.equal(quoteSpeaker(t, '14 مصابا'), 'وزارة الصحة');
});

test('the platform it was posted on is neither the speaker nor a relay (على تويتر)', () => {
  const t = 'وقال الوزير سامي خليل على تويتر إن 5 قرى غمرتها المياه.';
  assert.equal(quoteSpeaker(t, '5 قرى'), 'سامي خليل');
  const quote = run(t).quotes.find((q) => t.slice(q.start, q.end).includes('5 قرى'));
  assert.deepEqual(quote?.attribution.via, []);
});

test('a role with its nisba is the person the article named right after those words', () => {
  const t =
    'وأعلن الرئيس الموريتاني سامي خليل إغلاق الحدود. وقال الرئيس الموريتاني "إنها فاجعة كبرى للبلاد".';
  assert.equal(quoteSpeaker(t, 'فاجعة'), 'سامي خليل');
});

test('a spokesman for a titled person is not that person: the apposition names the spokesman', () => {
  const t = 'وقال المتحدث باسم الرئيس الموريتاني سامي خليل، كمال منصور، إن 4 وزراء استقالوا.';
  assert.equal(quoteSpeaker(t, '4 وزراء'), 'كمال منصور');
  const t2 = 'وقال المتحدث باسم رئيس الوزراء سامي خليل إن 6 وزراء استقالوا.';
  assert.notEqual(quoteSpeaker(t2, '6 وزراء'), 'سامي خليل');
});

test('a clause about the source between commas (طلب عدم ذكر اسمه) is not the speaker, nor is ذكر after عدم a verb', () => {
  const t = 'وقال مصدر في الشرطة، طلب عدم ذكر اسمه، إن 20 طالبا قتلوا.';
  assert.equal(quoteSpeaker(t, '20 طالبا'), 'مصدر في الشرطة');
  const t2 = 'وأكد مصدر في البلدية، طلب عدم ذكر اسمه، مقتل 20 طالبا.';
  assert.notEqual(quoteSpeaker(t2, '20 طالبا'), 'اسمه');
});

test('the latest toll of a body (آخر حصيلة للمرصد …) is the body speaking', () => {
  const t = 'وأفادت آخر حصيلة للمرصد السوري لحقوق الإنسان عن مقتل 252 شخصا.';
  assert.match(quoteSpeaker(t, '252 شخصا') ?? '', /مرصد السوري لحقوق الإنسان$/);
});

test('a name that opens with عبد or أبو keeps it, a title after عبد too; a son of someone titled is no part of the name', () => {
  const t = 'وقال رئيس شرطة بغداد عبد الرحمن كاسي إن المهاجمين فروا.';
  assert.equal(quoteSpeaker(t, 'المهاجمين فروا'), 'عبد الرحمن كاسي');
  const t2 = 'وقال العقيد عبد الملك ناصر إن الطريق فتح.';
  assert.equal(quoteSpeaker(t2, 'الطريق فتح'), 'عبد الملك ناصر');
  const t3 = 'وقال الملا يوسف ابن الملا حميد إن الحركة موحدة.';
  assert.equal(quoteSpeaker(t3, 'الحركة موحدة'), 'يوسف');
  const t5 = 'وقال رئيس شرطة ولاية نارام عبد الرحمن كاسي إن المهاجمين فروا.';
  assert.equal(quoteSpeaker(t5, 'المهاجمين فروا'), 'عبد الرحمن كاسي', 'the person after the place');
  const t4 = 'وأكد الشيخ سالم نوري توفي أمس.';
  assert.ok(!(quoteSpeaker(t4, 'أمس') ?? '').includes('توفي'));
});

test('where and how often a source speaks is not its name; the source alone is the unnamed source before it', () => {
  const t = 'وقال موقع الرصد المحلي على الإنترنت إن 12 مدنيا خطفوا.';
  assert.equal(quoteSpeaker(t, '12 مدنيا'), 'موقع الرصد المحلي');
  const t2 = 'ولا يعلن المسلحون عادة مسؤوليتهم عن الهجمات التي تقتل مدنيين.';
  assert.notEqual(quoteSpeaker(t2, 'مسؤوليتهم'), 'المسلحون عادة');
  const t3 = 'وقالت البعثة في تقرير نصف سنوي إن 300 مدني قتلوا.';
  assert.equal(quoteSpeaker(t3, '300 مدني'), 'البعثة');
  const t4 =
    'وأفاد مصدر أمني مطلع بأن الخلية فككت. وأعلنت الوزارة فتح تحقيق. وأضاف المصدر أن 5 أشخاص اعتقلوا.';
  assert.equal(quoteSpeaker(t4, '5 أشخاص'), 'مصدر أمني مطلع');
});

test('what follows a known body or an indefinite plural source is its object; a night is no part of a name', () => {
  const t = 'وأدانت منظمة "هيومن رايتس ووتش" أعمال العنف، قائلة إن 18 شخصا قتلوا.';
  assert.equal(quoteSpeaker(t, '18 شخصا'), 'منظمة "هيومن رايتس ووتش"');
  const t2 = 'وحض مسؤولون السكان على عدم العودة إلى بيوتهم.';
  assert.equal(quoteSpeaker(t2, 'عدم العودة'), 'مسؤولون');
  const t3 = 'وقالت الناطقة باسم الخارجية سارة نوري ليل السبت إن الوفد وصل.';
  assert.equal(quoteSpeaker(t3, 'الوفد وصل'), 'سارة نوري');
});

test('an assistant is a role; an honorific heading a word after the name is an apposition', () => {
  const t = 'وقال مساعد وزير الداخلية فيكتور ماريناسكو إن الطريق فتح.';
  assert.equal(quoteSpeaker(t, 'الطريق فتح'), 'فيكتور ماريناسكو');
  const t2 = 'وقال البابا ماركو بابا الكنيسة الجديدة إنه حزين لما جرى.';
  assert.equal(quoteSpeaker(t2, 'حزين'), 'ماركو');
});

test('a relative clause or an aside with وهو ends the speaker; the noun before a relative is no family name', () => {
  const t = 'وقالت وزارة الصحة التابعة للحكومة التي تعمل من الخارج إن 40 شخصا قتلوا.';
  assert.equal(quoteSpeaker(t, '40 شخصا'), 'وزارة الصحة التابعة للحكومة');
  const t2 = 'ونقل التقرير عن فيكتور ماريناسكو وهو باحث في المعهد قوله إن الوضع خطير.';
  assert.equal(quoteSpeaker(t2, 'الوضع خطير'), 'فيكتور ماريناسكو');
  const t3 = 'ووصف السفير الأمير ماركو بيلوتي التقارير التي تفيد باعتقاله بالخاطئة قائلا إنها "لا أساس لها".';
  assert.equal(quoteSpeaker(t3, 'لا أساس لها'), 'ماركو بيلوتي');
});

test('a newspaper or a body named in quote marks after its head is one mention, the quoted name another form', () => {
  const t = 'وذكرت صحيفة "لا ديبيشا" اليومية أن 8 جنود فروا.';
  assert.equal(quoteSpeaker(t, '8 جنود'), 'صحيفة "لا ديبيشا"');
});

test('where a speaker posted, whom they told, and what they did to whom are no part of the speaker', () => {
  const t = 'وقال الرئيس الفرنسي ماركو بيلوتي في تغريدات نشرت بالفرنسية واليونانية: "خالص المواساة للشعب".';
  assert.equal(quoteSpeaker(t, 'خالص المواساة'), 'ماركو بيلوتي');
  const t2 = 'وقال الوزير سامر العلي إن الوضع صعب. وقال لصحفيين في موسكو إن بلاده سترد.';
  assert.equal(quoteSpeaker(t2, 'بلاده سترد'), 'سامر العلي');
  const t3 =
    'وأعلن رئيس الوزراء اليوناني فيكتور ماريناسكو حالة الطوارئ في المدينة، قائلا إن "جميع قوات الطوارئ عبئت لمواجهة الحرائق".';
  assert.equal(quoteSpeaker(t3, 'جميع قوات'), 'فيكتور ماريناسكو');
});

test('a verb joined to an earlier one of its sentence has the person that sentence named first as its subject', () => {
  const t =
    'انتقد وزير الخارجية، فيكتور ماريناسكو، الطريقة التي تعاملت بها الحكومة، وقال إن بلاده مستعدة للتعاون.';
  assert.equal(quoteSpeaker(t, 'مستعدة للتعاون'), 'فيكتور ماريناسكو');
  const t2 = 'وأصيب أصدقاء سامر العلي بصدمة مما حدث، وقالوا إنه كان يسكن بعيدا عن المكان.';
  assert.notEqual(quoteSpeaker(t2, 'يسكن بعيدا'), 'سامر العلي', 'a plural verb');
});

test('a foreign rank of two words opens a name; a preposition glued to the article ends it', () => {
  const t = 'وقال اللفتنانت جنرال ماركو بيلوتي للصحفيين في الوزارة "نعتقد أننا أصبنا الهدف".';
  assert.equal(quoteSpeaker(t, 'أصبنا الهدف'), 'ماركو بيلوتي');
});

test('the head of a known body before its name is the body', () => {
  const t = 'وقالت منظمة الصليب الأحمر إن 40 متطوعا وصلوا.';
  assert.equal(quoteSpeaker(t, '40 متطوعا'), 'الصليب الأحمر');
});

test('a title and a named person, then what they confirmed or announced with no complement', () => {
  const t = 'وأكد الرئيس الفرنسي فيكتور ماريناسكو أيضا مشاركة بلاده في العملية العسكرية.';
  assert.equal(quoteSpeaker(t, 'مشاركة بلاده'), 'فيكتور ماريناسكو');
  const t2 = 'أعلنت رئيسة الوزراء سارة نوري طرد 23 دبلوماسيا ردا على الهجوم.';
  assert.equal(quoteSpeaker(t2, 'طرد 23'), 'سارة نوري');
  const t3 = 'وأكد الجنرال سامر العلي انتهاء الضربات.';
  assert.equal(quoteSpeaker(t3, 'انتهاء الضربات'), 'سامر العلي', 'a family name before a construct');
});
