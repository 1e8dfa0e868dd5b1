// One document's mentions as the pipeline finds them: names the text links, descriptions with their
// adjectives. Sentences are our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findMentions } from '../../src/extract/mentions.js';
import { tokenize } from '../../src/text/tokens.js';
import type { Mention } from '../../src/types.js';

const mentions = (text: string): Mention[] => findMentions('d', text, tokenize(text));
const named = (text: string, surface: string): Mention => {
  const m = mentions(text).find((x) => x.surface === surface);
  assert.ok(m, `no mention "${surface}" in: ${text}`);
  return m;
};

test('a place head before a known place makes "HEAD X" a name of X (clitic off, head kept whole)', () => {
  assert.deepEqual(named('غادر القارب ميناء صغيرا في ولاية سوسة ليلا.', 'سوسة').aliases, ['ولاية سوسة']);
  assert.deepEqual(named('ووصل الوفد بمدينة صفاقس مساء الأحد.', 'صفاقس').aliases, ['مدينة صفاقس']);
});

test('a head that is not another name of the place (سجن X) gives X no alias', () => {
  assert.equal(named('وقصفت الطائرات سجن حلب المركزي.', 'حلب').aliases, undefined);
});

test('a description takes the evaluative adjectives after it, and keeps what it may refer to', () => {
  const m = named(
    'وقالت الحكومة إن الميليشيات الانقلابية أطلقت صاروخا، وإن التنظيم الضال تبنى الهجوم.',
    'الميليشيات الانقلابية',
  );
  assert.deepEqual(m.refers, ['kind:armed_group']);
  assert.ok(
    named('وقالت الحكومة إن التنظيم الضال تبنى الهجوم.', 'التنظيم الضال').refers?.includes('org:isis'),
  );
});

test('a nisba after a description is not taken: it would name another referent', () => {
  const text = 'وقالت الحركة الفلسطينية في بيان إن الانفجار وقع فجرا.';
  assert.ok(mentions(text).some((m) => m.surface === 'الحركة' && m.refers));
  assert.ok(!mentions(text).some((m) => m.surface === 'الحركة الفلسطينية' && m.refers));
});

test('an organisation takes the words that complete its name as another name (للأنباء، بقيادة X)', () => {
  assert.deepEqual(named('وقال شاهد لوكالة رويترز للأنباء إن النيران اشتعلت.', 'وكالة رويترز').aliases, [
    'وكالة رويترز للأنباء',
  ]);
  const text = 'وشنت قوات الناتو بقيادة الولايات المتحدة غارات جديدة.';
  assert.deepEqual(named(text, 'الناتو').aliases, ['الناتو بقيادة الولايات المتحدة']);
  assert.equal(
    named('وقال التحالف الدولي بقيادة واشنطن إن الغارات مستمرة.', 'التحالف الدولي').aliases?.length,
    1,
  );
  assert.equal(
    named('وقال التحالف الدولي بقيادة قائده إن الغارات مستمرة.', 'التحالف الدولي').aliases,
    undefined,
  );
});

test('a description of the occupying army joins it, and longer known names win over shorter ones', () => {
  assert.deepEqual(named('وأطلق جنود الاحتلال النار.', 'الاحتلال').refers, ['org:idf']);
  const sdf = named('واشتبك الجيش مع التحالف العربي الكردي شرق النهر.', 'التحالف العربي الكردي');
  assert.equal(sdf.lexId, 'org:sdf');
});

test('a ministry written by its nisba alone, where the document names it in full, is that ministry', () => {
  const text =
    'وأعلنت وزارة الداخلية القبض على خمسة مطلوبين. وقالت الداخلية إن الشؤون الداخلية للبلاد مستقرة، وأكد وزير الداخلية ذلك.';
  const bare = mentions(text).filter((m) => m.surface === 'الداخلية');
  assert.equal(bare.length, 1, 'the adjective of الشؤون and the minister are left out');
  assert.deepEqual(bare[0]!.aliases, ['وزارة الداخلية']);
  assert.equal(bare[0]!.type, 'organization');
  assert.ok(!mentions('وقالت الداخلية إن الوضع هادئ.').some((m) => m.surface === 'الداخلية'));
});

