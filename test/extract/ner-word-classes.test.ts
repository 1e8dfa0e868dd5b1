import assert from 'node:assert/strict';
import { test } from 'node:test';
import { learnBrown, prefixClass, withBrownClasses } from '../../src/extract/ner/brown.js';
import { learnClusters, mulberry32, TokenStream } from '../../src/extract/ner/clusters.js';

/** A made-up language: "det noun verb det noun ." sentences from a seeded generator. */
function corpus(sentences: number): { seq: Int32Array; names: string[] } {
  const names = ['d1', 'd2', 'n1', 'n2', 'n3', 'v1', 'v2', 'v3', '.'];
  const rand = mulberry32(7);
  const pick = (from: number, to: number) => from + Math.floor(rand() * (to - from));
  const seq: number[] = [];
  for (let s = 0; s < sentences; s++) seq.push(pick(0, 2), pick(2, 5), pick(5, 8), pick(0, 2), pick(2, 5), 8);
  seq.push(-1);
  return { seq: Int32Array.from(seq), names };
}

test('learnBrown puts words of the same use in one cluster, deterministically', () => {
  const { seq, names } = corpus(400);
  const bits = learnBrown(seq, names, { vocab: 9, clusters: 3 });
  assert.equal(bits.size, 9);
  // verbs and the full stop both stand between a noun and a determiner: one class here
  const groups = [
    ['d1', 'd2'],
    ['n1', 'n2', 'n3'],
    ['v1', 'v2', 'v3', '.'],
  ];
  const of = groups.map((g) => new Set(g.map((w) => bits.get(w))));
  for (const set of of) assert.equal(set.size, 1);
  assert.equal(new Set(of.map((set) => [...set][0])).size, 3);
  assert.deepEqual(learnBrown(seq, names, { vocab: 9, clusters: 3 }), bits);
});

test('learnBrown reads only the first tokens and the most frequent words when asked', () => {
  const { seq, names } = corpus(400);
  const bits = learnBrown(seq, names, { vocab: 3, clusters: 2, tokens: 60 });
  assert.equal(bits.size, 3);
  for (const b of bits.values()) assert.match(b, /^[01]+$/);
});

test('prefixClass keeps the length of the prefix; withBrownClasses adds a class per prefix', () => {
  assert.equal(prefixClass('0110', 2), 0b101);
  assert.notEqual(prefixClass('0', 4), prefixClass('00', 4));
  assert.equal(prefixClass('01', 4), 0b101);
  assert.equal(withBrownClasses('a\t1\t2\nb\t3\t4\n', 'a\t0110', [2, 4]), 'a\t1\t2\t5\t22\nb\t3\t4\t0\t0');
  assert.equal(withBrownClasses('a\t1\t2\n', 'a\t0110', [2], 1), 'a\t1\t5');
  assert.equal(withBrownClasses('a\t1\t2\n', 'a\t0110', [2], 0), 'a\t5');
});

test('learnClusters with a randomized SVD (--cluster-svd) gives every frequent word its classes, deterministically', () => {
  const rand = mulberry32(3);
  const pick = (words: string[]) => words[Math.floor(rand() * words.length)]!;
  const stream = new TokenStream();
  for (let s = 0; s < 300; s++)
    stream.add(
      `${pick(['da', 'db'])} ${pick(['na', 'nb', 'nc'])} ${pick(['va', 'vb'])} ${pick(['na', 'nb', 'nc'])} .`,
    );
  const options = { vocab: 8, contexts: 8, dims: 4, ks: [2, 3], iterations: 5, seed: 1, svd: 2 };
  const classes = learnClusters(stream, options);
  assert.equal(classes.size, 8);
  for (const c of classes.values()) assert.ok(c[0]! >= 0 && c[0]! < 2 && c[1]! >= 0 && c[1]! < 3);
  assert.deepEqual(learnClusters(stream, options), classes);
});
