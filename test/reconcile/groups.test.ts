// One quantity, many claims: the kinds of difference and the estimates, on small dossiers of our own.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/extract/index.js';
import { buildDossier } from '../../src/reconcile/index.js';

const story = (...arts: [string, string, string][]) =>
  buildDossier(
    arts.map(([id, published, text]) =>
      analyzeDocument({ id, source: id, text, outlet: id.split('-')[0], publishedInput: published }),
    ),
  );
const groupOf = (d: ReturnType<typeof story>, measure: string) =>
  d.claim_groups.find((g) => g.measure === measure)!;

test('a toll that grows from one day to the next is an update, and the best figure is the latest', () => {
  const d = story(
    ['a-1', '2024-03-01', 'وقالت وزارة الصحة إن 12 شخصا قتلوا في القصف.'],
    ['b-1', '2024-03-02', 'وقالت وزارة الصحة إن 19 شخصا قتلوا في القصف.'],
    ['c-1', '2024-03-03', 'وأعلنت وزارة الصحة ارتفاع الحصيلة إلى 27 قتيلا.'],
  );
  const g = groupOf(d, 'killed');
  assert.equal(g.kind, 'update');
  const e = d.estimates.find((x) => x.group === g.id)!;
  assert.deepEqual([e.low, e.best, e.high], [12, 27, 27]);
  assert.match(e.rule, /latest/);
});

test('a denial is called a denial, with the denier and the figure denied', () => {
  const d = story(
    ['a-1', '2024-03-01', 'وقال مسؤول محلي إن 40 سجينا فروا من السجن المركزي.'],
    ['b-1', '2024-03-01', 'ونفت وزارة الداخلية، الأنباء التي تحدثت عن فرار 40 سجينا من السجن المركزي.'],
  );
  const g = groupOf(d, 'escaped');
  assert.equal(g.kind, 'denial');
  assert.match(g.explanation, /denied: 40/);
});

test('figures that differ only by rounding and qualifiers agree but for rounding', () => {
  const d = story(
    ['a-1', '2024-03-01', 'وقال الدفاع المدني إن أكثر من 120 شخصا أصيبوا في الزلزال.'],
    ['b-1', '2024-03-01', 'وقالت وزارة الصحة إن 123 شخصا أصيبوا في الزلزال.'],
  );
  assert.equal(groupOf(d, 'injured').kind, 'rounding');
});

test('two exact small counts that differ are a contradiction', () => {
  const d = story(
    ['a-1', '2024-03-01', 'وبدأ الهجوم بتفجير سيارتين مفخختين عند البوابة.'],
    ['b-1', '2024-03-01', 'وبدأ الهجوم بتفجير سيارة مفخخة عند البوابة.'],
  );
  const g = groupOf(d, 'explosive_devices');
  assert.equal(g.kind, 'contradiction');
  assert.ok(
    d.implied_claims && d.implied_claims.length >= 1,
    'the car bomb without a number is an implied count',
  );
  assert.ok(!d.claims.some((c) => c.value.low === 1), 'implied counts are not figures');
});

test('a breakdown (بينهم) is part of its total, not a rival figure', () => {
  const d = story(['a-1', '2024-03-01', 'وقالت الوزارة إن 45 شخصا قتلوا بينهم 12 طفلا.']);
  const twelve = d.claims.find((c) => c.value.low === 12)!;
  const total = d.claims.find((c) => c.value.low === 45)!;
  assert.equal(twelve.part_of, total.id);
  const e = d.estimates.find((x) => x.measure === 'killed')!;
  assert.equal(e.low, 45);
});

test('independent origins are counted by first source, not by article', () => {
  const d = story(
    ['a-1', '2024-03-01', 'وقالت وزارة الصحة إن 30 شخصا قتلوا في الغارة.'],
    ['b-1', '2024-03-01', 'ونقلت وكالة رويترز عن وزارة الصحة إن 30 شخصا قتلوا في الغارة.'],
    ['c-1', '2024-03-01', 'وقال الدفاع المدني إن 30 شخصا قتلوا في الغارة.'],
  );
  const g = groupOf(d, 'killed');
  assert.equal(g.kind, 'agreement');
  assert.equal(g.origins, 2);
});
