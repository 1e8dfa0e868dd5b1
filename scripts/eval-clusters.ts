// `npm run eval:clusters`: how well the stream is sorted into stories. The example story and every
// story of ../shared/eval/dev (texts rebuilt by ../shared/eval/materialize.mjs) are mixed into the
// 62,000 articles of ../shared/data, everything is ingested, and B-cubed precision, recall and F1 are
// computed over the annotated articles (Bagga & Baldwin 1998):
//   clusters: B-cubed F1 X (P Y R Z) over N stories
// --quick clusters without the analysis and the store (the clustering does not need the dossier);
// --limit N reads only N corpus articles; --db FILE keeps the database (default: a temporary one); --threshold T and --window D set the clusterer's options.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { isProblem, readInputs } from '../src/ingest/index.js';
import { openStore } from '../src/store/index.js';
import { ingestIntoStore } from '../src/store/ingest.js';
import { StoryClusterer } from '../src/stories/index.js';
import type { Document, InputProblem } from '../src/types.js';
import { ROOT, SHARED } from './cli-args.js';

const flag = (args: string[], name: string): boolean => args.includes(name);
function option(args: string[], name: string): number | undefined {
  const k = args.indexOf(name);
  return k >= 0 && args[k + 1] ? Number(args[k + 1]) : undefined;
}

const CORPORA = [
  join(SHARED, 'data', 'ant-multisource-2018', 'ant_multisource_v2.1.jsonl.gz'),
  join(SHARED, 'data', 'saudinewsnet-2015', 'saudinewsnet.jsonl.gz'),
];
const EXAMPLE = join(ROOT, 'examples', 'hasakah-2022');

/** Annotated article id → its story. */
function goldStories(devOut: string): Map<string, string> {
  const gold = new Map<string, string>();
  for (const f of readdirSync(devOut).filter((f) => f.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(devOut, f), 'utf8').split('\n'))
      if (line.trim()) gold.set((JSON.parse(line) as { id: string }).id, basename(f, '.jsonl'));
  }
  for (const f of readdirSync(EXAMPLE)) gold.set(basename(f, '.txt'), 'hasakah-2022');
  return gold;
}

/** The corpus with the annotated articles spread through it, one every `every` articles. */
async function* mixed(
  annotated: string[],
  limit: number | undefined,
  every: number,
): AsyncGenerator<Document | InputProblem> {
  const extra: (Document | InputProblem)[] = [];
  for await (const d of readInputs(annotated)) extra.push(d);
  let n = 0;
  for await (const d of readInputs(CORPORA, { limit })) {
    yield d;
    if (++n % every === 0 && extra.length) yield extra.shift()!;
  }
  yield* extra;
}

export function bcubed(found: Map<string, number>, gold: Map<string, string>): { p: number; r: number } {
  let p = 0;
  let r = 0;
  const ids = [...gold.keys()].filter((id) => found.has(id));
  for (const a of ids) {
    const same = ids.filter((b) => found.get(b) === found.get(a));
    const correct = same.filter((b) => gold.get(b) === gold.get(a)).length;
    p += correct / same.length;
    r += correct / ids.filter((b) => gold.get(b) === gold.get(a)).length;
  }
  return { p: p / ids.length, r: r / ids.length };
}

async function main(): Promise<void> {
  if (!existsSync(CORPORA[0]!)) {
    console.log(`eval:clusters: ${SHARED} is absent; nothing to measure`);
    return;
  }
  const args = process.argv.slice(2);
  const limit = option(args, '--limit');
  const threshold = option(args, '--threshold');
  const windowDays = option(args, '--window');
  const tmp = mkdtempSync(join(tmpdir(), 'isnad-eval-clusters-'));
  try {
    execFileSync(process.execPath, [join(SHARED, 'eval', 'materialize.mjs'), join(tmp, 'dev')], {
      stdio: 'ignore',
    });
    const gold = goldStories(join(tmp, 'dev'));
    const devFiles = readdirSync(join(tmp, 'dev'))
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => join(tmp, 'dev', f));
    const annotated = [...devFiles, EXAMPLE];
    const total = (limit ?? 62_199) + gold.size;
    const input = mixed(annotated, limit, Math.max(1, Math.floor(total / (gold.size + 1))));
    const found = new Map<string, number>();
    const started = Date.now();
    if (flag(args, '--quick')) {
      const c = new StoryClusterer({ threshold, windowDays });
      for await (const d of input) {
        if (isProblem(d)) continue;
        const { story } = c.assign({ title: d.title, text: d.text, published: d.publishedInput });
        if (gold.has(d.id)) found.set(d.id, story);
      }
      console.error(
        `eval:clusters: ${c.storyCount} stories in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    } else {
      const db = args.includes('--db') ? args[args.indexOf('--db') + 1]! : join(tmp, 'eval.db');
      const store = await openStore(db);
      const summary = await ingestIntoStore(store, input, { threshold, windowDays, quiet: true });
      for (const id of gold.keys()) {
        const a = await store.article(id);
        if (a?.story != null) found.set(id, a.story);
      }
      await store.close();
      console.error(
        `eval:clusters: ${summary.articles} articles, ${summary.stories} stories in ${summary.seconds.toFixed(1)} s`,
      );
    }
    const { p, r } = bcubed(found, gold);
    const f1 = (2 * p * r) / (p + r || 1);
    const stories = new Set(gold.values()).size;
    console.log(
      `clusters: B-cubed F1 ${f1.toFixed(3)} (P ${p.toFixed(3)} R ${r.toFixed(3)}) over ${stories} stories`,
    );
    if (flag(args, '--verbose')) for (const [id, s] of found) console.log(`${gold.get(id)}\t${s}\t${id}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
