// Dates: findDates (every date expression, resolved against the publication date) and inferPublished.
// Sentences are our own, modelled on how Arabic news writes dates. Reference: Thursday 10 March 2022.

import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { findDates, inferPublished, readDates } from '../../src/extract/dates/index.js';

const REF = '2022-03-10'; // a Thursday

/** The one date found in `s` (asserting there is exactly one), with its surface text. */
function one(s: string, ref: string | null = REF) {
  const ds = findDates(s, ref);
  assert.equal(
    ds.length,
    1,
    `one date in «${s}», got ${JSON.stringify(ds.map((d) => s.slice(d.start, d.end)))}`,
  );
  const d = ds[0]!;
  return { ...d, text: s.slice(d.start, d.end) };
}

test('absolute dates with month names of every regional calendar', () => {
  assert.equal(one('وقع الانفجار في 24 يناير 2021 قرب الميناء').value, '2021-01-24');
  assert.equal(one('وقع الانفجار في 24 كانون الثاني 2021 قرب الميناء').value, '2021-01-24');
  assert.equal(one('اجتمع المجلس يوم 3 جانفي 2021 في العاصمة').value, '2021-01-03');
  assert.equal(one('صدر القرار في 12 فيفري 2021').value, '2021-02-12');
  assert.equal(one('انطلقت الحملة في 15 أوت 2021').value, '2021-08-15');
  assert.equal(one('أعلنت الوزارة في 9 غشت 2021 عن الخطة').value, '2021-08-09');
  assert.equal(one('وفي ٢٠ أيار ٢٠٢١ عادت المفاوضات').value, '2021-05-20');
  assert.equal(one('في 20 آب 2020 ').value, '2020-08-20');
});

test('combined month forms are one mention', () => {
  const a = one('بدأ الهجوم في 20 كانون الثاني/يناير 2022 على السجن');
  assert.equal(a.value, '2022-01-20');
  assert.equal(a.text, '20 كانون الثاني/يناير 2022');
  assert.equal(one('في 5 يناير/كانون الثاني 2022').value, '2022-01-05');
  assert.equal(one('في 7 كانون الثاني (يناير) 2022 وقعت').value, '2022-01-07');
  assert.equal(one('منذ الـ20 من تشرين الأول/أكتوبر 2021').value, '2021-10-20');
});

test('numeric and English dates', () => {
  assert.equal(one('نشر في 24/01/2022').value, '2022-01-24');
  assert.equal(one('التاريخ 2022-01-24 الساعة 10').value, '2022-01-24');
  assert.equal(one('2022.01.23 | 21:28 دمشق').value, '2022-01-23');
  assert.equal(one('— Some Account (@acct) January 26, 2022').value, '2022-01-26');
  assert.equal(one('حدث ذلك في 3.2.2021 صباحا').value, '2021-02-03');
});

test('day and month without a year take the year nearest before the publication date', () => {
  assert.equal(one('وكان الاجتماع قد عقد في 28 ديسمبر الماضي').value, '2021-12-28');
  // "last" with a day of the publication's own month already past: this year's
  assert.equal(one('وكان الاجتماع قد عقد في 2 مارس الماضي').value, '2022-03-02');
  assert.equal(one('وكان الاجتماع قد عقد في 2 مارس').value, '2022-03-02');
  assert.equal(one('وكان الاجتماع قد عقد في 25 مايو').value, '2021-05-25');
  // a few days ahead, or announced: the coming date
  assert.equal(one('ومن المقرر أن تعقد الجلسة في 4 أبريل').value, '2022-04-04');
  assert.equal(one('الهجوم الذي وقع في الـ20 من شباط/فبراير الجاري').value, '2022-02-20'); // الجاري = the publication month's year
});

test('months, years and spans', () => {
  const m = one('ارتفعت الأسعار منذ يناير الماضي');
  assert.deepEqual([m.value, m.precision], ['2022-01', 'month']);
  assert.equal(one('ارتفعت الأسعار منذ يونيو الماضي').value, '2021-06');
  assert.equal(one('الانتخابات في شهر مايو المقبل').value, '2022-05');
  assert.equal(one('سجلت الشركة أرباحا في مارس 2020').value, '2020-03');
  const y = one('منذ سقوط التنظيم عام 2019');
  assert.deepEqual([y.value, y.precision], ['2019', 'year']);
  const s = one('خلال الفترة من 12 إلى 14 فبراير 2022');
  assert.deepEqual([s.value, s.precision, s.until], ['2022-02-12', 'days', '2022-02-14']);
});

