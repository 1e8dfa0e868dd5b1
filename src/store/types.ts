// The store behind one interface: every method is async so that an engine over the network
// (PostgreSQL, issue 14) can stand in for the embedded SQLite one without changing a caller.
import type { StoryState } from '../stories/index.js';
import type { Document, Dossier } from '../types.js';

/** An article as kept: the document as read, its ISO publication date and its story. */
export interface StoredArticle {
  rowid: number;
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  outletId: number | null;
  url: string | null;
  /** ISO date (from the input or the analysis), or null. */
  published: string | null;
  publishedInput: string | null;
  encoding: string | null;
  text: string;
  story: number | null;
}

/** One article to write: the document, what the analysis found (serialised) and its story. */
export interface ArticleWrite {
  doc: Document;
  hash: string;
  published: string | null;
  /** The analysis without `doc`, serialised (see store/analysis.ts); null when not analysed. */
  analysis: Buffer | null;
  story: number;
  /** The article's text as the search index takes it (normalised stems). */
  searchText: string;
}

/** One batch, written in one transaction: articles, the stories they changed, the clusterer's counts. */
export interface Batch {
  articles: ArticleWrite[];
  stories: StoryState[];
  df: Map<string, number>;
  docs: number;
}

/** What the story list shows. */
export interface StorySummary {
  id: number;
  size: number;
  first: string | null;
  last: string | null;
  headline: string | null;
  outlets: string[];
  places: string[];
  measures: string[];
  /** The headline figure in words (e.g. "killed: 25–30"), if any. */
  figure: string | null;
}

export interface StoryQuery {
  q?: string;
  place?: string;
  outlet?: string;
  measure?: string;
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

export interface Page<T> {
  total: number;
  offset: number;
  limit: number;
  items: T[];
}

export interface SearchHit {
  article: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  story: number | null;
  /** Where the first searched word is in the text, for the snippet and the highlight. */
  start: number;
  end: number;
  snippet: string;
}

/** An entity across stories: each story it appears in, with the names each outlet used. */
export interface EntityPage {
  id: number;
  type: string;
  name: string;
  stories: { story: StorySummary; names: Record<string, string[]> }[];
}

export interface OutletPage {
  id: number;
  name: string;
  articles: number;
  stories: StorySummary[];
  recent: { id: string; title: string | null; published: string | null; story: number | null }[];
}

/** The entity table rows written with a dossier. */
export interface EntityWrite {
  key: string;
  type: string;
  name: string;
  names: Record<string, string[]>;
}

/** A story's articles with their stored analyses, in the order they arrived. */
export type StoryMaterial = { article: StoredArticle; analysis: Buffer | null }[];

/** A story's rebuilt dossier as the store writes it. */
export interface BuiltDossier {
  story: number;
  /** The dossier without the articles' texts, as gzipped JSON (see dossiers.ts). */
  blob: Buffer;
  summary: StorySummary;
  entities: EntityWrite[];
}

export interface Store {
  readonly engine: string;
  /** Ids (or URL and text) already stored, among those given. */
  known(docs: { id: string; url: string | null; hash: string }[]): Promise<Set<string>>;
  /** Everything the clusterer needs to go on where the last run stopped. */
  clusterState(): Promise<{ df: [string, number][]; docs: number; stories: StoryState[] }>;
  /** Write one batch in one transaction; its stories are marked for a dossier rebuild. */
  commit(batch: Batch): Promise<void>;
  /** Stories whose dossier is older than their articles. */
  staleStories(): Promise<number[]>;
  /** The articles of a story with their stored analyses, in the order they arrived. */
  storyMaterial(story: number): Promise<StoryMaterial>;
  /** Write rebuilt dossiers, in one transaction; their stories are no longer stale. */
  saveDossiers(built: BuiltDossier[]): Promise<void>;
  stories(query: StoryQuery): Promise<Page<StorySummary>>;
  /** A story, its dossier and a version that changes whenever either does (for caches). */
  story(id: number): Promise<{ summary: StorySummary; dossier: Dossier | null; version: string } | null>;
  article(id: string): Promise<StoredArticle | null>;
  search(q: string, offset: number, limit: number): Promise<Page<SearchHit>>;
  entity(id: number): Promise<EntityPage | null>;
  /** Entity ids by key (type:name), for links from a dossier. */
  entityIds(keys: string[]): Promise<Map<string, number>>;
  outlet(id: number): Promise<OutletPage | null>;
  /** Outlet ids by name, for links. */
  outletIds(names: string[]): Promise<Map<string, number>>;
  counts(): Promise<{ articles: number; stories: number; outlets: number }>;
  close(): Promise<void>;
}
