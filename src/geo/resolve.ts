// Places of one story → coordinates, country, first-level region and a UCDP precision. A name that several
// places bear is settled by the story's other places: the countries it names and the countries of the places
// that have only one reading. A place that cannot be found says so (located: false, and why).
import { arabicCandidates, type Candidate, latinCandidates, targetOf, type WherePrec } from './candidates.js';
import { gazetteer } from './gazetteer.js';
import { isArabicName } from './names.js';

export interface PlaceQuery {
  id: string;
  /** The names the story writes it with (Arabic first; Latin names are read too). */
  names: string[];
  /** An English name from the lexicons, when there is one. */
  english?: string | null;
  /** Ids of places the text puts this one in ("مستشفى النور في حي الزهور بمدينة حماة"), nearest first. */
  within?: string[];
  /** How often the story names it (weights its country as context). */
  weight?: number;
}

export interface Location {
  id: string;
  located: boolean;
  latitude: number | null;
  longitude: number | null;
  /** ISO 3166 alpha-2. */
  country_code: string | null;
  country: string | null;
  country_ar: string | null;
  /** The first-level region, named after its seat (GeoNames cities15000 has no region names). */
  admin1: string | null;
  admin1_ar: string | null;
  /** UCDP GED where_prec: 1 the place, 2 within ~25 km, 4 first-level region, 5 part of a country, 6 country. */
  where_prec: WherePrec | null;
  /** The GeoNames town it is (where_prec 1) or is in or by (2), in ASCII. */
  town: string | null;
  geonameid: number | null;
  /** Why: the reading chosen, the readings set aside, or why it could not be located. */
  how: string;
}

/** The readings of each name already read, across stories (the same places come back in story after
 *  story): a name's readings depend on the name alone, and no caller changes them. Emptied when full. */
const readingsOfName = new Map<string, readonly Candidate[]>();
const MAX_NAMES = 20_000;

/** A name of 13 or more characters may be a slice that keeps its whole article alive: the memo keeps a
 *  copy of its own (a slice of a new flat string of a space and the name: V8 flattens the concatenation
 *  before it slices it). */
const ownCopy = (name: string): string => (name.length < 13 ? name : ` ${name}`.slice(1));

/** The readings of one name (Arabic or Latin), computed once. */
function readingsOf(name: string, arabic: boolean): readonly Candidate[] {
  const key = arabic ? name : `\u0000${name}`;
  let known = readingsOfName.get(key);
  if (known === undefined) {
    if (readingsOfName.size >= MAX_NAMES) readingsOfName.clear();
    const own = ownCopy(name);
    known = arabic ? arabicCandidates(own) : latinCandidates(own);
    readingsOfName.set(arabic ? own : `\u0000${own}`, known);
  }
  return known;
}

function candidatesOf(q: PlaceQuery): Candidate[] {
  const out: Candidate[] = [];
  for (const n of q.names) for (const c of readingsOf(n, isArabicName(n))) out.push(c);
  if (q.english) for (const c of readingsOf(q.english, false)) out.push(c);
  return out;
}

/** Countries that the story's places point to without doubt, with how many places point to each. */
function storyCountries(
  readings: Map<string, Candidate[]>,
  weights: Map<string, number>,
): Map<string, number> {
  const votes = new Map<string, number>();
  for (const [id, cands] of readings) {
    const ccs = new Set(cands.map((c) => c.cc));
    if (ccs.size !== 1) continue;
    const cc = [...ccs][0]!;
    votes.set(cc, (votes.get(cc) ?? 0) + Math.min(2, weights.get(id) ?? 1));
  }
  return votes;
}

function score(c: Candidate, names: number, context: number): number {
  const fcode = c.town?.fcode === 'PPLC' ? 1 : c.town?.fcode?.startsWith('PPLA') ? 0.5 : 0;
  const pop = c.town ? Math.log10(c.town.pop + 1) / 2 : 0;
  return Math.min(context, 3) * 10 + (c.prec === 6 && !c.fallback ? 5 : 0) + names * 3 + pop + fcode;
}

