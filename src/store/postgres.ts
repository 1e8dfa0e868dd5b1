// The engine for more than one machine: PostgreSQL through node-postgres (`pg`). The same store as
// the SQLite one (types.ts), with the same batch semantics: a batch is one transaction, so a run that
// was stopped kept every committed batch. Writes take a client (a transaction in progress) so that
// the workers (queue.ts) can commit a batch and take it off the queue in one transaction.
import pg from 'pg';
import type { StoryState } from '../stories/index.js';
import { PostgresPages, type Queryable } from './postgres-pages.js';
import { LOCK, PG_MIGRATIONS } from './postgres-schema.js';
import { StoreError } from './sqlite.js';
import type { Batch, BuiltDossier, Store, StoredArticle, StoryMaterial } from './types.js';

/** 64-bit integers (count, bigserial) as numbers: ours stay far below 2^53. */
const TYPES = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === pg.types.builtins.INT8
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
};

/** The address with its password hidden, for messages. */
export const redact = (address: string): string => address.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:…@');

export const isPostgresAddress = (address: string): boolean => /^postgres(ql)?:\/\//i.test(address);

export function connectionOptions(address: string): pg.PoolConfig {
  return {
    connectionString: address,
    types: TYPES,
    application_name: 'isnad',
    connectionTimeoutMillis: 10_000,
  };
}

async function migrate(pool: pg.Pool, address: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK.migrate]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL)');
    const row = (await client.query('SELECT version FROM schema_version')).rows[0] as
      | { version: number }
      | undefined;
    const version = row?.version ?? 0;
    if (version > PG_MIGRATIONS.length)
      throw new StoreError(
        `${redact(address)}: the database is at schema version ${version}, newer than this isnad (${PG_MIGRATIONS.length}); use a newer isnad`,
      );
    for (let v = version; v < PG_MIGRATIONS.length; v++) await client.query(PG_MIGRATIONS[v]!);
    if (!row) await client.query('INSERT INTO schema_version VALUES ($1)', [PG_MIGRATIONS.length]);
    else await client.query('UPDATE schema_version SET version = $1', [PG_MIGRATIONS.length]);
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** The title's words as written (lower case), as the SQLite engine's FTS5 column takes them. */
const titleWords = (title: string | null | undefined): string =>
  (title?.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

const isoDay = (day: number | null): string | null =>
  day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);

