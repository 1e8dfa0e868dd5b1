// Reconciliation alone (`buildDossier`), measured on real analyses without re-running extraction.
//
//   node dist/bench/reconcile.js --gather 3000 [--file F]   # analyse the first N bench articles once (lean, as the bench's workers send them) and save them
//   node dist/bench/reconcile.js [--file F] [--rounds 3] [--chunk 1000]
//
// The second form reads the saved analyses (v8.serialize keeps shared objects shared, as the workers'
// replies do), builds the dossier of each story of `--chunk` articles once to warm up (one-time loads),
// then `--rounds` times more, and prints per story the median CPU ms (process.cpuUsage, this thread),
// the MB allocated on the heap (v8.GCProfiler: heap growth plus what each collection freed) and a hash
// of the dossier's JSON, so that a speed change can be shown to leave the output byte for byte alone.
// The repeats find every per-process memo warm with the story's own names, so they cost about half of
// what the whole-corpus bench pays for a new story: the mean of the first builds of stories 2…N (gather
// 6,000 or more) is the figure to compare with the bench's reconcile stage.
// Run it with `node --cpu-prof` for the profile of the same work.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { analyzeStream, isAnalysis } from '../src/cli/pool.js';
import { readInputs } from '../src/ingest/index.js';
import { buildDossier } from '../src/reconcile/index.js';
import type { DocAnalysis } from '../src/types.js';
import { BENCH_CORPORA } from './corpora.js';

const CORPORA = [...BENCH_CORPORA];

interface Args {
  gather: number;
  file: string;
  rounds: number;
  chunk: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = { gather: 0, file: '/tmp/isnad-reconcile-analyses.bin', rounds: 3, chunk: 1000 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[++i] ?? '';
    if (k === '--gather') a.gather = Number(v);
    else if (k === '--file') a.file = v;
    else if (k === '--rounds') a.rounds = Number(v);
    else if (k === '--chunk') a.chunk = Number(v);
    else throw new Error(`unknown option ${k}`);
  }
  return a;
}

async function gather(args: Args): Promise<void> {
  const out: DocAnalysis[] = [];
  for await (const x of analyzeStream(readInputs(CORPORA, { limit: args.gather }), { lean: true }))
    if (isAnalysis(x)) out.push(x);
  writeFileSync(args.file, v8.serialize(out));
  process.stdout.write(`reconcile bench: ${out.length} analyses saved to ${args.file}\n`);
}

interface Run {
  cpuMs: number;
  allocatedMb: number;
  gcMs: number;
  hash: string;
}

/** One dossier: CPU ms of this thread, MB allocated on the heap, and the hash of its JSON. */
function once(story: DocAnalysis[]): Run {
  const profiler = new v8.GCProfiler();
  const before = v8.getHeapStatistics().used_heap_size;
  profiler.start();
  const cpu = process.cpuUsage();
  const dossier = buildDossier(story, []);
  const used = process.cpuUsage(cpu);
  const after = v8.getHeapStatistics().used_heap_size;
  const gcs = profiler.stop()?.statistics ?? [];
  let freed = 0,
    gcMs = 0;
  for (const g of gcs) {
    freed += g.beforeGC.heapStatistics.usedHeapSize - g.afterGC.heapStatistics.usedHeapSize;
    gcMs += g.cost / 1000; // the pause, in microseconds
  }
  const hash = createHash('sha256').update(JSON.stringify(dossier)).digest('hex').slice(0, 16);
  return { cpuMs: (used.user + used.system) / 1000, allocatedMb: (after - before + freed) / 1e6, gcMs, hash };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? (s[s.length >> 1] ?? 0) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
};

function measure(args: Args): void {
  const analyses = v8.deserialize(readFileSync(args.file)) as DocAnalysis[];
  const stories: DocAnalysis[][] = [];
  for (let i = 0; i + args.chunk <= analyses.length; i += args.chunk)
    stories.push(analyses.slice(i, i + args.chunk));
  const warm = stories.map((s) => once(s));
  const runs = stories.map(() => [] as Run[]);
  for (let r = 0; r < args.rounds; r++)
    for (let i = 0; i < stories.length; i++) runs[i]?.push(once(stories[i]!));
  let cpu = 0,
    mb = 0;
  runs.forEach((rs, i) => {
    const c = median(rs.map((x) => x.cpuMs));
    const m = median(rs.map((x) => x.allocatedMb));
    const g = median(rs.map((x) => x.gcMs));
    cpu += c;
    mb += m;
    const hashes = new Set([warm[i]?.hash, ...rs.map((x) => x.hash)]);
    process.stdout.write(
      `story ${i + 1}: first ${warm[i]?.cpuMs.toFixed(0)} ms, median ${c.toFixed(0)} CPU ms (GC pauses ${g.toFixed(0)} ms), ${m.toFixed(1)} MB allocated, dossier ${[...hashes].join(' ')}\n`,
    );
  });
  const n = runs.length || 1;
  // The whole-corpus bench builds each story once, with warm code but its names new to every per-process
  // memo: that is the first build of each story after the first (the first carries the one-time loads).
  const fresh = warm.slice(1).map((x) => x.cpuMs);
  if (fresh.length > 0)
    process.stdout.write(
      `first builds of stories 2–${warm.length} (as the whole-corpus bench pays them): mean ${(fresh.reduce((a, b) => a + b, 0) / fresh.length).toFixed(0)} CPU ms\n`,
    );
  process.stdout.write(
    `reconcile bench: ${(cpu / n).toFixed(0)} CPU ms, ${(mb / n).toFixed(1)} MB allocated per story (median of repeated builds)\n`,
  );
}

const args = parseArgs(process.argv.slice(2));
if (args.gather > 0) await gather(args);
else measure(args);
