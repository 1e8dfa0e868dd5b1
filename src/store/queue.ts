// The work queue, in PostgreSQL: `isnad ingest --db postgres://…` puts articles on it (in the order
// they were read: `seq`), and `isnad worker` processes take them (queue-worker.ts). A queued article
// is checked against the store and the queue (same id, or same URL and text), so re-queueing the
// same inputs changes nothing; each batch is one transaction.
import { createHash } from 'node:crypto';
import { isProblem } from '../ingest/index.js';
import type { Document, InputProblem } from '../types.js';
import { inTransaction, type PostgresStore } from './postgres.js';
import { Progress } from './progress.js';

export interface QueueSummary {
  queued: number;
  skipped: number;
  problems: number;
  seconds: number;
}

const hashOf = (text: string): string => createHash('sha1').update(text).digest('hex');

async function insertBatch(store: PostgresStore, docs: { doc: Document; hash: string }[]): Promise<number> {
  if (!docs.length) return 0;
  return inTransaction(store.db, async (c) => {
    const r = await c.query(
      `INSERT INTO queue(id, url, hash, doc)
       SELECT d.id, d.url, d.hash, d.doc
       FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[]) WITH ORDINALITY AS d(id, url, hash, doc, n)
       ORDER BY d.n
       ON CONFLICT (id) DO NOTHING`,
      [
        docs.map((d) => d.doc.id),
        docs.map((d) => d.doc.url ?? null),
        docs.map((d) => d.hash),
        docs.map((d) => JSON.stringify(d.doc)),
      ],
    );
    return r.rowCount ?? 0;
  });
}

/** Put the articles of `input` on the queue, skipping those already stored or queued. */
export async function queueArticles(
  store: PostgresStore,
  input: AsyncIterable<Document | InputProblem>,
  opts: { batchSize?: number; quiet?: boolean; onProblem?: (p: InputProblem) => void } = {},
): Promise<QueueSummary> {
  const started = Date.now();
  const batchSize = opts.batchSize ?? 500;
  const summary = { queued: 0, skipped: 0, problems: 0, seconds: 0 };
  const progress = new Progress('queue', opts.quiet ? null : undefined);
  const seen = new Set<string>();
  let batch: { doc: Document; hash: string }[] = [];
  const flush = async () => {
    const known = await store.known(
      batch.map((d) => ({ id: d.doc.id, url: d.doc.url ?? null, hash: d.hash })),
    );
    const fresh = batch.filter((d) => !known.has(d.doc.id));
    const n = await insertBatch(store, fresh);
    summary.queued += n;
    summary.skipped += batch.length - n;
    batch = [];
    progress.update(summary.queued);
  };
  for await (const item of input) {
    if (isProblem(item)) {
      summary.problems++;
      opts.onProblem?.(item);
      continue;
    }
    if (Object.values(item).some((v) => typeof v === 'string' && v.includes('\0'))) {
      // PostgreSQL's text cannot hold NUL; the article is refused in words rather than the batch lost
      summary.problems++;
      opts.onProblem?.({
        source: item.source,
        reason: 'contains NUL characters, which PostgreSQL cannot store',
      });
      continue;
    }
    const hash = hashOf(item.text);
    const urlKey = item.url ? `${item.url}\n${hash}` : null;
    if (seen.has(item.id) || (urlKey && seen.has(urlKey))) {
      summary.skipped++;
      continue;
    }
    seen.add(item.id);
    if (urlKey) seen.add(urlKey);
    batch.push({ doc: item, hash });
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  progress.done();
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** What is left to do: articles waiting, analysed and waiting for their story, stories to rebuild. */
export async function queueStatus(
  store: PostgresStore,
): Promise<{ waiting: number; analysed: number; stale: number; problems: number }> {
  const r = await store.db.query(
    `SELECT (SELECT count(*)::int FROM queue WHERE NOT analysed AND failed IS NULL) AS waiting,
            (SELECT count(*)::int FROM queue WHERE analysed OR failed IS NOT NULL) AS analysed,
            (SELECT count(*)::int FROM stories WHERE stale) AS stale,
            (SELECT count(*)::int FROM problems) AS problems`,
  );
  return r.rows[0];
}
