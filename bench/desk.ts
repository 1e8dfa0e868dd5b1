// `npm run bench:desk`: the desk's figures.
//   1. ingest: the corpora of ../shared/data into a store, with analysis, clustering and every
//      story's dossier; seconds, articles/s and peak resident memory (the process's maxRSS: the
//      worker threads share it);
//   2. serve: `isnad serve` over that store in its own process, and autocannon from this one
//      against 127.0.0.1 with 20 concurrent clients: story pages (the larger stories) and searches
//      (words drawn from the stored titles); p50/p95/p99 latency and errors.
// Options: --limit N (corpus articles; default all), --db FILE (keep the store there; with --skip-ingest
// reuse it), --seconds S per load test (default 15), --connections C (default 20), --json.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { limitHeapGrowth } from '../src/cli/heap.js';
import { readInputs } from '../src/ingest/index.js';
import { ingestIntoStore, openStore } from '../src/store/index.js';
import { ROOT, SHARED } from './corpora.js';

const CORPORA = [
  join(SHARED, 'data', 'ant-multisource-2018', 'ant_multisource_v2.1.jsonl.gz'),
  join(SHARED, 'data', 'saudinewsnet-2015', 'saudinewsnet.jsonl.gz'),
];

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const k = args.indexOf(name);
  return k >= 0 ? args[k + 1] : undefined;
};

async function ingest(db: string, limit: number | undefined) {
  const store = await openStore(db);
  const started = Date.now();
  const cpu = process.cpuUsage();
  let dossiersFrom = { at: 0, cpu };
  // the dossier phase starts when the ingest asks the store for the stale stories
  const staleStories = store.staleStories.bind(store);
  store.staleStories = () => {
    dossiersFrom = { at: Date.now(), cpu: process.cpuUsage() };
    return staleStories();
  };
  // resident memory sampled in each phase (the process's maxRSS is the whole run's)
  const peaks = { ingest: 0, dossiers: 0 };
  const sampler = setInterval(() => {
    const rss = process.memoryUsage.rss();
    const phase = dossiersFrom.at ? 'dossiers' : 'ingest';
    peaks[phase] = Math.max(peaks[phase], Math.round(rss / 1048576));
  }, 250);
  const s = await ingestIntoStore(store, readInputs(CORPORA, { limit }), { quiet: !process.stderr.isTTY });
  clearInterval(sampler);
  await store.close();
  const seconds = (Date.now() - started) / 1000;
  const cpuOf = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;
  return {
    articles: s.articles,
    stories: s.stories,
    dossiers: s.dossiers,
    seconds,
    /** CPU seconds of every thread (analysis and dossier workers included): on a shared machine the clock is not ours. */
    cpuSeconds: cpuOf(process.cpuUsage(cpu)),
    dossierSeconds: dossiersFrom.at ? (Date.now() - dossiersFrom.at) / 1000 : 0,
    dossierCpuSeconds: dossiersFrom.at ? cpuOf(process.cpuUsage(dossiersFrom.cpu)) : 0,
    articlesPerSecond: s.articles / seconds,
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    /** Peak resident memory sampled in the ingest phase and in the dossier phase. */
    peakIngestMb: peaks.ingest,
    peakDossiersMb: peaks.dossiers,
  };
}

function startServer(db: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bin', 'isnad'), 'serve', '--db', db, '--port', String(port)],
    {
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (b: Buffer) => (String(b).includes('serving') ? resolve(child) : undefined));
    child.on('exit', (code) => reject(new Error(`isnad serve exited (${code})`)));
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
}

async function load(base: string, paths: string[], seconds: number, connections: number) {
  const times: number[] = [];
  let i = 0;
  const r = await new Promise<autocannon.Result>((resolve, reject) => {
    const inst = autocannon(
      {
        url: base,
        connections,
        duration: seconds,
        requests: [{ setupRequest: (req: any) => ({ ...req, path: paths[i++ % paths.length] }) }],
      },
      (err, res) => (err ? reject(err) : resolve(res)),
    );
    inst.on('response', (_c: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    rps: Math.round(r.requests.average),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    errors: r.errors + r.timeouts + r.non2xx,
  };
}

async function main(): Promise<void> {
  limitHeapGrowth();
  if (!existsSync(CORPORA[0]!)) {
    console.log(`bench:desk: ${SHARED} is absent; nothing to measure`);
    return;
  }
  const db = opt('--db') ?? join(mkdtempSync(join(tmpdir(), 'isnad-bench-desk-')), 'desk.db');
  const limit = opt('--limit') ? Number(opt('--limit')) : undefined;
  const seconds = Number(opt('--seconds') ?? 15);
  const connections = Number(opt('--connections') ?? 20);
  const ingested = args.includes('--skip-ingest') ? null : await ingest(db, limit);
  const store = await openStore(db, { readonly: true });
  const big = (await store.stories({ offset: 0, limit: 2000 })).items
    .sort((a, b) => b.size - a.size)
    .slice(0, 200);
  const words = new Set<string>();
  for (const s of big)
    for (const w of (s.headline ?? '').split(/\s+/)) if (w.length >= 4 && words.size < 200) words.add(w);
  await store.close();
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = await startServer(db, port);
  try {
    const base = `http://127.0.0.1:${port}`;
    const story = await load(
      base,
      big.map((s) => `/stories/${s.id}`),
      seconds,
      connections,
    );
    const search = await load(
      base,
      [...words].map((w) => `/search?q=${encodeURIComponent(w)}`),
      seconds,
      connections,
    );
    const out = { db, ingest: ingested, story, search, connections };
    if (args.includes('--json')) console.log(JSON.stringify(out, null, 1));
    else {
      if (ingested)
        console.log(
          `ingest: ${ingested.articles} articles, ${ingested.stories} stories, ${ingested.dossiers} dossiers in ${ingested.seconds.toFixed(1)} s (${Math.round(ingested.articlesPerSecond)} articles/s; dossiers ${ingested.dossierSeconds.toFixed(1)} s of it), ${ingested.cpuSeconds.toFixed(0)} CPU s (dossiers ${ingested.dossierCpuSeconds.toFixed(0)}), peak ${ingested.peakMb} MB (ingest ${ingested.peakIngestMb}, dossiers ${ingested.peakDossiersMb}), load ${loadavg()[0]!.toFixed(1)}`,
        );
      for (const [name, r] of [
        ['story page', story],
        ['search', search],
      ] as const)
        console.log(
          `${name}: p50 ${r.p50} ms, p95 ${r.p95} ms, p99 ${r.p99} ms, ${r.rps} req/s, ${r.errors} errors (${connections} clients, ${r.requests} requests)`,
        );
    }
  } finally {
    server.kill('SIGTERM');
  }
}

await main();
