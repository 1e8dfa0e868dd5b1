// Figures: what a number counts, from sentences of our own modelled on real reporting.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';

const claims = (text: string) =>
  analyzeDocument({ id: 't', source: 't', text }).claims.map((c) => ({
    m: c.measure,
    low: c.value.low,
    high: c.value.high,
    q: c.value.qualifier,
    span: text.slice(c.start, c.end),
  }));
const one = (text: string, low: number) => claims(text).find((c) => c.low === low);

test('measures from the verb that governs the number', () => {
  assert.equal(one('اعتقلت الشرطة أكثر من 40 شخصا فروا من السجن.', 40)?.m, 'arrested');
  assert.equal(one('قتل 12 شخصا وأصيب 30 آخرون في الانفجار.', 12)?.m, 'killed');
  assert.equal(one('قتل 12 شخصا وأصيب 30 آخرون في الانفجار.', 30)?.m, 'injured');
  assert.equal(one('أسفر الهجوم عن مقتل 7 جنود.', 7)?.m, 'killed');
  assert.equal(one('وألقت قوات الأمن القبض على 15 مطلوبا.', 15)?.m, 'arrested');
});

test('measures from the counted noun and what it did', () => {
  assert.equal(one('وسقط 20 قتيلا في المعارك.', 20)?.m, 'killed');
  assert.equal(one('أن 60 من المقاتلين لقوا حتفهم خلال المعارك.', 60)?.m, 'killed');
  assert.equal(one('ويضم السجن نحو 700 معتقل.', 700)?.m, 'held');
  assert.equal(one('وهاجم نحو 50 مسلحا نقطة التفتيش.', 50)?.m, 'combatants');
  assert.equal(one('وما زال 35 شخصا في عداد المفقودين.', 35)?.m, 'missing');
});

test('civilians who flee are displaced; prisoners who flee escaped', () => {
  assert.equal(one('وفر آلاف المدنيين من القرية.', 1000)?.m, 'displaced');
  assert.equal(one('وتمكن 30 سجينا من الفرار.', 30)?.m, 'escaped');
});

test('durations take their unit', () => {
  const c = one('واستمرت الاشتباكات لمدة 5 أيام.', 5);
  assert.equal(c?.m, 'duration');
  assert.equal(one('بعد أسبوعين من القتال', 14)?.m, 'duration');
  assert.equal(one('تتواصل الاحتجاجات لليوم الثالث على التوالي.', 3)?.m, 'duration');
  // a dual of a year's unit after a word of lasting: two years, in days (a death nearby is no count of dead)
  const years = claims('وقال المصدر إن القائد توفي منذ عامين في مستشفى.');
  assert.deepEqual(
    years.map((c) => `${c.m} ${c.low}`),
    ['duration 730'],
  );
});

test('what the counted people did, after them, says what they count', () => {
  assert.equal(one('وقال الطبيب إن 9 أشخاص بينهم ثلاثة أطفال توفوا في المستشفى.', 9)?.m, 'killed');
  assert.equal(one('وأضاف أن شخصين قتلا في القصف.', 2)?.m, 'killed');
  assert.equal(one('وقال الحاكم إنه لم يعثر على نحو 300 شخص حتى الآن.', 300)?.m, 'missing');
  assert.equal(one('وقالت إن سبعة أشخاص ما زالوا في المستشفى.', 7)?.m, 'injured');
  assert.equal(one('وبين المصابين 5 في حالة حرجة.', 5)?.m, 'injured');
  assert.equal(one('وقالت الشرطة إن ثلاثة رجال فجروا أنفسهم عند المدخل.', 3)?.m, 'combatants');
});

test('a breakdown inherits the measure of its total', () => {
  const t = 'وقالت الوزارة إن 45 شخصا قتلوا بينهم 12 طفلا و8 نساء.';
  assert.equal(one(t, 45)?.m, 'killed');
  assert.equal(one(t, 12)?.m, 'killed');
  assert.equal(one(t, 8)?.m, 'killed');
});

