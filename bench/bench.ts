// The benchmark: isnad over the real corpora in ../shared/data, read gzipped as they are.
//
//   npm run bench -- [--limit N] [--jobs N] [--json] [--corpus PATH]... [--chunk N]
//
// Two timed passes over the same input:
//   baseline  one thread that only reads (gunzip, JSON, decode) and word-segments each text with the built-in ICU segmenter (Intl.Segmenter);
//   pipeline  ingest → extraction in worker threads → reconciliation. The corpus is not one story, so
//             reconciliation runs on consecutive "stories" of --chunk articles (default 1,000): each goes
//             through buildDossier and is dropped, so nothing holds the whole corpus.
// It prints throughput (articles/s, MB/s of text as UTF-8), the ratio pipeline/baseline, milliseconds
// per stage (summed from each document's timings: CPU time across the workers), the time to build
// the dossier of one story of 1,000 articles, and peak resident memory. The last line is always
// `bench: <articles/s> articles/s, <ratio> of baseline, <MB> MB peak`.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { limitHeapGrowth } from '../src/cli/heap.js';
import { analyzeStream, defaultJobs, isAnalysis } from '../src/cli/pool.js';
import { isProblem, readInputs } from '../src/ingest/index.js';
import { buildDossier } from '../src/reconcile/index.js';
import { segmentWords } from '../src/text/tokens.js';
import type { DocAnalysis, InputProblem } from '../src/types.js';
import { BENCH_CORPORA } from './corpora.js';
import { PeakMemory } from './memory.js';
import { ThreadCpuMeter } from './threads.js';

const USAGE = `usage: node dist/bench/bench.js [--limit N] [--jobs N] [--json] [--corpus PATH]... [--chunk N]
  --limit N     only the first N articles
  --jobs N      worker threads for extraction (default: one per core)
  --json        print the results as JSON (the last line stays the summary)
  --corpus PATH a .jsonl(.gz) file or a folder of them; repeatable (default: the shared corpora)
  --chunk N     articles per reconciled story (default 1000)
  --in-flight N batches of 64 sent to the workers and not yet reconciled (default: a story's worth and 2 per job)`;

interface Args {
  limit?: number;
  jobs: number;
  json: boolean;
  corpora: string[];
  chunk: number;
  inFlight?: number;
}

function parseArgs(argv: string[]): Args | string {
  const a: Args = { jobs: defaultJobs(), json: false, corpora: [], chunk: 1000 };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const num = (): number | string => {
      const v = Number(argv[++i]);
      return Number.isInteger(v) && v > 0 ? v : `${k} needs a whole number above 0`;
    };
    if (k === '--json') a.json = true;
    else if (k === '--corpus') {
      const v = argv[++i];
      if (!v) return '--corpus needs a path';
      a.corpora.push(resolve(v));
    } else if (k === '--limit' || k === '--jobs' || k === '--chunk' || k === '--in-flight') {
      const v = num();
      if (typeof v === 'string') return v;
      if (k === '--limit') a.limit = v;
      else if (k === '--jobs') a.jobs = v;
      else if (k === '--in-flight') a.inFlight = v;
      else a.chunk = v;
    } else if (k === '--help' || k === '-h') return '';
    else return `unknown option ${k}`;
  }
  return a;
}

/** Milliseconds since t0 (performance.now()). */
const since = (t0: number) => performance.now() - t0;
const MB = 1e6; // MB of text and memory are decimal megabytes (10^6 bytes)

async function baseline(paths: string[], limit: number | undefined) {
  const t0 = performance.now();
  let articles = 0,
    bytes = 0,
    tokens = 0;
  for await (const x of readInputs(paths, { limit })) {
    if (isProblem(x)) continue;
    articles++;
    bytes += Buffer.byteLength(x.text, 'utf8');
    tokens += segmentWords(x.text);
  }
  return { articles, bytes, tokens, ms: since(t0) };
}

