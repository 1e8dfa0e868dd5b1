// From input paths to a dossier: ingest (streamed) → extract (per document, in worker threads; see
// pool.ts) → reconcile (the whole story, in this thread).

import { refineDates } from '../extract/index.js';
import { readInputs } from '../ingest/index.js';
import { buildDossier } from '../reconcile/index.js';
import type { DocAnalysis, Dossier, InputProblem } from '../types.js';
import { PART_CHARS } from './parts.js';
import { analyzeStream, isAnalysis } from './pool.js';

export interface AnalyzeOptions {
  maxBytes?: number;
  /** Worker threads for extraction; default one per core. 1 runs everything in this thread. */
  jobs?: number;
  limit?: number;
}

export async function analyzeInputs(
  paths: string[],
  opts: AnalyzeOptions = {},
): Promise<{ dossier: Dossier; problems: InputProblem[]; documents: number }> {
  const problems: InputProblem[] = [];
  const analyses: DocAnalysis[] = [];
  const input = readInputs(paths, { maxBytes: opts.maxBytes, limit: opts.limit });
  for await (const x of analyzeStream(input, { jobs: opts.jobs, lean: true })) {
    if (isAnalysis(x)) analyses.push(x);
    else problems.push(x);
  }
  // articles that do not state their date are read again with the story's date as a hint (not the
  // long ones, analysed in parts: reading them again whole would undo that)
  const short = analyses.filter((a) => a.doc.text.length <= PART_CHARS);
  const again = refineDates(short);
  let k = 0;
  const refined = analyses.map((a) => (a.doc.text.length <= PART_CHARS ? again[k++]! : a));
  return { dossier: buildDossier(refined, problems), problems, documents: refined.length };
}
