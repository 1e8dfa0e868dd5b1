// What an analysis worker sends back to the store's ingest (the pool's `shape` option): the analysis
// already serialised as the store keeps it, the clustering's term counts and the search index's
// text (the module imports nothing of src/cli: the worker loads it as it starts). All three are
// per-article work that would otherwise run in the main thread, which also
// clusters and writes, and is the ingest's narrowest point.
import { termCounts } from '../stories/index.js';
import type { DocAnalysis, Document } from '../types.js';
import { packAnalysis } from './analysis.js';
import { searchText } from './search-text.js';

export interface IngestAnalysis {
  doc: Document;
  /** ISO publication date the analysis found, or null. */
  published: string | null;
  /** The lean analysis, serialised (store/analysis.ts); null when not analysed. */
  packed: Uint8Array | null;
  /** The clustering's raw term counts (stories/features.ts). */
  terms: Map<string, number>;
  /** The text as the search index takes it. */
  search: string;
}

/** This module, for PoolOptions.shape. */
export const SHAPE_MODULE = import.meta.url;

export function shape(a: DocAnalysis): Omit<IngestAnalysis, 'doc'> {
  return {
    published: a.published.date ?? null,
    packed: packAnalysis(a),
    terms: termCounts(a.doc.title, a.doc.text),
    search: searchText(a.doc.text),
  };
}
