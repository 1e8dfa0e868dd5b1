// Ingest into the store: read → skip what is already stored → analyse (worker threads) → assign to
// a story (online clustering) → write in batches, one transaction each → rebuild the dossiers of the
// stories that gained articles. A re-run over the same inputs changes nothing; a run that was
// stopped (Ctrl-C, kill -9) kept every committed batch, and the next run goes on after them.
import { createHash } from 'node:crypto';
import { analyzeStream } from '../cli/pool.js';
import { isProblem } from '../ingest/index.js';
import { type ClusterOptions, dayOf, StoryClusterer, termCounts } from '../stories/index.js';
import type { Document, InputProblem } from '../types.js';
import { type IngestAnalysis, SHAPE_MODULE } from './ingest-shape.js';
import { Progress } from './progress.js';
import { rebuildDossiers } from './rebuild.js';
import { searchText } from './search-text.js';
import type { ArticleWrite, Store } from './types.js';

export interface StoreIngestOptions extends ClusterOptions {
  /** Worker threads for the analysis (default one per core). */
  jobs?: number;
  /** Articles per transaction; default 500. */
  batchSize?: number;
  /** false: store and cluster only, no analysis and no dossiers (quick runs). */
  analyze?: boolean;
  /** No progress line even on a terminal. */
  quiet?: boolean;
  /** Called with every input problem as it comes (default: collected only). */
  onProblem?: (p: InputProblem) => void;
}

export interface IngestSummary {
  articles: number;
  skipped: number;
  problems: number;
  stories: number;
  newStories: number;
  dossiers: number;
  seconds: number;
}

const hashOf = (text: string): string => createHash('sha1').update(text).digest('hex');

/** The inputs minus the articles already stored (or already seen in this run). */
async function* unseen(
  store: Store,
  input: AsyncIterable<Document | InputProblem>,
  counts: { skipped: number },
  hashes: Map<string, string>,
): AsyncGenerator<Document | InputProblem> {
  const seen = new Set<string>();
  for await (const item of input) {
    if (isProblem(item)) {
      yield item;
      continue;
    }
    const hash = hashOf(item.text);
    const urlKey = item.url ? `${item.url}\n${hash}` : null;
    const known = await store.known([{ id: item.id, url: item.url ?? null, hash }]);
    if (known.size || seen.has(item.id) || (urlKey && seen.has(urlKey))) {
      counts.skipped++;
      continue;
    }
    seen.add(item.id);
    if (urlKey) seen.add(urlKey);
    hashes.set(item.id, hash);
    yield item;
  }
}

/** An article not analysed (a quick run): its input date, its terms and its search text. */
function bare(doc: Document): IngestAnalysis {
  const date = dayOf(doc.publishedInput) === null ? null : new Date(Date.parse(doc.publishedInput!));
  return {
    doc,
    published: date ? date.toISOString().slice(0, 10) : null,
    packed: null,
    terms: termCounts(doc.title, doc.text),
    search: searchText(doc.text),
  };
}

const asBuffer = (u: Uint8Array | null): Buffer | null =>
  !u || Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);

type Summary = Omit<IngestSummary, 'seconds'>;

/** Read, analyse, cluster and write the articles; the clusterer lives only as long as this. */
async function storeArticles(
  store: Store,
  input: AsyncIterable<Document | InputProblem>,
  opts: StoreIngestOptions,
  summary: Summary,
): Promise<void> {
  const batchSize = opts.batchSize ?? 500;
  const clusterer = new StoryClusterer(opts);
  const state = await store.clusterState();
  clusterer.load(state.df, state.docs, state.stories);
  const counts = { skipped: 0 };
  const hashes = new Map<string, string>();
  const progress = new Progress('ingest', opts.quiet ? null : undefined);
  let batch: ArticleWrite[] = [];
  const flush = async () => {
    const changes = clusterer.takeChanges();
    if (!batch.length && !changes.stories.length) return;
    await store.commit({ articles: batch, ...changes });
    batch = [];
  };
  const items = unseen(store, input, counts, hashes);
  // the analysis workers also serialise the analysis and count the terms (ingest-shape.ts)
  const stream =
    (opts.analyze ?? true)
      ? (analyzeStream(items, { jobs: opts.jobs, lean: true, shape: SHAPE_MODULE }) as AsyncIterable<
          IngestAnalysis | InputProblem
        >)
      : (async function* () {
          for await (const x of items) yield isProblem(x) ? x : bare(x);
        })();
  for await (const x of stream) {
    if (!('doc' in x)) {
      summary.problems++;
      opts.onProblem?.(x);
      continue;
    }
    const { doc, published } = x;
    const { story, created } = clusterer.assign({
      title: doc.title,
      text: doc.text,
      published,
      terms: x.terms,
    });
    if (created) summary.newStories++;
    batch.push({
      doc,
      hash: hashes.get(doc.id) ?? hashOf(doc.text),
      published,
      analysis: asBuffer(x.packed),
      story,
      searchText: x.search,
    });
    hashes.delete(doc.id);
    summary.articles++;
    progress.update(summary.articles);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  progress.done();
  summary.skipped = counts.skipped;
  summary.stories = clusterer.storyCount;
}

export async function ingestIntoStore(
  store: Store,
  input: AsyncIterable<Document | InputProblem>,
  opts: StoreIngestOptions = {},
): Promise<IngestSummary> {
  const started = Date.now();
  const summary: Summary = { articles: 0, skipped: 0, problems: 0, stories: 0, newStories: 0, dossiers: 0 };
  await storeArticles(store, input, opts, summary);
  // the clusterer is gone by now: its memory is the dossier workers'
  if (opts.analyze ?? true) {
    const rebuild = new Progress('dossiers', opts.quiet ? null : undefined);
    summary.dossiers = await rebuildDossiers(store, {
      jobs: opts.jobs,
      progress: (n, total) => rebuild.update(n, total),
      onProblem: (p) => {
        summary.problems++;
        opts.onProblem?.(p);
      },
    });
    rebuild.done();
  }
  return { ...summary, seconds: (Date.now() - started) / 1000 };
}