test('qualifiers and magnitudes become intervals', () => {
  const a = one('قتل أكثر من 100 شخص.', 100)!;
  assert.equal(a.q, 'more_than');
  assert.equal(a.high, null);
  const r = claims('وقالت المصادر إن ما بين 150 و200 مسلح يتحصنون في المبنى.').find((c) => c.q === 'range')!;
  assert.deepEqual([r.low, r.high], [150, 200]);
  assert.equal(one('وأصيب العشرات من المتظاهرين.', 10)?.q, 'magnitude');
});

test('dates, years and ages are not figures; a sum of money is one of measure other', () => {
  const found = claims('ولد عام 1990 وعمره 34 عاما، وتبرع بمبلغ 500 دولار في 12 مارس 2024.');
  assert.deepEqual(
    found.map((c) => [c.m, c.low]),
    [['other', 500]],
  );
});

test('every claim span lies in the text and covers its number', () => {
  const t = 'قتل 3 أشخاص وأصيب 11 آخرون في انفجار سيارة مفخخة، وفق مصادر طبية.';
  const a = analyzeDocument({ id: 't', source: 't', text: t });
  assert.ok(a.claims.length >= 2);
  for (const c of a.claims) {
    assert.ok(c.start >= 0 && c.end <= t.length && c.start < c.end);
    assert.ok(c.start <= c.number.numStart && c.number.numEnd <= c.end);
  }
});

test('years after a number are a time or an age, not a count', () => {
  assert.deepEqual(claims('وقتل شقيقه في حادث قبل 17 عاما، وترك ولدين (16 سنة و18 سنة).'), []);
});

test('a list of figures keeps its measure up to the next clause', () => {
  const t = 'وشمل الضحايا مقتل 14 طفلا و9 نساء و53 شابا، إضافة إلى إصابة 24 طفلا و8 نساء.';
  assert.equal(one(t, 53)?.m, 'killed');
  assert.equal(one(t, 24)?.m, 'injured');
  assert.equal(one(t, 8)?.m, 'injured');
});

test('a council that includes members holds no one; an age in words is no count', () => {
  assert.equal(one('وأصدر المجلس الذي يضم 2000 عالم دين بيانا.', 2000)?.m, 'other');
  assert.equal(one('وتوفي رجل يبلغ الثمانين في الحادث.', 80), undefined);
  assert.equal(one('ويضم السجن أكثر من 3000 معتقل.', 3000)?.m, 'held');
});

test('a list item with its own counted noun keeps its own measure', () => {
  const t = 'وارتفعت حصيلة الضحايا إلى 15 قتيلا و34 جريحا.';
  assert.equal(one(t, 15)?.m, 'killed');
  assert.equal(one(t, 34)?.m, 'injured');
});

test('a number with a counted noun and no cue counts "other"; a bare number or واحدة does not', () => {
  assert.equal(one('ويعيش في المدينة نحو 300 ألف مدني.', 300000)?.m, 'other');
  assert.equal(one('وقد أصيبت ثلاثة مستشفيات ميدانية.', 3)?.m, 'other');
  assert.equal(one('وبقيت عائلة واحدة في القرية.', 1), undefined);
  assert.equal(one('ونص القرار 2140 على العقوبات.', 2140), undefined);
  assert.equal(one('واستشهد 4 جنود في القصف.', 4)?.m, 'killed');
  assert.equal(one('وارتفع عدد القتلى إلى 40 شخصا.', 40)?.m, 'killed');
});

test('"one of" counts one right after what befell it, never after a negation', () => {
  assert.equal(one('وقتل أحد الحراس خلال الاشتباك.', 1)?.m, 'killed');
  assert.equal(one('ما أدى إلى إصابة إحدى الموظفات بجروح.', 1)?.m, 'injured');
  assert.equal(one('ولم يصب أحد من الركاب بأذى.', 1), undefined);
  assert.equal(one('وقال أحد المسؤولين إن الطريق مغلق.', 1), undefined);
  assert.equal(one('سقطت إحدى القذائف قرب المدرسة وأدت إلى إصابة طفل.', 1), undefined);
});

