// One entity per referent: merges that the context supports, and the reasons they were made.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';
import { buildDossier } from '../../src/reconcile/index.js';

const dossier = (...texts: string[]) =>
  buildDossier(texts.map((text, i) => analyzeDocument({ id: `d${i}`, source: `d${i}`, text })));
const entityNamed = (d: ReturnType<typeof dossier>, name: string) =>
  d.entities.find((e) => e.name === name || e.aliases.includes(name));

test('abbreviations and full names from the lexicon are one entity, with an English name', () => {
  const d = dossier('وقالت قوات سوريا الديمقراطية (قسد) إن الهجوم صُدّ.', 'وأعلنت قسد السيطرة على البلدة.');
  const e = entityNamed(d, 'قسد')!;
  assert.ok(e.aliases.includes('قوات سوريا الديمقراطية') || e.name === 'قوات سوريا الديمقراطية');
  assert.ok(e.english_name);
  assert.equal(e.mentions.length >= 3, true);
});

test("a spelling variant of a spokesman's name is merged only with the same role, and says why", () => {
  const d = dossier(
    'وقال المتحدث باسم وزارة الصحة وحيد مجروه إن 20 شخصا أصيبوا.',
    'وقال المتحدث باسم وزارة الصحة وحيد مجروح إن 25 شخصا أصيبوا.',
    'وقال المزارع وحيد مجروب إن المحصول تلف.',
  );
  const e = entityNamed(d, 'وحيد مجروه')!;
  assert.ok(e.aliases.includes('وحيد مجروح'));
  assert.ok(e.merged_because.some((r) => /spelling variants/.test(r)));
  assert.ok(!e.aliases.includes('وحيد مجروب'), 'a farmer of a close name is someone else');
});

test('a surname alone follows the full name of the same article', () => {
  const d = dossier('وقال العقيد سامر الخطيب إن القوات تقدمت. وأضاف الخطيب أن المعارك مستمرة.');
  const e = entityNamed(d, 'سامر الخطيب')!;
  assert.ok(e.aliases.includes('الخطيب') || e.mentions.length >= 2, JSON.stringify(e));
});

test('a description stands for the organisation the story mentions most', () => {
  const d = dossier(
    'وتبنى تنظيم داعش الهجوم. وقال التنظيم في بيان إن عناصره نفذوا العملية. وأعلن داعش لاحقا مسؤوليته.',
  );
  const e = entityNamed(d, 'داعش')!;
  assert.ok(e.aliases.includes('التنظيم'), e.aliases.join(' / '));
});

test('a family name written without its article is the one person of that family name', () => {
  const d = dossier(
    'وقال اللواء سامر القحطاني إن 5 مطلوبين اعتقلوا.',
    'وأوضح اللواء قحطاني أن التحقيقات مستمرة.',
  );
  const person = d.entities.find((e) => e.type === 'person' && e.name === 'سامر القحطاني');
  assert.ok(person, 'the officer is an entity');
  assert.ok(person.aliases.includes('قحطاني'), person.aliases.join('، '));
});

test('a role word alone is the one person the story gives that role, never the role twice', () => {
  const d = dossier(
    'وقال المتحدث باسم الهيئة سامر العلي إن 5 موظفين أصيبوا.',
    'وأوضح المتحدث أن التحقيقات مستمرة.',
  );
  const person = d.entities.find((e) => e.type === 'person' && e.name === 'سامر العلي');
  assert.ok(person, 'the spokesman is an entity');
  assert.ok(person.aliases.includes('المتحدث'));
  assert.ok(!person.aliases.includes('المتحدث المتحدث'));
  assert.ok(!d.entities.some((e) => e !== person && e.name === 'المتحدث'));
});

test('a name of two words that ends the longer name of one person is that person', () => {
  const d = dossier(
    'وقال رئيس الوزراء أحمد كمال أوغلو إن 3 جنود قتلوا.',
    'وأضاف كمال أوغلو أن العملية مستمرة.',
  );
  const persons = d.entities.filter((e) => e.type === 'person' && /أوغلو/.test(e.name));
  assert.equal(persons.length, 1);
  assert.ok(persons[0]!.aliases.includes('كمال أوغلو'));
});

