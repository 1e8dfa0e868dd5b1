// A worker thread of the extraction pool (see pool.ts). It receives batches of Documents and
// answers with one result per document, in order: the analysis without its `doc` (the main
// thread still has the document, so its text is not copied back), or the reason it failed.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeDocument } from '../extract/index.js';
import { shareKnownWordVectors, shareNerModel } from '../extract/ner/index.js';
import type { DocAnalysis, Document } from '../types.js';
import { analyzeInParts, leanAnalysis, PART_CHARS } from './parts.js';

/** A batch sent to a worker. */
export interface BatchRequest {
  id: number;
  docs: Document[];
}

/** One document's outcome: the analysis minus `doc`, or an error message. */
export type WorkerResult = { analysis: Omit<DocAnalysis, 'doc'> } | { error: string };

export interface BatchReply {
  id: number;
  results: WorkerResult[];
}

/** Analyse one document, never throwing (shared with the in-process path). */
export function analyzeOne(doc: Document, hint: string | null): DocAnalysis | { error: string } {
  try {
    // a long document keeps only what the dossier needs: its working lists are most of its memory
    return analyzeInParts(doc, hint, analyzeDocument, PART_CHARS, doc.text.length > PART_CHARS);
  } catch (e) {
    return { error: (e as Error)?.message ?? String(e) };
  }
}

/** workerData of a pool worker; the marker keeps this module inert when merely imported. */
export interface WorkerInit {
  role: 'isnad-extract';
  hint: string | null;
  /** Send back only what the dossier needs (no sentences, numbers or dates lists): less to copy. */
  lean?: boolean;
  /** A module whose `shape` turns each analysis into what is sent back instead (see PoolOptions.shape). */
  shape?: string;
  /** The NER tagger's known words' vectors, shared by the pool's workers (sharedKnownWordVectors). */
  knownWordVectors?: SharedArrayBuffer;
  /** The NER model's unzipped bytes, shared by the pool's workers (sharedNerModelBytes). */
  nerModel?: SharedArrayBuffer;
}

/**
 * What a `shape` module exports: the analysis (with its doc; lean if asked) → what to send back in its
 * stead. The module must not import this one (it is loaded while this one starts).
 */
export type Shaper = (a: DocAnalysis) => object;

export async function loadShaper(url: string): Promise<Shaper> {
  return ((await import(url)) as { shape: Shaper }).shape;
}

export { leanAnalysis };

const init = workerData as WorkerInit | null;
if (parentPort && init?.role === 'isnad-extract') {
  const port = parentPort;
  const hint = init.hint;
  if (init.knownWordVectors) shareKnownWordVectors(init.knownWordVectors);
  if (init.nerModel) shareNerModel(init.nerModel);
  const shaper = init.shape ? await loadShaper(init.shape) : null;
  port.on('message', (req: BatchRequest) => {
    const results: WorkerResult[] = req.docs.map((doc) => {
      const r = analyzeOne(doc, hint);
      if ('error' in r) return r;
      if (shaper) return { analysis: shaper(init.lean ? leanAnalysis(r) : r) as Omit<DocAnalysis, 'doc'> };
      const { doc: _doc, ...analysis } = r;
      return { analysis: init.lean ? leanAnalysis(analysis) : analysis };
    });
    port.postMessage({ id: req.id, results } satisfies BatchReply);
  });
}
