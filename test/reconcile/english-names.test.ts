// Every entity of a dossier gets an English name and says where it comes from.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Location } from '../../src/geo/index.js';
import { englishNameOf } from '../../src/reconcile/english-names.js';

const place = (town: string | null, prec: 1 | 2 | 4 | null): Location => ({
  id: 'e1',
  located: prec !== null,
  latitude: prec ? 33.5 : null,
  longitude: prec ? 36.3 : null,
  country_code: prec ? 'SY' : null,
  country: prec ? 'Syria' : null,
  country_ar: null,
  admin1: null,
  admin1_ar: null,
  where_prec: prec,
  town,
  geonameid: null,
  how: 'invented for the test',
});

test('the lexicon name comes first, then the gazetteer town, then a transliteration', () => {
  assert.deepEqual(englishNameOf({ name: 'دمشق', english_name: 'Damascus' }, place('Damascus', 1)), {
    english_name: 'Damascus',
    english_name_how: 'lexicon',
  });
  assert.deepEqual(englishNameOf({ name: 'بلدة الورد', english_name: null }, place('Ward', 1)), {
    english_name: 'Ward',
    english_name_how: 'gazetteer',
  });
  const near = englishNameOf({ name: 'قرية النخيل', english_name: null }, place('Ward', 2));
  assert.equal(near.english_name_how, 'transliteration', 'a place only near a town is not named after it');
  assert.equal(near.english_name, 'Qria al-Nkhil');
  const person = englishNameOf({ name: 'سامر', english_name: null });
  assert.deepEqual(person, { english_name: 'Samr', english_name_how: 'transliteration' });
});

test('a lexicon country name gives way to the town the story puts the name in', () => {
  const r = englishNameOf({ name: 'عمان', english_name: 'Syria' }, place('Amman', 1));
  assert.deepEqual(r, { english_name: 'Amman', english_name_how: 'gazetteer' });
});
