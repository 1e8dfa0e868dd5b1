// Unit tests for the number finder. Sentences are written for these tests, modelled on how news
// articles write numbers (qualifiers, glued digits, compounds, duals, dates, ages, money).

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { findNumbers } from '../../src/extract/numbers/index.js';
import type { NumberMention } from '../../src/types.js';

/** The numbers of a sentence as compact records: the covered text, the number text and the interval. */
function nums(s: string) {
  return findNumbers(s).map((n: NumberMention) => ({
    span: s.slice(n.start, n.end),
    num: s.slice(n.numStart, n.numEnd),
    low: n.low,
    high: n.high,
    q: n.qualifier,
    form: n.form,
    noun: n.noun,
    nc: n.notCount,
  }));
}
/** The only number of a sentence. */
function one(s: string) {
  const r = nums(s);
  assert.equal(r.length, 1, `expected one number in «${s}», got ${JSON.stringify(r)}`);
  return r[0]!;
}
const val = (s: string) => nums(s).map((n) => [n.low, n.high, n.q]);

test('digits in three scripts, separators, decimals', () => {
  assert.deepEqual(val('أصيب 12 شخصا'), [[12, 12, 'exact']]);
  assert.deepEqual(val('أصيب ١٢ شخصا'), [[12, 12, 'exact']]);
  assert.deepEqual(val('أصيب ۱۲ شخصا'), [[12, 12, 'exact']]);
  assert.deepEqual(val('نزح 3,000 شخص'), [[3000, 3000, 'exact']]);
  assert.deepEqual(val('نزح ٣٬٠٠٠ شخص'), [[3000, 3000, 'exact']]);
  assert.deepEqual(val('ارتفع بمعدل 12.5 نقطة'), [[12.5, 12.5, 'exact']]);
  assert.deepEqual(val('ارتفع بمعدل ١٢٫٥ نقطة'), [[12.5, 12.5, 'exact']]);
});

test('numbers glued to words and quote marks keep exact offsets', () => {
  const s = 'هاجم 374من عناصر التنظيم و223″ آخرين، وسجن 200سجين و40من الفارين';
  const r = nums(s);
  assert.deepEqual(
    r.map((n) => n.num),
    ['374', '223', '200', '40'],
  );
  assert.equal(r[0]!.noun, 'عناصر');
  assert.equal(r[2]!.noun, 'سجين');
  assert.equal(r[3]!.noun, 'فارين');
  assert.equal(one('أفرج عن (12) موقوفا').num, '12');
  const t = one('وصل قرابة الـ 1000 عنصر');
  assert.equal(t.q, 'approx');
  assert.equal(t.num, '1000');
  assert.equal(t.span, 'قرابة الـ 1000');
});

test('offsets are into the original text, also with start/end', () => {
  const s = 'مقدمة. قتل نحو ٣٠ شخصاً';
  const [n] = findNumbers(s);
  assert.equal(s.slice(n!.start, n!.end), 'نحو ٣٠');
  assert.equal(s.slice(n!.numStart, n!.numEnd), '٣٠');
  const s2 = 'قتل 5 وأصيب 7 آخرون';
  const part = findNumbers(s2, 6);
  assert.equal(part.length, 1);
  assert.equal(s2.slice(part[0]!.numStart, part[0]!.numEnd), '7');
  assert.deepEqual(findNumbers(s2, 3, 3), []);
});

test('qualifiers before the number', () => {
  assert.deepEqual(one('قتل أكثر من 120 مسلحا').span, 'أكثر من 120');
  assert.deepEqual(val('قتل أكثر من 120 مسلحا'), [[120, null, 'more_than']]);
  assert.deepEqual(val('فر بأكثر من 40 سجينا'), [[40, null, 'more_than']]);
  assert.deepEqual(val('اعتقل ما يزيد على 60 شخصا'), [[60, null, 'more_than']]);
  assert.deepEqual(val('وحصيلة القتلى تتخطى 90 قتيلا'), [[90, null, 'more_than']]);
  assert.deepEqual(val('بلغت الحصيلة عتبة 90 قتيلا'), [[90, null, 'more_than']]);
  assert.deepEqual(val('لما يزيد عن 60 يوما'), [[60, null, 'more_than']]);
  assert.deepEqual(val('أزيد من 80 عنصرا'), [[80, null, 'more_than']]);
  assert.deepEqual(val('عدد يفوق 500 مقاتل'), [[500, null, 'more_than']]);
  assert.deepEqual(val('نحو 12 مدنيا'), [[12, 12, 'approx']]);
  assert.deepEqual(val('بنحو 12 مدنيا'), [[12, 12, 'approx']]);
  assert.deepEqual(val('حوالي 300 سجين'), [[300, 300, 'approx']]);
  assert.deepEqual(val('زهاء 70 قتيلا'), [[70, 70, 'approx']]);
  assert.deepEqual(val('ما يقارب 90 جريحا'), [[90, 90, 'approx']]);
  assert.deepEqual(val('ما يقرب من 90 جريحا'), [[90, 90, 'approx']]);
  assert.deepEqual(val('ما يناهز 200 أسرة'), [[200, 200, 'approx']]);
  assert.deepEqual(val('ما لا يقل عن 25 شخصا'), [[25, null, 'at_least']]);
  assert.deepEqual(val('أقل من 10 أشخاص'), [[null, 10, 'less_than']]);
  assert.deepEqual(val('ما لا يزيد على 15 يوما'), [[null, 15, 'at_most']]);
  assert.deepEqual(val('ما يصل إلى 500 شخص'), [[null, 500, 'at_most']]);
});

