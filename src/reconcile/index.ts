// Stage "reconcile": sees the whole story. Merges entities across documents, builds the timeline,
// and turns per-document analyses into one dossier (format isnad.dossier/1).

import { lexEntry } from '../lexicon/index.js';
import type {
  Attribution,
  Claim,
  DocAnalysis,
  Dossier,
  DossierAttributionFields,
  DossierClaim,
  DossierEntity,
  DossierQuote,
  InputProblem,
  Mention,
} from '../types.js';
import { withEnglishNames } from './english-names.js';
import { reconcileEntities } from './entities.js';
import { groupClaims } from './groups.js';
import type { MentionEntities } from './mention-entities.js';
import { addStoryForms } from './story-names.js';
import { buildTimeline } from './timeline.js';
import { mergeVariants } from './variants.js';

export const VERSION = 'isnad 0.1.0';

export function buildDossier(analyses: DocAnalysis[], problems: InputProblem[] = []): Dossier {
  const mentions: Mention[] = [];
  for (const a of analyses) for (const m of a.mentions) mentions.push(m); // a spread of a long document's mentions overflows the stack
  const texts = new Map(analyses.map((a) => [a.doc.id, a.doc.text]));
  const { entities, entityOf } = mergeVariants(reconcileEntities(mentions), texts);
  addStoryForms(entities, [...texts.values()]);
  const documents = analyses.map((a) => ({
    id: a.doc.id,
    source: a.doc.source,
    title: a.doc.title ?? null,
    outlet: a.doc.outlet ?? null,
    url: a.doc.url ?? null,
    published: a.published.date,
    published_precision: a.published.precision,
    published_how: a.published.how,
    published_at: timestampOf(a.doc.publishedInput ?? null),
    credit: wireCredit(a, entityOf),
    published_evidence: a.published.evidence
      ? { doc: a.doc.id, start: a.published.evidence.start, end: a.published.evidence.end }
      : null,
    dateline: a.dateline ?? null,
    encoding: a.doc.encoding ?? 'utf-8',
    furniture: a.furniture,
    text: a.doc.text,
  }));
  let ci = 0,
    qi = 0,
    ii = 0;
  const claimId = new Map<object, string>();
  for (const a of analyses) for (const c of a.claims) claimId.set(c, c.implied ? `i${++ii}` : `c${++ci}`);
  const all: DossierClaim[] = [];
  for (const a of analyses)
    for (const c of a.claims) {
      const claim: DossierClaim = {
        part_of: c.partOf ? (claimId.get(c.partOf) ?? null) : null,
        id: claimId.get(c)!,
        doc: c.doc,
      } as DossierClaim;
      if (c.implied) claim.implied = true;
      claim.start = c.start;
      claim.end = c.end;
      claim.number = { start: c.number.numStart, end: c.number.numEnd };
      claim.measure = c.measure;
      claim.group = c.group;
      claim.value = c.value;
      claim.as_of = c.asOf ?? a.published.date ?? null;
      claim.place = c.place ? (entityOf.get(c.place) ?? null) : null;
      claim.text = a.doc.text.slice(c.start, c.end);
      all.push(withAttribution(claim, c.attribution, entityOf));
    }
  const claims = all.filter((c) => !c.implied);
  const implied_claims = all.filter((c) => c.implied);
  const quotes: DossierQuote[] = [];
  for (const a of analyses)
    for (const q of a.quotes) {
      const quote = {
        id: `q${++qi}`,
        doc: q.doc,
        start: q.start,
        end: q.end,
        direct: q.direct,
        text: a.doc.text.slice(q.start, q.end),
      } as DossierQuote;
      quotes.push(withAttribution(quote, q.attribution, entityOf));
    }
  const timeline = buildTimeline(analyses, entityOf);
  const { groups, estimates } = groupClaims(all, entities, documents, countedById(analyses, claimId));
  const dossier = withEnglishNames({
    format: 'isnad.dossier/1',
    generated_by: VERSION,
    documents,
    entities,
    claims,
    implied_claims,
    quotes,
    timeline,
    claim_groups: groups,
    disagreements: groups.filter((g) => g.kind !== 'agreement'),
    estimates,
    problems,
  });
  // the entities' mentions were the extraction's mentions until now: the dossier has their spans only
  for (const entity of dossier.entities) entity.mentions = uniqueSpans(entity.mentions);
  return dossier;
}

/** The spans of an entity's mentions, each once: a name the tagger found and the speaker phrase read from the
 *  same words are two mentions of one span. */
function uniqueSpans(mentions: DossierEntity['mentions']): DossierEntity['mentions'] {
  const seen = new Set<string>();
  const spans: DossierEntity['mentions'] = [];
  for (const m of mentions) {
    const key = `${m.doc}\u0000${m.start}\u0000${m.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push(spanOf(m));
  }
  return spans;
}

/** A mention's span (doc, start, end), as the dossier lists an entity's mentions. */
const spanOf = (m: DossierEntity['mentions'][number]) => ({ doc: m.doc, start: m.start, end: m.end });

/** Sets the attribution's fields on a claim or quote (after its own, in this order), and returns it. */
function withAttribution<T extends DossierAttributionFields>(
  entry: T,
  att: Attribution,
  entityOf: MentionEntities,
): T {
  entry.stance = att.stance;
  entry.speaker = att.speaker ? (entityOf.get(att.speaker) ?? null) : null;
  const via: string[] = [];
  for (const relay of att.via) {
    const id = relay ? (entityOf.get(relay) ?? null) : null;
    if (id) via.push(id);
  }
  entry.via = via;
  entry.verb = att.verb?.text ?? null;
  entry.attribution_how = att.how;
  return entry;
}

/** What each claim counts (by claim id), as extract read it: not in the dossier, which keeps the words. */
function countedById(analyses: DocAnalysis[], claimId: Map<object, string>): Map<string, Claim['counted']> {
  return new Map(analyses.flatMap((a) => a.claims.map((c) => [claimId.get(c)!, c.counted] as const)));
}

/** A news agency named in the first or last 150 characters (a dateline or a credit line: "(أ ف ب)"). */
function wireCredit(a: DocAnalysis, entityOf: MentionEntities): string | null {
  const n = a.doc.text.length;
  for (const m of a.mentions) {
    if (!m.lexId || (m.start > 150 && m.end < n - 150)) continue;
    if (lexEntry(m.lexId)?.kind === 'news_agency') return entityOf.get(m) ?? null;
  }
  return null;
}

/** An ISO timestamp from an input date that carries a time ("Mon, 30 Apr 2018 04:59:21 GMT", "2015-07-21 02:51:32"). */
function timestampOf(input: string | null): string | null {
  if (!input || !/\d{1,2}:\d{2}/.test(input)) return null;
  const t = Date.parse(input.includes('T') || /[A-Za-z]/.test(input) ? input : input.replace(' ', 'T') + 'Z');
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}
