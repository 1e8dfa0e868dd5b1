// CPU per extraction stage, in one thread, over a sample of the real corpora held in memory.
//
//   node [--cpu-prof] dist/bench/stages.js [--every N] [--limit N] [--rounds N] [--hashes FILE] [--corpus PATH]...
//
// Reads the corpora (default: the two of ../shared/data), keeps every Nth article (default 20: about
// 3,100 articles spread over both corpora), then analyses them all `--rounds` times (default 3) in this
// thread after a warm-up round, timing each stage with process.cpuUsage() (CPU, not the clock: the
// machine is shared). Prints the median over the rounds of the CPU milliseconds per article of each stage. With --hashes, writes
// one line per article (its id and the SHA-256 of its analysis without timings) to compare two builds'
// outputs. Run it under `node --cpu-prof` to see where each stage's time goes.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyzeDocument } from '../src/extract/index.js';
import { PIPELINE } from '../src/extract/pipeline.js';
import { isProblem, readInputs } from '../src/ingest/index.js';
import { buildDoc } from '../src/text/doc.js';
import type { Document } from '../src/types.js';
import { BENCH_CORPORA } from './corpora.js';

interface Args {
  every: number;
  limit: number;
  rounds: number;
  hashes: string | null;
  corpora: string[];
}

function parseArgs(argv: string[]): Args {
  const a: Args = { every: 20, limit: Infinity, rounds: 3, hashes: null, corpora: [] };
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[++i] ?? '';
    if (k === '--every') a.every = Number(v);
    else if (k === '--limit') a.limit = Number(v);
    else if (k === '--rounds') a.rounds = Number(v);
    else if (k === '--hashes') a.hashes = resolve(v);
    else if (k === '--corpus') a.corpora.push(resolve(v));
    else throw new Error(`unknown option ${k}`);
  }
  if (!a.corpora.length) a.corpora = [...BENCH_CORPORA];
  return a;
}

async function sample(args: Args): Promise<Document[]> {
  const out: Document[] = [];
  let n = 0;
  for await (const x of readInputs(args.corpora)) {
    if (isProblem(x)) continue;
    if (n++ % args.every === 0) out.push(x);
    if (out.length >= args.limit) break;
  }
  return out;
}

const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** One round: CPU ms per stage, summed over the documents. */
function round(docs: Document[]): Record<string, number> {
  const ms: Record<string, number> = { text: 0 };
  for (const c of PIPELINE) ms[c.name] = 0;
  for (const document of docs) {
    let t0 = cpu();
    const doc = buildDoc(document, null);
    let t = cpu();
    ms.text! += t - t0;
    t0 = t;
    for (const c of PIPELINE) {
      c.run(doc);
      t = cpu();
      ms[c.name]! += t - t0;
      t0 = t;
    }
  }
  return ms;
}

function hashes(docs: Document[], file: string): void {
  const lines = docs.map((d) => {
    const { timings: _timings, ...rest } = analyzeDocument(d, null);
    return `${d.id}\t${createHash('sha256').update(JSON.stringify(rest)).digest('hex')}`;
  });
  writeFileSync(file, `${lines.join('\n')}\n`);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const docs = await sample(args);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  process.stdout.write(`stages: ${docs.length} articles, ${(chars / 1e6).toFixed(1)} M characters\n`);
  if (args.hashes) hashes(docs, args.hashes);
  else round(docs); // warm-up: the first round also pays for compiling and the lexicons' loading
  const rounds: Record<string, number>[] = [];
  for (let r = 0; r < args.rounds; r++) rounds.push(round(docs));
  if (rounds.length === 0) return; // --rounds 0: the hashes (or the warm-up) only
  const names = Object.keys(rounds[0]!);
  let total = 0;
  for (const name of names) {
    const per = median(rounds.map((x) => x[name]!)) / docs.length;
    total += per;
    const all = rounds.map((x) => (x[name]! / docs.length).toFixed(4)).join(' ');
    process.stdout.write(`${name.padEnd(12)} ${per.toFixed(4)} ms/article  (rounds: ${all})\n`);
  }
  process.stdout.write(`${'total'.padEnd(12)} ${total.toFixed(4)} ms/article\n`);
}

await main();