test('qualifiers after the number', () => {
  assert.deepEqual(val('قتل 20 شخصا على الأقل'), [[20, null, 'at_least']]);
  assert.equal(one('قتل 20 شخصا على الأقل').span, '20 شخصا على الأقل');
  assert.deepEqual(val('هرب 300 سجين تقريبا'), [[300, 300, 'approx']]);
  assert.deepEqual(val('أصيب 50 أو أكثر'), [[50, null, 'more_than']]);
  // "وأكثر من 30" qualifies the next number, not this one
  assert.deepEqual(val('قتل 20 وأكثر من 30 جريحا'), [
    [20, 20, 'exact'],
    [30, null, 'more_than'],
  ]);
});

test('ranges', () => {
  const r = one('فر ما بين 150 و 200 سجين');
  assert.deepEqual([r.low, r.high, r.q, r.span], [150, 200, 'range', 'ما بين 150 و 200']);
  assert.deepEqual(val('بين 150 و200 قتيل'), [[150, 200, 'range']]);
  assert.deepEqual(val('من 150 إلى 200 مسلح'), [[150, 200, 'range']]);
  assert.deepEqual(val('وقع 150-200 هجوم'), [[150, 200, 'range']]);
  assert.deepEqual(val('بين ثلاثة وخمسة أشخاص'), [[3, 5, 'range']]);
  assert.deepEqual(val('بين 150 و200 ألف نازح'), [[150000, 200000, 'range']]);
  // a change, not a range
  assert.deepEqual(val('ارتفعت الحصيلة من 20 إلى 35 قتيلا'), [
    [20, 20, 'exact'],
    [35, 35, 'exact'],
  ]);
});

test('number words, compounds, gender and clitics', () => {
  assert.deepEqual(val('قتل خمسة وعشرون مدنيا'), [[25, 25, 'exact']]);
  assert.deepEqual(val('فر مئة وخمسون سجينا'), [[150, 150, 'exact']]);
  assert.deepEqual(val('فر مائة وخمسون سجينا'), [[150, 150, 'exact']]);
  assert.deepEqual(val('نزح ثلاثة آلاف شخص'), [[3000, 3000, 'exact']]);
  assert.deepEqual(val('نزح 12 ألف شخص'), [[12000, 12000, 'exact']]);
  assert.deepEqual(val('نزح 12 ألفا'), [[12000, 12000, 'exact']]);
  assert.deepEqual(val('نزح 3 آلاف'), [[3000, 3000, 'exact']]);
  assert.deepEqual(val('نزح نحو أربعة آلاف شخص'), [[4000, 4000, 'approx']]);
  assert.deepEqual(val('خسائر 2.5 مليون'), [[2500000, 2500000, 'exact']]);
  assert.deepEqual(val('قتل ثلاثمئة وخمسون شخصا'), [[350, 350, 'exact']]);
  assert.deepEqual(val('اعتقل ثلاث مئة شخص'), [[300, 300, 'exact']]);
  assert.deepEqual(val('اعتقل مئتين من عناصر'), [[200, 200, 'exact']]);
  assert.deepEqual(val('بعد أحد عشر يوما'), [[11, 11, 'exact']]);
  assert.deepEqual(val('احتجز اثني عشر رهينة'), [[12, 12, 'exact']]);
  assert.deepEqual(val('بعد خمسة عشر عاما'), [[15, 15, 'exact']]);
  assert.deepEqual(val('قتل ثلاثة آلاف وخمسمائة شخص'), [[3500, 3500, 'exact']]);
  assert.deepEqual(val('فرّ ألف و500 سجين'), [[1500, 1500, 'exact']]);
  assert.deepEqual(val('نزح مليون و200 ألف شخص'), [[1200000, 1200000, 'exact']]);
  const c = one('قتل مسلح وأصيب وثلاثة');
  assert.equal(c.num, 'ثلاثة');
  assert.equal(one('أصيب بثلاثة عيارات').num, 'ثلاثة');
  assert.equal(one('لثلاثة أسابيع').low, 3);
  assert.equal(one('قتل ثمانية أشخاص').form, 'words');
  assert.equal(one('نزح 12 ألف شخص').form, 'mixed');
  assert.equal(one('الجنود الثلاثة').low, 3);
});