function choose(
  all: Candidate[],
  votes: Map<string, number>,
  own: string[],
): { best: Candidate; why: string } {
  const precise = all.filter((c) => !c.fallback);
  const cands = precise.length ? precise : all;
  const byTarget = new Map<string, { c: Candidate; n: number }>();
  for (const c of cands) {
    const hit = byTarget.get(targetOf(c));
    if (hit) hit.n++;
    else byTarget.set(targetOf(c), { c, n: 1 });
  }
  // the place's own readings do not count as context for themselves
  const context = (cc: string) => (votes.get(cc) ?? 0) - (own.length === 1 && own[0] === cc ? 1 : 0);
  const ranked = [...byTarget.values()]
    .map((x) => ({ ...x, s: score(x.c, x.n, context(x.c.cc)) }))
    .sort((a, b) => b.s - a.s);
  const best = ranked[0]!.c;
  const others = new Set(
    ranked
      .slice(1)
      .map((r) => r.c.cc)
      .filter((cc) => cc !== best.cc),
  );
  const why = others.size
    ? `${best.how}; other readings in ${[...others].join(', ')} set aside (the story's places point to ${best.cc})`
    : best.how;
  return { best, why };
}

/** GeoNames names carry transliteration marks (Al Ḩasakah); coders' files use plain letters. */
const ascii = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');

function toLocation(id: string, c: Candidate, how: string): Location {
  const g = gazetteer();
  const country = g.countries.get(c.cc);
  const seat = c.town ? g.admin1Seat.get(`${c.town.cc}.${c.town.admin1}`) : undefined;
  return {
    id,
    located: true,
    latitude: Math.round(c.lat * 1e5) / 1e5,
    longitude: Math.round(c.lon * 1e5) / 1e5,
    country_code: c.cc,
    country: country?.english ?? c.cc,
    country_ar: country?.arabic ?? null,
    admin1: c.prec <= 4 && seat ? ascii(seat.name) : null,
    admin1_ar: c.prec <= 4 && seat ? (seat.arabic[0] ?? null) : null,
    where_prec: c.prec,
    town: c.town && c.prec <= 2 ? ascii(c.town.name) : null,
    geonameid: c.town?.id ?? null,
    how,
  };
}

export function notLocated(id: string, how: string): Location {
  const none = { latitude: null, longitude: null, country_code: null, country: null, country_ar: null };
  return {
    id,
    located: false,
    ...none,
    admin1: null,
    admin1_ar: null,
    where_prec: null,
    town: null,
    geonameid: null,
    how,
  };
}

/** Locate every place of one story. */
export function locatePlaces(queries: PlaceQuery[]): Map<string, Location> {
  const readings = new Map(queries.map((q) => [q.id, candidatesOf(q)]));
  const votes = storyCountries(readings, new Map(queries.map((q) => [q.id, q.weight ?? 1])));
  const out = new Map<string, Location>();
  for (const q of queries) {
    const cands = readings.get(q.id)!;
    if (!cands.length) continue;
    const own = [...new Set(cands.map((c) => c.cc))];
    const { best, why } = choose(cands, votes, own);
    out.set(q.id, toLocation(q.id, best, why));
  }
  placeInside(queries, out);
  for (const q of queries)
    if (!out.has(q.id))
      out.set(
        q.id,
        notLocated(q.id, `"${q.names[0] ?? q.id}" is not in the gazetteer (towns of 15,000 or more)`),
      );
  return out;
}

/** A place the gazetteer does not hold, which the text puts in a located one, is placed near it. */
function placeInside(queries: PlaceQuery[], out: Map<string, Location>): void {
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      if (out.has(q.id) || !q.within?.length) continue;
      const host = q.within.map((w) => out.get(w)).find((l) => l?.located && (l.where_prec ?? 9) <= 2);
      if (!host) continue;
      const how = `in ${host.town ?? host.id}, as the text says`;
      out.set(q.id, { ...host, id: q.id, where_prec: 2, geonameid: host.geonameid, how });
    }
  }
}
