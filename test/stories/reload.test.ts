// A clusterer rebuilt from the state it handed to the store decides exactly as the one that kept
// running, whatever order the store gives the terms back in (term ids are assigned anew on load, so
// nothing may depend on them). The PostgreSQL test (test/store-pg/reload.test.ts) checks the same
// through a real database; this one needs no server.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readInputs } from '../../src/ingest/index.js';
import { StoryClusterer, type StoryState } from '../../src/stories/index.js';
import type { Document } from '../../src/types.js';

const root = join(import.meta.dirname, '..', '..', '..');
const corpus = join(
  process.env.ISNAD_SHARED ?? join(root, '..', 'shared'),
  'data',
  'saudinewsnet-2015',
  'saudinewsnet.jsonl.gz',
);

test('clusterer state: reloaded every 200 articles, terms in another order, the same stories', {
  skip: existsSync(corpus) ? false : `${corpus} is absent`,
}, async () => {
  const docs: Document[] = [];
  for await (const d of readInputs([corpus], { limit: 3000 })) if ('text' in d) docs.push(d);
  const input = (d: Document) => ({ title: d.title, text: d.text, published: d.publishedInput });
  const whole = new StoryClusterer();
  const expected = docs.map((d) => whole.assign(input(d)).story);

  const df = new Map<string, number>();
  const stories = new Map<number, StoryState>(); // in the order they last changed, as the stores load them
  let docsSeen = 0;
  let seed = 2;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const got: number[] = [];
  let clusterer = new StoryClusterer();
  for (let i = 0; i < docs.length; i += 200) {
    got.push(...docs.slice(i, i + 200).map((d) => clusterer.assign(input(d)).story));
    const changes = clusterer.takeChanges();
    for (const [t, n] of changes.df) df.set(t, (df.get(t) ?? 0) + n);
    for (const s of changes.stories) {
      stories.delete(s.id);
      stories.set(s.id, s);
    }
    docsSeen = changes.docs;
    clusterer = new StoryClusterer();
    // the terms in a shuffled order (a store gives them back in any order)
    const terms = [...df]
      .map((e) => [next(), e] as const)
      .sort((a, b) => a[0] - b[0])
      .map(([, e]) => e);
    clusterer.load(terms, docsSeen, stories.values());
  }
  const differ = got.findIndex((s, i) => s !== expected[i]);
  assert.equal(differ, -1, `article ${differ} (${docs[differ]?.id}) went elsewhere`);
});