test('magnitudes', () => {
  assert.deepEqual(val('قتل عشرات المدنيين'), [[10, null, 'magnitude']]);
  assert.deepEqual(val('فر العشرات'), [[10, null, 'magnitude']]);
  assert.deepEqual(val('اعتقل المئات'), [[100, null, 'magnitude']]);
  assert.deepEqual(val('نزح آلاف السكان'), [[1000, null, 'magnitude']]);
  assert.deepEqual(val('نزح عشرات الآلاف'), [[10000, null, 'magnitude']]);
  assert.deepEqual(val('نزح مئات الآلاف'), [[100000, null, 'magnitude']]);
  assert.deepEqual(val('هجر ملايين السوريين'), [[1000000, null, 'magnitude']]);
  assert.equal(one('ومئات الجرحى').num, 'مئات');
  assert.deepEqual(val('بعد بضعة أيام'), [[3, 9, 'range']]);
  assert.deepEqual(val('شارك بضعة آلاف'), [[1000, null, 'magnitude']]);
});

test('duals mean two', () => {
  const d = one('انفجرت سيارتين مفخختين');
  assert.deepEqual([d.low, d.high, d.form, d.noun], [2, 2, 'dual', 'سياره']);
  assert.equal(one('سقط قتيلان').low, 2);
  assert.equal(one('نقل جريحين إلى المستشفى').noun, 'جريح');
  assert.equal(one('منذ يومين').low, 2);
  assert.equal(one('لمدة يومين').nc, undefined);
  assert.equal(one('ضبط شاحنتين').form, 'dual');
  assert.equal(one('قتل عنصرين من الشرطة').noun, 'عنصر');
  // a number before the noun wins, and an agreeing adjective is not a second dual
  assert.deepEqual(val('قتل 5 انتحاريين'), [[5, 5, 'exact']]);
  assert.deepEqual(val('وقع هجومين انتحاريين'), [[2, 2, 'exact']]);
  const two = one('تسلل انتحاريين اثنين');
  assert.deepEqual([two.num, two.low, two.noun], ['اثنين', 2, 'انتحاري']);
  // definite duals are not counts, except of a unit of time (a duration)
  assert.deepEqual(nums('اتفق الطرفين على الهدنة'), []);
  assert.equal(one('خلال اليومين الماضيين').low, 2);
  assert.equal(one('أكثر من يومين').q, 'more_than');
});

test('look-alikes that are not numbers', () => {
  assert.deepEqual(nums('قتل أحد مقاتليها يوم الأحد'), []);
  assert.deepEqual(nums('وصل يوم الاثنين'), []);
  assert.deepEqual(nums('المرة الثالثة في الأسبوع الرابع'), []);
  assert.deepEqual(nums('في الدقيقة الأولى ثم بعد ثانية'), []);
  assert.deepEqual(nums('العديد من الأشخاص'), []);
  assert.deepEqual(nums('يوم الحادي عشر من الشهر'), []);
  assert.deepEqual(nums('لست أدري'), []);
  assert.deepEqual(nums('القائد الميداني وأحد زعماء الفصيل'), []);
  assert.equal(one('قتل شخص واحد').low, 1);
});

test('not counts: years, times, dates', () => {
  assert.equal(one('في عام 2019').nc, 'year');
  assert.equal(one('منذ سنة 1990').nc, 'year');
  assert.equal(one('وقع ذلك في 2019 حين').nc, 'year');
  assert.equal(one('مقاتلون منذ 2014.').nc, 'year');
  assert.equal(one('نزح 2000 شخص').nc, undefined);
  assert.equal(one('في الساعة 21:28 مساء').nc, 'time');
  assert.equal(one('عند الساعة 3').nc, 'time');
  assert.equal(one('بدأ 10 صباحا').nc, 'time');
  assert.equal(one('في 20 يناير').nc, 'date');
  assert.equal(nums('يوم 26 كانون الثاني 2022')[0]!.nc, 'date');
  assert.equal(nums('يوم 26 كانون الثاني 2022')[1]!.nc, 'year');
  assert.equal(one('في 5 شباط').nc, 'date');
  assert.equal(one('في 3 جانفي').nc, 'date');
  assert.equal(one('في 2 شوال').nc, 'date');
  assert.equal(one('بتاريخ 2022.01.23').nc, 'date');
  assert.equal(one('بتاريخ 24/01/2022').nc, 'date');
  assert.deepEqual(
    nums('on January 26, 2022').map((n) => n.nc),
    ['date', 'year'],
  );
  assert.equal(one('حتى الـ20 من الشهر').nc, 'date');
  assert.equal(one('بين عامي 2014-2015').nc, 'year');
});

