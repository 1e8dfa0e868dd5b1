// Workers on a real PostgreSQL: ingest queues, two workers take the queue (in one process here, each
// with its own connections, as on two machines), and the stories, dossiers and pages are those of a
// SQLite ingest of the same articles. Serve reads the same database. A worker's transaction that dies
// with its connection leaves its articles to be taken again.
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { test } from 'node:test';
import pg from 'pg';
import { buildServer } from '../../src/serve/server.js';
import { ingestIntoStore, openStore, type PostgresStore } from '../../src/store/index.js';
import { readDeskInputs } from '../../src/store/inputs.js';
import { queueArticles, queueStatus } from '../../src/store/queue.js';
import { QueueWorker } from '../../src/store/queue-worker.js';
import { firstDifference, snapshot } from '../fault/snapshot.js';
import { writeInputs } from '../store/fixtures.js';
import { freshDatabase, PG_SKIP } from './server.js';

test('workers: queued articles become the same stories and dossiers as a SQLite ingest', {
  skip: PG_SKIP,
}, async () => {
  const { dir, db } = writeInputs();
  const sqlite = await openStore(db);
  await ingestIntoStore(sqlite, readDeskInputs([dir]), { jobs: 1, quiet: true });
  const expected = await snapshot(sqlite);
  await sqlite.close();

  const { address, drop } = await freshDatabase();
  const stores = [
    (await openStore(address)) as PostgresStore,
    (await openStore(address)) as PostgresStore,
    (await openStore(address)) as PostgresStore,
  ];
  try {
    const queued = await queueArticles(stores[0]!, readDeskInputs([dir]), { quiet: true });
    assert.equal(queued.queued, 4);
    const again = await queueArticles(stores[0]!, readDeskInputs([dir]), { quiet: true });
    assert.deepEqual([again.queued, again.skipped], [0, 4], 'queued twice is queued once');
    const workers = stores
      .slice(1)
      .map((s) => new QueueWorker(s, { batch: 1, exitWhenIdle: true, pollMs: 50 }));
    const counts = await Promise.all(workers.map((w) => w.run()));
    assert.equal(
      counts.reduce((n, c) => n + c.analysed, 0),
      4,
      'each article analysed once',
    );
    assert.equal(
      counts.reduce((n, c) => n + c.assigned, 0),
      4,
    );
    assert.deepEqual(await queueStatus(stores[0]!), { waiting: 0, analysed: 0, stale: 0, problems: 0 });
    const got = await snapshot(stores[0]!);
    assert.equal(firstDifference(expected, got), null);

    const again2 = await queueArticles(stores[0]!, readDeskInputs([dir]), { quiet: true });
    assert.deepEqual([again2.queued, again2.skipped], [0, 4], 'stored articles are not queued again');

    const app = buildServer(stores[0]!);
    const list = await app.inject({ method: 'GET', url: '/stories.json' });
    assert.equal(list.statusCode, 200);
    const story = JSON.parse(list.body).items[0].id;
    const page = await app.inject({ method: 'GET', url: `/stories/${story}` });
    assert.equal(page.statusCode, 200);
    assert.match(String(page.headers['content-security-policy']), /default-src/);
    const search = await app.inject({
      method: 'GET',
      url: `/search.json?q=${encodeURIComponent('الفيضانات')}`,
    });
    assert.equal(JSON.parse(search.body).total, 3);
    await app.close();
  } finally {
    for (const s of stores) await s.close();
    await drop();
    rmSync(dirname(db), { recursive: true, force: true });
  }
});

test('workers: an article whose worker died mid-analysis is taken again', { skip: PG_SKIP }, async () => {
  const { dir } = writeInputs();
  const { address, drop } = await freshDatabase();
  const store = (await openStore(address)) as PostgresStore;
  try {
    await queueArticles(store, readDeskInputs([dir]), { quiet: true });
    // a worker takes two articles and dies with its connection, mid-transaction
    const dying = new pg.Client({ connectionString: address });
    dying.on('error', () => {});
    await dying.connect();
    await dying.query('BEGIN');
    const taken = await dying.query(
      'SELECT seq FROM queue WHERE NOT analysed ORDER BY seq LIMIT 2 FOR UPDATE SKIP LOCKED',
    );
    assert.equal(taken.rowCount, 2);
    const other = new QueueWorker(store, { batch: 4 });
    assert.equal(await other.analyseStep(), 2, 'a second worker skips the locked articles');
    (dying as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
    const worker = new QueueWorker(store, { batch: 1, exitWhenIdle: true, pollMs: 50 });
    const c = await worker.run();
    assert.equal(c.analysed, 2, 'the dead worker’s articles are taken again');
    assert.equal((await store.counts()).articles, 4);
  } finally {
    await store.close();
    await drop();
  }
});

test('isnad worker: a SQLite file is refused in words', async () => {
  const { workerCommand } = await import('../../src/cli/worker-command.js');
  const written: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((s: string) => written.push(s) > 0) as typeof process.stderr.write;
  try {
    assert.equal(await workerCommand({ db: 'desk.db' }), 2);
  } finally {
    process.stderr.write = write;
  }
  assert.match(written.join(''), /desk\.db: workers need a PostgreSQL store/);
});

test('queue: an article PostgreSQL cannot store is a problem in words; the rest is queued', {
  skip: PG_SKIP,
}, async () => {
  const { address, drop } = await freshDatabase();
  const store = (await openStore(address)) as PostgresStore;
  try {
    const problems: string[] = [];
    async function* input() {
      yield { id: 'nul', source: 'a.jsonl:1', text: 'نص فيه \u0000 محرف' };
      yield { id: 'ok', source: 'a.jsonl:2', text: 'نص سليم' };
    }
    const s = await queueArticles(store, input(), { quiet: true, onProblem: (p) => problems.push(p.reason) });
    assert.deepEqual([s.queued, s.problems], [1, 1]);
    assert.match(problems[0]!, /NUL/);
  } finally {
    await store.close();
    await drop();
  }
});
