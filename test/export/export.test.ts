// Exports: the column lists of ACLED and UCDP GED, real values from the example story, CSV that opens cleanly
// in a spreadsheet, GeoJSON of the events, and the command line.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ACLED_COLUMNS, exportDossier, neutralise, toCsv, UCDP_COLUMNS } from '../../src/export/index.js';
import type { Dossier, DossierClaim, DossierEntity, DossierTimelineEntry } from '../../src/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const isnad = join(root, 'bin', 'isnad');
const dir = mkdtempSync(join(tmpdir(), 'isnad-export-'));
const dossierFile = join(dir, 'dossier.json');
let dossier: Dossier;

before(() => {
  const a = spawnSync(process.execPath, [
    isnad,
    'analyze',
    join(root, 'examples', 'hasakah-2022'),
    '--json',
    dossierFile,
    '-q',
  ]);
  assert.equal(a.status, 0, String(a.stderr));
  dossier = JSON.parse(readFileSync(dossierFile, 'utf8')) as Dossier;
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Header and first data line of a CSV export, split naively (the tested cells hold no commas). */
function lines(csv: string): string[] {
  assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 byte-order mark');
  return csv.slice(1).split('\r\n');
}

test('ACLED export: the ACLED columns, and the attack on the prison with its fatalities and place', () => {
  const rows = lines(exportDossier(dossier, 'acled'));
  assert.equal(rows[0], ACLED_COLUMNS.join(','));
  assert.equal(ACLED_COLUMNS.length, 17);
  const attack = rows.find((r) => r.startsWith('2022-01-20,2022,1,Battles,Armed clash'));
  assert.ok(attack, 'the attack of 20 January 2022 is a battle');
  assert.match(attack!, /,Syria,/);
  assert.match(attack!, /,36\.5\d*,40\.7\d*,1,/, 'placed in Hasakah, geo_precision 1');
  assert.match(attack!, /,374$/, 'fatalities: the best estimate');
});

test('UCDP export: the GED columns, best / low / high and the number of sources', () => {
  const rows = lines(exportDossier(dossier, 'ucdp'));
  assert.equal(rows[0], UCDP_COLUMNS.join(','));
  const row = rows[1]!;
  assert.match(row, /^2022-01-20,2022-01-20,1,/);
  assert.match(row, /,Syria,374,\d+,374,5,/);
  assert.ok(
    rows.slice(1).every((r) => !r || !/,0,\d*,\d*,\d+,/.test(r)),
    'only deadly events',
  );
});

test('claims CSV: one row per claim with its chain', () => {
  const text = exportDossier(dossier, 'csv');
  const n = dossier.claims.length + (dossier.implied_claims?.length ?? 0);
  assert.ok(text.startsWith('\uFEFFclaim_id,doc,outlet,'));
  assert.equal((text.match(/\r\n(?:c|i)\d+,/g) ?? []).length, n);
  assert.match(text, /Syrian Democratic Forces \(SDF\) → /);
});

test('GeoJSON: a FeatureCollection of the events, longitude first', () => {
  const g = JSON.parse(exportDossier(dossier, 'geojson'));
  assert.equal(g.type, 'FeatureCollection');
  const located = g.features.filter((f: { geometry: unknown }) => f.geometry);
  assert.ok(located.length >= 3);
  const [lon, lat] = located[0].geometry.coordinates;
  assert.ok(Math.abs(lon - 40.75) < 0.3 && Math.abs(lat - 36.5) < 0.3);
  assert.equal(located[0].properties.country, 'Syria');
});

test('CSV cells: RFC 4180 quoting and formula-like cells neutralised', () => {
  for (const bad of ['=1+1', '+971 4', '-cmd', '@SUM(A1)', '\tx', '\rx'])
    assert.equal(neutralise(bad), `'${bad}`);
  assert.equal(neutralise(-3), '-3', 'numbers stay numbers');
  const csv = toCsv(['a', 'b'], [['say "hi", twice', 'line\nbreak']]);
  assert.equal(csv, '\uFEFFa,b\r\n"say ""hi"", twice","line\nbreak"\r\n');
});

test('isnad export: writes a file, names a bad input, and says --db is not yet there', () => {
  const out = join(dir, 'acled.csv');
  const ok = spawnSync(process.execPath, [isnad, 'export', dossierFile, '--format', 'acled', '--out', out]);
  assert.equal(ok.status, 0, String(ok.stderr));
  assert.ok(readFileSync(out, 'utf8').startsWith('\uFEFFevent_date,'));
  const piped = spawnSync(process.execPath, [isnad, 'export', '-', '--format', 'ucdp'], {
    input: readFileSync(dossierFile),
    encoding: 'utf8',
  });
  assert.equal(piped.status, 0, piped.stderr);
  assert.ok(piped.stdout.startsWith('\uFEFFdate_start,'));
  const bad = spawnSync(process.execPath, [isnad, 'export', join(dir, 'none.json'), '--format', 'ucdp'], {
    encoding: 'utf8',
  });
  assert.equal(bad.status, 3);
  assert.match(bad.stderr, /none\.json: cannot be read/);
  const db = spawnSync(process.execPath, [isnad, 'export', '--db', 'x.sqlite', '--format', 'acled'], {
    encoding: 'utf8',
  });
  assert.equal(db.status, 2);
  assert.match(db.stderr, /not yet/);
});

test('event actors: sources that tell of it are not sides; the side the dead are counted from comes second', async () => {
  const { actorsOf } = await import('../../src/export/actors.js');
  const entity = (id: string, name: string): DossierEntity => ({
    id,
    type: 'organization',
    name,
    english_name: null,
    aliases: [],
    mentions: [],
    merged_because: [],
  });
  const list = [entity('a', 'وكالة فرانس برس'), entity('b', 'الجيش الوطني'), entity('c', 'جبهة الصخرة')];
  const entities = new Map(list.map((e) => [e.id, e]));
  const entry = { actors: ['a', 'b', 'c'] } as unknown as DossierTimelineEntry;
  const hit = [{ group: 'عناصر من الجيش الوطني' }] as unknown as DossierClaim[];
  assert.deepEqual(
    actorsOf(entry, entities, hit).map((x) => x.id),
    ['c', 'b'],
  );
});
