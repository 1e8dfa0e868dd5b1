// The shipped gazetteer (lexicons/geo/, built by scripts/build-gazetteer.ts from GeoNames): towns with
// coordinates, country and first-level region, indexed by their Arabic and Latin names; countries with their
// Arabic and English names (ICU, Intl.DisplayNames, plus lexicons/places.tsv) and a representative point.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { LEXICON_DIR, loadTsv, many } from '../lexicon/index.js';
import { latinIndex, type TownIndex } from './latin-index.js';
import { arabicKeys, latinKeys, nisbaStem } from './names.js';
import { Column, type Town, TownRows } from './town-rows.js';

export type { Town, TownIndex };

export interface Country {
  cc: string;
  lat: number;
  lon: number;
  box: { minLat: number; maxLat: number; minLon: number; maxLon: number };
  capital: number | null;
  english: string;
  arabic: string;
}

/** Towns by their GeoNames id. */
export interface TownById {
  get(id: number): Town | undefined;
}

/** The seat of a first-level region by its key "CC.admin1". */
export interface SeatIndex {
  get(key: string): Town | undefined;
}

export interface Gazetteer {
  /** Towns by GeoNames id (built on first use). */
  towns: TownById;
  countries: Map<string, Country>;
  /** Arabic name key → towns that bear it. */
  townsByKey: Map<string, Town[]>;
  /** Latin name key → towns that bear it (built on first use: most stories need only Arabic names). */
  townsByLatin: () => TownIndex;
  /** Arabic or Latin name key → country code. */
  countryByKey: Map<string, string>;
  /** Stem of a one-word Arabic country name or adjective (see nisbaStem) → country code. */
  countryByNisba: Map<string, string>;
  /** "CC.admin1" → the town that is its seat (PPLA or PPLC); built on first use. */
  admin1Seat: SeatIndex;
  /** Arabic name key → the lexicons/places.tsv entry (its English name and country). */
  lexicon: Map<string, LexiconPlace>;
}

export interface LexiconPlace {
  id: string;
  english: string;
  cc: string;
}

let cached: Gazetteer | null = null;

function readTowns(): TownRows {
  const path = join(LEXICON_DIR, 'geo', 'places.tsv.gz');
  try {
    return new TownRows(gunzipSync(readFileSync(path)));
  } catch (e) {
    throw new Error(
      `gazetteer ${path}: cannot be read (${(e as Error).message}); run npm run build:gazetteer`,
    );
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (list.at(-1) !== value) list.push(value);
}

/** Towns by the keys of their Arabic names (the few rows that have one). */
function indexArabic(rows: TownRows): Map<string, Town[]> {
  const byKey = new Map<string, Town[]>();
  for (let r = 0; r < rows.count; r++) {
    if (rows.isEmpty(r, Column.Arabic)) continue;
    const t = rows.town(r);
    for (const a of t.arabic) for (const k of arabicKeys(a)) push(byKey, k, t);
  }
  return byKey;
}

/** The Latin index, built on first use: most stories need only Arabic names. */
function indexLatin(rows: TownRows): () => TownIndex {
  let index: TownIndex | null = null;
  return () => (index ??= latinIndex(rows));
}

/** Towns by GeoNames id, the index built on first use (only countries' capitals are looked up by id). */
function indexIds(rows: TownRows): TownById {
  let byId: Map<number, number> | null = null;
  return {
    get: (id) => {
      if (!byId) {
        byId = new Map();
        for (let r = 0; r < rows.count; r++) byId.set(Number(rows.cell(r, Column.Id)), r);
      }
      const r = byId.get(id);
      return r === undefined ? undefined : rows.town(r);
    },
  };
}

/** How a town ranks as its region's seat: PPLA (a first-level seat), else the capital, else none. */
function seatRank(rows: TownRows, r: number): number {
  return rows.cellIs(r, Column.Fcode, 'PPLA') ? 2 : rows.cellIs(r, Column.Fcode, 'PPLC') ? 1 : 0;
}

/** Each region's seat (PPLA, else the capital); failing one, the largest town names the region. Built on
 *  first use. */
function indexSeats(rows: TownRows): SeatIndex {
  let seatRow: Map<string, number> | null = null;
  const build = (): Map<string, number> => {
    const byKey = new Map<string, number>();
    const pop = (r: number) => Number(rows.cell(r, Column.Pop));
    for (let r = 0; r < rows.count; r++) {
      const key = `${rows.cell(r, Column.Cc)}.${rows.cell(r, Column.Admin1)}`;
      const seat = byKey.get(key);
      const rank = seatRank(rows, r);
      const rankOfSeat = seat === undefined ? -1 : seatRank(rows, seat);
      if (
        seat === undefined ||
        rank > rankOfSeat ||
        (rank === rankOfSeat && rank === 0 && pop(r) > pop(seat))
      )
        byKey.set(key, r);
    }
    return byKey;
  };
  return {
    get: (key) => {
      const r = (seatRow ??= build()).get(key);
      return r === undefined ? undefined : rows.town(r);
    },
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
  const rows = readTowns();
  const countries = readCountries();
  const countryNames = indexCountries(countries);
  cached = {
    towns: indexIds(rows),
    countries,
    townsByKey: indexArabic(rows),
    townsByLatin: indexLatin(rows),
    countryByKey: countryNames.byKey,
    countryByNisba: countryNames.byNisba,
    admin1Seat: indexSeats(rows),
    lexicon: indexLexicon(),
  };
  return cached;
}