test('an entity lists each span once, though the tagger and the speaker phrase both read it', () => {
  const text = 'وقال كريم منصوري، وهو صياد، إن القارب انقلب في الليل وإن الموج كان عاليا.';
  const dossier = buildDossier([analyzeDocument({ id: 'd', source: 'd', text })]);
  const person = dossier.entities.find((e) => e.name === 'كريم منصوري');
  assert.ok(person, 'the speaker is an entity');
  const spans = person.mentions.map((m) => `${m.doc}:${m.start}:${m.end}`);
  assert.deepEqual(spans, [...new Set(spans)]);
  assert.equal(spans.length, 1);
});

test('a paper or channel named after its head word is one entity with the name alone', () => {
  const text = 'وقالت صحيفة الرائد إن الحادث وقع ليلا. وذكرت الرائد أن سبعة أشخاص قتلوا في الحادث.';
  const dossier = buildDossier([analyzeDocument({ id: 'd', source: 'd', text })]);
  const paper = dossier.entities.filter((e) => [e.name, ...e.aliases].some((n) => n.includes('الرائد')));
  assert.equal(paper.length, 1);
  assert.ok([paper[0]!.name, ...paper[0]!.aliases].includes('الرائد'));
});

test('أبو and the next word are one name with or without the space (أبو سنان / أبوسنان)', () => {
  const texts = [
    'وقال أبو سنان النجدي إن الهجوم نفذ بنجاح كبير.',
    'وذكر أبوسنان النجدي في تسجيل أن العملية نجحت.',
  ];
  const dossier = buildDossier(
    texts.map((text, k) => analyzeDocument({ id: `d${k}`, source: `d${k}`, text })),
  );
  const named = dossier.entities.filter((e) => [e.name, ...e.aliases].some((n) => n.includes('سنان')));
  assert.equal(named.length, 1);
});

test('a name written one letter apart in the same article is one person; in two articles it needs more', () => {
  const d = dossier(
    'وقال الوزير سامي البرتقالي إن الطريق أغلق. والتقى سامي البرتقاني رئيس البلدية أمس. وقال مدير المكتب كمال منصوري إن المبنى سليم.',
    'وقال المزارع كمال منصورين إن المحصول تلف.',
  );
  const e = entityNamed(d, 'سامي البرتقالي')!;
  assert.ok(e.aliases.includes('سامي البرتقاني'), e.aliases.join(' / '));
  assert.ok(e.merged_because.some((r) => /one letter apart in one article/.test(r)));
  assert.ok(!entityNamed(d, 'كمال منصوري')!.aliases.includes('كمال منصورين'));
});

test('a surname one letter off the full name before it in the same article is that person', () => {
  const d = dossier('وقال الأمين العام كارلوس فيرنانديث إن المساعدات وصلت. وأضاف فيرنانيث أن 3 قوافل عبرت.');
  const e = entityNamed(d, 'كارلوس فيرنانديث')!;
  assert.ok(e.aliases.includes('فيرنانيث'), e.aliases.join(' / '));
});

test("a foreign place's final vowel written ة or ى is one place (كرابيتة / كرابيتى)", () => {
  const d = dossier('وانهار جسر في مدينة كرابيتة صباح اليوم.', 'ووصل الوزير إلى مدينة كرابيتى مساء الأحد.');
  const e = entityNamed(d, 'كرابيتة')!;
  assert.ok(e && (e.aliases.includes('كرابيتى') || e.name === 'كرابيتى'), JSON.stringify(e));
});

test('an honorific names the person after it; the name ends before what befell him and before the son of another', () => {
  const d = dossier(
    'وقال مسؤول إن الملا حميد ناصر توفي قبل عامين في مستشفى بالمدينة.',
    'وأعلن الملا يوسف ابن الملا حميد أن الحركة اختارت زعيما جديدا. ونفى الملا حميد ناصر في تسجيل سابق أنه مريض.',
  );
  const names = d.entities.filter((e) => e.type === 'person').map((e) => e.name);
  assert.ok(names.includes('حميد ناصر'), names.join(' / '));
  assert.ok(names.includes('يوسف'), names.join(' / '));
  assert.ok(!names.some((name) => name.includes('توفي') || name.includes('ابن')), names.join(' / '));
});

