// An `isnad worker`: takes queued articles and makes them part of the store. Any number of workers,
// on any number of machines, share one PostgreSQL database:
//  - analyse: each worker takes a few waiting articles (FOR UPDATE SKIP LOCKED: no two take the same),
//    analyses them and writes the analysis back, in one transaction. A worker that dies mid-article
//    holds a transaction that PostgreSQL rolls back when its connection drops: the article waits again.
//  - assign: one worker at a time (the holder of a session advisory lock: the "clusterer") takes the
//    analysed articles in queue order, up to the first one not yet analysed, assigns them to stories
//    and writes them, their stories and the counts, and takes them off the queue, in one transaction.
//    Stories are thus assigned in arrival order, exactly as one `isnad ingest` over the same articles
//    would, however many workers analyse; an article is stored once (articles.id is unique).
//  - rebuild: a stale story's dossier is rebuilt under a per-story advisory lock; its version, read
//    with its articles, says whether articles joined meanwhile (then it stays stale and is built again).
// A database that goes away (restart, network) is waited for: the worker reconnects and goes on.
import pg from 'pg';
import { analyzeOne, leanAnalysis } from '../cli/worker.js';
import { StoryClusterer } from '../stories/index.js';
import type { Document } from '../types.js';
import { packAnalysis } from './analysis.js';
import { buildStoryDossier } from './dossiers.js';
import { connectionOptions, inTransaction, type PostgresStore } from './postgres.js';
import { LOCK } from './postgres-schema.js';
import { searchText } from './search-text.js';
import type { ArticleWrite } from './types.js';

export interface WorkerOptions {
  /** Articles analysed per transaction; default 4. */
  batch?: number;
  /** Articles assigned to stories per transaction; default 500. */
  assignBatch?: number;
  /** Stop when there is nothing left to do (queue empty, no stale story); default: wait for more. */
  exitWhenIdle?: boolean;
  /** How long to wait between looks at an empty queue, ms; default 1000. */
  pollMs?: number;
  log?: (line: string) => void;
}

export interface WorkerCounts {
  analysed: number;
  assigned: number;
  dossiers: number;
  failed: number;
  reconnects: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Errors that mean "the database is not there right now": wait and go on. */
export function isConnectionError(e: unknown): boolean {
  const err = e as { code?: string; message?: string };
  const code = err?.code ?? '';
  return (
    /^(08|57P)/.test(code) ||
    ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN'].includes(code) ||
    /Connection terminated|connection timeout|Client has encountered a connection error|not queryable/i.test(
      err?.message ?? '',
    )
  );
}

/** Deadlocks and serialisation failures: the transaction was rolled back, try again. */
const isRetryable = (e: unknown): boolean =>
  ['40P01', '40001'].includes((e as { code?: string })?.code ?? '');

export class QueueWorker {
  readonly counts: WorkerCounts = { analysed: 0, assigned: 0, dossiers: 0, failed: 0, reconnects: 0 };
  private stopping = false;
  /** The connection that holds the clusterer's lock, when this worker is the clusterer. */
  private leader: pg.Client | null = null;
  private clusterer: StoryClusterer | null = null;
  /** The article count the clusterer has written; a different count in the store means reload. */
  private clustered = -1;

  constructor(
    private readonly store: PostgresStore,
    private readonly opts: WorkerOptions = {},
  ) {}

  stop(): void {
    this.stopping = true;
  }

  get isClusterer(): boolean {
    return this.leader !== null;
  }

  private log(line: string): void {
    this.opts.log?.(line);
  }

  /** Take waiting articles, analyse them and write their analyses back. */
  async analyseStep(): Promise<number> {
    return inTransaction(this.store.db, async (c) => {
      const rows = (
        await c.query(
          `SELECT seq, doc FROM queue WHERE NOT analysed AND failed IS NULL ORDER BY seq
           LIMIT $1 FOR UPDATE SKIP LOCKED`,
          [this.opts.batch ?? 4],
        )
      ).rows as { seq: number; doc: Document }[];
      if (!rows.length) return 0;
      const seqs: number[] = [];
      const blobs: (Buffer | null)[] = [];
      const dates: (string | null)[] = [];
      const failures: (string | null)[] = [];
      for (const r of rows) {
        const a = analyzeOne(r.doc, null);
        seqs.push(r.seq);
        const ok = !('error' in a);
        blobs.push(ok ? packAnalysis(leanAnalysis(a)) : null);
        dates.push(ok ? (a.published.date ?? null) : null);
        failures.push(ok ? null : `analysis failed: ${a.error}`);
        if (!ok) this.counts.failed++;
      }
      await c.query(
        `UPDATE queue q SET analysed = d.failed IS NULL, analysis = d.analysis, published = d.published,
           failed = d.failed
         FROM unnest($1::bigint[], $2::bytea[], $3::text[], $4::text[]) AS d(seq, analysis, published, failed)
         WHERE q.seq = d.seq`,
        [seqs, blobs, dates, failures],
      );
      this.counts.analysed += rows.length;
      return rows.length;
    });
  }

  /** Become the clusterer if no one is (a session lock: it passes on when its holder's connection ends). */
  private async lead(): Promise<boolean> {
    if (this.leader) return true;
    const client = new pg.Client({ ...connectionOptions(this.store.address), application_name: this.name() });
    client.on('error', () => {});
    await client.connect();
    const got = (await client.query('SELECT pg_try_advisory_lock($1) AS got', [LOCK.cluster])).rows[0].got;
    if (!got) {
      await client.end().catch(() => {});
      return false;
    }
    this.leader = client;
    this.clusterer = null;
    this.log('this worker now assigns articles to stories');
    return true;
  }