test('one count of two nouns joined by و counts both (عشرات القتلى والجرحى)', () => {
  const found = claims('وأدى القصف إلى سقوط عشرات القتلى والجرحى في البلدة.');
  assert.deepEqual(
    found.map((c) => [c.m, c.low, c.q]),
    [
      ['killed', 10, 'magnitude'],
      ['injured', 10, 'magnitude'],
    ],
  );
});

test('a running toll counts what its head names, however far back (حصيلة القتلى … إلى 40)', () => {
  assert.equal(
    one('وارتفعت حصيلة القتلى جراء القصف المدفعي على أحياء البلدة الشرقية منذ الصباح إلى 40 مدنيا.', 40)?.m,
    'killed',
  );
  assert.equal(one('وقصفت المدفعية السوق موقعة نحو 12 شخصا.', 12)?.m, 'killed');
});

test('a group that holds people outside custody counts what befell them (تضم 40 شخصا تم توقيفهم)', () => {
  assert.equal(one('وتضم الخلية الثانية 40 شخصا تم إيقافهم خلال المداهمات.', 40)?.m, 'arrested');
});

test('a claim carries its counted noun and class into reconcile', () => {
  const c = analyzeDocument({ id: 't', source: 't', text: 'قتل 12 مدنيا في القصف.' }).claims.find(
    (x) => x.value.low === 12,
  );
  assert.equal(c?.counted?.class, 'civilian');
  const none = analyzeDocument({ id: 't', source: 't', text: 'وقع الانفجار في 3 مواقع.' }).claims;
  assert.ok(none.every((x) => x.counted === null || typeof x.counted.class === 'string'));
});

test('a verb that opens the sentence governs its first count, far after the adverbials', () => {
  const t =
    'وقتل في الغارات الجوية والقصف المدفعي المتواصل منذ الصباح على البلدات الواقعة شرق المدينة أكثر من 40 شخصا، بحسب ما ذكره المرصد.';
  assert.deepEqual(
    claims(t).map((c) => c.m),
    ['killed'],
  );
});

test('a verb further back in the clause than the left window governs the count', () => {
  const t = 'وجاء ذلك بعد يوم دام في البلدة قتل فيه جراء قصف عنيف لقوات الحكومة نحو 60 مدنيا.';
  assert.deepEqual(
    claims(t).map((c) => c.m),
    ['killed'],
  );
});

test('a dual joined by و to the one noun after the verb counts what the verb says', () => {
  assert.deepEqual(
    claims('واستشهاد "رقيب" وجنديين في القصف على المركز الحدودي.').map((c) => [c.m, c.low]),
    [['killed', 2]],
  );
  // not after a verb that counts nothing
  assert.deepEqual(claims('التقى الوزير نظيره وسفيرين في العاصمة.'), []);
});

test('dead and wounded counted together are other; kidnapped people after their count are hostages', () => {
  assert.equal(one('وسقط أكثر من 90 شخصا بين قتيل وجريح في الانفجار.', 90)?.m, 'other');
  assert.equal(one('وقال شهود إن 14 رجلا خطفوا من السوق.', 14)?.m, 'hostages');
  assert.equal(one('وسجلت الشرطة ست حالات خطف في المدينة.', 6)?.m, 'hostages');
  const day = claims('وخطف رجلان خلال الساعات الـ24 الماضية.').find((c) => c.m === 'duration');
  assert.equal(day?.low, 1);
});

test('a percentage is a share, no figure of its own; a sum of money is one', () => {
  assert.deepEqual(
    claims('وأصيب الوالد بحروق على 80 بالمئة من جسده.').map((c) => c.low),
    [],
  );
  assert.deepEqual(
    claims('ويشكل المزارعون نحو 60% من السكان.').map((c) => c.low),
    [],
  );
  assert.deepEqual(
    claims('وخصصت الحكومة 4 ملايين دولار للإغاثة.').map((c) => c.low),
    [4000000],
  );
});

test('a sentence that ends in the underscores of a hashtag reads its figures (no token after the last)', () => {
  assert.deepEqual(
    claims('وقتل 5 أشخاص في #هجوم_السوق__').map((c) => c.low),
    [5],
  );
  assert.deepEqual(
    claims('قتل 5 أشخاص___').map((c) => c.low),
    [5],
  );
});