test('not counts: ages, percent, money, measures, ordinals, phones, other', () => {
  assert.equal(one('شاب عمره 18 عاما').nc, 'age');
  const a = one('تقل أعمارهم عن 18 عامًا');
  assert.deepEqual([a.nc, a.q, a.high], ['age', 'less_than', 18]);
  assert.equal(one('البالغ من العمر 40 عاما').nc, 'age');
  assert.equal(one('الشاب أحمد (25 عاما)').nc, 'age');
  assert.equal(one('بلغ 20 ربيعا').nc, 'age');
  assert.equal(one('بنسبة 20%').nc, 'percent');
  assert.equal(one('ارتفعت 30 في المئة').nc, 'percent');
  assert.equal(one('ارتفعت 30 بالمائة').nc, 'percent');
  assert.equal(one('بكلفة 2.5 مليون دولار').nc, 'money');
  assert.equal(one('غرامة 500 ريال').nc, 'money');
  assert.equal(one('تبعد 20 كلم').nc, undefined); // a distance is a count (measure other)
  assert.equal(one('نقل 5 أطنان').nc, 'measure');
  assert.equal(one('وفق المادة 5 من القانون').nc, 'ordinal');
  assert.equal(one('الطريق رقم 3').nc, 'ordinal');
  assert.equal(one('النسخة الـ71 من المهرجان').nc, 'ordinal');
  assert.equal(one('اتصل على 0551234567').nc, 'phone');
  assert.equal(one('هاتف iPhone 6 الجديد').nc, 'other');
  // a model, type or flight code
  assert.equal(one('طائرة من طراز بوينغ 737').nc, 'code');
  assert.equal(one('طائرة إيرباص إيه 320').nc, 'code');
  assert.equal(one('الرحلة جيه كيه - 450').nc, 'code');
  assert.equal(one('مقاتلات إف 15').nc, 'code');
  assert.equal(one('أحال الموقوفين الـ 40').nc, undefined); // الـ is the article, not the letter L
  assert.equal(one('مبنى من ستة طوابق').nc, 'measure');
  assert.deepEqual(
    nums('في الساعة 9,45 (06,45 ت غ)').map((n) => n.nc),
    ['time', 'time'],
  );
  // durations are counts
  assert.equal(one('منذ ثلاثة أيام').nc, undefined);
  assert.equal(one('لمدة 10 أيام').nc, undefined);
  assert.equal(one('سجن 5 أعوام').nc, undefined);
});

test('results are sorted and do not overlap', () => {
  const s = 'قتل 5 وأصيب أكثر من 20، ونزح نحو 3 آلاف بين 2019 و2020، وفر سجينان و مئات آخرون';
  const r = findNumbers(s);
  assert.ok(r.length >= 5);
  for (let i = 1; i < r.length; i++) assert.ok(r[i]!.start >= r[i - 1]!.end, 'sorted, non-overlapping');
  for (const n of r) assert.ok(n.start <= n.numStart && n.numEnd <= n.end && n.numStart < n.numEnd);
});

// A smoke test over real articles, when the shared corpora are present (not part of the repo).
const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(
  here,
  '..',
  '..',
  '..',
  '..',
  'shared',
  'data',
  'saudinewsnet-2015',
  'saudinewsnet.jsonl.gz',
);
test('real articles: no exceptions, valid spans', {
  skip: existsSync(corpus) ? false : `corpus absent: ${corpus}`,
}, () => {
  const lines = gunzipSync(readFileSync(corpus)).toString('utf8').split('\n').slice(0, 300);
  for (const line of lines) {
    if (!line.trim()) continue;
    const text: string = JSON.parse(line).content ?? '';
    let prev = -1;
    for (const n of findNumbers(text)) {
      assert.ok(n.start >= prev && n.start <= n.numStart && n.numEnd <= n.end && n.end <= text.length);
      prev = n.end;
    }
  }
});

test('the digits of an HTML character reference left in the text are no number', () => {
  const s = 'قتل 4 من عناصر &#8220;الحركة&#8221; في الهجوم';
  assert.deepEqual(
    findNumbers(s).map((n) => n.low),
    [4],
  );
});
