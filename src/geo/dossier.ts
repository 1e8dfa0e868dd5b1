// The places of a dossier (entities of type location and facility), located together as one story. A place
// the gazetteer does not hold is placed in the town the text puts it in: "مستشفى النور في حي الزهور بمدينة
// حماة" puts the hospital in al-Zuhur and al-Zuhur in Hama.
import { alternation, theWord } from '../lexicon/index.js';
import type { Dossier, DossierEntity } from '../types.js';
import { type Location, locatePlaces, type PlaceQuery } from './resolve.js';

const PLACE_TYPES = new Set(['location', 'facility']);
/** The words between a place and the place it is in: "X في Y", "X بمدينة Y", "X، شمال Y". */
const INSIDE_GAP = new RegExp(
  `^[\\s،,]*(?:(?:${alternation('rule-words', 'place_lead')}|(?:${alternation('rule-words', 'compass')})ي?)\\s+)?` +
    `(?:ب|${theWord('rule-words', 'in')}\\s+)?(?:${alternation('rule-words', 'place_kind')})?\\s*$`,
);
const MAX_GAP = 24;

interface Span {
  entity: string;
  start: number;
  end: number;
}

/** For each place, the places the text puts it in (the nearest such mention first). */
function containers(dossier: Dossier, places: DossierEntity[]): Map<string, string[]> {
  const byDoc = new Map<string, Span[]>();
  for (const e of places) {
    // an entity's mentions come document by document: the list is looked up when the document changes
    let doc: string | null = null;
    let list: Span[] = [];
    for (const m of e.mentions) {
      if (m.doc !== doc) {
        doc = m.doc;
        const known = byDoc.get(doc);
        if (known) list = known;
        else byDoc.set(doc, (list = []));
      }
      list.push({ entity: e.id, start: m.start, end: m.end });
    }
  }
  const texts = new Map(dossier.documents.map((d) => [d.id, d.text]));
  const out = new Map<string, string[]>();
  for (const [doc, spans] of byDoc) {
    const text = texts.get(doc);
    if (!text) continue;
    spans.sort((a, b) => a.start - b.start);
    for (let i = 0; i < spans.length; i++) {
      const a = spans[i]!;
      const b = nextOther(spans, i);
      if (!b || !INSIDE_GAP.test(text.slice(a.end, b.start))) continue;
      const list = out.get(a.entity) ?? [];
      if (!list.includes(b.entity)) list.push(b.entity);
      out.set(a.entity, list);
    }
  }
  return out;
}

/** The first span after spans[i] (sorted by start) that begins after it ends and names another place,
 *  when it begins within MAX_GAP characters; the walk stops there (a copy of the rest of the list for
 *  each span made this quadratic on long texts). */
function nextOther(spans: Span[], i: number): Span | null {
  const a = spans[i]!;
  for (let j = i + 1; j < spans.length; j++) {
    const s = spans[j]!;
    if (s.start < a.end) continue;
    if (s.start - a.end > MAX_GAP) return null;
    if (s.entity !== a.entity) return s;
  }
  return null;
}

/** Every place entity of the dossier → where it is (or why it could not be located). */
export function locateDossier(dossier: Dossier): Map<string, Location> {
  const places = dossier.entities.filter((e) => PLACE_TYPES.has(e.type));
  const within = containers(dossier, places);
  const queries: PlaceQuery[] = places.map((e) => ({
    id: e.id,
    names: [e.name, ...e.aliases],
    english: e.english_name,
    within: within.get(e.id) ?? [],
    weight: e.mentions.length,
  }));
  return locatePlaces(queries);
}
