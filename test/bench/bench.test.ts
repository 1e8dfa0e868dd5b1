import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { analyzeStream, isAnalysis, type PoolOutput } from '../../src/cli/pool.js';
import { readInputs } from '../../src/ingest/index.js';
import type { Document, InputProblem } from '../../src/types.js';

const run = promisify(execFile);
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const benchJs = path.join(root, 'dist', 'bench', 'bench.js');
const data = path.join(process.env.ISNAD_SHARED ?? path.join(root, '..', 'shared'), 'data');
const corpora = [path.join(data, 'ant-multisource-2018'), path.join(data, 'saudinewsnet-2015')];

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-bench-'));
after(() => fs.rmSync(tmp, { recursive: true, force: true }));

// Sentences of our own, varied so that documents differ; the number makes each one identifiable.
const SENTENCES = [
  'قال مصدر أمني إن %N شخصا قتلوا في الهجوم على السوق صباح اليوم.',
  'وأعلنت وزارة الصحة إصابة %N مدنيين بجروح في القصف.',
  'ونقلت وكالة الأنباء عن شهود عيان أن %N مسلحين فروا من السجن.',
];
function article(i: number): string {
  return `${(SENTENCES[i % SENTENCES.length] ?? '').replace('%N', String(i + 2))}\nوأضاف المتحدث أن التحقيقات مستمرة.`;
}

async function collect(input: AsyncIterable<Document | InputProblem>, jobs: number): Promise<PoolOutput[]> {
  const out: PoolOutput[] = [];
  for await (const x of analyzeStream(input, { jobs, batchSize: 7, inFlight: 3, minDocs: 10 })) out.push(x);
  return out;
}

test('the pool returns analyses in input order and passes ingest problems through where they came', async () => {
  const lines: string[] = [];
  for (let i = 0; i < 120; i++) {
    lines.push(JSON.stringify({ id: `d${i}`, text: article(i), title: `t${i}` }));
    if (i === 5 || i === 77) lines.push('{not json'); // a problem after d5 and after d77
  }
  const file = path.join(tmp, 'stories.jsonl');
  fs.writeFileSync(file, lines.join('\n') + '\n');

  for (const jobs of [2, 1]) {
    const out = await collect(readInputs([file]), jobs);
    const order = out.map((x) => (isAnalysis(x) ? x.doc.id : `problem:${x.source.split(':').pop()}`));
    const want: string[] = [];
    for (let i = 0; i < 120; i++) {
      want.push(`d${i}`);
      if (i === 5) want.push('problem:7');
      if (i === 77) want.push('problem:80');
    }
    assert.deepEqual(order, want, `jobs=${jobs}`);
    for (const x of out) {
      if (!isAnalysis(x)) {
        assert.match(x.reason, /not valid JSON/);
        continue;
      }
      // the document comes back whole (its text is not sent back by the worker, but re-attached)
      const i = Number(x.doc.id.slice(1));
      assert.equal(x.doc.text, article(i));
      assert.equal(x.doc.title, `t${i}`);
      assert.ok(x.timings && 'text' in x.timings, 'timings per stage are there');
      assert.ok(Array.isArray(x.sentences) && x.sentences.length >= 2);
    }
  }
});

test('workers and the in-process path give the same analyses', async () => {
  const docs: Document[] = Array.from({ length: 30 }, (_, i) => ({
    id: `x${i}`,
    source: `mem#${i}`,
    text: article(i),
  }));
  async function* gen() {
    yield* docs;
  }
  const strip = (xs: PoolOutput[]) =>
    JSON.stringify(xs.map((x) => (isAnalysis(x) ? { ...x, timings: undefined } : x)));
  const viaWorkers = await collect(gen(), 2);
  assert.equal(strip(viaWorkers), strip(await collect(gen(), 1)));
  // object identity survives the trip: a speaker is one of the document's mentions, not a copy
  // (reconciliation maps mentions to entities by identity)
  let speakers = 0;
  for (const x of viaWorkers) {
    if (!isAnalysis(x)) continue;
    for (const c of [...x.claims, ...x.quotes]) {
      if (!c.attribution.speaker) continue;
      speakers++;
      assert.ok(x.mentions.includes(c.attribution.speaker), `speaker of ${x.doc.id} is one of its mentions`);
    }
  }
  assert.ok(speakers > 0, 'some claim has a speaker');
});

test('closing the stream early stops the pool (no hang) and yields what was asked', async () => {
  async function* endless() {
    for (let i = 0; ; i++) yield { id: `e${i}`, source: `mem#${i}`, text: article(i) } as Document;
  }
  let n = 0;
  for await (const x of analyzeStream(endless(), { jobs: 2, batchSize: 5, minDocs: 5 })) {
    assert.ok(isAnalysis(x));
    if (++n === 23) break;
  }
  assert.equal(n, 23);
});

test('npm run bench: runs on a small --limit and prints JSON and the summary line', async (t) => {
  if (!corpora.every((p) => fs.existsSync(p))) {
    t.skip(`corpora not found at ${corpora.join(', ')}`);
    return;
  }
  const { stdout } = await run(process.execPath, [benchJs, '--limit', '200', '--json', '--chunk', '100'], {
    maxBuffer: 1 << 24,
  });
  const lines = stdout.trimEnd().split('\n');
  const last = lines.pop()!;
  assert.match(last, /^bench: \d+ articles\/s, \d+(\.\d+)? of baseline, \d+ MB peak$/);
  const r = JSON.parse(lines.join('\n'));
  assert.equal(r.articles, 200);
  assert.ok(r.text_mb > 0);
  for (const pass of [r.pipeline, r.baseline]) {
    assert.equal(typeof pass.seconds, 'number');
    assert.ok(pass.articles_per_s > 0);
    assert.ok(pass.mb_per_s > 0);
  }
  assert.equal(typeof r.ratio, 'number');
  for (const stage of ['text', 'attribution', 'claims', 'reconcile'])
    assert.equal(typeof r.stages_ms[stage], 'number', stage);
  assert.equal(r.story.articles, 100);
  assert.equal(r.story.stories, 2);
  assert.equal(typeof r.story.dossier_ms, 'number');
  assert.ok(r.peak_mb > 0);
  if (process.platform === 'linux') {
    // the process's CPU split by thread: main, the extraction workers, V8's and libuv's background threads
    const by = r.cpu_seconds_by_thread;
    for (const k of ['main', 'workers', 'background']) assert.equal(typeof by[k], 'number', k);
    assert.ok(by.workers > 0, 'the workers did the extraction');
    assert.ok(by.main + by.workers + by.background <= r.cpu_seconds + 0.5, 'no more than the process');
  }
  assert.equal(
    last,
    `bench: ${r.pipeline.articles_per_s} articles/s, ${r.ratio} of baseline, ${r.peak_mb} MB peak`,
  );
});

test('bench: a missing corpus is reported, not a stack trace', async () => {
  await assert.rejects(
    run(process.execPath, [benchJs, '--corpus', path.join(tmp, 'nope.jsonl.gz')]),
    (e: { code: number; stdout: string }) => {
      assert.equal(e.code, 2);
      assert.match(e.stdout, /^bench: skipped, corpora not found at .*nope\.jsonl\.gz\n$/);
      return true;
    },
  );
});
