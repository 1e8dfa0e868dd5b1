// From input paths to a dossier: ingest (streamed) → extract (per document) → reconcile.
import type { DocAnalysis, Dossier, InputProblem } from "../types.js";
import { readInputs, isProblem } from "../ingest/index.js";
import { analyzeDocument } from "../extract/index.js";
import { buildDossier } from "../reconcile/index.js";

export interface AnalyzeOptions { maxBytes?: number; jobs?: number; limit?: number }

export async function analyzeInputs(paths: string[], opts: AnalyzeOptions = {}): Promise<{ dossier: Dossier; problems: InputProblem[]; documents: number }> {
  const problems: InputProblem[] = [];
  const analyses: DocAnalysis[] = [];
  for await (const item of readInputs(paths, { maxBytes: opts.maxBytes, limit: opts.limit })) {
    if (isProblem(item)) { problems.push(item); continue; }
    try {
      analyses.push(analyzeDocument(item));
    } catch (e) {
      problems.push({ source: item.source, reason: `analysis failed: ${(e as Error).message}` });
    }
  }
  return { dossier: buildDossier(analyses, problems), problems, documents: analyses.length };
}
