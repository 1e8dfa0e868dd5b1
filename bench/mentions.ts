// The mentions stage alone, in one thread: CPU milliseconds per article for the stage and for the NER
// tagger inside it, the split of the stage's time by part (a CPU profile, bench/profile-split.ts), and
// what the tagger costs a thread's memory.
//
//   node --expose-gc dist/bench/mentions.js [--limit N] [--warm N] [--skip N] [--repeat N] [--profile] [--profile-out FILE] [--memory]
//          [--corpus PATH]... [--out FILE]
//
// It reads the first --warm + --limit articles (after --skip) of the bench's corpora, builds their Docs and
// runs the pipeline's stages before mentions. The first --warm articles warm the code and the tagger's
// word cache (as a worker is warm after its first batches); the stage is timed over the next --limit.
// --profile splits the timed pass by part (--profile-out also saves the profile); --memory loads the tagger first and reports the heap and
// off-heap memory (process.memoryUsage's `external`, which includes its `arrayBuffers`) before and after loading it and after tagging. --out writes every article's mentions
// as JSON lines (to compare two builds' outputs). --repeat N times both again N times over the same articles
// and gives the least (every word then known to the tagger).
import { createWriteStream, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { resolve } from 'node:path';
import { PIPELINE } from '../src/extract/index.js';
import { nerTagger } from '../src/extract/ner/index.js';
import { findModelMentions } from '../src/extract/ner/mentions.js';
import { isProblem, readInputs } from '../src/ingest/index.js';
import { buildDoc, type Doc } from '../src/text/doc.js';
import { BENCH_CORPORA } from './corpora.js';
import { type CpuProfile, splitProfile } from './profile-split.js';

interface Args {
  limit: number;
  warm: number;
  skip: number;
  profile: boolean;
  memory: boolean;
  corpora: string[];
  out: string | null;
  profileOut: string | null;
  repeat: number;
}

function parseArgs(argv: string[]): Args {
  const a: Args = {
    limit: 2000,
    warm: 500,
    skip: 0,
    profile: false,
    memory: false,
    corpora: [],
    out: null,
    profileOut: null,
    repeat: 1,
  };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    if (k === '--profile') a.profile = true;
    else if (k === '--memory') a.memory = true;
    else if (k === '--corpus') a.corpora.push(resolve(argv[++i] ?? ''));
    else if (k === '--out') a.out = resolve(argv[++i] ?? '');
    else if (k === '--profile-out') {
      a.profile = true;
      a.profileOut = resolve(argv[++i] ?? '');
    } else if (k === '--limit' || k === '--warm' || k === '--skip' || k === '--repeat') {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 0) throw new Error(`${k} needs a whole number`);
      a[k.slice(2) as 'limit' | 'warm' | 'skip' | 'repeat'] = v;
    } else throw new Error(`unknown option ${k}`);
  }
  if (!a.corpora.length) a.corpora = [...BENCH_CORPORA];
  return a;
}

const MENTIONS = PIPELINE.findIndex((c) => c.name === 'mentions');

async function readDocs(args: Args): Promise<Doc[]> {
  const docs: Doc[] = [];
  let seen = 0;
  for await (const x of readInputs(args.corpora, { limit: args.skip + args.warm + args.limit })) {
    if (isProblem(x) || seen++ < args.skip) continue;
    const doc = buildDoc(x, null);
    for (const c of PIPELINE.slice(0, MENTIONS)) c.run(doc);
    docs.push(doc);
  }
  return docs;
}

