// What one written name may point to in the gazetteer: countries, towns, a town's region, a part of a country.
// Precision follows UCDP GED's where_prec: 1 the place itself, 2 within about 25 km of a known place (a
// district, a facility, the part of a town), 4 a first-level region, 5 a part of a country, 6 the country.
import { type Gazetteer, gazetteer, type Town } from './gazetteer.js';
import { arabicKeys, latinKeys, nisbaStem, parseDirection, stripPlaceWords } from './names.js';

export type WherePrec = 1 | 2 | 3 | 4 | 5 | 6 | 7;

export interface Candidate {
  cc: string;
  lat: number;
  lon: number;
  prec: WherePrec;
  /** The GeoNames town, or null for a country or a part of one. */
  town: Town | null;
  /** How the name was read, in words. */
  how: string;
  /** Only the country of a place the lexicons know but the gazetteer does not hold. */
  fallback?: boolean;
}

const targetOf = (c: Candidate): string => `${c.town?.id ?? c.cc}:${c.prec}`;

export { targetOf };

function countryCandidate(g: Gazetteer, cc: string, how: string): Candidate | null {
  const c = g.countries.get(cc);
  return c ? { cc, lat: c.lat, lon: c.lon, prec: 6, town: null, how } : null;
}

function townCandidate(t: Town, prec: WherePrec, how: string): Candidate {
  return { cc: t.cc, lat: t.lat, lon: t.lon, prec, town: t, how };
}

/** Countries and towns whose name has one of these keys. */
function lookup(g: Gazetteer, keys: string[], written: string, latin = false): Candidate[] {
  const towns = latin ? g.townsByLatin() : g.townsByKey;
  const out: Candidate[] = [];
  for (const k of keys) {
    const cc = g.countryByKey.get(k);
    if (cc) {
      const c = countryCandidate(g, cc, `the country named "${written}"`);
      if (c) out.push(c);
    }
    for (const t of towns.get(k) ?? []) out.push(townCandidate(t, 1, `GeoNames ${t.name} (${t.cc})`));
    if (out.length) break;
  }
  return out;
}

/** A part of a country (شمال شرقي سوريا): the matching third of the box its towns span. */
function partOfCountry(g: Gazetteer, c: Candidate, north: number, east: number, written: string): Candidate {
  const box = g.countries.get(c.cc)!.box;
  const lat = (box.minLat + box.maxLat) / 2 + (north * (box.maxLat - box.minLat)) / 3;
  const lon = (box.minLon + box.maxLon) / 2 + (east * (box.maxLon - box.minLon)) / 3;
  return { cc: c.cc, lat, lon, prec: 5, town: null, how: `"${written}": a part of the country` };
}

function withKinds(g: Gazetteer, found: Candidate[], kinds: string[], written: string): Candidate[] {
  if (!kinds.length) return found;
  const out: Candidate[] = [];
  for (const c of found) {
    if (kinds.includes('capital') && c.prec === 6) {
      const cap = g.countries.get(c.cc)?.capital;
      const t = cap ? g.towns.get(cap) : undefined;
      if (t) out.push(townCandidate(t, 1, `the capital of ${c.cc}`));
    } else if (c.town && kinds.includes('admin1')) {
      const seat = g.admin1Seat.get(`${c.town.cc}.${c.town.admin1}`) ?? c.town;
      out.push(townCandidate(seat, 4, `"${written}": the first-level region of ${c.town.name}`));
    } else if (c.town && kinds.some((k) => k === 'district' || k === 'facility' || k === 'area')) {
      out.push({ ...c, prec: 2, how: `"${written}": in or by ${c.town.name}` });
    } else out.push(c);
  }
  return out;
}

/** A name the lexicons know (lexicons/places.tsv): its English name looked up in its country; failing that,
 *  the country alone (where_prec 6). Regions that span countries (Europe, the Mediterranean) are not located. */
function lexiconCandidates(g: Gazetteer, written: string): Candidate[] {
  const entry = arabicKeys(written)
    .map((k) => g.lexicon.get(k))
    .find(Boolean);
  if (!entry?.cc) return [];
  const found = latinCandidates(entry.english).filter((c) => c.cc === entry.cc);
  if (found.length)
    return found.map((c) => ({ ...c, how: `${c.how}, by its English name ${entry.english}` }));
  const country = countryCandidate(
    g,
    entry.cc,
    `only the country: "${written}" (${entry.english}) is not in the gazetteer`,
  );
  return country ? [{ ...country, fallback: true }] : [];
}

/** A country named by its adjective after a word such as العاصمة or الأراضي (العاصمة السورية). */
function nisba(g: Gazetteer, word: string): Candidate[] {
  const stem = nisbaStem(word);
  const cc = stem ? g.countryByNisba.get(stem) : undefined;
  const c = cc ? countryCandidate(g, cc, `the country of "${word}"`) : null;
  return c ? [c] : [];
}

/** Every reading of one Arabic name. */
export function arabicCandidates(written: string, depth = 0): Candidate[] {
  const g = gazetteer();
  const whole = lookup(g, arabicKeys(written), written);
  if (whole.length) return whole;
  const dir = depth === 0 ? parseDirection(written) : null;
  if (dir) {
    return arabicCandidates(dir.rest, depth + 1).map((c) =>
      c.prec >= 5
        ? partOfCountry(g, c, dir.north, dir.east, written)
        : { ...c, prec: 2, how: `"${written}": a part of ${c.town?.name ?? c.cc}` },
    );
  }
  const { kinds, rest } = stripPlaceWords(written);
  const found = kinds.length && rest ? lookup(g, arabicKeys(rest), rest) : [];
  if (!found.length && (kinds.includes('capital') || kinds.includes('territory')))
    found.push(...nisba(g, rest));
  const parts = found.length ? withKinds(g, found, kinds, written) : [];
  return parts.length ? parts : lexiconCandidates(g, written);
}

/** Every reading of an English (Latin-script) name. */
export function latinCandidates(written: string): Candidate[] {
  return lookup(gazetteer(), latinKeys(written), written, true);
}
