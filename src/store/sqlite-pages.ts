// The reads of the SQLite engine: the story list with its filters, a story, an article, search,
// entities and outlets. Statements are prepared once and kept.
import type Database from 'better-sqlite3';
import type { Dossier } from '../types.js';
import {
  readDossier,
  SEARCH_COUNT_CAP,
  type SearchRow,
  STORY_COLUMNS,
  type StoryRow,
  searchHit,
  storySummary,
} from './page-rows.js';
import { ftsQuery, queryTerms, SNIPPET_WINDOW } from './search-text.js';
import type {
  EntityPage,
  OutletPage,
  Page,
  SearchHit,
  StoredArticle,
  StoryQuery,
  StorySummary,
} from './types.js';

/** SQLite keeps a list column as JSON text. */
type Row = StoryRow<string>;

/** Dossiers kept parsed in memory (a story page is read far more often than it changes). */
const DOSSIER_CACHE = 256;

const summaryOf = (r: Row): StorySummary => storySummary(r, (v) => (v ? (JSON.parse(v) as string[]) : []));

export class SqlitePages {
  private readonly statements = new Map<string, Database.Statement>();

  constructor(protected readonly db: Database.Database) {}

  protected stmt(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) this.statements.set(sql, (s = this.db.prepare(sql)));
    return s;
  }

  protected meta(key: string): string | null {
    return (this.stmt('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
  }

  protected setMeta(key: string, value: string): void {
    this.stmt('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run(key, value);
  }

  protected articleSelect(extra = ''): string {
    return `SELECT a.rowid, a.id, a.source, a.title, o.name AS outlet, a.outlet AS outletId, a.url, a.published,
      a.published_input AS publishedInput, a.encoding, a.text, a.story${extra}
      FROM articles a LEFT JOIN outlets o ON o.id = a.outlet`;
  }

  async stories(query: StoryQuery): Promise<Page<StorySummary>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const terms = query.q ? queryTerms(query.q) : [];
    if (terms.length) {
      where.push(`s.id IN (SELECT story FROM articles WHERE rowid IN
        (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`);
      params.push(ftsQuery(terms));
    }
    for (const [column, value] of [
      ['places', query.place],
      ['outlets', query.outlet],
      ['measures', query.measure],
    ] as const)
      if (value) {
        where.push(`EXISTS (SELECT 1 FROM json_each(s.${column}) WHERE value = ?)`);
        params.push(value);
      }
    if (query.from) where.push('s.last >= ?') && params.push(query.from);
    if (query.to) where.push('s.first <= ?') && params.push(query.to);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = this.stmt(`SELECT count(*) FROM stories s ${cond}`)
      .pluck()
      .get(...params) as number;
    const rows = this.stmt(
      `SELECT ${STORY_COLUMNS} FROM stories s ${cond} ORDER BY s.last IS NULL, s.last DESC, s.id DESC LIMIT ? OFFSET ?`,
    ).all(...params, query.limit, query.offset) as Row[];
    return { total, offset: query.offset, limit: query.limit, items: rows.map(summaryOf) };
  }

  /** Parsed dossiers of the stories last shown, by id, with the version they were read at. */
  private readonly dossiers = new Map<number, { version: string; dossier: Dossier | null }>();

  async story(
    id: number,
  ): Promise<{ summary: StorySummary; dossier: Dossier | null; version: string } | null> {
    const row = this.stmt(
      `SELECT ${STORY_COLUMNS}, s.updated || ':' || ifnull(length(s.dossier), 0) AS version FROM stories s WHERE s.id = ?`,
    ).get(id) as (Row & { version: string }) | undefined;
    if (!row) return null;
    const hit = this.dossiers.get(id);
    if (hit && hit.version === row.version) {
      this.dossiers.delete(id);
      this.dossiers.set(id, hit); // most recently used last
      return { summary: summaryOf(row), dossier: hit.dossier, version: row.version };
    }
    const blob = this.stmt('SELECT dossier FROM stories WHERE id = ?').pluck().get(id) as Buffer | null;
    const texts = new Map<string, string>();
    for (const r of this.stmt('SELECT id, text FROM articles WHERE story = ?').all(id) as {
      id: string;
      text: string;
    }[])
      texts.set(r.id, r.text);
    const dossier = readDossier(blob, texts);
    this.dossiers.set(id, { version: row.version, dossier });
    if (this.dossiers.size > DOSSIER_CACHE) this.dossiers.delete(this.dossiers.keys().next().value!);
    return { summary: summaryOf(row), dossier, version: row.version };
  }

  async article(id: string): Promise<StoredArticle | null> {
    return (this.stmt(`${this.articleSelect()} WHERE a.id = ?`).get(id) as StoredArticle | undefined) ?? null;
  }

  async search(q: string, offset: number, limit: number): Promise<Page<SearchHit>> {
    const terms = queryTerms(q);
    if (!terms.length) return { total: 0, offset, limit, items: [] };
    const match = ftsQuery(terms);
    const total = this.stmt(
      `SELECT count(*) FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT ${SEARCH_COUNT_CAP})`,
    )
      .pluck()
      .get(match) as number;
    const rows = this.stmt(
      `SELECT a.id, a.title, o.name AS outlet, a.published, a.story, substr(a.text, 1, ${SNIPPET_WINDOW}) AS text
       FROM (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ? OFFSET ?) f
       JOIN articles a ON a.rowid = f.rowid LEFT JOIN outlets o ON o.id = a.outlet ORDER BY f.rowid DESC`,
    ).all(match, limit, offset) as SearchRow[];
    const items = rows.map((r) => searchHit(r, terms));
    return { total, offset, limit, items };
  }

  async entity(id: number): Promise<EntityPage | null> {
    const e = this.stmt('SELECT id, type, name FROM entities WHERE id = ?').get(id) as
      | { id: number; type: string; name: string }
      | undefined;
    if (!e) return null;
    const rows = this.stmt(
      `SELECT ${STORY_COLUMNS}, es.names FROM entity_stories es JOIN stories s ON s.id = es.story
       WHERE es.entity = ? ORDER BY s.last DESC LIMIT 200`,
    ).all(id) as (Row & { names: string })[];
    return {
      ...e,
      stories: rows.map((r) => ({
        story: summaryOf(r),
        names: JSON.parse(r.names) as Record<string, string[]>,
      })),
    };
  }

  async entityIds(keys: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const get = this.stmt('SELECT id FROM entities WHERE key = ?').pluck();
    for (const k of keys) {
      const id = get.get(k) as number | undefined;
      if (id !== undefined) out.set(k, id);
    }
    return out;
  }

  async outlet(id: number): Promise<OutletPage | null> {
    const o = this.stmt('SELECT id, name FROM outlets WHERE id = ?').get(id) as
      | { id: number; name: string }
      | undefined;
    if (!o) return null;
    const articles = this.stmt('SELECT count(*) FROM articles WHERE outlet = ?').pluck().get(id) as number;
    const recent = this.stmt(
      'SELECT id, title, published, story FROM articles WHERE outlet = ? ORDER BY published DESC LIMIT 50',
    ).all(id) as OutletPage['recent'];
    const ids = [...new Set(recent.map((r) => r.story).filter((s): s is number => s !== null))];
    const stories = ids.length
      ? (
          this.db
            .prepare(`SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id IN (${ids.map(() => '?').join(',')})
              ORDER BY s.last DESC`)
            .all(...ids) as Row[]
        ).map(summaryOf)
      : [];
    return { ...o, articles, stories, recent };
  }

  async outletIds(names: string[]): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const get = this.stmt('SELECT id FROM outlets WHERE name = ?').pluck();
    for (const n of names) {
      const id = get.get(n) as number | undefined;
      if (id !== undefined) out.set(n, id);
    }
    return out;
  }

  async counts(): Promise<{ articles: number; stories: number; outlets: number }> {
    const n = (t: string) => this.stmt(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    return { articles: n('articles'), stories: n('stories'), outlets: n('outlets') };
  }
}