test('the Syrian opposition is known by name, and its descriptions refer to it', () => {
  const text = 'وقالت المعارضة السورية إن قوات المعارضة صدت الهجوم، وإن المعارضة المسلحة ما زالت في مواقعها.';
  assert.equal(named(text, 'المعارضة السورية').lexId, 'org:syrian-opposition');
  assert.deepEqual(named(text, 'قوات المعارضة').refers, ['org:syrian-opposition']);
  assert.deepEqual(named(text, 'المعارضة المسلحة').refers, ['org:syrian-opposition']);
});

test('enlisted ranks introduce a person like officers do', () => {
  const text = 'واستشهد العريف سالم ناصر، وأصيب الجندي أول فهد سعيد.';
  assert.equal(named(text, 'سالم ناصر').title, 'العريف');
  assert.equal(named(text, 'فهد سعيد').title, 'الجندي أول');
});

test('"the Kingdom" alone describes one of the kingdoms, and a longer known name wins', () => {
  assert.ok(named('وأكدت المملكة موقفها الثابت.', 'المملكة').refers?.includes('country:sa'));
  assert.equal(named('وأكدت المملكة المتحدة موقفها.', 'المملكة المتحدة').lexId, 'country:gb');
});

test('a description after the preposition ل has the article whole, its span starting at the article', () => {
  const text = 'وقال بيان للتنظيم الإرهابي إن الهجوم فشل.';
  const m = named(text, 'التنظيم الإرهابي');
  assert.equal(text.slice(m.start, m.end), 'لتنظيم الإرهابي');
  assert.ok(m.refers?.includes('org:isis'));
});

test('the electoral commission alone, and Israeli soldiers, describe the organisations they stand for', () => {
  const text = 'وقالت المفوضية العليا للانتخابات إن جنود إسرائيليين منعوا الموظفين من الوصول.';
  assert.deepEqual(named(text, 'المفوضية العليا للانتخابات').refers, ['org:iraqi-ihec', 'org:libya-hnec']);
  assert.deepEqual(named(text, 'جنود إسرائيليين').refers, ['org:idf']);
  assert.equal(named('وأعلنت الحركة الحوثية مسؤوليتها.', 'الحركة الحوثية').lexId, 'org:houthis');
  assert.equal(named('ونشرت وكالة أعماق بيانا.', 'وكالة أعماق').lexId, 'org:amaq');
});

test('a place after its head word has its own name as key and other name (حي X, منطقة X), not after a title', () => {
  const text = 'وقع الانفجار في حي كرم الزيتون ثم في منطقة الملك فهد.';
  const m = named(text, 'حي كرم الزيتون');
  assert.deepEqual(m.aliases, ['كرم الزيتون']);
  assert.equal(m.key, named('وقصفت الطائرات بلدة كرم الزيتون.', 'بلدة كرم الزيتون').key);
  assert.equal(named(text, 'منطقة الملك فهد').aliases, undefined);
});

test('a storm takes the name after its noun, quoted or not, with or without the article', () => {
  const text = 'ضرب إعصار "سلمون" الساحل، ثم ضعف الإعصار سلمون، وسبقته عاصفة مدارية وعاصفة قوية.';
  const quoted = named(text, 'إعصار "سلمون"');
  assert.equal(quoted.type, 'other');
  assert.equal(quoted.key, named(text, 'الإعصار سلمون').key);
  assert.deepEqual(quoted.aliases, ['سلمون']);
  assert.ok(!mentions(text).some((x) => x.surface.startsWith('عاصفة')), 'adjectives are no names');
});

test('a compass word before a known place names a part of it, one key for its spellings', () => {
  const text = 'وتظاهر السكان في جنوب العراق، وامتدت الاحتجاجات إلى مدن جنوبي العراق وإلى شرق مدينة الرياض.';
  const south = named(text, 'جنوب العراق');
  assert.equal(south.type, 'location');
  assert.equal(south.key, named(text, 'جنوبي العراق').key);
  assert.ok(named(text, 'شرق مدينة الرياض'));
  assert.ok(named(text, 'العراق').lexId, 'the place itself is still named');
  assert.ok(!mentions('وقال وسط العراق إن شيئا لم يحدث.').some((m) => m.surface === 'وسط العراق'));
});

test('the Red Crescent alone describes the known societies it may stand for; NHK is known', () => {
  assert.ok(named('ونقل الهلال الأحمر المصابين.', 'الهلال الأحمر').refers?.includes('org:saudi-rc'));
  assert.equal(
    named('وبثت هيئة الإذاعة والتلفزة اليابانية صورا.', 'هيئة الإذاعة والتلفزة اليابانية').lexId,
    'org:nhk',
  );
});

