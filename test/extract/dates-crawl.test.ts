// Publication dates of articles a crawler fetched (src/extract/dates/crawl.ts), through refineDates on
// invented articles of one story.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument, refineDates } from '../../src/extract/index.js';

const article = (id: string, text: string, input: string, url: string | null = null) =>
  analyzeDocument({ id, source: id, text, publishedInput: input, url });

test('articles of a shown crawl are dated from the story day and the days they say have passed', () => {
  const story = [
    // its address dates it three days before its input time: that input is a crawl time
    article(
      'a',
      'أعلنت وزارة الداخلية القبض على 40 شخصا.',
      '2022-03-08T02:00:00+03:00',
      'http://x/2022/03/05/a',
    ),
    article('b', 'وأعلنت وزارة الداخلية أمس القبض على 40 شخصا.', '2022-03-08T02:20:00+03:00'),
    article('c', 'أعلنت وزارة الداخلية أول من أمس القبض على 40 شخصا.', '2022-03-08T02:40:00+03:00'),
    // fetched hours later, not by the same crawl: its input stands
    article('d', 'وأعلنت وزارة الداخلية أمس القبض على 40 شخصا.', '2022-03-08T09:00:00+03:00'),
    // fetched by the same crawl, but its address gives the input's own day: that date stands
    article(
      'e',
      'وأعلنت وزارة الداخلية أمس القبض على 40 شخصا.',
      '2022-03-08T02:30:00+03:00',
      'http://x/Issues/20220308/e.htm',
    ),
  ];
  const got = refineDates(story).map((a) => [a.doc.id, a.published.date, a.published.how]);
  assert.deepEqual(got, [
    ['a', '2022-03-05', 'url'],
    ['b', '2022-03-06', 'crawl-anchor'],
    ['c', '2022-03-07', 'crawl-anchor'],
    ['d', '2022-03-08', 'input'],
    ['e', '2022-03-08', 'url'],
  ]);
  // the article read again dates its happenings from the new day
  const b = refineDates(story)[1]!;
  assert.ok(b.happenings.some((h) => h.type === 'statement' && h.date.value === '2022-03-05'));
});

test('no shown crawl: input times stand', () => {
  const story = [
    article(
      'a',
      'أعلنت وزارة الداخلية القبض على 40 شخصا.',
      '2022-03-05T10:00:00+03:00',
      'http://x/2022/03/05/a',
    ),
    article('b', 'وأعلنت وزارة الداخلية أمس القبض على 40 شخصا.', '2022-03-05T10:20:00+03:00'),
  ];
  assert.deepEqual(
    refineDates(story).map((a) => a.published.date),
    ['2022-03-05', '2022-03-05'],
  );
});