  private name(): string {
    return `isnad-worker-${process.pid}`;
  }

  /** As the clusterer: assign the analysed head of the queue to stories, in queue order. */
  async assignStep(): Promise<number> {
    if (!(await this.lead())) return 0;
    const c = this.leader!;
    await c.query('BEGIN');
    try {
      const n = await this.assignIn(c);
      await c.query('COMMIT');
      return n;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      this.clusterer = null; // its state may be ahead of the store's: load it again
      throw e;
    }
  }

  private async assignIn(c: pg.Client): Promise<number> {
    const docs = Number((await c.query("SELECT value FROM meta WHERE key = 'docs'")).rows[0]?.value ?? 0);
    if (!this.clusterer || docs !== this.clustered) {
      const state = await this.store.clusterState(c);
      this.clusterer = new StoryClusterer();
      this.clusterer.load(state.df, state.docs, state.stories);
      this.clustered = state.docs;
    }
    const rows = (
      await c.query(
        `SELECT seq, doc, hash, analysed, analysis, published, failed FROM queue ORDER BY seq LIMIT $1`,
        [this.opts.assignBatch ?? 500],
      )
    ).rows as {
      seq: number;
      doc: Document;
      hash: string;
      analysed: boolean;
      analysis: Buffer | null;
      published: string | null;
      failed: string | null;
    }[];
    const waiting = rows.findIndex((r) => !r.analysed && !r.failed);
    const head = waiting < 0 ? rows : rows.slice(0, waiting);
    if (!head.length) return 0;
    const articles: ArticleWrite[] = [];
    const failed = head.filter((r) => r.failed);
    for (const r of head) {
      if (r.failed) continue;
      const { story } = this.clusterer.assign({
        title: r.doc.title,
        text: r.doc.text,
        published: r.published,
      });
      articles.push({
        doc: r.doc,
        hash: r.hash,
        published: r.published,
        analysis: r.analysis,
        story,
        searchText: searchText(r.doc.text),
      });
    }
    const changes = this.clusterer.takeChanges();
    await this.store.commitOn(c, { articles, ...changes });
    if (failed.length)
      await c.query(
        `INSERT INTO problems(id, source, reason, at) SELECT *, now() FROM unnest($1::text[], $2::text[], $3::text[])
         ON CONFLICT (id) DO UPDATE SET reason = excluded.reason, at = excluded.at`,
        [failed.map((r) => r.doc.id), failed.map((r) => r.doc.source), failed.map((r) => r.failed)],
      );
    await c.query('DELETE FROM queue WHERE seq = ANY($1::bigint[])', [head.map((r) => r.seq)]);
    this.clustered = changes.docs;
    this.counts.assigned += articles.length;
    return head.length;
  }

  /** Rebuild the dossier of one stale story no other worker is rebuilding; false when there is none. */
  async rebuildStep(): Promise<boolean> {
    const candidates = (
      await this.store.db.query('SELECT id FROM stories WHERE stale ORDER BY id LIMIT 32')
    ).rows.map((r) => r.id as number);
    for (const id of candidates) {
      const done = await inTransaction(this.store.db, async (c) => {
        const got = (await c.query('SELECT pg_try_advisory_xact_lock($1, $2) AS got', [LOCK.story, id]))
          .rows[0].got;
        if (!got) return false;
        const row = (await c.query('SELECT version, stale FROM stories WHERE id = $1', [id])).rows[0];
        if (!row?.stale) return false;
        const material = await this.store.storyMaterial(id, c);
        await this.store.saveDossierOn(c, row.version, buildStoryDossier(id, material));
        return true;
      });
      if (done) {
        this.counts.dossiers++;
        return true;
      }
    }
    return false;
  }

  private async idle(): Promise<boolean> {
    const r = await this.store.db.query(
      'SELECT NOT EXISTS (SELECT 1 FROM queue) AND NOT EXISTS (SELECT 1 FROM stories WHERE stale) AS idle',
    );
    return r.rows[0].idle as boolean;
  }

  /** One round: assign what is ready, analyse a batch, else rebuild a dossier. True if it did anything. */
  async round(): Promise<boolean> {
    const assigned = await this.assignStep();
    const analysed = await this.analyseStep();
    if (assigned || analysed) return true;
    return this.rebuildStep();
  }

  /** Work until stopped (or, with exitWhenIdle, until nothing is left to do). */
  async run(): Promise<WorkerCounts> {
    let wait = 250;
    let down = false;
    while (!this.stopping) {
      try {
        const busy = await this.round();
        if (down) this.log('the database is back: going on');
        down = false;
        wait = 250;
        if (busy) continue;
        if (this.opts.exitWhenIdle && (await this.idle())) break;
        await sleep(this.opts.pollMs ?? 1000);
      } catch (e) {
        if (isRetryable(e)) continue;
        if (isConnectionError(e)) {
          await this.dropLeader();
          if (!down) this.log(`the database is not answering (${(e as Error).message}): waiting`);
          down = true;
          this.counts.reconnects++;
        } else this.log(`error: ${(e as Error).message}; trying again`);
        await sleep(wait);
        wait = Math.min(wait * 2, 5000);
      }
    }
    await this.dropLeader();
    return this.counts;
  }

  private async dropLeader(): Promise<void> {
    const c = this.leader;
    this.leader = null;
    this.clusterer = null;
    if (c) await c.end().catch(() => {});
  }
}
