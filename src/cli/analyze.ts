// From input paths to a dossier: ingest (streamed) → extract (per document, in worker threads; see
// pool.ts) → reconcile (the whole story, in this thread).

import { refineDates } from '../extract/index.js';
import { readInputs } from '../ingest/index.js';
import { buildDossier } from '../reconcile/index.js';
import { bundleStories, bundleWarning } from '../stories/index.js';
import type { DocAnalysis, Dossier, InputProblem } from '../types.js';
import { PART_CHARS } from './parts.js';
import { analyzeStream, isAnalysis } from './pool.js';

/** Bundles larger than this are a stream for `isnad ingest`, not one story: no story check. */
const MAX_BUNDLE_CLUSTERING = 5000;

/** Several stories, not one story with a few stray articles: two groups or more of at least two
 *  articles and at least 40% of the largest (a follow-up or a background piece stays alone). */
function severalStories(stories: { docs: string[] }[]): boolean {
  const largest = stories[0]?.docs.length ?? 0;
  return stories.filter((s) => s.docs.length >= Math.max(2, 0.4 * largest)).length >= 2;
}

export interface AnalyzeOptions {
  maxBytes?: number;
  /** Worker threads for extraction; default one per core. 1 runs everything in this thread. */
  jobs?: number;
  limit?: number;
}

export async function analyzeInputs(
  paths: string[],
  opts: AnalyzeOptions = {},
): Promise<{ dossier: Dossier; problems: InputProblem[]; documents: number; warning: string | null }> {
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
  const dossier = buildDossier(refined, problems);
  // a bundle that holds several stories says so, and which articles belong together
  const stories =
    refined.length >= 2 && refined.length <= MAX_BUNDLE_CLUSTERING ? bundleStories(refined) : [];
  if (!severalStories(stories)) return { dossier, problems, documents: refined.length, warning: null };
  dossier.stories = stories;
  return { dossier, problems, documents: refined.length, warning: bundleWarning(stories) };
}
