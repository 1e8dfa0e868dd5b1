// A clusterer loaded from the PostgreSQL store decides exactly as the one that wrote the state: the
// workers' clusterer can die and be replaced mid-stream without changing a single story.
// (5,000 articles, reloaded every 200: with the stories loaded by id instead, article 3,544 went astray.)
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readInputs } from '../../src/ingest/index.js';
import { openStore, type PostgresStore, searchText } from '../../src/store/index.js';
import { StoryClusterer } from '../../src/stories/index.js';
import type { Document } from '../../src/types.js';
import { freshDatabase, PG_SKIP } from './server.js';

const root = join(import.meta.dirname, '..', '..', '..');
const corpus = join(
  process.env.ISNAD_SHARED ?? join(root, '..', 'shared'),
  'data',
  'saudinewsnet-2015',
  'saudinewsnet.jsonl.gz',
);
const N = Number(process.env.ISNAD_RELOAD_ARTICLES ?? 5000);

test('clusterer state: reloaded from PostgreSQL mid-stream, the same stories', {
  skip: PG_SKIP || (existsSync(corpus) ? false : `${corpus} is absent`),
}, async () => {
  const docs: Document[] = [];
  for await (const d of readInputs([corpus], { limit: N })) if ('text' in d) docs.push(d);
  const input = (d: Document) => ({ title: d.title, text: d.text, published: d.publishedInput });
  const whole = new StoryClusterer();
  const expected = docs.map((d) => whole.assign(input(d)).story);

  const { address, drop } = await freshDatabase();
  const store = (await openStore(address)) as PostgresStore;
  try {
    const got: number[] = [];
    let clusterer = new StoryClusterer();
    for (let i = 0; i < docs.length; i += 200) {
      const part = docs.slice(i, i + 200);
      const stories = part.map((d) => clusterer.assign(input(d)).story);
      got.push(...stories);
      const articles = part.map((doc, k) => ({
        doc,
        hash: doc.id,
        published: null,
        analysis: null,
        story: stories[k]!,
        searchText: searchText(doc.text),
      }));
      await store.commit({ articles, ...clusterer.takeChanges() });
      // a new clusterer each time, as when the one assigning stories dies
      const state = await store.clusterState();
      clusterer = new StoryClusterer();
      clusterer.load(state.df, state.docs, state.stories);
    }
    const differ = got.findIndex((s, i) => s !== expected[i]);
    assert.equal(differ, -1, `article ${differ} (${docs[differ]?.id}) went elsewhere`);
  } finally {
    await store.close();
    await drop();
  }
});
