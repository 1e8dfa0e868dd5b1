// The store on a real SQLite file: ingest of JSONL, a saved HTML page and an RSS feed; a re-run
// changes nothing; search finds Arabic however its hamza, ta marbuta or clitics are written.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { ingestIntoStore, openStore, searchText } from '../../src/store/index.js';
import { readDeskInputs } from '../../src/store/inputs.js';
import { writeInputs } from './fixtures.js';

test('searchText: normalised stems without proclitics', () => {
  assert.equal(searchText('والقتلى في مدينةٍ أخرى'), 'قتلي في مدينه اخري');
});

test('ingest: JSONL, HTML and RSS into SQLite, stories and dossiers; a re-run changes nothing', async () => {
  const { dir, db } = writeInputs();
  const store = await openStore(db);
  try {
    const first = await ingestIntoStore(store, readDeskInputs([dir]), { jobs: 1, quiet: true });
    assert.equal(first.articles, 4);
    assert.equal(first.problems, 0);
    assert.ok(first.dossiers >= 2);
    const counts = await store.counts();
    assert.equal(counts.articles, 4);
    const page = await store.article('flood-1');
    assert.equal(page?.outlet, 'Outlet One');
    const html = (await store.stories({ offset: 0, limit: 10, outlet: 'Outlet Three' })).items[0];
    assert.ok(html, 'the HTML page is stored with its outlet');
    const flood1 = await store.article('flood-1');
    const flood2 = await store.article('flood-2');
    assert.equal(flood1?.story, flood2?.story, 'the two flood reports are one story');
    assert.notEqual(flood1?.story, (await store.stories({ offset: 0, limit: 10, q: 'جمارك' })).items[0]?.id);
    const story = await store.story(flood1!.story!);
    assert.ok(story?.dossier?.claims.some((c) => c.measure === 'killed'));
    assert.equal(story?.dossier?.documents.find((d) => d.id === 'flood-1')?.text, flood1?.text);

    const again = await ingestIntoStore(store, readDeskInputs([dir]), { jobs: 1, quiet: true });
    assert.equal(again.articles, 0);
    assert.equal(again.skipped, 4);
    assert.equal(again.dossiers, 0);
    assert.deepEqual(await store.counts(), counts);
  } finally {
    await store.close();
  }
});

test('search: hamza forms, ta marbuta and clitics find each other', async () => {
  const { dir, db } = writeInputs();
  const store = await openStore(db);
  try {
    await ingestIntoStore(store, readDeskInputs([dir]), { analyze: false, quiet: true });
    const hits = await store.search('بالفيضانات مدينة الأخضر', 0, 10);
    assert.equal(hits.total, 3);
    const h = hits.items.find((x) => x.article === 'flood-1')!;
    const text = (await store.article('flood-1'))!.text;
    assert.match(text.slice(h.start, h.end), /فيضانات/);
    assert.equal((await store.search('"; DROP TABLE articles; --', 0, 10)).total, 0);
  } finally {
    await store.close();
  }
});

test('openStore: a newer schema or a non-database is a clear error', async () => {
  const { db } = writeInputs();
  const raw = new Database(db);
  raw.pragma('user_version = 99');
  raw.close();
  await assert.rejects(openStore(db), /schema version 99, newer than this isnad/);
  await assert.rejects(openStore('/nonexistent/folder/x.db'), /cannot open the database/);
  await assert.rejects(openStore('postgres://u:secret@127.0.0.1:1/db'), (e: Error) => {
    assert.match(e.message, /^postgres:\/\/u:…@127\.0\.0\.1:1\/db: cannot open the database/);
    return true;
  });
});
