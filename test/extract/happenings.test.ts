// Dated happenings for the timeline (src/extract/happenings.ts), read through the whole extraction of one
// invented article. Sentences are our own. Publication day: Wednesday 9 March 2022.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';

/** The happenings of `text` as "date type" strings, sorted and without repeats. */
function told(text: string, published = '2022-03-09'): string[] {
  const a = analyzeDocument({ id: 'd', source: 'd', text, publishedInput: published });
  return [...new Set(a.happenings.map((h) => `${h.date.value} ${h.type}`))].sort();
}

test('a statement dated in its sentence is not dated again by the day of what it reports', () => {
  const got = told('وقالت الشرطة في بيان، الثلاثاء، إن سفينة شحن غرقت ليل الاثنين قرب الميناء.');
  assert.ok(got.includes('2022-03-08 statement'), got.join(', '));
  assert.ok(!got.includes('2022-03-07 statement'), got.join(', '));
});

test('a statement is not dated by the day it counts from', () => {
  const got = told('وأعلنت وزارة الصحة ارتفاع عدد القتلى منذ الأحد إلى 12 شخصا.');
  assert.ok(!got.includes('2022-03-06 statement'), got.join(', '));
});

test('a week, or a day after the day of writing, dates no happening', () => {
  assert.deepEqual(told('وقال المحافظ في الأسبوع الماضي إن الطرق أغلقت.'), []);
  assert.deepEqual(told('ويعقد مجلس الأمن جلسة طارئة يوم غد لبحث الأزمة.'), []);
});

test('a nearer date between a cue and a date takes the cue', () => {
  const got = told(
    'اندلع حريق في المصنع يوم 3 مارس، في حادث يذكر بما جرى في يونيو 2019 عندما وقع انفجار في المخزن.',
  );
  assert.ok(got.includes('2022-03-03 other'), got.join(', '));
  assert.ok(!got.includes('2022-03-03 explosion'), got.join(', '));
});

test('"since N days" dates the start of the fighting only when N is exact', () => {
  assert.ok(told('تتواصل الاشتباكات منذ ثلاثة أيام في أطراف المدينة.').includes('2022-03-06 clash'));
  assert.deepEqual(told('تتواصل الاشتباكات منذ نحو ثلاثة أيام في أطراف المدينة.'), []);
});

test('phrases with a cue word in them that tell no happening', () => {
  assert.deepEqual(told('وقال الوزير الاثنين إن القرية الخاضعة لسيطرة المعارضة بلا كهرباء.'), [
    '2022-03-07 statement',
  ]);
  assert.deepEqual(told('ورفضت الدول الاثنين تبني بيان يدين الحكومة.'), []);
  assert.deepEqual(told('وكانت الخلية تخطط لاستهداف السوق يوم الجمعة.'), []);
});

test('an anniversary remembers a happening: it tells none', () => {
  assert.deepEqual(told('وخرج المحتجون الاثنين في ذكرى نزوح الأهالي من قراهم.'), []);
});

test('"according to what X said" dates the statement only by a date after it', () => {
  assert.ok(!told('وقتل متظاهر مساء الاثنين، بحسب ما قالت الشرطة.').includes('2022-03-07 statement'));
  assert.ok(told('وبدأت المحادثات، وفق ما قال الوزير، الثلاثاء.').includes('2022-03-08 statement'));
});

test('the next sentence carries the date only to the same kind of happening', () => {
  const got = told('وخطف مسلحون عشرين تلميذا يوم الأحد. وتستخدم الجماعة الخطف سلاحا في التمرد منذ سنوات.');
  assert.ok(got.includes('2022-03-06 hostage_taking'), got.join(', '));
  assert.ok(!got.includes('2022-03-06 riot'), got.join(', '));
});

test('shelling, shooting, evacuation and rain are happenings; an evacuation aircraft or a ceasefire is not an attack', () => {
  assert.ok(told('تعرض مركز حدودي لقذائف كثيفة صباح الثلاثاء.').includes('2022-03-08 attack'));
  assert.ok(told('وأمرت السلطات الأحد آلاف السكان بإخلاء منازلهم.').includes('2022-03-06 displacement'));
  assert.ok(told('ومنذ يوم الخميس سقطت أمطار غزيرة على الساحل.').includes('2022-03-03 other'));
  assert.deepEqual(told('ونقل مصابان الثلاثاء بواسطة طائرة الإخلاء إلى العاصمة.'), []);
  assert.ok(!told('واتفق الطرفان على وقف لإطلاق النار ابتداء من 7 مارس.').includes('2022-03-07 attack'));
  // a cue inside a longer cue is none of its own: the ceasefire signed on Tuesday is no shooting
  const ceasefire = told('وتم التوصل إلى اتفاق لوقف إطلاق النار ووقع الثلاثاء في العاصمة.');
  assert.ok(ceasefire.includes('2022-03-08 other'), ceasefire.join(', '));
  assert.ok(!ceasefire.includes('2022-03-08 attack'), ceasefire.join(', '));
});

