import assert from 'node:assert/strict';
import { test } from 'node:test';
import { droppableFeatures, dropWords, NOT_A_WORD } from '../../src/extract/ner/word-dropout.js';

// invented feature names of a two-word sentence: word forms and stems at each slot, a shape and a gazetteer mark
const names = ['0|w=أ', '0|s=أ', 'p1|w=ب', '0|sh=ar', 'm1|w=أ', '0|w=ب', 'gzB', '0|pre1=أ'];

test('droppableFeatures: the chosen prefixes after a slot, at offset 0 alone or everywhere', () => {
  assert.deepEqual([...droppableFeatures(names, ['w=', 's='], false)], [1, 1, 1, 0, 1, 1, 0, 0]);
  assert.deepEqual([...droppableFeatures(names, ['w=', 's='], true)], [1, 1, 0, 0, 0, 1, 0, 0]);
  assert.deepEqual([...droppableFeatures(names, ['pre'], true)], [0, 0, 0, 0, 0, 0, 0, 1]);
});

test('dropWords: a dropped word loses its droppable features wherever they stand, nothing else', () => {
  // token 0: its own form, stem and shape, the next word's form (p1) and a gazetteer mark of several words;
  // token 1: the word before (m1) and its own form
  const sentence = {
    feats: Int32Array.from([0, 1, 3, 2, 6, 4, 5]),
    offs: Int32Array.from([0, 5, 7]),
    gold: Uint8Array.from([1, 0]),
    from: Int8Array.from([0, 0, 0, 1, NOT_A_WORD, -1, 0]),
  };
  const droppable = droppableFeatures(names, ['w=', 's='], false);
  // draws: word 0 dropped (0.1 < 0.5), word 1 kept
  const draws = [0.1, 0.9];
  const out = dropWords(sentence, droppable, 0.5, () => draws.shift()!);
  assert.deepEqual([...out.feats], [3, 2, 6, 5]);
  assert.deepEqual([...out.offs], [0, 3, 4]);
  assert.equal(out.gold, sentence.gold);
  // nothing dropped: the same sentence
  assert.equal(
    dropWords(sentence, droppable, 0.5, () => 0.9),
    sentence,
  );
});
