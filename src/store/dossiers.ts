// A story's dossier, rebuilt from its articles' stored analyses when the story has gained articles,
// with what the story list shows (headline, outlets, places, measures, the headline figure) and the
// entity index (the names each outlet used) drawn from it. Pure functions: they run in the dossier
// worker threads (rebuild.ts) as well as here.
import { gzipSync } from 'node:zlib';
import { buildDossier } from '../reconcile/index.js';
import { looseKey } from '../text/index.js';
import type { DocAnalysis, Dossier } from '../types.js';
import { unpackAnalysis } from './analysis.js';
import type { BuiltDossier, EntityWrite, StoryMaterial, StorySummary } from './types.js';

const FIGURE_ORDER = ['killed', 'injured', 'missing', 'arrested', 'displaced', 'hostages', 'escaped'];

function range(low: number | null, high: number | null): string {
  if (low !== null && high !== null && low !== high) return `${low}–${high}`;
  return String(low ?? high ?? '?');
}

/** The figure a reader looks for first: the estimate of the gravest measure the story counts. */
export function headlineFigure(d: Dossier): string | null {
  for (const m of FIGURE_ORDER) {
    const e = d.estimates.find((x) => x.measure === m);
    if (e)
      return `${m}: ${e.best ?? range(e.low, e.high)}${e.low !== e.high ? ` (${range(e.low, e.high)})` : ''}`;
    const values = d.claims.filter((c) => c.measure === m && c.stance === 'asserts');
    if (values.length) {
      const highs = values.map((c) => c.value.high ?? c.value.low ?? 0);
      return `${m}: ${range(Math.min(...highs), Math.max(...highs))}`;
    }
  }
  return null;
}

export function summarize(
  id: number,
  d: Dossier,
  size: number,
  days: [string | null, string | null],
): StorySummary {
  const outlets = [...new Set(d.documents.map((x) => x.outlet).filter((x): x is string => !!x))];
  const places = d.entities
    .filter((e) => e.type === 'location')
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, 5)
    .map((e) => e.name);
  const measures = [...new Set(d.claims.map((c) => c.measure).filter((m) => m !== 'other'))].sort();
  const first = d.documents[0];
  const headline = first?.title ?? first?.text.slice(0, 120).split('\n')[0] ?? null;
  return {
    id,
    size,
    first: days[0],
    last: days[1],
    headline,
    outlets,
    places,
    measures,
    figure: headlineFigure(d),
  };
}

/** Every named entity of the dossier with the names each outlet used for it. */
export function entityRows(d: Dossier): EntityWrite[] {
  const docs = new Map(d.documents.map((x) => [x.id, x]));
  const out: EntityWrite[] = [];
  for (const e of d.entities) {
    if (e.type === 'other' || !e.mentions.length) continue;
    const names: Record<string, string[]> = {};
    for (const m of e.mentions) {
      const doc = docs.get(m.doc);
      if (!doc) continue;
      const outlet = doc.outlet ?? '?';
      const name = doc.text.slice(m.start, m.end);
      const list = (names[outlet] ??= []);
      if (!list.includes(name) && list.length < 8) list.push(name);
    }
    out.push({ key: `${e.type}:${looseKey(e.name)}`, type: e.type, name: e.name, names });
  }
  return out;
}

/** A story's dossier from its articles' stored analyses, with what the story list shows. */
export function storyDossier(
  id: number,
  material: StoryMaterial,
): { dossier: Dossier; summary: StorySummary } {
  const analyses: DocAnalysis[] = [];
  for (const m of material) if (m.analysis) analyses.push(unpackAnalysis(m.article, m.analysis));
  const dossier = buildDossier(analyses);
  const days = material
    .map((m) => m.article.published)
    .filter((x): x is string => !!x)
    .sort();
  const summary = summarize(id, dossier, material.length, [days[0] ?? null, days.at(-1) ?? null]);
  if (!summary.headline) summary.headline = material[0]?.article.title ?? null;
  return { dossier, summary };
}

/** The dossier as the store keeps it: JSON without the articles' texts (the store has them), gzipped. */
export function dossierBlob(dossier: Dossier): Buffer {
  const slim = { ...dossier, documents: dossier.documents.map((d) => ({ ...d, text: '' })) };
  return gzipSync(JSON.stringify(slim), { level: 1 });
}

/** Everything the store writes for a story's dossier, ready to write (built in a worker thread or here). */
export function buildStoryDossier(id: number, material: StoryMaterial): BuiltDossier {
  const { dossier, summary } = storyDossier(id, material);
  return { story: id, blob: dossierBlob(dossier), summary, entities: entityRows(dossier) };
}
