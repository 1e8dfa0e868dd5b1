// Stage "store": every article kept with its analysis and its story, behind one interface (types.ts).
// `openStore` picks the engine from the address: postgres://… is PostgreSQL (postgres.ts), a file
// path is SQLite (the default).
import { isPostgresAddress, PostgresStore } from './postgres.js';
import { SqliteStore } from './sqlite.js';
import type { Store } from './types.js';

export { documentOf, packAnalysis, unpackAnalysis } from './analysis.js';
export {
  buildStoryDossier,
  dossierBlob,
  entityRows,
  headlineFigure,
  storyDossier,
  summarize,
} from './dossiers.js';
export { type IngestSummary, ingestIntoStore, type StoreIngestOptions } from './ingest.js';
export { isPostgresAddress, PostgresStore, redact } from './postgres.js';
export { type RebuildOptions, rebuildDossiers } from './rebuild.js';
export { firstHit, queryTerms, searchText } from './search-text.js';
export { StoreError } from './sqlite.js';
export type * from './types.js';

/** The store when --db is not given: $ISNAD_DB (a file or a postgres:// address), else isnad.db. */
export const DEFAULT_DB = process.env.ISNAD_DB || 'isnad.db';

export async function openStore(address: string, opts: { readonly?: boolean } = {}): Promise<Store> {
  if (isPostgresAddress(address)) return PostgresStore.open(address, opts);
  return SqliteStore.open(address, opts);
}
