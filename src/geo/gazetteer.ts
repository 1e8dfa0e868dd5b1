// The shipped gazetteer (lexicons/geo/, built by scripts/build-gazetteer.ts from GeoNames): towns with
// coordinates, country and first-level region, indexed by their Arabic and Latin names; countries with their
// Arabic and English names (ICU, Intl.DisplayNames, plus lexicons/places.tsv) and a representative point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LEXICON_DIR, loadTsv, many } from '../lexicon/index.js';
import { arabicKeys, foldedLatinKeys, latinKeys, nisbaStem } from './names.js';

export interface Town {
  id: number;
  name: string;
  lat: number;
  lon: number;
  cc: string;
  admin1: string;
  fcode: string;
  pop: number;
  arabic: string[];
}

/** Towns by a name key. */
export interface TownIndex {
  get(key: string): readonly Town[] | undefined;
}

export interface Country {
  cc: string;
  lat: number;
  lon: number;
  box: { minLat: number; maxLat: number; minLon: number; maxLon: number };
  capital: number | null;
  english: string;
  arabic: string;
}

export interface Gazetteer {
  towns: Map<number, Town>;
  countries: Map<string, Country>;
  /** Arabic name key → towns that bear it. */
  townsByKey: Map<string, Town[]>;
  /** Latin name key → towns that bear it (built on first use: most stories need only Arabic names). */
  townsByLatin: () => TownIndex;
  /** Arabic or Latin name key → country code. */
  countryByKey: Map<string, string>;
  /** Stem of a one-word Arabic country name or adjective (see nisbaStem) → country code. */
  countryByNisba: Map<string, string>;
  /** "CC.admin1" → the town that is its seat (PPLA or PPLC). */
  admin1Seat: Map<string, Town>;
  /** Arabic name key → the lexicons/places.tsv entry (its English name and country). */
  lexicon: Map<string, LexiconPlace>;
}

export interface LexiconPlace {
  id: string;
  english: string;
  cc: string;
}

let cached: Gazetteer | null = null;

/** A copy of a string that does not hold on to the text it was cut from (V8 keeps a long enough piece of a
 *  string as a view of the whole; the gazetteer file's text is 4 MB once decoded). */
const own = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

function readTowns(): { towns: Map<number, Town>; latin: Map<number, string> } {
  const path = join(LEXICON_DIR, 'geo', 'places.tsv.gz');
  let text: string;
  try {
    text = gunzipSync(readFileSync(path)).toString('utf8');
  } catch (e) {
    throw new Error(
      `gazetteer ${path}: cannot be read (${(e as Error).message}); run npm run build:gazetteer`,
    );
  }
  const towns = new Map<number, Town>();
  // each town's Latin names as one cell, split only when the Latin index is built (and then dropped)
  const latin = new Map<number, string>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('id\t')) continue;
    const c = line.split('\t');
    const town: Town = {
      id: Number(c[0]),
      name: own(c[1]!),
      lat: Number(c[2]),
      lon: Number(c[3]),
      cc: c[4]!,
      admin1: c[5]!,
      fcode: c[6]!,
      pop: Number(c[7]),
      arabic: many(c[8]).map(own),
    };
    towns.set(town.id, town);
    latin.set(town.id, own(c[9] ?? ''));
  }
  return { towns, latin };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
}

function indexArabic(towns: Map<number, Town>): Map<string, Town[]> {
  const byKey = new Map<string, Town[]>();
  for (const t of towns.values()) for (const a of t.arabic) for (const k of arabicKeys(a)) push(byKey, k, t);
  return byKey;
}

/** The Latin index: 71,000 keys, most of them one town's, kept as that town rather than a list of one
 *  (4 MB less); the lists a key has are the same, in the same order. */
