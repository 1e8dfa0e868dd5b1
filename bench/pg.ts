// `npm run bench:pg`: the desk on PostgreSQL with `isnad worker` processes, on this machine.
//   For 1 and 2 workers: a fresh database, the articles queued (`isnad ingest --db postgres://…`),
//   then the workers run until the queue is empty and every dossier is built: articles/s. The store's
//   cost per article, from PostgreSQL's own counters over the workers' run: transactions, rows read,
//   written and deleted, WAL bytes (what replication and the disk carry) and the database's size.
//   For comparison, the same articles through `isnad ingest` into SQLite (one process, worker threads).
// Server: $ISNAD_TEST_PG (postgres://…, a superuser: the bench creates its databases), or a throwaway
// cluster started with scripts/pg-test-server.sh. Options: --limit N articles of ../shared/data
// (default 400), --workers 1,2, --json.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { readInputs } from '../src/ingest/index.js';
import { ROOT, SHARED } from './corpora.js';

const CORPUS = join(SHARED, 'data', 'saudinewsnet-2015', 'saudinewsnet.jsonl.gz');
const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};

function run(cmd: string[]): Promise<void> {
  const p: ChildProcess = spawn(process.execPath, [join(ROOT, 'bin', 'isnad'), ...cmd], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve, reject) =>
    p.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`isnad ${cmd[0]} exited with ${code}`)),
    ),
  );
}

async function sampleFile(dir: string, limit: number): Promise<string> {
  const { writeFileSync } = await import('node:fs');
  const lines: string[] = [];
  for await (const d of readInputs([CORPUS], { limit }))
    if ('text' in d)
      lines.push(
        JSON.stringify({
          id: d.id,
          title: d.title,
          text: d.text,
          outlet: d.outlet,
          url: d.url,
          published: d.publishedInput,
        }),
      );
  const file = join(dir, 'articles.jsonl');
  writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

interface Counters {
  xact: number;
  fetched: number;
  inserted: number;
  updated: number;
  deleted: number;
  wal: bigint;
  size: number;
}

async function counters(admin: pg.Client, db: string): Promise<Counters> {
  await admin.query('SELECT pg_stat_clear_snapshot()');
  const r = await admin.query(
    `SELECT xact_commit + xact_rollback AS xact, tup_fetched AS fetched, tup_inserted AS inserted,
       tup_updated AS updated, tup_deleted AS deleted, pg_current_wal_lsn() - '0/0'::pg_lsn AS wal,
       pg_database_size(datname) AS size
     FROM pg_stat_database WHERE datname = $1`,
    [db],
  );
  const x = r.rows[0];
  return {
    xact: Number(x.xact),
    fetched: Number(x.fetched),
    inserted: Number(x.inserted),
    updated: Number(x.updated),
    deleted: Number(x.deleted),
    wal: BigInt(x.wal),
    size: Number(x.size),
  };
}

async function bench(server: string, file: string, articles: number, workers: number) {
  const name = `isnad_bench_${workers}w_${process.pid}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const address = url.toString();
  try {
    const q0 = Date.now();
    await run(['ingest', file, '--db', address, '-q']);
    const queueSeconds = (Date.now() - q0) / 1000;
    await new Promise((r) => setTimeout(r, 1000)); // let the statistics of the queueing settle
    const before = await counters(admin, name);
    const t0 = Date.now();
    await Promise.all(
      Array.from({ length: workers }, () => run(['worker', '--db', address, '--exit-when-idle', '-q'])),
    );
    const seconds = (Date.now() - t0) / 1000;
    await new Promise((r) => setTimeout(r, 1500));
    const after = await counters(admin, name);
    const per = (k: Exclude<keyof Counters, 'wal'>) => +((after[k] - before[k]) / articles).toFixed(1);
    return {
      workers,
      articles,
      queueArticlesPerSecond: +(articles / queueSeconds).toFixed(0),
      seconds: +seconds.toFixed(1),
      articlesPerSecond: +(articles / seconds).toFixed(1),
      perArticle: {
        transactions: per('xact'),
        rowsRead: per('fetched'),
        rowsInserted: per('inserted'),
        rowsUpdated: per('updated'),
        rowsDeleted: per('deleted'),
        walBytes: Number((after.wal - before.wal) / BigInt(articles)),
        databaseBytes: Math.round(after.size / articles),
      },
    };
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await admin.end();
  }
}

async function main(): Promise<void> {
  if (!existsSync(CORPUS)) {
    console.log(`bench:pg: ${CORPUS} is absent; nothing to measure`);
    return;
  }
  const limit = Number(opt('--limit') ?? 400);
  const counts = (opt('--workers') ?? '1,2').split(',').map(Number);
  const tmp = mkdtempSync(join(tmpdir(), 'isnad-bench-pg-'));
  let server = process.env.ISNAD_TEST_PG ?? null;
  const own = server ? null : join(tmp, 'pg');
  try {
    if (own)
      server = execFileSync(join(ROOT, 'scripts', 'pg-test-server.sh'), ['start', own])
        .toString()
        .trim();
    const file = await sampleFile(tmp, limit);
    const s0 = Date.now();
    await run(['ingest', file, '--db', join(tmp, 'sqlite.db'), '-q']);
    const sqlite = { articles: limit, articlesPerSecond: +(limit / ((Date.now() - s0) / 1000)).toFixed(1) };
    const results = [];
    for (const w of counts) results.push(await bench(server!, file, limit, w));
    if (args.includes('--json')) console.log(JSON.stringify({ sqlite, postgres: results }, null, 2));
    else {
      console.log(
        `sqlite ingest (one process): ${sqlite.articlesPerSecond} articles/s over ${limit} articles`,
      );
      for (const r of results)
        console.log(
          `postgres, ${r.workers} worker(s): ${r.articlesPerSecond} articles/s (${r.seconds} s; queueing ` +
            `${r.queueArticlesPerSecond}/s); per article: ${JSON.stringify(r.perArticle)}`,
        );
    }
  } finally {
    if (own) execFileSync(join(ROOT, 'scripts', 'pg-test-server.sh'), ['stop', own]);
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
