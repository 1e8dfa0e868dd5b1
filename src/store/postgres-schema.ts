// The PostgreSQL schema, as numbered migrations (the same tables as the SQLite schema, schema.ts,
// in PostgreSQL's types), plus the work queue the workers take articles from. Each migration runs
// once, in order, in one transaction, under an advisory lock so that two processes starting at once
// do not both run it; the table schema_version records how far a database has come. Add a
// migration; never edit one.

export const PG_MIGRATIONS: string[] = [
  // 1: articles, stories, outlets, entities, the clusterer's counts, the search index, the queue
  `CREATE TABLE outlets (id serial PRIMARY KEY, name text NOT NULL UNIQUE);
   CREATE TABLE stories (
     id integer PRIMARY KEY,
     size integer NOT NULL DEFAULT 0,
     first_day integer, last_day integer,
     first text, last text,
     headline text, outlets jsonb, places jsonb, measures jsonb, figure text,
     centroid text NOT NULL,
     stale boolean NOT NULL DEFAULT true,
     version integer NOT NULL DEFAULT 0,
     dossier bytea,
     updated timestamptz);
   CREATE INDEX stories_stale ON stories(id) WHERE stale;
   CREATE INDEX stories_recent ON stories(last DESC NULLS LAST, id DESC);
   CREATE INDEX stories_places ON stories USING gin(places jsonb_path_ops);
   CREATE INDEX stories_outlets ON stories USING gin(outlets jsonb_path_ops);
   CREATE TABLE articles (
     rowid bigserial PRIMARY KEY,
     id text NOT NULL UNIQUE,
     source text NOT NULL,
     title text, outlet integer REFERENCES outlets(id), url text,
     published text, published_input text, encoding text,
     text text NOT NULL, hash text NOT NULL,
     analysis bytea,
     story integer REFERENCES stories(id),
     search tsvector NOT NULL,
     added timestamptz NOT NULL);
   CREATE INDEX articles_story ON articles(story, rowid);
   CREATE INDEX articles_url ON articles(url, hash) WHERE url IS NOT NULL;
   CREATE INDEX articles_outlet ON articles(outlet, published);
   CREATE INDEX articles_search ON articles USING gin(search);
   CREATE TABLE entities (id serial PRIMARY KEY, key text NOT NULL UNIQUE, type text NOT NULL, name text NOT NULL);
   CREATE TABLE entity_stories (
     entity integer NOT NULL REFERENCES entities(id),
     story integer NOT NULL REFERENCES stories(id),
     names jsonb NOT NULL,
     PRIMARY KEY (entity, story));
   CREATE INDEX entity_stories_story ON entity_stories(story);
   CREATE TABLE term_df (term text PRIMARY KEY, df integer NOT NULL);
   CREATE TABLE meta (key text PRIMARY KEY, value text NOT NULL);
   CREATE TABLE queue (
     seq bigserial PRIMARY KEY,
     id text NOT NULL UNIQUE,
     url text, hash text NOT NULL,
     doc jsonb NOT NULL,
     analysed boolean NOT NULL DEFAULT false,
     analysis bytea, published text,
     failed text,
     queued timestamptz NOT NULL DEFAULT now());
   CREATE INDEX queue_waiting ON queue(seq) WHERE NOT analysed AND failed IS NULL;
   CREATE INDEX queue_url ON queue(url, hash) WHERE url IS NOT NULL;
   CREATE TABLE problems (id text PRIMARY KEY, source text NOT NULL, reason text NOT NULL, at timestamptz NOT NULL);`,
];

/** Advisory lock keys (first half of the two-int form): migrations, the clusterer, one per story. */
export const LOCK = { migrate: 0x15ad01, cluster: 0x15ad02, story: 0x15ad03 } as const;
