// The online clustering on invented articles: reports of one event join one story, another event
// starts its own, and the time window keeps a later event with the same words apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayOf, StoryClusterer, termCounts } from '../../src/stories/index.js';

const flood = [
  'فيضانات تجتاح مدينة الوادي الأخضر وغرق عشرات المنازل بعد أمطار غزيرة',
  'غرق منازل في الوادي الأخضر إثر فيضانات وأمطار غزيرة والدفاع المدني ينقذ السكان',
  'الدفاع المدني: فيضانات الوادي الأخضر أغرقت المنازل والأمطار الغزيرة مستمرة',
];
const summit = [
  'قمة اقتصادية في العاصمة الشمالية تبحث التجارة الحرة والجمارك بين الدول',
  'وزراء التجارة في القمة الاقتصادية بالعاصمة الشمالية يتفقون على خفض الجمارك',
];
// unrelated filler, so that the document frequencies mean something
const filler = Array.from(
  { length: 30 },
  (_, i) => `خبر رقم ${i} عن موضوع مختلف ${'كلمة'.repeat(1 + (i % 5))} ومعلومة ${i * 7}`,
);

test('termCounts: normalised stems, the title counted double', () => {
  const tf = termCounts('الفيضانات', 'والفيضانات في الوادي');
  assert.equal(tf.get('فيضانات'), 3);
  assert.equal(tf.get('وادي'), 1);
});

test('dayOf reads ISO dates and RFC dates, null for nothing', () => {
  assert.equal(dayOf('1970-01-02'), 1);
  assert.equal(dayOf('Fri, 02 Jan 1970 10:00:00 +0000'), 1);
  assert.equal(dayOf(null), null);
  assert.equal(dayOf('not a date'), null);
});

test('reports of one event join one story; another event starts its own', () => {
  const c = new StoryClusterer();
  for (const f of filler) c.assign({ text: f, published: '2020-01-01' });
  const a = flood.map((text) => c.assign({ text, published: '2020-03-01' }).story);
  const b = summit.map((text) => c.assign({ text, published: '2020-03-02' }).story);
  assert.equal(new Set(a).size, 1, 'the flood reports are one story');
  assert.equal(new Set(b).size, 1, 'the summit reports are one story');
  assert.notEqual(a[0], b[0]);
});

test('the same words a month later start a new story', () => {
  const c = new StoryClusterer({ windowDays: 3 });
  for (const f of filler) c.assign({ text: f, published: '2020-01-01' });
  const first = c.assign({ text: flood[0]!, published: '2020-03-01' }).story;
  const later = c.assign({ text: flood[1]!, published: '2020-04-15' });
  assert.notEqual(later.story, first);
  assert.equal(later.created, true);
});

test('a reloaded state goes on where it stopped', () => {
  const c = new StoryClusterer();
  for (const f of filler) c.assign({ text: f, published: '2020-01-01' });
  const first = c.assign({ text: flood[0]!, published: '2020-03-01' }).story;
  const changes = c.takeChanges();
  const d = new StoryClusterer();
  d.load(changes.df, changes.docs, changes.stories);
  assert.equal(d.assign({ text: flood[1]!, published: '2020-03-01' }).story, first);
});

test('bundleStories: a bundle of two events is two stories, named in the warning', async () => {
  const { bundleStories, bundleWarning } = await import('../../src/stories/index.js');
  const doc = (id: string, text: string) =>
    ({
      doc: { id, source: id, text },
      published: { date: '2020-03-01', precision: 'day', how: 'input' },
    }) as any;
  const stories = bundleStories([
    doc('a', flood[0]!),
    doc('b', summit[0]!),
    doc('c', flood[1]!),
    doc('d', summit[1]!),
    doc('e', flood[2]!),
  ]);
  assert.deepEqual(
    stories.map((s) => s.docs),
    [
      ['a', 'c', 'e'],
      ['b', 'd'],
    ],
  );
  assert.match(bundleWarning(stories)!, /2 different stories/);
  assert.equal(bundleWarning(stories.slice(0, 1)), null);
});
