// The other spellings of a place in the story's texts (reconcile/spelling-forms.ts).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { withFormKeys } from '../../src/reconcile/forms.js';
import { addSpellingForms } from '../../src/reconcile/spelling-forms.js';
import { indexTexts } from '../../src/reconcile/story-index.js';
import { normalize } from '../../src/text/normalize.js';
import type { DossierEntity } from '../../src/types.js';

const place = (name: string, aliases: string[], lexicon = false): DossierEntity => ({
  id: name,
  type: 'location',
  name,
  english_name: null,
  aliases,
  mentions: [],
  merged_because: lexicon ? ['same lexicon entry town:x'] : [],
});

test('a place no lexicon knows takes the story spellings of its one-word name, as written', () => {
  const village = place('قرية بيرناكا', ['بيرناكا']);
  const definite = place('الزهيرات', []);
  const known = place('كركوك', [], true);
  const texts = [
    'وقصفت الطائرات قرية بيرناكا وبلدة الزهيرات قرب كركوك.',
    'وعاد النازحون لبيرناقا من كركووك، وذبلت الزهرات في الحقول.',
  ];
  withFormKeys(() =>
    addSpellingForms([village, definite, known], indexTexts(texts).where, new Set([normalize('قرية')])),
  );
  assert.deepEqual(village.aliases, ['بيرناكا', 'بيرناقا'], 'the other spelling, without its preposition');
  assert.deepEqual(definite.aliases, [], 'a definite word of the same consonants is left alone');
  assert.deepEqual(known.aliases, [], 'a lexicon place has its own spellings');
});
