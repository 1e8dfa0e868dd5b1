// The timeline: happenings of all documents grouped by (day, type); every document that tells one
// adds its evidence to the same entry. Two happenings of one day stay two when their types differ.
import type { DocAnalysis, DossierTimelineEntry, Mention } from '../types.js';
import type { MentionEntities } from './mention-entities.js';

/** `entityOf` maps mentions to entity ids, for the place and the actors of each entry. */
export function buildTimeline(
  analyses: DocAnalysis[],
  entityOf: MentionEntities = new Map<Mention, string>(),
): DossierTimelineEntry[] {
  const byKey = new Map<string, DossierTimelineEntry>();
  for (const a of analyses) {
    for (const h of a.happenings) {
      if (!h.date.value) continue;
      const key = `${h.date.value}|${h.type}`;
      let e = byKey.get(key);
      if (!e) {
        e = {
          id: '',
          date: h.date.value,
          precision: h.date.precision,
          until: h.date.until ?? null,
          type: h.type,
          docs: [],
          place: null,
          actors: [],
          evidence: [],
        };
        byKey.set(key, e);
      }
      if (!e.docs.includes(h.doc)) e.docs.push(h.doc);
      const place = h.place ? entityOf.get(h.place) : undefined;
      if (place && !e.place) e.place = place;
      for (const m of h.actors) {
        const id = entityOf.get(m);
        if (id && !e.actors.includes(id)) e.actors.push(id);
      }
      const start = Math.min(h.start, h.cue.start),
        end = Math.max(h.end, h.cue.end);
      e.evidence.push({ doc: h.doc, start, end, text: a.doc.text.slice(start, end) });
    }
  }
  const out = [...byKey.values()].sort(
    (x, y) => x.date.localeCompare(y.date) || x.type.localeCompare(y.type),
  );
  out.forEach((e, i) => {
    e.id = `t${i + 1}`;
  });
  return out;
}
