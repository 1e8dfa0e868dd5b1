// The SQLite schema, as numbered migrations: each runs once, in order, in one transaction, and
// PRAGMA user_version records how far a database has come. Add a migration; never edit one.

export const MIGRATIONS: string[] = [
  // 1: articles, stories, outlets, entities, the clusterer's counts and the search index
  `CREATE TABLE outlets (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
   CREATE TABLE stories (
     id INTEGER PRIMARY KEY,
     size INTEGER NOT NULL DEFAULT 0,
     first_day INTEGER, last_day INTEGER,
     first TEXT, last TEXT,
     headline TEXT, outlets TEXT, places TEXT, measures TEXT, figure TEXT,
     centroid TEXT NOT NULL,
     stale INTEGER NOT NULL DEFAULT 1,
     dossier BLOB,
     updated TEXT);
   CREATE INDEX stories_stale ON stories(stale) WHERE stale = 1;
   CREATE INDEX stories_recent ON stories(last DESC, id DESC);
   CREATE TABLE articles (
     rowid INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     source TEXT NOT NULL,
     title TEXT, outlet INTEGER REFERENCES outlets(id), url TEXT,
     published TEXT, published_input TEXT, encoding TEXT,
     text TEXT NOT NULL, hash TEXT NOT NULL,
     analysis BLOB,
     story INTEGER REFERENCES stories(id),
     added TEXT NOT NULL);
   CREATE INDEX articles_story ON articles(story, rowid);
   CREATE INDEX articles_url ON articles(url, hash) WHERE url IS NOT NULL;
   CREATE INDEX articles_outlet ON articles(outlet, published);
   CREATE TABLE entities (id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, type TEXT NOT NULL, name TEXT NOT NULL);
   CREATE TABLE entity_stories (
     entity INTEGER NOT NULL REFERENCES entities(id),
     story INTEGER NOT NULL REFERENCES stories(id),
     names TEXT NOT NULL,
     PRIMARY KEY (entity, story)) WITHOUT ROWID;
   CREATE INDEX entity_stories_story ON entity_stories(story);
   CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
   CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
   CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='', tokenize='unicode61 remove_diacritics 0');`,
];
