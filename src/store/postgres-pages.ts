// The reads of the PostgreSQL engine: the story list with its filters, a story, an article, search
// (PostgreSQL's own text search: a GIN-indexed tsvector of each article's normalised stems, the same
// form the SQLite engine gives FTS5; newest first, the count capped as there), entities and outlets.
// Same answers as sqlite-pages.ts.
import type pg from 'pg';
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
import { queryTerms, SNIPPET_WINDOW } from './search-text.js';
import type {
  EntityPage,
  OutletPage,
  Page,
  SearchHit,
  StoredArticle,
  StoryQuery,
  StorySummary,
} from './types.js';

export type Queryable = pg.Pool | pg.PoolClient | pg.Client;

/** PostgreSQL returns a jsonb list column parsed. */
type Row = StoryRow<string[]>;

const STORY_ORDER = 'ORDER BY s.last DESC NULLS LAST, s.id DESC';

const summaryOf = (r: Row): StorySummary => storySummary(r, (v) => v ?? []);

/** A tsquery every term must match; each term quoted, so that no word is an operator. */
export function tsQuery(terms: string[]): string {
  return terms.map((t) => `'${t.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`).join(' & ');
}

export class PostgresPages {
  constructor(protected readonly pool: pg.Pool) {}

  protected async rows<T>(sql: string, params: unknown[] = [], db: Queryable = this.pool): Promise<T[]> {
    return (await db.query(sql, params)).rows as T[];
  }

  protected async one<T>(sql: string, params: unknown[] = [], db: Queryable = this.pool): Promise<T | null> {
    return ((await db.query(sql, params)).rows[0] as T | undefined) ?? null;
  }

  protected articleSelect(extra = ''): string {
    return `SELECT a.rowid, a.id, a.source, a.title, o.name AS outlet, a.outlet AS "outletId", a.url, a.published,
      a.published_input AS "publishedInput", a.encoding, a.text, a.story${extra}
      FROM articles a LEFT JOIN outlets o ON o.id = a.outlet`;
  }

  async stories(query: StoryQuery): Promise<Page<StorySummary>> {
    const where: string[] = [];
    const params: unknown[] = [];
    const terms = query.q ? queryTerms(query.q) : [];
    if (terms.length) {
      params.push(tsQuery(terms));
      where.push(`s.id IN (SELECT story FROM articles WHERE search @@ $${params.length}::tsquery)`);
    }
    for (const [column, value] of [
      ['places', query.place],
      ['outlets', query.outlet],
      ['measures', query.measure],
    ] as const)
      if (value) {
        params.push(JSON.stringify([value]));
        where.push(`s.${column} @> $${params.length}::jsonb`);
      }
    if (query.from) params.push(query.from) && where.push(`s.last >= $${params.length}`);
    if (query.to) params.push(query.to) && where.push(`s.first <= $${params.length}`);
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = await this.one<{ n: number }>(`SELECT count(*)::int AS n FROM stories s ${cond}`, params);
    const n = params.length;
    const rows = await this.rows<Row>(
      `SELECT ${STORY_COLUMNS} FROM stories s ${cond} ${STORY_ORDER} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, query.limit, query.offset],
    );
    return { total: total!.n, offset: query.offset, limit: query.limit, items: rows.map(summaryOf) };
  }

  async story(
    id: number,
  ): Promise<{ summary: StorySummary; dossier: Dossier | null; version: string } | null> {
    // the version changes when articles join (version) and when the dossier is rebuilt (stale, length)
    const row = await this.one<Row & { dossier: Buffer | null; version: string }>(
      `SELECT ${STORY_COLUMNS}, s.dossier,
         s.version || ':' || s.stale || ':' || coalesce(length(s.dossier), 0) AS version
       FROM stories s WHERE s.id = $1`,
      [id],
    );
    if (!row) return null;
    const texts = new Map<string, string>();
    for (const r of await this.rows<{ id: string; text: string }>(
      'SELECT id, text FROM articles WHERE story = $1',
      [id],
    ))
      texts.set(r.id, r.text);
    return { summary: summaryOf(row), dossier: readDossier(row.dossier, texts), version: row.version };
  }

  async article(id: string): Promise<StoredArticle | null> {
    return this.one<StoredArticle>(`${this.articleSelect()} WHERE a.id = $1`, [id]);
  }

  async search(q: string, offset: number, limit: number): Promise<Page<SearchHit>> {
    const terms = queryTerms(q);
    if (!terms.length) return { total: 0, offset, limit, items: [] };
    const query = tsQuery(terms);
    const total = await this.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM articles WHERE search @@ $1::tsquery LIMIT ${SEARCH_COUNT_CAP}) m`,
      [query],
    );
    const rows = await this.rows<SearchRow>(
      `SELECT a.id, a.title, o.name AS outlet, a.published, a.story, substr(a.text, 1, ${SNIPPET_WINDOW}) AS text
       FROM articles a LEFT JOIN outlets o ON o.id = a.outlet WHERE a.search @@ $1::tsquery
       ORDER BY a.rowid DESC LIMIT $2 OFFSET $3`,
      [query, limit, offset],
    );
    const items = rows.map((r) => searchHit(r, terms));
    return { total: total!.n, offset, limit, items };
  }

