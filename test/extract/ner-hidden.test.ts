import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  type HiddenOptions,
  type HiddenSentence,
  hiddenEmissions,
  trainHidden,
} from '../../scripts/ner-hidden.js';
import { viterbi } from '../../src/extract/ner/index.js';

/** One-word sentences over three features (always, a, b): the word is B-PERS (1) when exactly one of a and b
 *  is there, O (0) otherwise — a conjunction no sum of feature weights can tell. */
function xorSet(): { set: HiddenSentence[]; names: string[] } {
  const set: HiddenSentence[] = [];
  for (let k = 0; k < 40; k++) {
    const a = k % 2 === 1;
    const b = k % 4 >= 2;
    const feats = [0, ...(a ? [1] : []), ...(b ? [2] : [])];
    set.push({
      feats: Int32Array.from(feats),
      offs: Int32Array.from([0, feats.length]),
      gold: Uint8Array.from([a !== b ? 1 : 0]),
    });
  }
  return { set, names: ['always', '0|w=a', '0|w=b'] };
}

const options = (units: number, rateV: number): HiddenOptions => ({
  epochs: 100,
  seed: 3,
  units,
  rateV,
  rateW: 2,
  init: 1,
  minCount: 1,
  tie: 0,
  warm: 0,
  freeze: false,
  input: 'all',
});

const correct = (set: HiddenSentence[], o: HiddenOptions, names: string[]): number => {
  const m = trainHidden(set, names, o);
  return set.filter((e) => viterbi(hiddenEmissions(m, e), 1, m.s, m.t)[0] === e.gold[0]).length;
};

test('the hidden layer learns a conjunction the linear weights alone cannot', () => {
  const { set, names } = xorSet();
  assert.equal(correct(set, options(8, 1), names), set.length);
  // V never moves: the linear perceptron alone, which gets at most three of the four kinds of word right
  assert.ok(correct(set, options(8, 0), names) <= (set.length * 3) / 4);
});

test('training with the hidden layer is the same for the same seed', () => {
  const { set, names } = xorSet();
  const first = trainHidden(set, names, options(4, 1));
  const second = trainHidden(set, names, options(4, 1));
  assert.deepEqual(first.V, second.V);
  assert.deepEqual(first.Wh, second.Wh);
});