function indexLatin(towns: Map<number, Town>, latin: Map<number, string>): () => TownIndex {
  let index: TownIndex | null = null;
  return () => {
    if (index) return index;
    const byKey = new Map<string, Town | Town[]>();
    for (const t of towns.values())
      for (const l of many(latin.get(t.id)))
        for (const k of foldedLatinKeys(l)) {
          const had = byKey.get(k);
          if (had === undefined) byKey.set(k, t);
          else if (!Array.isArray(had)) {
            if (had !== t) byKey.set(k, [had, t]);
          } else if (had.at(-1) !== t) had.push(t);
        }
    latin.clear(); // the index holds all that the names were kept for
    index = {
      get: (key) => {
        const had = byKey.get(key);
        return had === undefined || Array.isArray(had) ? had : [had];
      },
    };
    return index;
  };
}

function readCountries(): Map<string, Country> {
  const english = new Intl.DisplayNames(['en'], { type: 'region' });
  const arabic = new Intl.DisplayNames(['ar'], { type: 'region' });
  const countries = new Map<string, Country>();
  for (const r of loadTsv('geo/countries')) {
    const n = (k: 'lat' | 'lon' | 'min_lat' | 'max_lat' | 'min_lon' | 'max_lon') => Number(r[k]);
    countries.set(r.cc!, {
      cc: r.cc!,
      lat: n('lat'),
      lon: n('lon'),
      box: { minLat: n('min_lat'), maxLat: n('max_lat'), minLon: n('min_lon'), maxLon: n('max_lon') },
      capital: r.capital ? Number(r.capital) : null,
      english: english.of(r.cc!) ?? r.cc!,
      arabic: arabic.of(r.cc!) ?? r.cc!,
    });
  }
  return countries;
}

/** Country names: ICU's English and Arabic, and the names and aliases of lexicons/places.tsv. */
function indexCountries(countries: Map<string, Country>): {
  byKey: Map<string, string>;
  byNisba: Map<string, string>;
} {
  const byKey = new Map<string, string>();
  const byNisba = new Map<string, string>();
  const add = (name: string, cc: string, latin: boolean) => {
    for (const k of latin ? latinKeys(name) : arabicKeys(name)) if (!byKey.has(k)) byKey.set(k, cc);
    const stem = latin ? null : nisbaStem(name);
    // a stem two countries share names neither
    if (stem) byNisba.set(stem, byNisba.has(stem) && byNisba.get(stem) !== cc ? '' : cc);
  };
  for (const r of loadTsv('places')) {
    if (!r.id?.startsWith('country:') || !countries.has(r.country ?? '')) continue;
    for (const a of [r.name!, ...many(r.aliases)]) add(a, r.country!, false);
    if (r.english) add(r.english, r.country!, true);
  }
  for (const c of countries.values()) {
    add(c.arabic, c.cc, false);
    add(c.english, c.cc, true);
  }
  return { byKey, byNisba };
}

function indexLexicon(): Map<string, LexiconPlace> {
  const byKey = new Map<string, LexiconPlace>();
  for (const r of loadTsv('places')) {
    if (r.id?.startsWith('country:')) continue;
    const place = { id: r.id!, english: r.english ?? '', cc: r.country ?? '' };
    for (const a of [r.name!, ...many(r.aliases)])
      for (const k of arabicKeys(a)) if (!byKey.has(k)) byKey.set(k, place);
  }
  return byKey;
}

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const { towns, latin } = readTowns();
  const countries = readCountries();
  const countryNames = indexCountries(countries);
  const admin1Seat = new Map<string, Town>();
  for (const t of towns.values()) {
    const key = `${t.cc}.${t.admin1}`;
    const seat = admin1Seat.get(key);
    const rank = (x: Town) => (x.fcode === 'PPLA' ? 2 : x.fcode === 'PPLC' ? 1 : 0);
    // the seat (PPLA, else the capital); failing one, the largest town names the region
    if (!seat || rank(t) > rank(seat) || (rank(t) === rank(seat) && rank(t) === 0 && t.pop > seat.pop))
      admin1Seat.set(key, t);
  }
  cached = {
    towns,
    countries,
    townsByKey: indexArabic(towns),
    townsByLatin: indexLatin(towns, latin),
    countryByKey: countryNames.byKey,
    countryByNisba: countryNames.byNisba,
    admin1Seat,
    lexicon: indexLexicon(),
  };
  return cached;
}
