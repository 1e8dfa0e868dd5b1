// English names and labels.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  acledType,
  englishName,
  eventTypeLabel,
  measureLabel,
  transliterate,
} from '../../src/english/index.js';
import type { DossierEntity } from '../../src/types.js';

const entity = (name: string, english: string | null): DossierEntity => ({
  id: 'e1',
  type: 'person',
  name,
  english_name: english,
  aliases: [],
  mentions: [],
  merged_because: [],
});

test('transliteration follows the documented scheme', () => {
  assert.equal(transliterate('خالد'), 'Khald');
  assert.equal(transliterate('حي الزيتون'), 'Hi al-Zitun');
  assert.equal(transliterate('عمر'), 'Amr');
  assert.equal(transliterate('وليد'), 'Wlid');
  assert.equal(transliterate('Latin stays'), 'Latin stays');
});

test('every entity has an English name, and a transliteration says it is one', () => {
  assert.deepEqual(englishName(entity('دمشق', 'Damascus')), { name: 'Damascus', how: 'lexicon' });
  const t = englishName(entity('سامر', null));
  assert.equal(t.how, 'transliteration');
  assert.match(t.name, /\(transliterated\)$/);
  const town = { ...entity('بلدة', 'Some Town'), english_name_how: 'gazetteer' as const };
  assert.deepEqual(englishName(town), { name: 'Some Town', how: 'gazetteer' });
  const marked = { ...entity('سامر', 'Samr'), english_name_how: 'transliteration' as const };
  assert.equal(englishName(marked).name, 'Samr (transliterated)');
});

test('labels for measures and timeline types, and the ACLED type of each', () => {
  assert.equal(measureLabel('killed'), 'killed');
  assert.equal(measureLabel('killed', 'ar'), 'قتلى');
  assert.equal(eventTypeLabel('airstrike'), 'air strike');
  assert.deepEqual(acledType('airstrike'), {
    event_type: 'Explosions/Remote violence',
    sub_event_type: 'Air/drone strike',
  });
  assert.equal(acledType('no-such-type').event_type, 'Strategic developments');
});