/** Run `work` in one transaction on one client of the pool. */
export async function inTransaction<T>(pool: pg.Pool, work: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

export class PostgresStore extends PostgresPages implements Store {
  readonly engine = 'postgres';

  private constructor(
    pool: pg.Pool,
    readonly address: string,
  ) {
    super(pool);
  }

  static async open(
    address: string,
    opts: { readonly?: boolean; max?: number } = {},
  ): Promise<PostgresStore> {
    const pool = new pg.Pool({ ...connectionOptions(address), max: opts.max ?? 10 });
    // an idle client whose server went away must not bring the process down: the next query reconnects
    pool.on('error', () => {});
    // nor one in use: its query fails with the error, and the caller decides (the workers wait)
    pool.on('connect', (client) => client.on('error', () => {}));
    try {
      if (!opts.readonly) await migrate(pool, address);
      else if (!(await pool.query("SELECT to_regclass('schema_version') AS t")).rows[0].t)
        throw new StoreError(`${redact(address)}: not an isnad database (run isnad ingest first)`);
    } catch (e) {
      await pool.end().catch(() => {});
      if (e instanceof StoreError) throw e;
      throw new StoreError(`${redact(address)}: cannot open the database (${(e as Error).message})`);
    }
    return new PostgresStore(pool, address);
  }

  /** The pool, for the queue and the workers (queue.ts). */
  get db(): pg.Pool {
    return this.pool;
  }

  async known(docs: { id: string; url: string | null; hash: string }[]): Promise<Set<string>> {
    const rows = await this.rows<{ id: string }>(
      `SELECT d.id FROM unnest($1::text[], $2::text[], $3::text[]) AS d(id, url, hash)
       WHERE EXISTS (SELECT 1 FROM articles a WHERE a.id = d.id)
          OR EXISTS (SELECT 1 FROM articles a WHERE a.url = d.url AND a.hash = d.hash)
          OR EXISTS (SELECT 1 FROM queue q WHERE q.id = d.id)
          OR EXISTS (SELECT 1 FROM queue q WHERE q.url = d.url AND q.hash = d.hash)`,
      [docs.map((d) => d.id), docs.map((d) => d.url), docs.map((d) => d.hash)],
    );
    return new Set(rows.map((r) => r.id));
  }

  async clusterState(
    db: Queryable = this.pool,
  ): Promise<{ df: [string, number][]; docs: number; stories: StoryState[] }> {
    const df = (await db.query({ text: 'SELECT term, df FROM term_df', rowMode: 'array' })).rows as [
      string,
      number,
    ][];
    const docs = Number(
      (await this.one<{ value: string }>("SELECT value FROM meta WHERE key = 'docs'", [], db))?.value ?? 0,
    );
    const rows = await this.rows<{
      id: number;
      size: number;
      first_day: number | null;
      last_day: number | null;
      centroid: string;
    }>(
      // in the order the stories last gained an article: the clusterer's index then lists them in the
      // order it had when the state was written, and a reloaded clusterer decides as the one it replaces
      `SELECT s.id, s.size, s.first_day, s.last_day, s.centroid FROM stories s
       ORDER BY (SELECT max(a.rowid) FROM articles a WHERE a.story = s.id) NULLS FIRST, s.id`,
      [],
      db,
    );
    const stories = rows.map((r) => ({
      id: r.id,
      size: r.size,
      first: r.first_day,
      last: r.last_day,
      centroid: new Map(JSON.parse(r.centroid) as [string, number][]),
    }));
    return { df, docs, stories };
  }

  async commit(batch: Batch): Promise<void> {
    await inTransaction(this.pool, (c) => this.commitOn(c, batch));
  }

  /** Write a batch within the caller's transaction: stories (marked stale, version + 1), articles, counts. */
  async commitOn(db: Queryable, batch: Batch): Promise<void> {
    const s = [...batch.stories].sort((a, b) => a.id - b.id);
    await db.query(
      `INSERT INTO stories(id, size, first_day, last_day, first, last, centroid, stale, updated)
       SELECT *, true, now() FROM unnest($1::int[], $2::int[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[])
       ON CONFLICT(id) DO UPDATE SET size = excluded.size, first_day = excluded.first_day, last_day = excluded.last_day,
         first = excluded.first, last = excluded.last, centroid = excluded.centroid, stale = true,
         version = stories.version + 1, updated = now()`,
      [
        s.map((x) => x.id),
        s.map((x) => x.size),
        s.map((x) => x.first),
        s.map((x) => x.last),
        s.map((x) => isoDay(x.first)),
        s.map((x) => isoDay(x.last)),
        s.map((x) => JSON.stringify([...x.centroid])),
      ],
    );
    const outlets = [
      ...new Set(batch.articles.map((a) => a.doc.outlet).filter((o): o is string => !!o)),
    ].sort();
    await db.query('INSERT INTO outlets(name) SELECT unnest($1::text[]) ON CONFLICT (name) DO NOTHING', [
      outlets,
    ]);
    const a = batch.articles;
    const col = <T>(f: (x: (typeof a)[number]) => T): T[] => a.map(f);
    await db.query(
      `INSERT INTO articles(id, source, title, outlet, url, published, published_input, encoding, text, hash,
         analysis, story, search, added)
       SELECT d.id, d.source, d.title, o.id, d.url, d.published, d.published_input, d.encoding, d.text, d.hash,
         d.analysis, d.story, array_to_tsvector(array_remove(string_to_array(d.search, ' '), '')), now()
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[],
         $9::text[], $10::text[], $11::bytea[], $12::int[], $13::text[])
         WITH ORDINALITY AS d(id, source, title, outlet, url, published, published_input, encoding, text, hash,
           analysis, story, search, n)
       LEFT JOIN outlets o ON o.name = d.outlet
       ORDER BY d.n`,
      [
        col((x) => x.doc.id),
        col((x) => x.doc.source),
        col((x) => x.doc.title ?? null),
        col((x) => x.doc.outlet ?? null),
        col((x) => x.doc.url ?? null),
        col((x) => x.published),
        col((x) => x.doc.publishedInput ?? null),
        col((x) => x.doc.encoding ?? null),
        col((x) => x.doc.text),
        col((x) => x.hash),
        col((x) => x.analysis),
        col((x) => x.story),
        col((x) => `${x.searchText} ${titleWords(x.doc.title)}`),
      ],
    );
    const terms = [...batch.df].sort((x, y) => (x[0] < y[0] ? -1 : 1));
    await db.query(
      `INSERT INTO term_df(term, df) SELECT * FROM unnest($1::text[], $2::int[])
       ON CONFLICT(term) DO UPDATE SET df = term_df.df + excluded.df`,
      [terms.map((t) => t[0]), terms.map((t) => t[1])],
    );
    await db.query(
      "INSERT INTO meta(key, value) VALUES ('docs', $1) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
      [String(batch.docs)],
    );
  }

  async staleStories(): Promise<number[]> {
    return (await this.rows<{ id: number }>('SELECT id FROM stories WHERE stale ORDER BY id')).map(
      (r) => r.id,
    );
  }

  async storyMaterial(story: number, db: Queryable = this.pool): Promise<StoryMaterial> {
    const rows = await this.rows<StoredArticle & { analysis: Buffer | null }>(
      `${this.articleSelect(', a.analysis')} WHERE a.story = $1 ORDER BY a.rowid`,
      [story],
      db,
    );
    return rows.map(({ analysis, ...article }) => ({ article, analysis }));
  }

  async saveDossiers(built: BuiltDossier[]): Promise<void> {
    // one transaction per story, as before: a worker rebuilding stories meanwhile (queue-worker.ts)
    // takes its entities' locks story by story, and a long transaction over many could deadlock with it
    for (const b of built) await inTransaction(this.pool, (c) => this.saveDossierOn(c, null, b));
  }

  /**
   * Save a story's dossier within the caller's transaction. With `version` (read when the material
   * was), the story stays stale if articles joined meanwhile, so that its dossier is built again.
   */
  async saveDossierOn(
    db: Queryable,
    version: number | null,
    { story, blob, summary, entities }: BuiltDossier,
  ): Promise<void> {
    await db.query(
      `UPDATE stories SET dossier = $1, stale = ($8::int IS NOT NULL AND version <> $8::int), headline = $2,
         outlets = $3, places = $4, measures = $5, figure = $6 WHERE id = $7`,
      [
        blob,
        summary.headline,
        JSON.stringify(summary.outlets),
        JSON.stringify(summary.places),
        JSON.stringify(summary.measures),
        summary.figure,
        story,
        version,
      ],
    );
    await db.query('DELETE FROM entity_stories WHERE story = $1', [story]);
    const byKey = new Map(entities.map((e) => [e.key, e]));
    const es = [...byKey.values()].sort((x, y) => (x.key < y.key ? -1 : 1));
    // sorted keys: two workers saving stories that share entities take the same locks in the same order
    await db.query(
      `INSERT INTO entities(key, type, name) SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ORDER BY 1 ON CONFLICT(key) DO NOTHING`,
      [es.map((e) => e.key), es.map((e) => e.type), es.map((e) => e.name)],
    );
    await db.query(
      `INSERT INTO entity_stories(entity, story, names)
       SELECT e.id, $1, d.names FROM unnest($2::text[], $3::jsonb[]) AS d(key, names) JOIN entities e ON e.key = d.key
       ON CONFLICT (entity, story) DO UPDATE SET names = excluded.names`,
      [story, es.map((e) => e.key), es.map((e) => JSON.stringify(e.names))],
    );
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}
