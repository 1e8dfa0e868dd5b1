// The desk's per-article and per-story work in worker threads: analyses shaped for the store where
// they are made (the pool's `shape`), and dossiers rebuilt by the rebuild workers, give what the
// main thread gives.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { deserialize } from 'node:v8';
import Database from 'better-sqlite3';
import { analyzeStream } from '../../src/cli/pool.js';
import { ingestIntoStore, openStore, rebuildDossiers } from '../../src/store/index.js';
import { type IngestAnalysis, SHAPE_MODULE } from '../../src/store/ingest-shape.js';
import { readDeskInputs } from '../../src/store/inputs.js';
import type { DocAnalysis, Document } from '../../src/types.js';
import { writeInputs } from './fixtures.js';

test('analyzeStream with shape: workers send back the serialised analysis, terms and search text', async () => {
  const docs: Document[] = [
    { id: 'a', source: 'a.txt', text: 'قال الدفاع المدني إن 12 شخصا قتلوا في فيضانات مدينة النهر.' },
    {
      id: 'b',
      source: 'b.txt',
      title: 'قمة التجارة',
      text: 'قمة التجارة\n\nبحث الوزراء خفض الجمارك في القمة.',
    },
  ];
  const run = async (jobs: number): Promise<IngestAnalysis[]> => {
    const out: IngestAnalysis[] = [];
    const input = (async function* () {
      yield* docs;
    })();
    for await (const x of analyzeStream(input, { jobs, minDocs: 0, lean: true, shape: SHAPE_MODULE }))
      out.push(x as unknown as IngestAnalysis);
    return out;
  };
  const [workers, here] = [await run(2), await run(1)];
  assert.deepEqual(
    workers.map((x) => x.doc.id),
    ['a', 'b'],
  );
  for (const [i, x] of workers.entries()) {
    const y = here[i]!;
    assert.deepEqual(x.terms, y.terms);
    assert.equal(x.search, y.search);
    assert.equal(x.published, y.published);
    const a = deserialize(x.packed!) as DocAnalysis;
    assert.deepEqual(a.sentences, [], 'lean: no working lists');
    assert.deepEqual(a.claims, (deserialize(y.packed!) as DocAnalysis).claims);
  }
  assert.match(workers[0]!.search, /مدينه/, 'normalised (ta marbuta)');
});

test('rebuildDossiers in worker threads: the same dossiers as in this thread, many to a transaction', async () => {
  const { dir, db } = writeInputs();
  const store = await openStore(db);
  try {
    await ingestIntoStore(store, readDeskInputs([dir]), { jobs: 1, quiet: true });
    const raw = new Database(db);
    const before = raw.prepare('SELECT id, headline, figure, places, outlets FROM stories ORDER BY id').all();
    raw.prepare('UPDATE stories SET stale = 1, dossier = NULL, headline = NULL, figure = NULL').run();
    const progress: number[] = [];
    const n = await rebuildDossiers(store, { jobs: 2, minStories: 0, progress: (k) => progress.push(k) });
    assert.equal(n, before.length);
    assert.deepEqual(progress.at(-1), before.length);
    assert.deepEqual(
      raw.prepare('SELECT id, headline, figure, places, outlets FROM stories ORDER BY id').all(),
      before,
    );
    assert.equal(
      raw.prepare('SELECT count(*) FROM stories WHERE stale = 1 OR dossier IS NULL').pluck().get(),
      0,
    );
    raw.close();
    const flood = (await store.article('flood-1'))!.story!;
    assert.ok((await store.story(flood))?.dossier?.claims.some((c) => c.measure === 'killed'));
  } finally {
    await store.close();
  }
});
