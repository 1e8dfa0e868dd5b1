// A dossier as the report reads it: a file someone else may have written or edited, so nothing in
// it is trusted. Every field is rebuilt with the type the report expects: strings stay strings
// (anything else becomes text or is dropped), numbers must be finite, lists must be lists, offsets
// whole numbers. The sections then escape every string they show (escape.ts), so a field can
// neither place markup in the page nor break the report's code with an unexpected type.
import type {
  DatePrecision,
  Dossier,
  DossierClaim,
  DossierClaimGroup,
  DossierDocument,
  DossierEntity,
  DossierEstimate,
  DossierQuote,
  DossierSpan,
  DossierTimelineEntry,
  EnglishNameHow,
  InputProblem,
} from '../types.js';

const HOWS = new Set<unknown>(['lexicon', 'gazetteer', 'transliteration']);

type Rec = Record<string, unknown>;
const rec = (v: unknown): Rec => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Rec) : {});
const text = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
const textOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : text(v) || null);
const count = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const numOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const offset = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? Math.trunc(v) : 0);
const list = <T>(v: unknown, f: (x: unknown) => T): T[] => (Array.isArray(v) ? v.map(f) : []);
const texts = (v: unknown): string[] => list(v, text);

function span(v: unknown): DossierSpan {
  const r = rec(v);
  return { doc: text(r.doc), start: offset(r.start), end: offset(r.end) };
}

function document(v: unknown): DossierDocument {
  const r = rec(v);
  const dl = r.dateline ? rec(r.dateline) : null;
  return {
    id: text(r.id),
    source: text(r.source),
    title: textOrNull(r.title),
    outlet: textOrNull(r.outlet),
    url: textOrNull(r.url),
    published: textOrNull(r.published),
    published_precision: textOrNull(r.published_precision) as DatePrecision | null,
    published_how: text(r.published_how),
    published_at: textOrNull(r.published_at),
    credit: textOrNull(r.credit),
    published_evidence: r.published_evidence ? span(r.published_evidence) : null,
    dateline: dl ? { start: offset(dl.start), end: offset(dl.end), place: textOrNull(dl.place) } : null,
    encoding: text(r.encoding),
    furniture: list(r.furniture, (f) => {
      const x = rec(f);
      return { start: offset(x.start), end: offset(x.end), kind: text(x.kind) as never };
    }),
    text: text(r.text),
  };
}

function entity(v: unknown): DossierEntity {
  const r = rec(v);
  return {
    id: text(r.id),
    type: text(r.type) as DossierEntity['type'],
    name: text(r.name),
    english_name: textOrNull(r.english_name),
    ...(HOWS.has(r.english_name_how as string)
      ? { english_name_how: r.english_name_how as EnglishNameHow }
      : {}),
    aliases: texts(r.aliases),
    mentions: list(r.mentions, span),
    merged_because: texts(r.merged_because),
  };
}

function attributionFields(r: Rec) {
  return {
    stance: text(r.stance) as DossierClaim['stance'],
    speaker: textOrNull(r.speaker),
    via: texts(r.via),
    verb: textOrNull(r.verb),
    attribution_how: text(r.attribution_how),
  };
}

function claim(v: unknown): DossierClaim {
  const r = rec(v);
  const val = rec(r.value);
  const num = rec(r.number);
  return {
    ...span(r),
    ...attributionFields(r),
    id: text(r.id),
    number: { start: offset(num.start), end: offset(num.end) },
    measure: text(r.measure) as DossierClaim['measure'],
    group: textOrNull(r.group),
    value: {
      low: numOrNull(val.low),
      high: numOrNull(val.high),
      qualifier: text(val.qualifier) as DossierClaim['value']['qualifier'],
    },
    as_of: textOrNull(r.as_of),
    place: textOrNull(r.place),
    text: text(r.text),
  };
}

function quote(v: unknown): DossierQuote {
  const r = rec(v);
  return {
    ...span(r),
    ...attributionFields(r),
    id: text(r.id),
    direct: r.direct === true,
    text: text(r.text),
  };
}

function timelineEntry(v: unknown): DossierTimelineEntry {
  const r = rec(v);
  return {
    id: text(r.id),
    date: text(r.date),
    precision: text(r.precision) as DatePrecision,
    until: textOrNull(r.until),
    type: text(r.type) as DossierTimelineEntry['type'],
    docs: texts(r.docs),
    place: textOrNull(r.place),
    actors: texts(r.actors),
    evidence: list(r.evidence, (e) => ({ ...span(e), text: text(rec(e).text) })),
  };
}

function group(v: unknown): DossierClaimGroup {
  const r = rec(v);
  return {
    id: text(r.id),
    measure: text(r.measure) as DossierClaimGroup['measure'],
    label: text(r.label),
    claims: texts(r.claims),
    kind: text(r.kind) as DossierClaimGroup['kind'],
    explanation: text(r.explanation),
    origins: count(r.origins),
    grading: text(r.grading) as DossierClaimGroup['grading'],
  };
}

function estimate(v: unknown): DossierEstimate {
  const r = rec(v);
  return {
    group: text(r.group),
    measure: text(r.measure) as DossierEstimate['measure'],
    label: text(r.label),
    low: numOrNull(r.low),
    best: numOrNull(r.best),
    high: numOrNull(r.high),
    rule: text(r.rule),
    origins: count(r.origins),
    claims: texts(r.claims),
  };
}

function problem(v: unknown): InputProblem {
  const r = rec(v);
  return { source: text(r.source), reason: text(r.reason) };
}

/** The dossier rebuilt field by field with the types the report expects. */
export function untrustedDossier(input: unknown): Dossier {
  const r = rec(input);
  return {
    format: text(r.format) as Dossier['format'],
    generated_by: text(r.generated_by),
    documents: list(r.documents, document),
    entities: list(r.entities, entity),
    claims: list(r.claims, claim),
    quotes: list(r.quotes, quote),
    timeline: list(r.timeline, timelineEntry),
    claim_groups: list(r.claim_groups, group),
    disagreements: list(r.disagreements, group),
    estimates: list(r.estimates, estimate),
    problems: list(r.problems, problem),
  };
}
