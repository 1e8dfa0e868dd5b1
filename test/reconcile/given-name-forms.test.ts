// A given name spelled one letter off before a person's known surname is that person (given-name-forms.ts).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';
import { buildDossier } from '../../src/reconcile/index.js';

const dossier = (...texts: string[]) =>
  buildDossier(texts.map((text, i) => analyzeDocument({ id: `d${i}`, source: `d${i}`, text })));

test('a given name one letter off before a known surname is the same person', () => {
  const d = dossier(
    'وقالت الشرطة إن المشتبه به فيكتور ماريناسكو اعتقل قرب مكان الحادث.',
    'وذكرت الصحيفة أن اسمه فيكتو ماريناسكو ويبلغ من العمر 30 عاما.',
    'وقال محاميه إن ماريناسكو ينفي التهم، وإن شقيقه وماريناسكو لم يلتقيا.',
  );
  const person = d.entities.find((e) => e.type === 'person' && e.aliases.includes('فيكتو ماريناسكو'));
  assert.ok(person, 'the other spelling is an alias');
  assert.ok([person.name, ...person.aliases].includes('فيكتور ماريناسكو'));
});

test('a relative named by the person (خطيبة X) is no other bearer of the surname', () => {
  const d = dossier(
    'وقال الصحفي فيكتور ماريناسكو إنه سيعود إلى بلاده.',
    'وأكدت خطيبة ماريناسكو أنها تنتظره أمام المبنى.',
    'وقال ماريناسكو في رسالة إن صحته جيدة.',
  );
  const person = d.entities.find((e) => e.type === 'person' && e.name === 'فيكتور ماريناسكو');
  assert.ok(person, 'the person is an entity');
  assert.ok(person.aliases.includes('ماريناسكو'), JSON.stringify(person.aliases));
  assert.ok(!person.aliases.includes('خطيبة ماريناسكو'));
});

test('two spellings of one long given name before one surname in one article are one person', () => {
  const d = dossier(
    'وقال المتحدث الحكومي ديميتريوس كالفاكيس إن الحرائق تراجعت. وأعلن المتحدث ديمتريوس كالفاكيس تخصيص صندوق للإغاثة.',
  );
  const persons = d.entities.filter(
    (e) => e.type === 'person' && /كالفاكيس/.test([e.name, ...e.aliases].join('|')),
  );
  assert.equal(persons.length, 1, persons.map((e) => e.name).join(' / '));
});

test('a foreign given name alone is the one person whose name of three words it opens', () => {
  const d = dossier(
    'وقال المتحدث باسم وكالة الكوارث سوتارجو بوريانتو نوغراها إن 40 شخصا قتلوا.',
    'وأضاف سوتارجو أن فرق الإنقاذ وصلت إلى الجزيرة.',
  );
  const person = d.entities.find((e) => e.type === 'person' && e.name.includes('نوغراها'));
  assert.ok(
    person && [person.name, ...person.aliases].includes('سوتارجو'),
    JSON.stringify(d.entities.map((e) => e.name)),
  );
});

test('a foreign given name alone is the one person of two words it opens, where no longer name does', () => {
  const d = dossier(
    'وقال وزير الداخلية جيرالد كولومبو إن الضابط أرنولد بيلترانو بادل نفسه بإحدى الرهائن.',
    'وقال أرنولد إنه سيبقى مع الرهائن حتى النهاية.',
  );
  const person = d.entities.find((e) => e.type === 'person' && e.name.includes('بيلترانو'));
  assert.ok(
    person && [person.name, ...person.aliases].includes('أرنولد'),
    JSON.stringify(d.entities.map((e) => [e.name, ...e.aliases])),
  );
});