test('weekdays: bare, past, next, with today/yesterday', () => {
  assert.equal(one('وقالت الوزارة، الأحد، إن القوات تقدمت').value, '2022-03-06');
  assert.equal(one('وقال المتحدث يوم الخميس إن').value, '2022-03-10'); // the publication day itself
  assert.equal(one('منذ الخميس الماضي').value, '2022-03-03');
  assert.equal(one('في الخميس الفائت').value, '2022-03-03');
  assert.equal(one('الاجتماع الأحد المقبل').value, '2022-03-13');
  assert.equal(one('أصدر بيانا اليوم الخميس').value, '2022-03-10');
  assert.equal(one('وأعلن أمس الأربعاء').value, '2022-03-09');
  const e = one('وفي وقت متأخر من يوم السبت اندلعت النيران');
  assert.deepEqual([e.value, e.partOfDay], ['2022-03-05', 'late']);
  const n = one('هاجم مسلحون ليلة الثلاثاء نقطة تفتيش');
  assert.deepEqual([n.value, n.partOfDay], ['2022-03-08', 'night']);
  assert.equal(one('صباح الأحد').partOfDay, 'morning');
  assert.equal(one('مساء السبت').partOfDay, 'evening');
  const span = one('في ليل السبت-الأحد');
  assert.deepEqual([span.value, span.precision, span.until], ['2022-03-05', 'days', '2022-03-06']);
});

test('weekday names are not confused with numbers', () => {
  assert.equal(findDates('قتل أحد الجنود وأصيب اثنان', REF).length, 0);
  assert.equal(findDates('وصل الأحد عشر لاعبا إلى الملعب', REF).length, 0);
  assert.equal(findDates('اتفق الاثنين معا على الخطة', REF).length, 0);
  assert.equal(findDates('بين هذين الاثنين خلاف قديم', REF).length, 0);
  assert.equal(findDates('مارس الضغط على الحكومة', REF).length, 0); // مارس the verb, not March
  assert.equal(findDates('اليوم التالي للهجوم', REF).length, 0);
});

test('relative expressions', () => {
  assert.equal(one('وقال أمس إن').value, '2022-03-09');
  assert.equal(one('ووصل الوفد أول أمس').value, '2022-03-08');
  assert.equal(one('وتظاهر المئات الليلة الماضية').partOfDay, 'night');
  assert.equal(one('تعقد الجلسة غدا').value, '2022-03-11');
  const w = one('زار الوزير المدينة الأسبوع الماضي');
  assert.equal(w.precision, 'week');
  assert.ok(w.value! < '2022-03-05' && w.until! < '2022-03-10');
  assert.deepEqual([one('خلال الشهر الجاري').value, one('خلال الشهر الماضي').value], ['2022-03', '2022-02']);
  assert.equal(one('في العام الماضي').value, '2021');
  assert.equal(one('وفي 5 من الشهر الجاري').value, '2022-03-05');
  assert.equal(one('وقال أمس إن', null).value, null); // nothing to resolve against
});

test('offsets point into the original text', () => {
  const s = 'والخميس 20 كانون الثاني، بدأ الهجوم';
  const d = one(s, '2022-01-27');
  assert.equal(d.text, 'الخميس 20 كانون الثاني');
  assert.equal(d.value, '2022-01-20');
  const ds = findDates('أولا. ثم ' + s, '2022-01-27', 9);
  assert.equal(ds.length, 1);
});

test('publication date from the input field', () => {
  assert.deepEqual(inferPublished('', 'Sun, 18 Feb 2018 21:35:43 +0400'), {
    date: '2018-02-18',
    precision: 'day',
    how: 'input',
    evidence: null,
  });
  assert.equal(inferPublished('', '2015-07-21 02:51:32').date, '2015-07-21');
  assert.equal(inferPublished('', '2022-01-23T21:28:00Z').date, '2022-01-23');
});

test('publication date from a dateline', () => {
  let p = inferPublished('عنوان الخبر\n\n2021.11.05 | 10:12 بيروت\n\nقال مسؤول أمس إن');
  assert.deepEqual([p.date, p.how], ['2021-11-05', 'dateline']);
  p = inferPublished('عنوان الخبر\nوكالة الأنباء -عمان- 3 مارس 2021-قال وزير الداخلية إن الحدود ستفتح');
  assert.deepEqual([p.date, p.how], ['2021-03-03', 'dateline']);
  // a dated sentence is not a dateline
  p = inferPublished('عنوان\nوفي 23 فبراير 2018، اتهم ثلاثة أساتذة الإدارة بالتقصير');
  assert.notEqual(p.how, 'dateline');
});

