// What the SQLite and PostgreSQL page readers share: the story columns and their summary, the stored
// dossier read back with its texts, and a search row made into a hit. The engines differ only in SQL.
import { gunzipSync } from 'node:zlib';
import type { Dossier } from '../types.js';
import { firstHit, snippetAround } from './search-text.js';
import type { SearchHit, StorySummary } from './types.js';

/** Search counts matches up to this many ("1,000 or more" beyond). */
export const SEARCH_COUNT_CAP = 1000;

export const STORY_COLUMNS =
  's.id, s.size, s.first, s.last, s.headline, s.outlets, s.places, s.measures, s.figure';

/** A story row; `List` is how the engine returns a JSON list column (SQLite: text, PostgreSQL: parsed). */
export interface StoryRow<List> {
  id: number;
  size: number;
  first: string | null;
  last: string | null;
  headline: string | null;
  outlets: List | null;
  places: List | null;
  measures: List | null;
  figure: string | null;
}

/** A story row as a summary; `list` reads one list column. */
export function storySummary<List>(r: StoryRow<List>, list: (v: List | null) => string[]): StorySummary {
  return {
    id: r.id,
    size: r.size,
    first: r.first,
    last: r.last,
    headline: r.headline,
    outlets: list(r.outlets),
    places: list(r.places),
    measures: list(r.measures),
    figure: r.figure,
  };
}

/** A stored (gzipped JSON) dossier, with each document's text put back from the articles. */
export function readDossier(blob: Buffer | null, texts: Map<string, string>): Dossier | null {
  if (!blob) return null;
  const d = JSON.parse(gunzipSync(blob).toString('utf8')) as Dossier;
  for (const doc of d.documents) doc.text = texts.get(doc.id) ?? '';
  return d;
}

/** An article row of a search (its text cut to the snippet window). */
export interface SearchRow {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  story: number | null;
  text: string;
}

/** A search row as a hit: the first match of the terms, and the snippet around it. */
export function searchHit({ text, id, ...rest }: SearchRow, terms: string[]): SearchHit {
  const hit = firstHit(text, terms);
  return {
    article: id,
    ...rest,
    start: hit?.start ?? 0,
    end: hit?.end ?? 0,
    snippet: snippetAround(text, hit),
  };
}
