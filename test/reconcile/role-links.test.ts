// A role names its organisation with one of several links (لـ، بـ، في): each way is a form of one person.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';
import { buildDossier } from '../../src/reconcile/index.js';
import { linkVariants } from '../../src/reconcile/role-links.js';

const dossier = (...texts: string[]) =>
  buildDossier(texts.map((text, i) => analyzeDocument({ id: `d${i}`, source: `d${i}`, text })));

test('a role with a glued link is written with the other links', () => {
  const variants = linkVariants('المتحدث الرسمي لوزارة الزراعة').map((words) => words.join(' '));
  assert.deepEqual(variants, ['المتحدث الرسمي بوزاره الزراعه', 'المتحدث الرسمي في وزاره الزراعه']);
  assert.deepEqual(
    linkVariants('مدير الإعلام في المستشفى').map((words) => words.join(' ')),
    ['مدير الاعلام بالمستشفي', 'مدير الاعلام للمستشفي'],
  );
});

test('a person role written with another link in another article is a form of the person', () => {
  const d = dossier(
    'وقال المتحدث الرسمي لوزارة الزراعة العميد كريم الهاشمي إن المحصول تضرر.',
    'وأضاف المتحدث الرسمي بوزارة الزراعة أن التعويضات ستصرف.',
  );
  const person = d.entities.find((e) => e.type === 'person' && /الهاشمي/.test(e.name));
  assert.ok(person, 'the spokesman is an entity');
  assert.ok(person.aliases.includes('المتحدث الرسمي بوزارة الزراعة'), person.aliases.join(' / '));
});

test('a role of two offices before a name: the whole and the nearer office stand for the person', () => {
  const d = dossier(
    'وقالت وزيرة الدولة لشؤون الزراعة المتحدثة الرسمية باسم الحكومة سلمى الحداد إن المحصول تضرر.',
    'وأكدت المتحدثة الرسمية باسم الحكومة أن التعويضات ستصرف.',
  );
  const person = d.entities.find((e) => e.type === 'person' && /الحداد/.test(e.name));
  assert.ok(person, 'the minister is an entity');
  assert.ok(person.aliases.includes('المتحدثة الرسمية باسم الحكومة'), person.aliases.join(' / '));
  assert.ok(person.aliases.includes('وزيرة الدولة لشؤون الزراعة'), person.aliases.join(' / '));
  // the portfolio is no name: the role alone speaks, no person called لشؤون الزراعة
  assert.ok(!d.entities.some((e) => e.name.startsWith('لشؤون')));
});

test("a deputy's office names no one else: نائب رئيس الوزراء gives the prime minister's role to no one", () => {
  const d = dossier(
    'وقال رئيس الوزراء الكندي مارك بيلتييه إن التحقيق مستمر. وقال نائب رئيس الوزراء الكندي جان دوبوا إن الحدود مغلقة.',
    'وأكد رئيس الوزراء الكندي أن الحكومة ستعوض الضحايا.',
  );
  const premier = d.entities.find((e) => e.type === 'person' && /بيلتييه/.test(e.name));
  assert.ok(premier?.aliases.includes('رئيس الوزراء الكندي'), premier?.aliases.join(' / '));
});