test('protesters storming or burning a building is a riot', () => {
  const got = told('واقتحم متظاهرون مبنى المحافظة مساء الاثنين وأضرموا النار فيه.');
  assert.ok(got.includes('2022-03-07 riot'), got.join(', '));
  assert.ok(!got.includes('2022-03-07 attack'), got.join(', '));
});

test('a pledge is a statement; an anniversary in quotes still remembers', () => {
  assert.ok(told('وتعهدت الحكومة الثلاثاء بتخصيص مليار دولار للمتضررين.').includes('2022-03-08 statement'));
  assert.deepEqual(told('وخرج المحتجون الاثنين في ذكرى "الهجرة" ونزوح الأهالي.'), []);
});

test('an interception is a happening', () => {
  assert.ok(told('واعترضت الدفاعات الجوية صاروخا فوق المدينة مساء الاثنين.').includes('2022-03-07 other'));
});

test('a count of days since beyond any calendar dates nothing and fails nothing', () => {
  assert.deepEqual(told('وتتواصل الاشتباكات في المنطقة منذ 4.2 مليارات سنة.'), []);
});

test('a crash, a mourning, a funeral and an inquiry are happenings of their day; kidnappers "took" hostages', () => {
  assert.ok(told('وتحطمت طائرة نقل عسكرية صباح الثلاثاء قرب القاعدة.').includes('2022-03-08 other'));
  assert.ok(told('وشيع الآلاف جنازة الضحايا يوم الاثنين.').includes('2022-03-07 other'));
  assert.ok(told('وقال مسلحون إنهم خطفوا 12 رجلا يوم الاثنين.').includes('2022-03-07 hostage_taking'));
});

test('what a meeting is about (بشأن القصف) or whose victims are buried is no happening of that day; years ago date no day', () => {
  const got = told('وعقد مجلس الأمن جلسة مغلقة يوم الاثنين بشأن القصف الذي طال السوق.');
  assert.ok(!got.includes('2022-03-07 airstrike'), got.join(', '));
  assert.ok(!told('وقال إن طائرة مماثلة تحطمت منذ أربعة أعوام.').some((x) => x.startsWith('2018')));
});

test('a report dated near its verb is a statement of that day; a date far from the verb is not its own, nor is a name', () => {
  assert.ok(told('ودعا الأمين العام، السبت، جميع الأطراف إلى وقف القتال.').includes('2022-03-05 statement'));
  assert.ok(
    !told('ودعت الدولة إلى اجتماع طارئ لمجلس الأمن الدولي صباح الثلاثاء.').includes('2022-03-08 statement'),
  );
  assert.deepEqual(told('وزار المصلون مسجد علي بن أبي طالب يوم الأحد.'), []);
});

test('a claim of responsibility with no date of its own claims the attack told before it; a denied one is none', () => {
  const got = told(
    'وقتل 12 شخصا في تفجير انتحاري استهدف سوقا يوم الأحد. وأعلن تنظيم داعش مسؤوليته عن التفجير.',
  );
  assert.ok(got.includes('2022-03-06 claim_of_responsibility'), got.join(', '));
  const none = told('وقتل 12 شخصا في تفجير استهدف سوقا يوم الأحد. ولم تعلن أي جهة مسؤوليتها عن التفجير.');
  assert.ok(!none.includes('2022-03-06 claim_of_responsibility'), none.join(', '));
});

test('a disappearance and a find are happenings of their day', () => {
  assert.deepEqual(told('واختفت السفينة يوم السبت الماضي قبالة السواحل.'), ['2022-03-05 other']);
  assert.deepEqual(told('وعثر صيادون الاثنين على حطام قرب الجزيرة.'), ['2022-03-07 other']);
});

test('closures, expulsions, elections and looting are happenings of their day; a date after حتى is where one ends', () => {
  const types = (t: string) =>
    analyzeDocument({ id: 'd', source: 'd', text: t, publishedInput: '2018-05-24' }).happenings.map(
      (h) => `${h.date.value} ${h.type}`,
    );
  assert.deepEqual(types('وأغلقت السلطات المطار يوم الاثنين.'), ['2018-05-21 other']);
  assert.deepEqual(types('وطردت الحكومة يوم الاثنين أربعة دبلوماسيين.'), ['2018-05-21 other']);
  assert.deepEqual(types('وأغلقت السلطات المدارس حتى يوم الاثنين.'), []);
});
