// Events for coders: each timeline happening that a figure belongs to. Every estimate (a group of figures
// counting one thing) is given to one happening: of the timeline types its measure may belong to
// (lexicons/measure-labels.tsv), the likeliest type that some article reports together with the figures, then
// the happening most of the figures' articles report. Fatalities are the killed estimates of the event.
import { acledType, englishName, eventTypeLabel, happeningsOf, measureLabel } from '../english/index.js';
import { type Location, locateDossier } from '../geo/index.js';
import type { Dossier, DossierClaim, DossierEstimate, DossierTimelineEntry } from '../types.js';
import { actorsOf, type EventActor } from './actors.js';
import { chainOf, outletOf } from './sources.js';

export interface EventFigure {
  group: string;
  measure: string;
  measure_label: string;
  label: string;
  low: number | null;
  best: number | null;
  high: number | null;
  rule: string;
  claims: string[];
}

export interface IsnadEvent {
  id: string;
  timeline: string;
  date: string;
  until: string | null;
  precision: DossierTimelineEntry['precision'];
  type: string;
  type_label: string;
  acled: { event_type: string; sub_event_type: string };
  place: { id: string; name: string; english: string; location: Location } | null;
  /** actor1 did it, actor2 was hit, where the figures say who was hit; otherwise in the timeline's order. */
  actors: EventActor[];
  fatalities: { low: number | null; best: number | null; high: number | null; rule: string } | null;
  figures: EventFigure[];
  sources: {
    doc: string;
    outlet: string;
    url: string | null;
    published: string | null;
    title: string | null;
  }[];
  /** The chain of every figure of the event: speaker → relays → outlet. */
  chains: string[];
  /** The first passage that reports it. */
  evidence: { doc: string; start: number; end: number } | null;
}

function estimateHome(
  est: DossierEstimate,
  claims: Map<string, DossierClaim>,
  timeline: DossierTimelineEntry[],
): DossierTimelineEntry | null {
  const docs = new Set(est.claims.map((c) => claims.get(c)?.doc).filter((d): d is string => !!d));
  for (const type of happeningsOf(est.measure)) {
    const ranked = timeline
      .filter((t) => t.type === type)
      .map((t) => ({ t, shared: t.docs.filter((d) => docs.has(d)).length }))
      .filter((x) => x.shared > 0)
      .sort(
        (a, b) =>
          b.shared - a.shared || b.t.docs.length - a.t.docs.length || a.t.date.localeCompare(b.t.date),
      );
    if (ranked.length) return ranked[0]!.t;
  }
  return null;
}

function fatalitiesOf(figures: EventFigure[]): IsnadEvent['fatalities'] {
  const killed = figures.filter((f) => f.measure === 'killed');
  if (!killed.length) return null;
  const sum = (k: 'low' | 'best' | 'high') =>
    killed.some((f) => f[k] === null) ? null : killed.reduce((s, f) => s + (f[k] ?? 0), 0);
  const rule =
    killed.length === 1
      ? killed[0]!.rule
      : `the sum of ${killed.length} estimates of people killed (${killed.map((f) => f.label).join('; ')})`;
  return { low: sum('low'), best: sum('best'), high: sum('high'), rule };
}

const mostNamed = (ids: (string | null)[], located: Map<string, Location>): string | undefined => {
  const named = new Map<string, number>();
  for (const id of ids) if (id && located.get(id)?.located) named.set(id, (named.get(id) ?? 0) + 1);
  return [...named].sort((a, b) => b[1] - a[1])[0]?.[0];
};

/** The timeline's place; failing that, the located place most of the event's figures name; failing that, the
 *  place of the same articles' other happenings of that day (said in the location's `how`). */
function placeOf(
  entry: DossierTimelineEntry,
  figureClaims: DossierClaim[],
  dossier: Dossier,
  located: Map<string, Location>,
): IsnadEvent['place'] {
  const sameDay = dossier.timeline.filter(
    (t) => t.date === entry.date && t.docs.some((d) => entry.docs.includes(d)),
  );
  const fromDay =
    entry.place ||
    mostNamed(
      figureClaims.map((c) => c.place),
      located,
    )
      ? undefined
      : mostNamed(
          sameDay.map((t) => t.place),
          located,
        );
  const id =
    entry.place ??
    mostNamed(
      figureClaims.map((c) => c.place),
      located,
    ) ??
    fromDay;
  const e = id ? dossier.entities.find((x) => x.id === id) : undefined;
  const found = e ? located.get(e.id) : undefined;
  if (!e || !found) return null;
  const location = fromDay
    ? { ...found, how: `${found.how}; the place of the same articles' other happenings that day` }
    : found;
  return { id: e.id, name: e.name, english: englishName(e).name, location };
}

/** The events of a dossier, in date order. */
export function eventsOf(dossier: Dossier, located = locateDossier(dossier)): IsnadEvent[] {
  const all = [...dossier.claims, ...(dossier.implied_claims ?? [])];
  const claims = new Map(all.map((c) => [c.id, c]));
  const entities = new Map(dossier.entities.map((e) => [e.id, e]));
  const byEntry = new Map<string, EventFigure[]>();
  for (const est of dossier.estimates) {
    const home = estimateHome(est, claims, dossier.timeline);
    if (!home) continue;
    const figure: EventFigure = {
      ...est,
      measure_label: measureLabel(est.measure),
      claims: [...est.claims],
    };
    byEntry.set(home.id, [...(byEntry.get(home.id) ?? []), figure]);
  }
  const events: IsnadEvent[] = [];
  for (const entry of dossier.timeline) {
    const figures = byEntry.get(entry.id);
    if (!figures) continue;
    const figureClaims = figures.flatMap((f) => f.claims.map((c) => claims.get(c)!)).filter(Boolean);
    const hit = figureClaims.filter((c) => c.measure === 'killed' || c.measure === 'injured');
    const docs = [...new Set([...entry.docs, ...figureClaims.map((c) => c.doc)])];
    events.push({
      id: `ev${events.length + 1}`,
      timeline: entry.id,
      date: entry.date,
      until: entry.until,
      precision: entry.precision,
      type: entry.type,
      type_label: eventTypeLabel(entry.type),
      acled: acledType(entry.type),
      place: placeOf(entry, figureClaims, dossier, located),
      actors: actorsOf(entry, entities, hit),
      fatalities: fatalitiesOf(figures),
      figures,
      sources: docs.map((d) => outletOf(dossier, d)),
      chains: [...new Set(figureClaims.map((c) => chainOf(dossier, c)))],
      evidence: entry.evidence[0]
        ? { doc: entry.evidence[0].doc, start: entry.evidence[0].start, end: entry.evidence[0].end }
        : null,
    });
  }
  return events;
}