test('publication date inferred from the body', () => {
  // (1) stated: today with its date
  let p = inferPublished('أعلنت الحكومة اليوم الأحد 6 آذار 2022 عن خطة جديدة.');
  assert.deepEqual([p.date, p.how, p.precision], ['2022-03-06', 'stated', 'day']);
  // (2) yesterday-anchor, the year from elsewhere in the text (the weekday confirms it)
  p = inferPublished(
    'قال الجيش في بيان.\nوكانت الاشتباكات قد بدأت عام 2021.\n— Army (@army) March 9, 2022\nوأمس الأربعاء 9 آذار، أعلن الجيش السيطرة على البلدة.',
  );
  assert.deepEqual([p.date, p.how], ['2022-03-10', 'yesterday-anchor']);
  // (3) latest date near the top pushed by a later past weekday
  p = inferPublished(
    'صورة: متظاهرون يرفعون لافتات في الساحة الرئيسية وسط العاصمة خلال الاحتجاج، 3 مارس 2022.\nقالت الشرطة الاثنين إن الاحتجاجات تراجعت.',
  );
  assert.deepEqual([p.date, p.precision], ['2022-03-07', 'days']);
  // "<month> الماضي" closes the month
  p = inferPublished(
    'صورة: رجال الإطفاء يحاولون السيطرة على النيران في الموقع الصناعي، 25 فبراير 2022.\nوكان الحريق قد اندلع في 20 فبراير الماضي.',
  );
  assert.equal(p.date, '2022-03-01');
  // the year from a hint when the text names none; الماضي weekdays and later weekdays in the narrative
  p = inferPublished(
    'منذ الهجوم في الـ3 من آذار الجاري.\nوأعلنت الشرطة الأربعاء الماضي اعتقال خمسة.\nوالسبت، انتهت العملية.',
    null,
    '2022-03-05',
  );
  assert.deepEqual([p.date, p.how], ['2022-03-12', 'weekday-after-anchor']);
  // nothing bounds it
  p = inferPublished('قال الوزير الثلاثاء إن المحادثات مستمرة.');
  assert.deepEqual([p.date, p.how], [null, 'unbounded']);
  // background dates deep in the body are not an anchor
  p = inferPublished(
    'قال الوزير الثلاثاء إن المحادثات مستمرة. ' +
      'وتابع الوزير حديثه. '.repeat(20) +
      'وكانت الأزمة بدأت في 14 يوليو 2015.',
  );
  assert.equal(p.date, null);
});

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

test("the example story's publication dates (one check, not the design)", () => {
  const goldPath = join(root, '..', 'shared', 'eval', 'hasakah-2022.gold.json');
  const dir = join(root, 'examples', 'hasakah-2022');
  if (!existsSync(goldPath) || !existsSync(dir))
    return void console.log('skipped: ../shared/eval or examples absent');
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')).documents as {
    id: string;
    published: string | null;
    published_range?: [string, string];
  }[];
  // the story's other dates give the year when an article names none
  const hint = '2022-01-25';
  for (const g of gold) {
    const p = inferPublished(readFileSync(join(dir, g.id + '.txt'), 'utf8'), null, hint);
    if (g.published) assert.equal(p.date, g.published, g.id);
    else
      assert.ok(
        p.date && p.date >= g.published_range![0] && p.date <= g.published_range![1],
        `${g.id}: ${p.date}`,
      );
  }
  assert.ok(readdirSync(dir).length >= 5);
});

test('real articles: text-only inference is never wildly wrong too often (ant-multisource-2018)', () => {
  const path = join(root, '..', 'shared', 'data', 'ant-multisource-2018', 'ant_multisource_v2.1.jsonl.gz');
  if (!existsSync(path)) return void console.log('skipped: ../shared/data/ant-multisource-2018 absent');
  const lines = gunzipSync(readFileSync(path)).toString('utf8').split('\n').filter(Boolean);
  const N = 200,
    step = Math.floor(lines.length / N);
  let far = 0,
    nul = 0;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) {
    const j = JSON.parse(lines[i * step]!);
    const truth = inferPublished('', j.time).date!;
    assert.match(truth, /^2018-|^201\d-/);
    findDates(j.text, truth);
    const p = inferPublished(j.text, null);
    if (!p.date) nul++;
    else if (Math.abs(Date.parse(p.date) - Date.parse(truth)) > 2 * 864e5) far++;
  }
  const ms = performance.now() - t0;
  console.log(
    `ant sample: ${N} articles, ${nul} null, ${far} more than 2 days off, ${(ms / N).toFixed(2)} ms/article`,
  );
  assert.ok(far <= N * 0.05); // speed is the benchmark's to judge (npm run bench), not a test's
});

