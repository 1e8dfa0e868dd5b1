// Fault tests on a real PostgreSQL: articles from ../shared/data are queued, three `isnad worker`
// processes take them, one (the one assigning stories, the worst case) is killed with SIGKILL
// mid-run and the PostgreSQL server is restarted mid-run. Every article must be stored exactly once
// and the stories and dossiers must be those of one SQLite `isnad ingest` over the same articles.
// ISNAD_FAULT_ARTICLES sets how many (default 150 for CI; the 10,000 run is made by hand).
// The test starts a PostgreSQL server of its own (scripts/pg-test-server.sh), so that restarting it
// disturbs no other test; without Debian's postgresql it skips, saying so (under CI it fails).
import assert from 'node:assert/strict';
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { openStore } from '../../src/store/index.js';
import { LOCK } from '../../src/store/postgres-schema.js';
import { firstDifference, snapshot } from './snapshot.js';

const root = join(import.meta.dirname, '..', '..', '..');
const corpus = join(
  process.env.ISNAD_SHARED ?? join(root, '..', 'shared'),
  'data',
  'saudinewsnet-2015',
  'saudinewsnet.jsonl.gz',
);
const N = Number(process.env.ISNAD_FAULT_ARTICLES ?? 150);
const SERVER = join(root, 'scripts', 'pg-test-server.sh');
const hasServer = (() => {
  try {
    return readdirSync('/usr/lib/postgresql').some((v) =>
      existsSync(join('/usr/lib/postgresql', v, 'bin', 'pg_ctl')),
    );
  } catch {
    return false;
  }
})();
const skip = !existsSync(corpus)
  ? `${corpus} is absent`
  : hasServer || process.env.CI === 'true'
    ? false
    : 'no PostgreSQL server binaries (apt-get install postgresql)';

async function sample(file: string, n: number): Promise<void> {
  const lines: string[] = [];
  const rl = createInterface({ input: createReadStream(corpus).pipe(createGunzip()) });
  for await (const line of rl) {
    // articles with a text: an empty one is an input problem, and the ingest says so with exit code 1
    if (line.trim() && (JSON.parse(line) as { content?: string }).content?.trim()) lines.push(line);
    if (lines.length >= n) break;
  }
  rl.close();
  writeFileSync(file, lines.join('\n') + '\n');
}

const isnad = (args: string[]): ChildProcess =>
  spawn(process.execPath, [join(root, 'bin', 'isnad'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });

function finished(p: ChildProcess, log: string[]): Promise<number | null> {
  p.stderr?.on('data', (b: Buffer) => log.push(b.toString()));
  return new Promise((resolve) => p.on('exit', (code) => resolve(code)));
}

/** Poll the database (through restarts) until `done`; call `act` with the stored article count. */
async function watch(
  address: string,
  done: () => boolean,
  act: (stored: number, leader: number | null) => void,
) {
  const pool = new pg.Pool({ connectionString: address, max: 1 });
  pool.on('error', () => {});
  while (!done()) {
    try {
      const r = await pool.query(
        `SELECT (SELECT count(*)::int FROM articles) AS stored,
           (SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.objid = $1 AND l.granted LIMIT 1) AS leader`,
        [LOCK.cluster],
      );
      const leader = /isnad-worker-(\d+)/.exec(r.rows[0].leader ?? '')?.[1];
      act(r.rows[0].stored, leader ? Number(leader) : null);
    } catch {
      // the server is restarting: look again
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  await pool.end();
}

test(`fault: ${N} articles, three workers, one killed with SIGKILL, PostgreSQL restarted: same stories as SQLite`, {
  skip,
  timeout: 3_600_000,
}, async (t) => {
  const tmp = mkdtempSync(join(tmpdir(), 'isnad-fault-'));
  const serverDir = mkdtempSync(join(tmpdir(), 'isnad-fault-pg-'));
  const address = execFileSync(SERVER, ['start', serverDir]).toString().trim();
  try {
    const input = join(tmp, 'articles.jsonl');
    await sample(input, N);
    const refLog: string[] = [];
    assert.equal(
      await finished(isnad(['ingest', input, '--db', join(tmp, 'ref.db'), '-q']), refLog),
      0,
      refLog.join(''),
    );
    const qLog: string[] = [];
    assert.equal(await finished(isnad(['ingest', input, '--db', address, '-q']), qLog), 0, qLog.join(''));

    const logs: string[][] = [[], [], []];
    const workers = logs.map(() => isnad(['worker', '--db', address, '--exit-when-idle']));
    const exits = workers.map((w, i) => finished(w, logs[i]!));
    let running = workers.length;
    for (const e of exits) void e.then(() => running--);
    let killed: number | null = null;
    let restarted = false;
    await watch(
      address,
      () => running === 0,
      (stored, leader) => {
        if (killed === null && stored >= N * 0.2) {
          const victim = workers.find((w) => w.pid === leader) ?? workers[0]!;
          victim.kill('SIGKILL');
          killed = workers.indexOf(victim);
        } else if (killed !== null && !restarted && stored >= N * 0.5) {
          restarted = true;
          execFileSync(SERVER, ['restart', serverDir]);
        }
      },
    );
    const codes = await Promise.all(exits);
    assert.notEqual(killed, null, 'a worker was killed');
    codes.forEach((code, i) => {
      if (i !== killed) assert.equal(code, 0, logs[i]!.join(''));
    });
    assert.ok(restarted, 'the server was restarted');
    assert.ok(
      logs.some((l) => /waiting/.test(l.join(''))),
      'a worker waited for the database',
    );
    t.diagnostic(
      `worker ${killed} killed; ${logs.flat().join('').split('\n').filter(Boolean).length} log lines`,
    );

    const pgStore = await openStore(address);
    const ref = await openStore(join(tmp, 'ref.db'));
    try {
      const db = new pg.Client({ connectionString: address });
      await db.connect();
      const r = await db.query(
        `SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids, (SELECT count(*)::int FROM queue) AS queued,
           (SELECT sum(size)::int FROM stories) AS sizes FROM articles`,
      );
      await db.end();
      const { n, ids, queued, sizes } = r.rows[0];
      const expected = (await ref.counts()).articles;
      assert.deepEqual({ n, ids, queued, sizes }, { n: expected, ids: expected, queued: 0, sizes: expected });
      assert.equal(firstDifference(await snapshot(ref), await snapshot(pgStore)), null);
    } finally {
      await pgStore.close();
      await ref.close();
    }
  } finally {
    execFileSync(SERVER, ['stop', serverDir]);
    rmSync(tmp, { recursive: true, force: true });
  }
});
