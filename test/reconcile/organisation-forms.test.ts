// Organisations as the story's articles write them: with adjectives after a name, including a one-word
// short form of a longer name (قوات المقاومة → المقاومة المسلحة).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';
import { buildDossier } from '../../src/reconcile/index.js';
import { agrees, otherNisba } from '../../src/reconcile/organisation-forms.js';
import { withoutForces } from '../../src/reconcile/short-forms.js';

const dossier = (...texts: string[]) =>
  buildDossier(texts.map((text, i) => analyzeDocument({ id: `d${i}`, source: `d${i}`, text })));

test('a one-word short form of a longer name takes the adjectives the articles write after it', () => {
  const d = dossier(
    'وقالت قوات المقاومة إن القصف استهدف بلدة نائية.',
    'وأعلنت المقاومة أنها صدت هجوما، وقال قيادي إن المقاومة المسلحة استعادت التلال.',
  );
  const side = d.entities.find((e) => [e.name, ...e.aliases].includes('قوات المقاومة'));
  assert.ok(side, 'the resistance is an entity');
  assert.ok(side.aliases.includes('المقاومة المسلحة'), side.aliases.join('، '));
});

test('adjectives after a one-word form: no direction, no masculine adjective after a feminine word', () => {
  assert.ok(agrees('المعارضه', 'المعارضة المسلحة'));
  assert.ok(agrees('الجيش', 'الجيش الوطني'));
  assert.ok(!agrees('الداخليه', 'الداخلية الإيطالي'), 'الإيطالي belongs to وزير before it');
  assert.ok(!agrees('المعارضه', 'المعارضة الشمالية'), 'a direction names a part');
});

test("an organisation's name with and without the noun of its forces is one organisation", () => {
  const d = dossier(
    'وقال الحرس الثوري الإيراني إن دورية تعرضت لإطلاق نار.',
    'وأعلنت قوات الحرس الثوري الإيراني أن ثلاثة من عناصرها أصيبوا.',
    'وقالت قوات الدفاع الجوي إنها اعترضت صاروخا، وأكد الدفاع الجوي السعودي الخبر.',
  );
  const guards = d.entities.filter((e) =>
    [e.name, ...e.aliases].some((form) => form.includes('الحرس الثوري')),
  );
  assert.equal(guards.length, 1, guards.map((e) => e.name).join(' / '));
  const air = d.entities.find((e) => e.name === 'قوات الدفاع الجوي');
  assert.ok(air?.aliases.includes('الدفاع الجوي السعودي'), air?.aliases.join('، '));
  assert.equal(withoutForces('قوات النظام السوري'), null, "a state's forces are not the state");
});

test("a form with another country's nisba or a place after the shared words is not the entity's", () => {
  const own = [['الشرطه', 'البحريه', 'القطريه']];
  assert.ok(otherNisba(['الشرطه', 'البحريه', 'العمانيه'], own));
  assert.ok(otherNisba(['الشرطه', 'البحريه', 'في', 'عمان'], own));
  assert.ok(!otherNisba(['الشرطه', 'البحريه', 'القطري'], own), 'one nisba, two endings');
  assert.ok(!otherNisba(['الشرطه', 'البحريه', 'القطريه', 'في', 'الدوحه'], own));
  assert.ok(!otherNisba(['الاتحاد', 'الرياضي'], [['الاتحاد', 'العربي']]), 'no country in either');
});

test("a company's name after its head noun is the company (شركة X → X)", () => {
  const d = dossier(
    'وقالت شركة "ماركوني" المشغلة للميناء إنها ستتعاون مع المحققين.',
    'وأكدت ماركوني في بيان أن أعمال الصيانة جرت في موعدها، وقالت شركة ماركوني إن الخبراء وصلوا.',
  );
  const companies = d.entities.filter((e) => e.type === 'organization');
  assert.equal(companies.length, 1, companies.map((e) => `${e.name}: ${e.aliases.join('، ')}`).join(' / '));
  const forms = [companies[0]!.name, ...companies[0]!.aliases];
  assert.ok(forms.includes('ماركوني'), forms.join('، '));
});

test('a body led by a country of three words is the body (قوات التحالف بقيادة المملكة العربية السعودية)', () => {
  const d = dossier(
    'وقالت قوات التحالف إن الدفاعات اعترضت صاروخا أطلق على جازان.',
    'وأكدت قوات التحالف بقيادة المملكة العربية السعودية أن الصاروخ دمر، وقالت المملكة العربية السعودية إنها سترد.',
  );
  const coalition = d.entities.find((e) => [e.name, ...e.aliases].includes('قوات التحالف'));
  assert.ok(coalition, d.entities.map((e) => e.name).join(' / '));
  assert.ok(
    coalition.aliases.includes('قوات التحالف بقيادة المملكة العربية السعودية'),
    coalition.aliases.join('، '),
  );
});