test('a day in the address a few days before the crawl time is the publication date', async () => {
  const { readDates } = await import('../../src/extract/dates/index.js');
  const text = 'أعلنت الوزارة اليوم نتائج التحقيق.';
  const crawled = readDates(
    text,
    '2015-07-21 02:48:10',
    null,
    'http://example.invalid/2015/07/18/article_1.html',
  );
  assert.equal(crawled.published.date, '2015-07-18');
  assert.equal(crawled.published.how, 'url');
  const far = readDates(text, '2015-09-21', null, 'http://example.invalid/2015/07/18/a.html');
  assert.equal(far.published.date, '2015-09-21', 'an old day in the address is no publication date');
  assert.equal(readDates(text, '2015-07-21', null, null).published.how, 'input');
});

test('Hijri dates, numeric and with month names, in the Umm al-Qura calendar', () => {
  assert.equal(one('صدر القرار بتاريخ 19/6/1436هـ في العاصمة').value, '2015-04-08');
  assert.equal(one('أعلن في 1443/7/20 عن الخطة').value, '2022-02-21');
  assert.equal(one('وقع الحادث في 20 رجب الماضي').value, '2022-02-21');
  assert.equal(one('عقد الاجتماع في 3 شعبان الجاري').value, '2022-03-06');
  assert.equal(one('يبدأ الدوام في 15 رمضان المقبل').value, '2022-04-16');
  assert.equal(one('جرى ذلك في 11 ذي القعدة 1436 هـ').value, '2015-08-26');
  // a Hijri month name is read only after a day number: here it is a person's name
  assert.equal(findDates('قال رمضان إن الطريق أغلق', REF).length, 0);
});

test('a weekday the text calls today or yesterday corrects a later fetch time', () => {
  // 2022-03-10 is a Thursday: a page fetched then that says "today Monday" was written on the 7th
  const today = inferPublished('أعلنت الوزارة اليوم الاثنين إغلاق المعبر', '2022-03-10 02:10:00');
  assert.deepEqual([today.date, today.how], ['2022-03-07', 'weekday-anchor']);
  const yesterday = inferPublished('وقالت الشرطة إن الحادث وقع أمس الثلاثاء', '2022-03-10');
  assert.equal(yesterday.date, '2022-03-09');
  // the input's own weekday: the input stands
  assert.equal(inferPublished('وقع الحادث اليوم الخميس', '2022-03-10').how, 'input');
  // the day after a UTC input time (the outlet's day had begun)
  assert.equal(inferPublished('وقع الحادث اليوم الجمعة', '2022-03-10T22:30:00Z').date, '2022-03-11');
});

test('a day in the address one day after a UTC input time is the outlet’s day', () => {
  const text = 'اعترضت الدفاعات الجوية صاروخا';
  const late = readDates(text, '2022-03-09T22:40:00Z', null, 'https://example.invalid/2022/03/10/a.html');
  assert.deepEqual([late.published.date, late.published.how], ['2022-03-10', 'url']);
  const early = readDates(text, '2022-03-09T22:40:00Z', null, 'https://example.invalid/2022/03/12/a.html');
  assert.equal(early.published.date, '2022-03-09');
});

test('the Friday prayer is not a day', () => {
  assert.equal(findDates('خططوا لتفجير المساجد خلال صلاة الجمعة في المدينة', REF).length, 0);
  assert.equal(findDates('يتسع المسجد لألف مصل يوم الجمعة', REF).length, 0);
  assert.equal(one('وقع التفجير يوم الجمعة في المدينة').value, '2022-03-04');
});

test('a weekday "before last" (السبت قبل الماضي) is a week before the last one', () => {
  assert.equal(one('وقع الهجوم السبت قبل الماضي').value, '2022-02-26');
  assert.equal(one('وقع الهجوم السبت الماضي').value, '2022-03-05');
});

test('a day written as an ordinal word before من and a month (السابع من يوليو الماضي)', () => {
  const d = one('وألقي القبض عليهم في السابع من فبراير الماضي');
  assert.equal(d.value, '2022-02-07');
  assert.equal(d.text.includes('السابع من فبراير الماضي'), true);
  assert.equal(one('وقع الانفجار في الحادي والعشرين من يناير 2021').value, '2021-01-21');
  // (the second week of a month is no day of it: the month alone is read)
  const week = findDates('وخلال الأسبوع الثاني من فبراير الحالي اشتد القصف', REF);
  assert.deepEqual(
    week.map((x) => x.value),
    ['2022-02'],
  );
});

test('a weekday the text calls today is on or before a morning input time, never after it', () => {
  // 2015-07-22 is a Wednesday: a page fetched that morning that says "today Thursday" was written on the 16th
  const today = inferPublished('وقع الحادث اليوم الخميس', '2015-07-22T10:39:38+03:00');
  assert.deepEqual([today.date, today.how], ['2015-07-16', 'weekday-anchor']);
});