/** CPU milliseconds (user + system) of running `f` over the docs. */
function cpuMs(docs: readonly Doc[], f: (doc: Doc) => void): number {
  const c0 = process.cpuUsage();
  for (const d of docs) f(d);
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

const gc = (globalThis as { gc?: () => void }).gc;
const mb = (x: number) => (x / 1e6).toFixed(1);
interface Memory {
  heap: number;
  external: number;
}
function memory(): Memory {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  // `external` already counts the ArrayBuffers (`arrayBuffers` is a part of it, not more)
  return { heap: m.heapUsed, external: m.external };
}
const showMemory = (label: string, m: Memory, base: Memory) => {
  const heap = m.heap - base.heap;
  const external = m.external - base.external;
  return `  ${label.padEnd(34)} heap ${mb(heap).padStart(6)} MB, off-heap ${mb(external).padStart(6)} MB, together ${mb(heap + external).padStart(6)} MB`;
};

/** What the tagger adds to this thread's memory: loaded, then with its word cache filled by tagging all
 *  the docs (read before, so they are in both figures). */
function taggerMemory(docs: readonly Doc[]): string[] {
  if (!gc) throw new Error('--memory needs node --expose-gc');
  const m0 = memory();
  const tagger = nerTagger();
  const m1 = memory();
  for (const d of docs) findModelMentions(d.document.id, d.text, d.tokens, undefined, tagger);
  const m2 = memory();
  return [
    `tagger's memory in this thread (after a full GC, less what was there before loading it):`,
    showMemory('model loaded', m1, m0),
    showMemory(`after tagging ${docs.length} articles`, m2, m0),
  ];
}

const mentionsStage = PIPELINE[MENTIONS]!;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const lines: string[] = [];
  const docs = await readDocs(args);
  if (args.memory) lines.push(...taggerMemory(docs));
  const warm = docs.slice(0, args.warm);
  const timed = docs.slice(args.warm);
  const tokens = timed.reduce((n, d) => n + d.tokens.length, 0);
  cpuMs(warm, (d) => mentionsStage.run(d));
  let session: Session | null = null;
  if (args.profile) {
    session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 250 });
    await session.post('Profiler.start');
  }
  const stage = cpuMs(timed, (d) => mentionsStage.run(d));
  const profile = session ? ((await session.post('Profiler.stop')).profile as CpuProfile) : null;
  const tagger = cpuMs(timed, (d) => findModelMentions(d.document.id, d.text, d.tokens));
  const per = (ms: number) => (ms / timed.length).toFixed(3);
  lines.push(
    `mentions stage over ${timed.length} articles (${tokens} tokens; ${warm.length} before them to warm up), one thread, CPU time`,
    `  stage   ${stage.toFixed(0).padStart(7)} ms  ${per(stage)} ms/article`,
    `  tagger  ${tagger.toFixed(0).padStart(7)} ms  ${per(tagger)} ms/article (findModelMentions alone, a second pass)`,
  );
  if (args.repeat > 1) {
    // the same articles again, every word now known: the least of the passes is the least disturbed
    const again = (f: (doc: Doc) => void) =>
      Math.min(...Array.from({ length: args.repeat }, () => cpuMs(timed, f)));
    const stageAgain = again((d) => mentionsStage.run(d));
    const taggerAgain = again((d) => findModelMentions(d.document.id, d.text, d.tokens));
    lines.push(
      `  least of ${args.repeat} more passes: stage ${per(stageAgain)} ms/article, tagger ${per(taggerAgain)} ms/article`,
    );
  }
  if (profile && args.profileOut) writeFileSync(args.profileOut, JSON.stringify(profile));
  if (profile) {
    const parts = splitProfile(profile);
    const total = parts.reduce((s, [, ms]) => s + ms, 0);
    lines.push(`  split of the stage (CPU profile, 250 µs sampling, ${total.toFixed(0)} ms profiled):`);
    for (const [part, ms] of parts)
      lines.push(
        `    ${part.padEnd(56)}${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / total).toFixed(1).padStart(5)}%`,
      );
  }
  if (args.out) {
    const out = createWriteStream(args.out);
    for (const d of docs) out.write(JSON.stringify(d.layers.mentions) + '\n');
    out.end();
  }
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((e) => {
  process.stderr.write(`bench mentions: ${(e as Error)?.stack ?? e}\n`);
  process.exitCode = 1;
});
