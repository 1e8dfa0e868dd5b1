import assert from 'node:assert/strict';
import { test } from 'node:test';
import { consistentNames } from '../../src/extract/ner/consistency.js';
import { type NerTag, TAGS } from '../../src/extract/ner/tags.js';

const indices = (tags: NerTag[]) => Uint8Array.from(tags, (t) => TAGS.indexOf(t));
const names = (path: Uint8Array) => Array.from(path, (k) => TAGS[k]!);

test('consistentNames: a name tagged once is tagged at its untagged repetitions in the document', () => {
  // invented word identities: 1 a club, 3 4 a two-word person, 8 a word tagged both a place and an
  // organisation, others plain words
  const words = [1, 2, 1, 3, 4, 5, 3, 4, 4, 8, 8, 8, 9];
  const path = indices([
    'B-ORG',
    'O',
    'O',
    'B-PERS',
    'I-PERS',
    'O',
    'O',
    'O',
    'O',
    'B-LOC',
    'B-ORG',
    'O',
    'O',
  ]);
  consistentNames(words, path);
  assert.deepEqual(names(path), [
    'B-ORG',
    'O',
    'B-ORG', // the club again
    'B-PERS',
    'I-PERS',
    'O',
    'B-PERS', // the whole person again
    'I-PERS',
    'O', // the surname alone was never tagged alone
    'B-LOC',
    'B-ORG',
    'O', // two types for it in the document: left alone
    'O',
  ]);
});

test('consistentNames: a repetition inside another name, or a MISC name, is left as it is', () => {
  const words = [1, 1, 2, 6, 6];
  const path = indices(['B-PERS', 'B-ORG', 'I-ORG', 'B-MISC', 'O']);
  consistentNames(words, path);
  assert.deepEqual(names(path), ['B-PERS', 'B-ORG', 'I-ORG', 'B-MISC', 'O']);
  const empty = indices(['O', 'O']);
  consistentNames([1, 1], empty);
  assert.deepEqual(names(empty), ['O', 'O']);
});
