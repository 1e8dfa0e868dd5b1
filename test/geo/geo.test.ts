// The geocoder: names → coordinates, country, region and UCDP precision; ambiguity settled by the story.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { goldFiles, measureGeo } from '../../scripts/eval-geo.js';
import { distanceKm, locateDossier, locatePlaces, placeEnglishName } from '../../src/geo/index.js';
import type { Dossier } from '../../src/types.js';

test('a town is located at where_prec 1 with its country and first-level region, in Arabic too', () => {
  const l = locatePlaces([{ id: 'p', names: ['مدينة حلب'] }]).get('p')!;
  assert.equal(l.located, true);
  assert.equal(l.country_code, 'SY');
  assert.equal(l.country, 'Syria');
  assert.equal(l.country_ar, 'سوريا');
  assert.equal(l.where_prec, 1);
  assert.ok(distanceKm(l.latitude!, l.longitude!, 36.2, 37.16) < 10);
  assert.ok(l.admin1 && l.admin1_ar);
});

test('a name two countries share is settled by the story: Tripoli with Libya, Tripoli with Lebanon', () => {
  const libya = locatePlaces([
    { id: 't', names: ['طرابلس'] },
    { id: 'c', names: ['ليبيا'] },
  ]);
  assert.equal(libya.get('t')!.country_code, 'LY');
  assert.equal(libya.get('c')!.where_prec, 6);
  const lebanon = locatePlaces([
    { id: 't', names: ['طرابلس'] },
    { id: 'c', names: ['لبنان'] },
  ]);
  assert.equal(lebanon.get('t')!.country_code, 'LB');
  assert.match(lebanon.get('t')!.how, /set aside/);
});

test('parts of countries, regions and capitals get the matching precision', () => {
  const m = locatePlaces([
    { id: 'ne', names: ['شمال شرقي العراق'] },
    { id: 'gov', names: ['محافظة حلب'] },
    { id: 'cap', names: ['العاصمة الأردنية عمان'] },
    { id: 'adj', names: ['العاصمة العراقية'] },
    { id: 'land', names: ['الأراضي المصرية'] },
  ]);
  assert.equal(m.get('adj')!.town, 'Baghdad');
  assert.equal(m.get('land')!.country_code, 'EG');
  assert.equal(m.get('land')!.where_prec, 6);
  assert.equal(m.get('ne')!.where_prec, 5);
  assert.equal(m.get('ne')!.country_code, 'IQ');
  assert.ok(m.get('ne')!.latitude! > 33.36, 'north of the country point');
  assert.equal(m.get('gov')!.where_prec, 4);
  assert.equal(m.get('cap')!.country_code, 'JO');
});

test('a place that cannot be found says so and is not guessed', () => {
  const l = locatePlaces([{ id: 'x', names: ['قرية خيالية جدا'] }]).get('x')!;
  assert.equal(l.located, false);
  assert.equal(l.latitude, null);
  assert.match(l.how, /not in the gazetteer/);
});

test('a facility the text puts in a town is placed near it (where_prec 2)', () => {
  const text = 'وقع انفجار قرب مستودع النخيل بمدينة حمص صباحا.';
  const depot = text.indexOf('مستودع');
  const town = text.indexOf('حمص');
  const entity = (id: string, type: 'facility' | 'location', name: string, start: number) => ({
    id,
    type,
    name,
    english_name: null,
    aliases: [],
    mentions: [{ doc: 'd1', start, end: start + name.length }],
    merged_because: [],
  });
  const dossier = {
    documents: [{ id: 'd1', text }],
    entities: [entity('f', 'facility', 'مستودع النخيل', depot), entity('h', 'location', 'حمص', town)],
  } as unknown as Dossier;
  const m = locateDossier(dossier);
  assert.equal(m.get('h')!.where_prec, 1);
  assert.equal(m.get('f')!.where_prec, 2);
  assert.equal(m.get('f')!.latitude, m.get('h')!.latitude);
});

test('gold places of the example and the dev stories: located right, rarely wrong', {
  skip: !goldFiles().length && 'the gold files of ../shared/eval are absent',
}, () => {
  const m = measureGeo();
  assert.ok(m.places >= 100, `${m.places} places`);
  assert.ok(m.right / m.places >= 0.68, `right ${m.right}/${m.places}`);
  assert.ok(m.wrong / m.places <= 0.03, `wrong ${m.wrong}/${m.places}`);
});

test("a place's English name follows where it was placed when the lexicon names a country", () => {
  const m = locatePlaces([
    { id: 'a', names: ['عمان'] },
    { id: 'j', names: ['الأردن'] },
  ]);
  assert.equal(m.get('a')!.country_code, 'JO');
  assert.equal(placeEnglishName('Oman', m.get('a')), 'Amman');
  assert.equal(placeEnglishName('Jordan', m.get('j')), 'Jordan');
  assert.equal(placeEnglishName(null, m.get('a')), 'Amman');
});
