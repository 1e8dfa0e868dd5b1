// Measures the geocoder on the places of the gold stories (../shared/eval/hasakah-2022.gold.json and
// ../shared/eval/dev/*.gold.json, entities of type location). Each place is located from its Arabic names
// only, with the story's other places as context; the truth is hand annotation (test/geo/places-truth.tsv).
//
//   npm run eval:geo [-- --verbose]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distanceKm, type Location, locatePlaces } from '../src/geo/index.js';
import { isArabicName } from '../src/geo/names.js';
import { ROOT, SHARED } from './cli-args.js';

interface Truth {
  story: string;
  key: string;
  kind: 'point' | 'country' | 'region' | 'none';
  lat: number | null;
  lon: number | null;
  cc: string;
}

export type Verdict = 'right' | 'coarse' | 'wrong' | 'not_located';

export function goldFiles(): string[] {
  const dev = join(SHARED, 'eval', 'dev');
  const example = join(SHARED, 'eval', 'hasakah-2022.gold.json');
  if (!existsSync(example)) return [];
  const devFiles = existsSync(dev) ? readdirSync(dev).filter((f) => f.endsWith('.gold.json')) : [];
  return [example, ...devFiles.sort().map((f) => join(dev, f))];
}

function readTruth(): Map<string, Truth> {
  const lines = readFileSync(join(ROOT, 'test', 'geo', 'places-truth.tsv'), 'utf8').split('\n');
  const out = new Map<string, Truth>();
  for (const line of lines.filter((l) => l && !l.startsWith('#')).slice(1)) {
    const [story, key, kind, lat, lon, cc] = line.split('\t');
    const num = (s: string | undefined) => (s ? Number(s) : null);
    out.set(`${story}/${key}`, {
      story: story!,
      key: key!,
      kind: kind as Truth['kind'],
      lat: num(lat),
      lon: num(lon),
      cc: cc ?? '',
    });
  }
  return out;
}

export function verdict(t: Truth, l: Location): Verdict {
  if (!l.located) return 'not_located';
  if (t.kind === 'none') return 'wrong';
  const near = t.lat !== null && t.lon !== null && distanceKm(t.lat, t.lon, l.latitude!, l.longitude!) <= 25;
  if (t.kind === 'point') {
    if (near) return 'right';
    return l.country_code === t.cc && (l.where_prec ?? 0) >= 4 ? 'coarse' : 'wrong';
  }
  if (t.kind === 'country') return l.country_code === t.cc && l.where_prec === 6 ? 'right' : 'wrong';
  return near || (l.country_code === t.cc && (l.where_prec ?? 0) >= 4) ? 'right' : 'wrong';
}

export interface GeoMeasure {
  places: number;
  right: number;
  coarse: number;
  wrong: number;
  not_located: number;
  rows: { story: string; key: string; verdict: Verdict; how: string; where: string }[];
}

export function measureGeo(): GeoMeasure {
  const truth = readTruth();
  const m: GeoMeasure = { places: 0, right: 0, coarse: 0, wrong: 0, not_located: 0, rows: [] };
  for (const file of goldFiles()) {
    const story = basename(file, '.gold.json');
    const gold = JSON.parse(readFileSync(file, 'utf8')) as {
      entities: { key: string; type: string; aliases: string[] }[];
    };
    const places = gold.entities.filter((e) => e.type === 'location');
    const located = locatePlaces(places.map((e) => ({ id: e.key, names: e.aliases.filter(isArabicName) })));
    for (const e of places) {
      const t = truth.get(`${story}/${e.key}`);
      if (!t) throw new Error(`test/geo/places-truth.tsv: no truth for ${story}/${e.key}`);
      const l = located.get(e.key)!;
      const v = verdict(t, l);
      m.places++;
      m[v]++;
      const where = l.located ? `${l.latitude},${l.longitude} ${l.country_code} p${l.where_prec}` : '-';
      m.rows.push({ story, key: e.key, verdict: v, how: l.how, where });
    }
  }
  return m;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const m = measureGeo();
  if (!m.places) console.log(`no gold files under ${SHARED}/eval`);
  if (process.argv.includes('--verbose'))
    for (const r of m.rows) console.log(`${r.verdict}\t${r.story}/${r.key}\t${r.where}\t${r.how}`);
  const share = (n: number) => (n / m.places).toFixed(3);
  console.log(
    `${m.places} places: right (within 25 km, or the right country or region) ${share(m.right)}, ` +
      `only the right country ${share(m.coarse)}, wrong ${share(m.wrong)}, not located ${share(m.not_located)}`,
  );
}