async function pipeline(paths: string[], args: Args) {
  const stages: Record<string, number> = {};
  let articles = 0,
    bytes = 0,
    problems = 0,
    reconcileMs = 0,
    chunks = 0;
  let story: { articles: number; ms: number } | null = null;
  let maxStoryMs = 0;
  const fullStoryMs: number[] = [];
  let chunk: DocAnalysis[] = [];
  let chunkProblems: InputProblem[] = [];
  const reconcile = () => {
    if (!chunk.length) return;
    const t = performance.now();
    buildDossier(chunk, chunkProblems);
    const ms = since(t);
    reconcileMs += ms;
    chunks++;
    if (!story || (story.articles < args.chunk && chunk.length > story.articles))
      story = { articles: chunk.length, ms };
    maxStoryMs = Math.max(maxStoryMs, ms);
    if (chunk.length === args.chunk) fullStoryMs.push(ms);
    chunk = [];
    chunkProblems = [];
  };
  const t0 = performance.now();
  const elu0 = performance.eventLoopUtilization();
  const cpu0 = process.cpuUsage();
  const threads = new ThreadCpuMeter();
  // enough batches in flight for the workers to keep busy while this thread reconciles a story
  const inFlight = args.inFlight ?? Math.ceil(args.chunk / 64) + args.jobs * 2;
  for await (const x of analyzeStream(readInputs(paths, { limit: args.limit }), {
    jobs: args.jobs,
    inFlight,
    lean: true,
  })) {
    if (!isAnalysis(x)) {
      problems++;
      chunkProblems.push(x);
      continue;
    }
    articles++;
    bytes += Buffer.byteLength(x.doc.text, 'utf8');
    for (const [k, v] of Object.entries(x.timings ?? {})) stages[k] = (stages[k] ?? 0) + v;
    chunk.push(x);
    if (chunk.length >= args.chunk) {
      reconcile();
      if (process.stderr.isTTY)
        process.stderr.write(`\rbench: pipeline, ${articles.toLocaleString('en-US')} articles… `);
    }
  }
  reconcile();
  const ms = since(t0);
  // the main thread's share of the clock (reading, receiving, reconciling) and the whole process's CPU
  const mainBusy = performance.eventLoopUtilization(elu0).utilization;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const threadCpu = threads.stop();
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
  stages.reconcile = reconcileMs;
  return {
    articles,
    bytes,
    problems,
    ms,
    stages,
    chunks,
    story: story as { articles: number; ms: number } | null,
    medianStoryMs: median(fullStoryMs),
    maxStoryMs,
    mainBusy,
    cpuMs,
    threadCpu,
  };
}

const r0 = (x: number) => Math.round(x);
const r1 = (x: number) => Math.round(x * 10) / 10;
const r2 = (x: number) => Math.round(x * 100) / 100;
const perS = (n: number, ms: number) => (ms > 0 ? (n * 1000) / ms : 0);

async function main(): Promise<number> {
  limitHeapGrowth();
  const args = parseArgs(process.argv.slice(2));
  if (typeof args === 'string') {
    process.stderr.write((args ? `bench: ${args}\n` : '') + USAGE + '\n');
    return args ? 2 : 0;
  }
  const explicit = args.corpora.length > 0;
  const corpora = explicit ? args.corpora : [...BENCH_CORPORA];
  const missing = corpora.filter((p) => !existsSync(p));
  if (missing.length) {
    process.stdout.write(`bench: skipped, corpora not found at ${missing.join(', ')}\n`);
    return explicit ? 2 : 0;
  }

  const mem = new PeakMemory(100);
  if (process.stderr.isTTY) process.stderr.write('bench: baseline… ');
  const base = await baseline(corpora, args.limit);
  const pipe = await pipeline(corpora, args);
  const peak = mem.stop();
  const peakBytes = Math.max(peak.sampled, peak.vmhwm ?? 0);

  const pipeRate = perS(pipe.articles, pipe.ms);
  const baseRate = perS(base.articles, base.ms);
  const ratio = baseRate > 0 ? pipeRate / baseRate : 0;
  const result = {
    corpora,
    jobs: args.jobs,
    limit: args.limit ?? null,
    articles: pipe.articles,
    problems: pipe.problems,
    text_mb: r1(pipe.bytes / MB),
    pipeline: {
      seconds: r2(pipe.ms / 1000),
      articles_per_s: r0(pipeRate),
      mb_per_s: r2(perS(pipe.bytes, pipe.ms) / MB),
    },
    baseline: {
      seconds: r2(base.ms / 1000),
      articles_per_s: r0(baseRate),
      mb_per_s: r2(perS(base.bytes, base.ms) / MB),
      tokens: base.tokens,
    },
    ratio: r2(ratio),
    main_thread_busy: r2(pipe.mainBusy),
    cpu_seconds: r1(pipe.cpuMs / 1000),
    // CPU s of the main thread, the extraction workers and V8's background threads (optimising compiler,
    // GC helpers) with libuv's pool (gunzip); null off Linux
    cpu_seconds_by_thread: pipe.threadCpu && {
      main: r1(pipe.threadCpu.main),
      workers: r1(pipe.threadCpu.started),
      background: r1(pipe.threadCpu.background),
    },
    stages_ms: Object.fromEntries(Object.entries(pipe.stages).map(([k, v]) => [k, r0(v)])),
    story: {
      chunk: args.chunk,
      stories: pipe.chunks,
      articles: pipe.story?.articles ?? 0,
      dossier_ms: r0(pipe.story?.ms ?? 0),
      max_dossier_ms: r0(pipe.maxStoryMs),
      median_dossier_ms: r0(pipe.medianStoryMs),
    },
    peak_mb: r0(peakBytes / MB),
    peak_rss_sampled_mb: r0(peak.sampled / MB),
    vmhwm_mb: peak.vmhwm === null ? null : r0(peak.vmhwm / MB),
  };

  if (args.json) process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  else process.stdout.write(table(result));
  process.stdout.write(
    `bench: ${result.pipeline.articles_per_s} articles/s, ${result.ratio} of baseline, ${result.peak_mb} MB peak\n`,
  );
  return 0;
}