  async entity(id: number): Promise<EntityPage | null> {
    const e = await this.one<{ id: number; type: string; name: string }>(
      'SELECT id, type, name FROM entities WHERE id = $1',
      [id],
    );
    if (!e) return null;
    const rows = await this.rows<Row & { names: Record<string, string[]> }>(
      `SELECT ${STORY_COLUMNS}, es.names FROM entity_stories es JOIN stories s ON s.id = es.story
       WHERE es.entity = $1 ORDER BY s.last DESC NULLS LAST LIMIT 200`,
      [id],
    );
    return { ...e, stories: rows.map((r) => ({ story: summaryOf(r), names: r.names })) };
  }

  private async idsBy(table: string, column: string, values: string[]): Promise<Map<string, number>> {
    const rows = await this.rows<{ k: string; id: number }>(
      `SELECT ${column} AS k, id FROM ${table} WHERE ${column} = ANY($1::text[])`,
      [values],
    );
    return new Map(rows.map((r) => [r.k, r.id]));
  }

  async entityIds(keys: string[]): Promise<Map<string, number>> {
    return this.idsBy('entities', 'key', keys);
  }

  async outlet(id: number): Promise<OutletPage | null> {
    const o = await this.one<{ id: number; name: string }>('SELECT id, name FROM outlets WHERE id = $1', [
      id,
    ]);
    if (!o) return null;
    const count = await this.one<{ n: number }>('SELECT count(*)::int AS n FROM articles WHERE outlet = $1', [
      id,
    ]);
    const recent = await this.rows<OutletPage['recent'][number]>(
      'SELECT id, title, published, story FROM articles WHERE outlet = $1 ORDER BY published DESC NULLS LAST LIMIT 50',
      [id],
    );
    const ids = [...new Set(recent.map((r) => r.story).filter((s): s is number => s !== null))];
    const stories = (
      await this.rows<Row>(
        `SELECT ${STORY_COLUMNS} FROM stories s WHERE s.id = ANY($1::int[]) ${STORY_ORDER}`,
        [ids],
      )
    ).map(summaryOf);
    return { ...o, articles: count!.n, stories, recent };
  }

  async outletIds(names: string[]): Promise<Map<string, number>> {
    return this.idsBy('outlets', 'name', names);
  }

  async counts(): Promise<{ articles: number; stories: number; outlets: number }> {
    const r = await this.one<{ articles: number; stories: number; outlets: number }>(
      `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM stories) AS stories,
              (SELECT count(*)::int FROM outlets) AS outlets`,
    );
    return r!;
  }
}
