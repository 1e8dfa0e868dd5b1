// What the shipped named-entity tagger costs a worker: memory once loaded (and after tagging, with its word
// cache warm) and milliseconds per article, over the first articles of the unlabelled news in ../shared/data.
// Usage: node --expose-gc dist/scripts/measure-ner.js [--articles N] [--model <model.json>]
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { loadNerModel, NER_MODEL_PATH, tagTokens } from '../src/extract/ner/index.js';
import { arg, SHARED } from './cli-args.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
const N = Number(arg('--articles', '2000'));
const modelPath = arg('--model', NER_MODEL_PATH);
const source = join(SHARED, 'data', 'ant-multisource-2018', 'ant_multisource_v2.1.jsonl.gz');

async function articles(): Promise<string[][]> {
  const out: string[][] = [];
  const rl = createInterface({ input: createReadStream(source).pipe(createGunzip()), crlfDelay: Infinity });
  for await (const line of rl) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { title?: string; text?: string };
    out.push([...`${d.title ?? ''}\n${d.text ?? ''}`.matchAll(TOKEN)].map((m) => m[0]));
    if (out.length >= N) break;
  }
  rl.close();
  return out;
}

const mb = (x: number) => (x / 1048576).toFixed(1);
function memory(): { heap: number; rss: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed + m.arrayBuffers, rss: m.rss };
}

async function main(): Promise<void> {
  if (!existsSync(source)) {
    console.log(`measure:ner: skipped, ${source} not found`);
    return;
  }
  const docs = await articles();
  const m0 = memory();
  let t = performance.now();
  const tagger = loadNerModel(modelPath);
  const loadMs = performance.now() - t;
  const m1 = memory();
  const tokens = docs.reduce((n, d) => n + d.length, 0);
  // the first tenth warms the word cache; the rest shows the steady state of a worker
  const warm = Math.ceil(docs.length / 10);
  const timings: number[] = [];
  const cpu: number[] = [];
  let names = 0;
  for (const part of [docs.slice(0, warm), docs.slice(warm)]) {
    t = performance.now();
    const c0 = process.cpuUsage();
    for (const d of part) names += tagTokens(d, tagger).length;
    const c = process.cpuUsage(c0);
    timings.push((performance.now() - t) / part.length);
    cpu.push((c.user + c.system) / 1000 / part.length);
  }
  console.log(`measure:ner: ${names} names in ${docs.length} articles`);
  const m2 = memory();
  tagger.clearCache();
  const m3 = memory();
  console.log(
    `measure:ner: model ${mb(statSync(modelPath).size)} MB on disk, loaded in ${loadMs.toFixed(0)} ms; ` +
      `memory once loaded +${mb(m1.heap - m0.heap)} MB heap (+${mb(m1.rss - m0.rss)} MB rss), ` +
      `after tagging +${mb(m2.heap - m0.heap)} MB heap (+${mb(m2.rss - m0.rss)} MB rss), of which the ` +
      `tagger's word cache ${mb(m2.heap - m3.heap)} MB (the rest: the shared stem cache of src/text)` +
      ((globalThis as { gc?: unknown }).gc ? '' : ' (run with --expose-gc for exact heap figures)'),
  );
  console.log(
    `measure:ner: ${docs.length} articles, ${(tokens / docs.length).toFixed(0)} tokens each on average; ` +
      `over the first ${warm} ${timings[0]!.toFixed(3)} ms/article (CPU ${cpu[0]!.toFixed(3)} ms), ` +
      `over the rest ${timings[1]!.toFixed(3)} ms/article (CPU ${cpu[1]!.toFixed(3)} ms)`,
  );
}

await main();