test('the embassy of a country named by its adjective or by its name has one key', () => {
  const text = 'وافتتحت السفارة الأمريكية في القدس، وتظاهر الناس أمام سفارة الولايات المتحدة.';
  const byName = named(text, 'سفارة الولايات المتحدة');
  assert.equal(byName.type, 'facility');
  assert.equal(byName.key, named(text, 'السفارة الأمريكية').key);
  assert.ok(named(text, 'الولايات المتحدة').lexId, 'the country itself is still named');
  const other = named('وقالت السلطات العراقية إن الوضع هادئ.', 'السلطات العراقية').key;
  assert.notEqual(other, byName.key);
});

test("a town's body is named by its kind noun and the town; a name's head before a town is not", () => {
  const police = named('وقال قائد شرطة بغداد إن الوضع هادئ.', 'شرطة بغداد');
  assert.equal(police.type, 'organization');
  assert.ok(police.key.includes('town:'), 'keyed by the town, so its spellings make one body');
  const all = (t: string) => mentions(t).map((m) => m.surface);
  assert.ok(!all('وأعلنت هيئة بغداد للاستثمار خطة.').includes('هيئة بغداد'));
  assert.ok(!all('وقال مكتب بغداد للإعلام إن').includes('مكتب بغداد'), 'the name goes on after the town');
});

test('a family name with the article after a ranked given name ends at a function word (في، خلال)', () => {
  const persons = (text: string) =>
    mentions(text)
      .filter((m) => m.type === 'person')
      .map((m) => m.surface);
  assert.deepEqual(persons('وقال العقيد فارس المنصوري في مؤتمر صحفي إن الطريق أغلق.'), ['فارس المنصوري']);
  assert.deepEqual(persons('وصرح اللواء نادر الحمدان خلال زيارته للموقع بأن الوضع هادئ.'), ['نادر الحمدان']);
});

test("a body's noun before a place only the tagger knows is that place's body (شرطة تورنتو)", () => {
  const police = named('وقالت شرطة تورنتو إن المسلح أطلق النار في الحي.', 'شرطة تورنتو');
  assert.equal(police.type, 'organization');
  assert.ok(named('وقالت شرطة تورنتو إن المسلح أطلق النار في الحي.', 'تورنتو'));
  // (not a place the tagger saw in part, whose name goes on: شرطة خان | بني سعد)
  assert.ok(!mentions('وقالت مديرية شرطة خان بني سعد إن الحادث وقع.').some((m) => m.surface === 'شرطة خان'));
});

test('a news agency after the words that describe it is one mention of it (وكالة الأنباء الرسمية X)', () => {
  const ms = mentions('وذكرت وكالة الأنباء الإيرانية إرنا أن الهجوم فشل.');
  const agency = ms.find((m) => m.surface === 'وكالة الأنباء الإيرانية إرنا');
  assert.ok(agency);
  assert.equal(agency.type, 'organization');
  // (no mention of its own for the description inside it)
  assert.ok(
    !ms.some(
      (m) => m !== agency && m.start >= agency.start && m.end < agency.end && m.type === 'organization',
    ),
  );
  // (a clitic stays out: لوكالة)
  assert.ok(
    mentions('وقال لوكالة الأنباء الإيرانية إرنا إن الهجوم فشل.').some((m) => m.surface.startsWith('وكالة')),
  );
});

test("an organisation's head with a noun in construct and a definite word names it (هيئة إنقاذ الطفولة)", () => {
  assert.equal(
    named('ودعا الرئيس وزارة الصحة ووزارة خدمات الطوارئ إلى التحرك.', 'وزارة خدمات الطوارئ').type,
    'organization',
  );
  assert.equal(
    named('وهاجم المسلحون مكتبا لهيئة إغاثة الأطفال في المدينة.', 'هيئة إغاثة الأطفال').type,
    'organization',
  );
  // (not an adjective before a day, nor a name before a participle: محكمة محلية الثلاثاء، شركة X المتفرعة عن …)
  const surfaces = mentions(
    'وأصدرت محكمة محلية الثلاثاء حكما. وعمل لدى شركة سيغماتك المتفرعة عن الشركة الأم.',
  ).map((m) => m.surface);
  assert.ok(!surfaces.includes('محكمة محلية الثلاثاء'), surfaces.join(' | '));
  assert.ok(!surfaces.some((s) => s.includes('المتفرعة')), surfaces.join(' | '));
});