test("a spokesman for a titled person is none of that person's forms", () => {
  const d = dossier(
    'وقال الرئيس الفنلندي كارل هالتونن إن التحقيق مستمر.',
    'وقال المتحدث باسم الرئيس الفنلندي كارل هالتونن إن الرئيس سيزور الموقع.',
  );
  const president = d.entities.find((e) => e.name === 'كارل هالتونن');
  assert.ok(president, d.entities.map((e) => e.name).join(' / '));
  assert.ok(!president.aliases.some((form) => form.startsWith('المتحدث')), president.aliases.join(' / '));
});

test('one foreign name transliterated two ways by two outlets is one person; two such names in one article are two', () => {
  const d = dossier(
    'وقال المتحدث باسم الشرطة فرانز بارونغ مانغيرا إن المهاجمين من عائلة واحدة.',
    'وأكد فرنس بارونغ مانغيرا أن التحقيق مستمر.',
  );
  const persons = d.entities.filter((e) => e.type === 'person' && e.name.includes('مانغيرا'));
  assert.equal(persons.length, 1, persons.map((e) => e.name).join(' / '));
  const brothers = dossier('وقتل حسن سعيد دوابي وشقيقه حسين سعيد دوابي في الغارة.');
  assert.equal(brothers.entities.filter((e) => e.name.endsWith('دوابي')).length, 2);
});

test('a town of three words named after its head word is also the three words alone', () => {
  const d = dossier(
    'وقتل 20 شخصا في بلدة دير بني حمدان شمال العاصمة.',
    'وعاد الهدوء إلى دير بني حمدان بعد الظهر.',
  );
  const town = d.entities.find((e) => [e.name, ...e.aliases].includes('بلدة دير بني حمدان'));
  assert.ok(town, d.entities.map((e) => e.name).join(' / '));
  assert.ok([town.name, ...town.aliases].includes('دير بني حمدان'), town.aliases.join('، '));
});

test("a role's shorter forms never end on a noun in construct with the next word", () => {
  const d = dossier(
    'وقال المتحدث باسم مكتب الأمن الوطني سامي حداد إن التحقيق مستمر.',
    'وأكد سامي حداد أن الهجوم أحبط.',
  );
  const person = d.entities.find((e) => e.name === 'سامي حداد');
  assert.ok(person, d.entities.map((e) => e.name).join(' / '));
  assert.ok(!person.aliases.includes('المتحدث باسم مكتب'), person.aliases.join(' / '));
  assert.ok(person.aliases.includes('المتحدث باسم مكتب الأمن الوطني'), person.aliases.join(' / '));
});

test('one airbase under its two heads, with or without the article and adjectives; another name stays apart', () => {
  const d = dossier(
    'واستهدفت الغارة مطار الضبعة العسكري قرب المدينة.',
    'وقالت وزارة الدفاع إن قاعدة ضبعة الجوية تعرضت للقصف.',
    'وقصفت الطائرات قاعدة الشعيرات في الريف.',
  );
  const e = entityNamed(d, 'مطار الضبعة العسكري')!;
  assert.ok(
    e.aliases.some((a) => a.includes('ضبعة الجوية')),
    JSON.stringify(e.aliases),
  );
  assert.ok(!e.aliases.some((a) => a.includes('الشعيرات')));
  assert.ok(e.merged_because.some((r) => /one facility named/.test(r)));
});

test("an entity written as a hashtag is named by its words, and keeps the hashtag's form as an alias", () => {
  const d = dossier('وقالت #وزارة_الصحة إن المستشفى استقبل الجرحى.', 'وأعلنت وزارة الصحة أن الحصيلة ارتفعت.');
  const e = entityNamed(d, 'وزارة الصحة')!;
  assert.ok(e, JSON.stringify(d.entities.map((x) => x.name)));
  assert.ok(e.name === 'وزارة الصحة' || e.aliases.includes('وزارة الصحة'));
  assert.ok(!e.name.includes('#'));
});
