// The embedded engine: one SQLite file (better-sqlite3), WAL mode, migrations by user_version.
// Writes come in batches, one transaction each, so an interrupted ingest loses nothing that was
// committed and a re-run goes on where it stopped. The pages (reads) are in sqlite-pages.ts.
import Database from 'better-sqlite3';
import type { StoryState } from '../stories/index.js';
import { MIGRATIONS } from './schema.js';
import { SqlitePages } from './sqlite-pages.js';
import type { Batch, BuiltDossier, Store, StoredArticle, StoryMaterial } from './types.js';

type Db = Database.Database;

export class StoreError extends Error {}

function migrate(db: Db, file: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > MIGRATIONS.length)
    throw new StoreError(
      `${file}: the database is at schema version ${version}, newer than this isnad (${MIGRATIONS.length}); use a newer isnad`,
    );
  for (let v = version; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v]!);
      db.pragma(`user_version = ${v + 1}`);
    })();
  }
}

const centroidJson = (s: StoryState): string => JSON.stringify([...s.centroid]);
const isoDay = (day: number | null): string | null =>
  day === null ? null : new Date(day * 86_400_000).toISOString().slice(0, 10);

export class SqliteStore extends SqlitePages implements Store {
  readonly engine = 'sqlite';

  static open(file: string, opts: { readonly?: boolean } = {}): SqliteStore {
    let db: Db;
    try {
      db = new Database(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('cache_size = -65536');
      if (!opts.readonly) migrate(db, file);
      else if ((db.pragma('user_version', { simple: true }) as number) === 0)
        throw new StoreError(`${file}: not an isnad database (run isnad ingest first)`);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      throw new StoreError(`${file}: cannot open the database (${(e as Error).message})`);
    }
    return new SqliteStore(db);
  }

  async known(docs: { id: string; url: string | null; hash: string }[]): Promise<Set<string>> {
    const byId = this.stmt('SELECT 1 FROM articles WHERE id = ?');
    const byUrl = this.stmt('SELECT 1 FROM articles WHERE url = ? AND hash = ?');
    const out = new Set<string>();
    for (const d of docs) if (byId.get(d.id) || (d.url && byUrl.get(d.url, d.hash))) out.add(d.id);
    return out;
  }

  async clusterState(): Promise<{ df: [string, number][]; docs: number; stories: StoryState[] }> {
    const df = this.db.prepare('SELECT term, df FROM term_df').raw().all() as [string, number][];
    const docs = Number(this.meta('docs') ?? 0);
    const stories: StoryState[] = [];
    // in the order the stories last gained an article (as the PostgreSQL engine): a reloaded clusterer's
    // index then lists them as the one it replaces did, so a resumed ingest decides ties the same way
    const rows = this.db
      .prepare(
        `SELECT s.id, s.size, s.first_day, s.last_day, s.centroid FROM stories s
         ORDER BY (SELECT max(a.rowid) FROM articles a WHERE a.story = s.id) NULLS FIRST, s.id`,
      )
      .all() as {
      id: number;
      size: number;
      first_day: number | null;
      last_day: number | null;
      centroid: string;
    }[];
    for (const r of rows)
      stories.push({
        id: r.id,
        size: r.size,
        first: r.first_day,
        last: r.last_day,
        centroid: new Map(JSON.parse(r.centroid) as [string, number][]),
      });
    return { df, docs, stories };
  }

  private outletId(name: string | null | undefined): number | null {
    if (!name) return null;
    this.stmt('INSERT OR IGNORE INTO outlets(name) VALUES (?)').run(name);
    return (this.stmt('SELECT id FROM outlets WHERE name = ?').get(name) as { id: number }).id;
  }

  async commit(batch: Batch): Promise<void> {
    const now = new Date().toISOString();
    const upsertStory = this.stmt(
      `INSERT INTO stories(id, size, first_day, last_day, first, last, centroid, stale, updated)
       VALUES (@id, @size, @first, @last, @firstIso, @lastIso, @centroid, 1, @now)
       ON CONFLICT(id) DO UPDATE SET size = @size, first_day = @first, last_day = @last, first = @firstIso,
         last = @lastIso, centroid = @centroid, stale = 1, updated = @now`,
    );
    const insertArticle = this.stmt(
      `INSERT INTO articles(id, source, title, outlet, url, published, published_input, encoding, text, hash,
         analysis, story, added)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const insertFts = this.stmt('INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)');
    const addDf = this.stmt(
      'INSERT INTO term_df(term, df) VALUES (?, ?) ON CONFLICT(term) DO UPDATE SET df = df + excluded.df',
    );
    this.db.transaction(() => {
      for (const s of batch.stories)
        upsertStory.run({
          id: s.id,
          size: s.size,
          first: s.first,
          last: s.last,
          firstIso: isoDay(s.first),
          lastIso: isoDay(s.last),
          centroid: centroidJson(s),
          now,
        });
      for (const a of batch.articles) {
        const d = a.doc;
        const info = insertArticle.run(
          d.id,
          d.source,
          d.title ?? null,
          this.outletId(d.outlet),
          d.url ?? null,
          a.published,
          d.publishedInput ?? null,
          d.encoding ?? null,
          d.text,
          a.hash,
          a.analysis,
          a.story,
          now,
        );
        insertFts.run(info.lastInsertRowid, d.title ?? '', a.searchText);
      }
      for (const [t, n] of batch.df) addDf.run(t, n);
      this.setMeta('docs', String(batch.docs));
    })();
  }

  async staleStories(): Promise<number[]> {
    return this.db.prepare('SELECT id FROM stories WHERE stale = 1 ORDER BY id').pluck().all() as number[];
  }

  async storyMaterial(story: number): Promise<StoryMaterial> {
    const rows = this.stmt(`${this.articleSelect(', a.analysis')} WHERE a.story = ? ORDER BY a.rowid`).all(
      story,
    ) as (StoredArticle & { analysis: Buffer | null })[];
    return rows.map(({ analysis, ...article }) => ({ article, analysis }));
  }

  async saveDossiers(built: BuiltDossier[]): Promise<void> {
    const now = new Date().toISOString();
    const update = this.stmt(
      `UPDATE stories SET dossier = ?, stale = 0, updated = ?, headline = ?, outlets = ?, places = ?, measures = ?,
       figure = ? WHERE id = ?`,
    );
    const unlink = this.stmt('DELETE FROM entity_stories WHERE story = ?');
    const upsertEntity = this.stmt(
      'INSERT INTO entities(key, type, name) VALUES (?, ?, ?) ON CONFLICT(key) DO NOTHING',
    );
    const entityId = this.stmt('SELECT id FROM entities WHERE key = ?').pluck();
    const link = this.stmt('INSERT OR REPLACE INTO entity_stories(entity, story, names) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      for (const { story, blob, summary, entities } of built) {
        update.run(
          blob,
          now,
          summary.headline,
          JSON.stringify(summary.outlets),
          JSON.stringify(summary.places),
          JSON.stringify(summary.measures),
          summary.figure,
          story,
        );
        unlink.run(story);
        for (const e of entities) {
          upsertEntity.run(e.key, e.type, e.name);
          link.run(entityId.get(e.key), story, JSON.stringify(e.names));
        }
      }
    })();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
