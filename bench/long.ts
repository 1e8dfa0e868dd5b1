// One long document: seconds per MB and peak memory for a single article of 1, 4 and 16 MB (the
// paragraphs of the example story over and over, each made distinct by a number), analysed the way
// `isnad analyze` does it (read, decode, extract, reconcile, in one thread). Each size runs in a
// fresh process, so its peak resident memory (VmHWM) is its own.
//
//   npm run bench:long -- [--sizes 1,4,16]
//
// The last line reads `bench:long: <s/MB at the largest size> s/MB, <MB> MB peak`. Targets: at most
// 1 s per MB, and a peak of at most 300 MB + 20 × the text.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeInputs } from '../src/cli/analyze.js';
import { limitHeapGrowth } from '../src/cli/heap.js';
import { vmHwm } from './memory.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MB = 1e6;

/** Writes the document of about `mb` MB to `file` and returns its size in bytes. The text is not
 *  kept: `isnad analyze` does not have it in memory before it reads the file, and neither may the bench. */
function writeLongText(file: string, mb: number): number {
  const text = longText(mb);
  writeFileSync(file, text);
  return Buffer.byteLength(text);
}

function longText(mb: number): string {
  const dir = join(root, 'examples', 'hasakah-2022');
  const paragraphs = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'))
    .filter((p) => p.trim().length > 20);
  const out: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * MB; i++) {
    const p = `${paragraphs[i % paragraphs.length]} ${(i * 7919) % 100000}`;
    out.push(p);
    bytes += Buffer.byteLength(p) + 1;
  }
  return out.join('\n');
}

interface One {
  mb: number;
  seconds: number;
  perMb: number;
  /** CPU seconds per MB: what the machine spent, less sensitive to other work on it than the clock. */
  cpuPerMb: number;
  peakMb: number;
  limitMb: number;
  claims: number;
}

async function one(mb: number): Promise<One> {
  limitHeapGrowth(); // as `isnad analyze` does
  const dir = mkdtempSync(join(tmpdir(), 'isnad-long-'));
  try {
    const file = join(dir, 'long.txt');
    const size = writeLongText(file, mb) / MB;
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const { dossier } = await analyzeInputs([file], { jobs: 1, maxBytes: 64 * 1024 * 1024 });
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    const peak = (vmHwm() ?? process.memoryUsage.rss()) / MB;
    return {
      mb: size,
      seconds,
      perMb: seconds / size,
      cpuPerMb: cpuSeconds / size,
      peakMb: peak,
      limitMb: 300 + 20 * size,
      claims: dossier.claims.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const k = process.argv.indexOf('--one');
if (k >= 0) {
  process.stdout.write(`${JSON.stringify(await one(Number(process.argv[k + 1])))}\n`);
} else {
  const s = process.argv.indexOf('--sizes');
  const sizes = (s >= 0 ? process.argv[s + 1]! : '1,4,16').split(',').map(Number);
  const rows: One[] = [];
  process.stdout.write('   MB   seconds   s/MB   CPU s/MB   peak MB   limit MB   figures\n');
  for (const mb of sizes) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--one', String(mb)], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    const r = JSON.parse(out.trim().split('\n').pop()!) as One;
    rows.push(r);
    process.stdout.write(
      `${r.mb.toFixed(1).padStart(5)} ${r.seconds.toFixed(1).padStart(9)} ${r.perMb.toFixed(2).padStart(6)} ${r.cpuPerMb.toFixed(2).padStart(10)} ${r.peakMb.toFixed(0).padStart(9)} ${r.limitMb.toFixed(0).padStart(10)} ${String(r.claims).padStart(9)}\n`,
    );
  }
  const last = rows[rows.length - 1]!;
  process.stdout.write(
    `bench:long: ${last.perMb.toFixed(2)} s/MB (${last.cpuPerMb.toFixed(2)} CPU s/MB), ${last.peakMb.toFixed(0)} MB peak\n`,
  );
}
