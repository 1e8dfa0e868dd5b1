// One set of store tests, run against each engine (sqlite.test.ts, postgres.test.ts): ingest of
// JSONL, a saved HTML page and an RSS feed into stories and dossiers; a re-run changes nothing;
// search finds Arabic however its hamza, ta marbuta or clitics are written; the pages' reads.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ingestIntoStore, openStore, type Store } from '../../src/store/index.js';
import { readDeskInputs } from '../../src/store/inputs.js';
import { writeInputs } from '../store/fixtures.js';

/** Where a test's store lives: its address and how to remove it afterwards. */
export type Place = () => Promise<{ address: string; drop: () => Promise<void> }>;

async function withStore(place: Place, work: (store: Store, dir: string) => Promise<void>): Promise<void> {
  const { dir } = writeInputs();
  const { address, drop } = await place();
  const store = await openStore(address);
  try {
    await work(store, dir);
  } finally {
    await store.close();
    await drop();
  }
}

export function storeSuite(engine: string, place: Place, skip: string | false = false): void {
  test(
    `${engine}: ingest of JSONL, HTML and RSS into stories and dossiers; a re-run changes nothing`,
    { skip },
    () =>
      withStore(place, async (store, dir) => {
        assert.equal(store.engine, engine);
        const first = await ingestIntoStore(store, readDeskInputs([dir]), { jobs: 1, quiet: true });
        assert.equal(first.articles, 4);
        assert.equal(first.problems, 0);
        assert.ok(first.dossiers >= 2);
        const counts = await store.counts();
        assert.deepEqual(counts, { articles: 4, stories: first.stories, outlets: 4 });
        const flood1 = await store.article('flood-1');
        const flood2 = await store.article('flood-2');
        assert.equal(flood1?.outlet, 'Outlet One');
        assert.equal(typeof flood1?.rowid, 'number');
        assert.equal(flood1?.story, flood2?.story, 'the two flood reports are one story');
        const summit = (await store.stories({ offset: 0, limit: 10, outlet: 'Outlet Three' })).items[0];
        assert.ok(summit, 'the HTML page is stored with its outlet');
        assert.notEqual(flood1?.story, summit.id);
        assert.equal((await store.stories({ offset: 0, limit: 10, q: 'جمارك' })).items[0]?.id, summit.id);
        const story = await store.story(flood1!.story!);
        assert.ok(story?.dossier?.claims.some((c) => c.measure === 'killed'));
        assert.equal(story?.dossier?.documents.find((d) => d.id === 'flood-1')?.text, flood1?.text);
        assert.ok(story?.summary.outlets.includes('Outlet One'));
        assert.equal(await store.story(987654), null);
        assert.equal(await store.article('no-such-article'), null);
        assert.deepEqual(await store.staleStories(), []);

        const again = await ingestIntoStore(store, readDeskInputs([dir]), { jobs: 1, quiet: true });
        assert.equal(again.articles, 0);
        assert.equal(again.skipped, 4);
        assert.equal(again.dossiers, 0);
        assert.deepEqual(await store.counts(), counts);
      }),
  );

  test(
    `${engine}: search: hamza forms, ta marbuta and clitics find each other; hostile queries are words`,
    { skip },
    () =>
      withStore(place, async (store, dir) => {
        await ingestIntoStore(store, readDeskInputs([dir]), { analyze: false, quiet: true });
        const hits = await store.search('بالفيضانات مدينة الأخضر', 0, 10);
        assert.equal(hits.total, 3);
        const h = hits.items.find((x) => x.article === 'flood-1')!;
        const text = (await store.article('flood-1'))!.text;
        assert.match(text.slice(h.start, h.end), /فيضانات/);
        assert.equal((await store.search('"; DROP TABLE articles; --', 0, 10)).total, 0);
        assert.equal((await store.search("' & ! | \\ :*", 0, 10)).total, 0);
        assert.equal((await store.search('', 0, 10)).total, 0);
        assert.equal((await store.search('بالفيضانات', 1, 1)).items.length, 1);
      }),
  );

  test(
    `${engine}: stories list: filters by place, outlet, dates; pages; entities and outlets`,
    { skip },
    () =>
      withStore(place, async (store, dir) => {
        await ingestIntoStore(store, readDeskInputs([dir]), { jobs: 1, quiet: true });
        const all = await store.stories({ offset: 0, limit: 10 });
        assert.equal(all.total, all.items.length);
        const lasts = all.items.map((s) => s.last ?? '');
        assert.deepEqual(lasts, [...lasts].sort().reverse(), 'newest first');
        const page = await store.stories({ offset: 1, limit: 1 });
        assert.equal(page.items[0]?.id, all.items[1]?.id);
        assert.equal((await store.stories({ offset: 0, limit: 10, from: '2030-01-01' })).total, 0);
        assert.equal((await store.stories({ offset: 0, limit: 10, to: '2000-01-01' })).total, 0);
        const outletIds = await store.outletIds(['Outlet One', 'nobody']);
        assert.equal(outletIds.size, 1);
        const outlet = await store.outlet(outletIds.get('Outlet One')!);
        assert.equal(outlet?.articles, 1);
        assert.equal(outlet?.recent[0]?.id, 'flood-1');
        assert.equal(await store.outlet(987654), null);
        const flood = await store.story((await store.article('flood-1'))!.story!);
        const place = flood?.summary.places[0];
        if (place) assert.ok((await store.stories({ offset: 0, limit: 10, place })).total >= 1);
        const entity = flood?.dossier?.entities.find((e) => e.type !== 'other' && e.mentions.length);
        if (entity) {
          const ids = await store.entityIds([...(await entityKeys(store))]);
          assert.ok(ids.size >= 1);
          const e = await store.entity([...ids.values()][0]!);
          assert.ok(e?.stories.length);
        }
        assert.equal(await store.entity(987654), null);
      }),
  );

  test(`${engine}: the clusterer's state is kept: a later run goes on where the last stopped`, { skip }, () =>
    withStore(place, async (store, dir) => {
      await ingestIntoStore(store, readDeskInputs([dir]), { analyze: false, quiet: true });
      const state = await store.clusterState();
      assert.equal(state.docs, 4);
      assert.ok(state.df.length > 10);
      assert.equal(
        state.stories.reduce((n, s) => n + s.size, 0),
        4,
      );
      assert.ok(state.stories.every((s) => s.centroid.size > 0));
    }),
  );
}

async function entityKeys(store: Store): Promise<string[]> {
  const keys: string[] = [];
  for (const s of (await store.stories({ offset: 0, limit: 50 })).items) {
    const d = (await store.story(s.id))?.dossier;
    for (const e of d?.entities ?? []) keys.push(`${e.type}:${e.name}`);
  }
  return keys;
}
