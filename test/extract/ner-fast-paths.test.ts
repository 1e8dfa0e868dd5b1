// The tagger's run-time fast paths give exactly what the general functions give: decodeBio the path of
// viterbi, phraseMarks the marks of a plain phrase look-up, entitySpansOfIndices the spans of entitySpans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBio, transitionsInto } from '../../src/extract/ner/decode.js';
import type { PreparedLexicon } from '../../src/extract/ner/features.js';
import { prepareLexicon } from '../../src/extract/ner/features.js';
import { viterbi } from '../../src/extract/ner/model.js';
import { gazetteerMarks, markName, phraseMarks } from '../../src/extract/ner/phrase-marks.js';
import { entitySpans, entitySpansOfIndices, NT, TAGS } from '../../src/extract/ner/tags.js';

/** A small deterministic generator (the same numbers on every run). */
function numbers(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

test('decodeBio gives the path viterbi gives, ties included, over a part of a document', () => {
  const next = numbers(7);
  for (let round = 0; round < 3000; round++) {
    // integer scores in a third of the rounds: many equal sums, where the lowest previous tag must win
    const value = () => (round % 3 === 0 ? Math.floor(next() * 4) - 2 : Math.fround((next() - 0.6) * 6));
    const total = 1 + Math.floor(next() * 20);
    const from = Math.floor(next() * total);
    const to = from + 1 + Math.floor(next() * (total - from));
    const em = Float32Array.from({ length: total * NT }, value);
    const start = Float32Array.from({ length: NT }, value);
    const trans = Float32Array.from({ length: NT * NT }, value);
    const expected = viterbi(em.subarray(from * NT, to * NT), to - from, start, trans);
    const out = new Uint8Array(total);
    decodeBio(em, from, to, start, transitionsInto(trans), out);
    assert.deepEqual([...out.subarray(from, to)], [...expected], `round ${round}`);
  }
});

/** The plain reading of the gazetteer marks, the oracle for phraseMarks: from each candidate that opens a
 *  name, phrases grown a word at a time and looked up as strings, the longest name kept. */
function phraseLookupMarks(
  norm: readonly string[],
  lex: PreparedLexicon,
  cands: readonly (readonly string[] | null)[],
): (string | null)[] {
  const marks: (string | null)[] = new Array(norm.length).fill(null);
  for (let i = 0; i < norm.length; i++) {
    for (const c of cands[i] ?? []) {
      const maxLen = lex.multiFirst.get(c);
      if (!maxLen) continue;
      let phrase = c;
      let found = 0;
      let org = false;
      for (let len = 2; len <= Math.min(maxLen, norm.length - i); len++) {
        phrase += ` ${norm[i + len - 1]}`;
        if (lex.orgs.has(phrase)) [found, org] = [len, true];
        else if (lex.places.has(phrase)) [found, org] = [len, false];
      }
      if (found) {
        markName(marks, i, found, org);
        i += found - 1;
        break;
      }
    }
  }
  return marks;
}

test('phraseMarks gives the marks a plain phrase look-up gives', () => {
  const lex = prepareLexicon({
    triggers: {},
    places: ['بيت لحم', 'الضفه الغربيه', 'دير الزور', 'ريف دير الزور', 'حلب'],
    orgs: ['الامم المتحده', 'دير الزور', 'مجلس الامن الدولي'],
  });
  const sentences = [
    'قال مجلس الامن الدولي في بيت لحم',
    'وصل الى ريف دير الزور من الضفه الغربيه',
    'في دير الزور و بيت',
    'الامم المتحده الامم المتحده',
    'ريف دير',
  ].map((s) => s.split(' '));
  // a word holding a space is read piece by piece, as the joined phrase would be
  sentences.push(['ريف دير', 'الزور', 'حلب']);
  const stems = (w: string) => (w.startsWith('و') && w.length > 3 ? [w, w.slice(1)] : [w]);
  const marks: (string | null)[] = [];
  for (const words of sentences) {
    const cands = words.map((w) => (stems(w).some((c) => lex.multiFirst.has(c)) ? stems(w) : null));
    phraseMarks(words, lex, cands, words.length, marks);
    assert.deepEqual(marks, phraseLookupMarks(words, lex, cands), words.join(' '));
    assert.deepEqual(gazetteerMarks(words, lex, cands), marks, 'the training path reads the same marks');
  }
  // only the first n words are read: the place of three words from the third
  phraseMarks(sentences[1]!, lex, sentences[1]!.map(stems), 5, marks);
  assert.deepEqual(marks, [null, null, 'gzB', 'gzI', 'gzI']);
});

test('entitySpansOfIndices gives the spans entitySpans gives', () => {
  const next = numbers(11);
  for (let round = 0; round < 2000; round++) {
    const tags = Uint8Array.from({ length: Math.floor(next() * 12) }, () =>
      next() < 0.4 ? 0 : Math.floor(next() * NT),
    );
    assert.deepEqual(entitySpansOfIndices(tags), entitySpans(Array.from(tags, (t) => TAGS[t]!)));
  }
});
