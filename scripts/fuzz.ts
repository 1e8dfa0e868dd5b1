// The fuzzer: mutated and adversarial articles (from the example story and, where present, the
// corpora in ../shared/data) through the whole pipeline (decoding, extraction, reconciliation) and
// the report, in a worker thread with a time budget per case.
//
//   npm run fuzz -- --cases N --seed S [--budget MS] [--no-shared]
//
// Checks: no uncaught error; no case over the budget (the worker is stopped and replaced: a stall);
// every span of the dossier inside its article's text, and every quote and claim's text equal to the
// text it spans (bad spans); the report's markup holds only its own tags (unescaped, counted as
// errors). The last line reads `fuzz: N cases, E errors, S stalls, B bad spans`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { isProblem, readInputs } from '../src/ingest/index.js';
import { arg, ROOT, SHARED } from './cli-args.js';
import { type CaseInput, type CaseResult, mutate, rng } from './fuzz-case.js';

const cases = Number(arg('--cases', '1000'));
const seed = Number(arg('--seed', '1'));
const budget = Number(arg('--budget', '10000'));
if (!Number.isInteger(cases) || cases < 0 || !Number.isFinite(seed) || !(budget > 0)) {
  process.stderr.write('usage: npm run fuzz -- --cases N --seed S [--budget MS] [--no-shared]\n');
  process.exit(2);
}

/** Seed articles: the example story, and the first articles of each shared corpus. */
async function seeds(): Promise<string[]> {
  const dir = join(ROOT, 'examples', 'hasakah-2022');
  const out = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
  const corpora = [join(SHARED, 'data', 'ant-multisource-2018'), join(SHARED, 'data', 'saudinewsnet-2015')];
  if (process.argv.includes('--no-shared') || !corpora.some(existsSync)) {
    process.stdout.write('fuzz: seeds from the example story only (no ../shared/data)\n');
    return out;
  }
  for (const corpus of corpora.filter(existsSync))
    for await (const x of readInputs([corpus], { limit: 150 })) if (!isProblem(x)) out.push(x.text);
  return out;
}

const WORKER = new URL('./fuzz-worker.js', import.meta.url);

class Runner {
  private worker!: Worker;
  private pending: ((r: CaseResult | null) => void) | null = null;
  constructor() {
    this.spawn();
  }
  private spawn(): void {
    this.worker = new Worker(WORKER);
    this.worker.on('message', (r: CaseResult) => this.settle(r));
    this.worker.on('error', (e) => this.settle({ error: `worker: ${e.message}`, badSpans: [], markup: [] }));
  }
  private settle(r: CaseResult | null): void {
    const p = this.pending;
    this.pending = null;
    p?.(r);
  }
  /** The case's result, or null when it ran past the budget (the worker is then replaced). */
  run(c: CaseInput): Promise<CaseResult | null> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = null;
        void this.worker.terminate();
        this.spawn();
        resolve(null);
      }, budget);
      this.pending = (r) => {
        clearTimeout(timer);
        resolve(r);
      };
      this.worker.postMessage(c);
    });
  }
  close(): Promise<number> {
    return this.worker.terminate();
  }
}

const texts = await seeds();
const random = rng(seed);
const runner = new Runner();
let errors = 0,
  stalls = 0,
  bad = 0;
const t0 = performance.now();
const say = (k: number, what: string) => {
  process.stdout.write(`case ${k} (seed ${seed}): ${what.slice(0, 300).replace(/\n/g, '\\n')}\n`);
};
for (let k = 0; k < cases; k++) {
  const c = mutate(texts, random, k);
  const r = await runner.run(c);
  if (r === null) {
    stalls++;
    say(k, `stall: over ${budget} ms (${c.kind}, ${c.text?.length ?? c.bytes?.length} chars)`);
    continue;
  }
  if (r.error) {
    errors++;
    say(k, `error: ${r.error} (${c.kind})`);
  }
  if (r.markup.length) {
    errors++;
    say(k, `unescaped markup: ${r.markup.join('; ')} (${c.kind})`);
  }
  if (r.badSpans.length) {
    bad += r.badSpans.length;
    say(k, `bad spans: ${r.badSpans.slice(0, 3).join('; ')} (${c.kind})`);
  }
  if ((k + 1) % 500 === 0)
    process.stdout.write(`… ${k + 1} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s\n`);
}
await runner.close();
process.stdout.write(
  `fuzz: ${((performance.now() - t0) / 1000).toFixed(1)} s, ${texts.length} seed articles, seed ${seed}\n`,
);
process.stdout.write(`fuzz: ${cases} cases, ${errors} errors, ${stalls} stalls, ${bad} bad spans\n`);
process.exitCode = errors || stalls || bad ? 1 : 0;
