// Stage "store": every article kept with its analysis and its story, behind one interface (types.ts).
// `openStore` picks the engine from the address: a file path is SQLite (the default).
import { SqliteStore, StoreError } from './sqlite.js';
import type { Store } from './types.js';

export { documentOf, packAnalysis, unpackAnalysis } from './analysis.js';
export { entityRows, headlineFigure, rebuildDossiers, summarize } from './dossiers.js';
export { type IngestSummary, ingestIntoStore, type StoreIngestOptions } from './ingest.js';
export { firstHit, queryTerms, searchText } from './search-text.js';
export { StoreError } from './sqlite.js';
export type * from './types.js';

export const DEFAULT_DB = 'isnad.db';

export async function openStore(address: string, opts: { readonly?: boolean } = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(address))
    throw new StoreError(
      `${address.replace(/\/\/[^@/]*@/, '//…@')}: PostgreSQL is not supported yet; use a file`,
    );
  return SqliteStore.open(address, opts);
}
