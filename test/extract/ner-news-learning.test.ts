import assert from 'node:assert/strict';
import { test } from 'node:test';
import { viterbi } from '../../src/extract/ner/model.js';
import { learnNameContexts, type NameCue } from '../../src/extract/ner/name-contexts.js';
import { pathWithMargin } from '../../src/extract/ner/self-training.js';
import { NT } from '../../src/extract/ner/tags.js';

test('learnNameContexts: words after titles, beside reporting verbs and after organisation heads get codes', () => {
  // invented text: "the minister Kamal Nadir said", "party Nour", "said Kamal"; -1 is a document break
  const names = ['الوزير', 'كمال', 'نادر', 'قال', 'حزب', 'النور', 'في', 'البيت'];
  const cues: Record<string, NameCue> = { الوزير: 'title', قال: 'verb', حزب: 'org' };
  const text = [
    [0, 1, 2, 3],
    [4, 5, 6, 7],
    [3, 1, 6, 7],
    [0, 1, 2, 3],
    [4, 5, 6, 7],
    [0, 1, 6, 7],
    [4, 5, 2, 3],
  ];
  const seq = Int32Array.from(text.flatMap((s) => [...s, -1]));
  const codes = learnNameContexts(seq, names, (n) => cues[n], {
    minCount: 2,
    minHits: 2,
    levels: [0.1, 0.3, 0.6],
  });
  // كمال: 4 occurrences, 3 after the title (T3), once after the verb (under minHits)
  assert.equal(codes.get('كمال'), 'T3');
  // نادر: two words after the title twice of three times (U3), before the verb every time (W3)
  assert.equal(codes.get('نادر'), 'U3W3');
  // النور: after the organisation head every time
  assert.equal(codes.get('النور'), 'H3');
  // في: two words after the organisation head twice of four times (J2); cue words themselves get no codes
  assert.equal(codes.get('في'), 'J2');
  assert.equal(codes.get('قال'), undefined);
  assert.equal(codes.get('البيت'), undefined);
});

test('pathWithMargin: the Viterbi path, and a margin that shrinks as two tags draw level', () => {
  const n = 3;
  const start = new Float64Array(NT);
  const trans = new Float64Array(NT * NT);
  const em = new Float64Array(n * NT);
  em[0 * NT + 1] = 5; // B-PERS
  em[1 * NT + 2] = 4; // I-PERS
  em[2 * NT + 0] = 3; // O
  const { tags, margin } = pathWithMargin(em, n, start, trans);
  assert.deepEqual([...tags], [...viterbi(em, n, start, trans)]);
  assert.deepEqual([...tags], [1, 2, 0]);
  assert.equal(margin, 3);
  em[2 * NT + 3] = 2.5; // B-LOC at the last word, close behind O
  assert.equal(pathWithMargin(em, n, start, trans).margin, 0.5);
});