function table(r: {
  articles: number;
  problems: number;
  text_mb: number;
  jobs: number;
  corpora: string[];
  pipeline: { seconds: number; articles_per_s: number; mb_per_s: number };
  baseline: { seconds: number; articles_per_s: number; mb_per_s: number };
  ratio: number;
  main_thread_busy: number;
  cpu_seconds: number;
  cpu_seconds_by_thread: { main: number; workers: number; background: number } | null;
  stages_ms: Record<string, number>;
  story: {
    chunk: number;
    stories: number;
    articles: number;
    dossier_ms: number;
    max_dossier_ms: number;
    median_dossier_ms: number;
  };
  peak_mb: number;
  peak_rss_sampled_mb: number;
  vmhwm_mb: number | null;
}): string {
  const n = (x: number) => x.toLocaleString('en-US');
  const pad = (s: string, w: number) => s.padStart(w);
  const lines = [
    `isnad bench: ${n(r.articles)} articles, ${r.text_mb} MB of text, ${r.problems} input problem(s), ${r.jobs} job(s)`,
    `  corpora: ${r.corpora.join(', ')}`,
    '',
    `  ${'pass'.padEnd(36)}${pad('seconds', 9)}${pad('articles/s', 12)}${pad('MB/s', 8)}`,
    `  ${'baseline (read + tokenize, 1 thread)'.padEnd(36)}${pad(String(r.baseline.seconds), 9)}${pad(n(r.baseline.articles_per_s), 12)}${pad(String(r.baseline.mb_per_s), 8)}`,
    `  ${'pipeline (all stages)'.padEnd(36)}${pad(String(r.pipeline.seconds), 9)}${pad(n(r.pipeline.articles_per_s), 12)}${pad(String(r.pipeline.mb_per_s), 8)}`,
    `  ratio pipeline/baseline: ${r.ratio}`,
    `  pipeline: main thread busy ${Math.round(r.main_thread_busy * 100)}% of the clock (reads, receives, reconciles); process CPU ${r.cpu_seconds} s (${r2(r.cpu_seconds / (r.pipeline.seconds || 1))} cores)`,
    ...(r.cpu_seconds_by_thread
      ? [
          `  CPU by thread: main ${r.cpu_seconds_by_thread.main} s, extraction workers ${r.cpu_seconds_by_thread.workers} s, V8 background (optimising compiler, GC helpers) and libuv pool ${r.cpu_seconds_by_thread.background} s`,
        ]
      : []),
    '',
    '  stage ms (summed over articles; extraction stages timed inside the worker threads, reconcile in the main thread)',
  ];
  const total = Object.values(r.stages_ms).reduce((a, b) => a + b, 0) || 1;
  for (const [k, v] of Object.entries(r.stages_ms))
    lines.push(`  ${k.padEnd(14)}${pad(n(v), 10)}${pad(`${Math.round((v * 100) / total)}%`, 6)}`);
  lines.push(
    '',
    `  dossier of one story of ${n(r.story.articles)} articles: ${n(r.story.dossier_ms)} ms, the first, with one-time loads (median of the full ones ${n(r.story.median_dossier_ms)} ms; slowest of ${r.story.stories} stories of ≤ ${n(r.story.chunk)}: ${n(r.story.max_dossier_ms)} ms)`,
    `  peak memory: ${r.peak_mb} MB (RSS sampled every 100 ms: ${r.peak_rss_sampled_mb} MB; VmHWM: ${r.vmhwm_mb ?? 'n/a'} MB)`,
    '',
  );
  return lines.join('\n') + '\n';
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`bench: failed: ${(e as Error)?.message ?? e}\n`);
    process.exitCode = 1;
  },
);

/** The middle value of a list of numbers (0 for none). */
function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}
