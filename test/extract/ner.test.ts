import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { emitTypeFeatures, typeFeatures } from '../../src/extract/ner/features.js';
import type { NerTag } from '../../src/extract/ner/index.js';
import {
  decodeModel,
  entitySpans,
  NER_MODEL_PATH,
  NerTagger,
  nerTagger,
  parseBioCorpus,
  sharedKnownWordVectors,
  splitTrainTest,
  tagTokens,
  tagWords,
} from '../../src/extract/ner/index.js';
import { overlapShares, parseNewsFane, parseWojood } from '../../src/extract/ner/other-corpora.js';
import { sharedKnownVectors, WordCache } from '../../src/extract/ner/word-cache.js';

test('entitySpans on hand-made tag sequences', () => {
  assert.deepEqual(entitySpans([]), []);
  assert.deepEqual(entitySpans(['O', 'O']), []);
  assert.deepEqual(entitySpans(['B-PERS', 'I-PERS', 'O', 'B-LOC']), [
    { start: 0, end: 2, type: 'PERS' },
    { start: 3, end: 4, type: 'LOC' },
  ]);
  // B after B starts a new span; a stray I opens one; a type change closes the span
  assert.deepEqual(entitySpans(['B-ORG', 'B-ORG', 'I-ORG', 'O', 'I-MISC', 'I-LOC'] as NerTag[]), [
    { start: 0, end: 1, type: 'ORG' },
    { start: 1, end: 3, type: 'ORG' },
    { start: 4, end: 5, type: 'MISC' },
    { start: 5, end: 6, type: 'LOC' },
  ]);
});

test("parseBioCorpus splits sentences at '.' and survives glitch lines", () => {
  const text = [
    'زار B-PERS',
    ' O',
    'سامي I-PERS',
    'دمشق B-LOC',
    '. Oأمس O',
    'عاد O',
    'الوفد O',
    'بيروت بعلبك B-LOC',
    'لا',
    '. O',
  ].join('\n');
  const s = parseBioCorpus(text);
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.words, ['زار', 'سامي', 'دمشق', '.']);
  assert.deepEqual(s[0]!.tags, ['B-PERS', 'I-PERS', 'B-LOC', 'O']);
  assert.deepEqual(s[1]!.words, ['أمس', 'عاد', 'الوفد', 'بيروت', 'بعلبك', 'لا', '.']);
  assert.deepEqual(s[1]!.tags, ['O', 'O', 'O', 'B-LOC', 'I-LOC', 'O', 'O']);
});

test('splitTrainTest starts the test set at the first sentence boundary at or after 5/6 of the words', () => {
  const sent = (n: number) => ({ words: Array.from({ length: n }, (_, k) => (k === n - 1 ? '.' : 'w')) });
  // 12 words: cut at word 10; sentences start at 0, 4, 8, 11 → test starts at the sentence starting at word 11
  const a = splitTrainTest([sent(4), sent(4), sent(3), sent(1)]);
  assert.equal(a.train.length, 3);
  assert.equal(a.test.length, 1);
  // a sentence starting exactly at the cut belongs to test: 6 + 4 + 2 = 12 words, cut 10
  const b = splitTrainTest([sent(6), sent(4), sent(2)]);
  assert.equal(b.train.length, 2);
  assert.equal(b.test.length, 1);
  assert.deepEqual(splitTrainTest([]), { train: [], test: [] });
});

test('the shipped model loads and finds a titled, unseen name', () => {
  const words = 'قال العقيد سامر الخطيب إن القوات دخلت مدينة حلب صباح اليوم .'.split(' ');
  const tags = tagWords(words);
  assert.equal(tags.length, words.length);
  const spans = entitySpans(tags);
  assert.ok(
    spans.some((s) => s.type === 'PERS' && s.start === 2 && s.end === 4),
    `expected PERS over سامر الخطيب, got ${JSON.stringify(spans)}`,
  );
  assert.ok(
    spans.some((s) => s.type === 'LOC' && s.start === 8 && s.end === 9),
    `expected LOC حلب, got ${JSON.stringify(spans)}`,
  );
  assert.deepEqual(tagWords([]), []);
});

test("the tagger's look-up of a feature by its pieces finds the row of the feature's string", () => {
  const model = decodeModel(readFileSync(NER_MODEL_PATH));
  for (const w of ['وبالمدينة', 'للوزير', 'سامر', 'الخطيب', 'وقال', '2019', 'abc', '<s>', ' </s>']) {
    const byString = typeFeatures(w, model.lexicon).self.map((f) => model.features.find(f));
    const byPieces: number[] = [];
    emitTypeFeatures(w, model.lexicon, (_level, prefix, value, from, to) => {
      byPieces.push(model.features.findJoined(prefix, value, from, to));
    });
    assert.deepEqual(byPieces, byString, w);
    assert.ok(
      byString.some((row) => row >= 0),
      w,
    );
  }
});

// Speed is the benchmark's to measure (scripts/measure-ner.ts, npm run bench), never a timed test.
test('tagging a sentence again, from the word cache, gives the same tags', () => {
  const words =
    'وأعلن وزير الخارجية المصري أحمد عبد الرحيم أن وفدا من جامعة الدول العربية سيزور العاصمة الليبية طرابلس الأسبوع المقبل .'.split(
      ' ',
    );
  const tagger = nerTagger();
  const first = tagger.tag(words);
  for (let k = 0; k < 3; k++) assert.deepEqual(tagger.tag(words), first);
  tagger.clearCache();
  assert.deepEqual(tagger.tag(words), first);
});

test('tagTokens gives PERS/LOC/ORG spans over the token indices of a whole text, sentence by sentence', () => {
  const tokens = 'قال العقيد سامر الخطيب إن القوات دخلت مدينة حلب . وزار الوفد دمشق أمس .'.split(' ');
  const spans = tagTokens(tokens);
  assert.ok(
    spans.some((s) => s.type === 'PERS' && s.start === 2 && s.end === 4),
    JSON.stringify(spans),
  );
  assert.ok(
    spans.some((s) => s.type === 'LOC' && s.start === 12 && s.end === 13),
    JSON.stringify(spans),
  );
  for (const s of spans) assert.ok(s.start >= 0 && s.end <= tokens.length && s.start < s.end);
  assert.deepEqual(tagTokens([]), []);
});

test('parseNewsFane maps the fine classes onto PERS/LOC/ORG (others to MISC) and splits at tab lines', () => {
  const text = [
    '\uFEFF\u200Eزار\tO',
    '\u200Eسامي\tB-Politician',
    '\u200Eالخطيب\tI-Politician',
    '\u200Eدمشق\tB-Population-Center',
    '\t',
    '\u200Eمطار\tB-Airport',
    '\u200Eوزارة\tB-Government',
    '',
  ].join('\r\n');
  const s = parseNewsFane(text);
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.words, ['زار', 'سامي', 'الخطيب', 'دمشق']);
  assert.deepEqual(s[0]!.tags, ['O', 'B-PERS', 'I-PERS', 'B-LOC']);
  assert.deepEqual(s[1]!.tags, ['B-MISC', 'B-ORG']);
});

test('parseWojood keeps the outermost span of a mapped type; GPE becomes LOC; unmapped outer spans let inner ones through', () => {
  const text = [
    'مجلس B-ORG',
    'الأمن I-ORG',
    'ضد I-ORG',
    'سامي I-ORG B-PERS',
    '',
    'سكرتير B-OCC',
    'اللجنة I-OCC B-ORG',
    'في I-OCC',
    'نابلس I-OCC B-GPE',
    'أمس B-DATE',
    '',
  ].join('\n');
  const s = parseWojood(text);
  assert.equal(s.length, 2);
  assert.deepEqual(s[0]!.tags, ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG']);
  assert.deepEqual(s[1]!.tags, ['O', 'B-ORG', 'O', 'B-LOC', 'B-MISC']);
});

test('overlapShares finds sentences whose text lies in a reference despite other tokenisation', () => {
  const ref = [{ words: 'وقال الوزير إن الاجتماع سيعقد في العاصمة الأسبوع المقبل'.split(' ') }];
  const sents = [
    { words: 'و قال الوزير ان الاجتماع سيعقد في العاصمة'.split(' '), tags: [] },
    { words: 'هطلت أمطار غزيرة على المناطق الساحلية طوال الليل'.split(' '), tags: [] },
  ];
  const [a, b] = overlapShares(sents, ref);
  assert.ok(a! > 0.9, String(a));
  assert.ok(b! < 0.1, String(b));
});

test('WordCache keeps frequent words across a turnover and hands out valid slots', () => {
  const cache = new WordCache(2, 3);
  const none = { key: null, kind: -1 };
  const vec = (slot: number) => Array.from(cache.youngVecs.subarray(slot * 3, slot * 3 + 3));
  cache.reserve();
  const a = cache.add(cache.find('a'), 'a', [1, 2, 3], 'a', null, none);
  const b = cache.add(cache.find('b'), 'b', [4, 5, 6], 'b', ['b'], none);
  assert.deepEqual(vec(b), [4, 5, 6]);
  assert.equal(cache.find('a'), a);
  cache.reserve(); // full: the young generation becomes the old one
  const a2 = cache.find('a'); // moves back into the young one
  assert.ok(a2 >= 0);
  assert.deepEqual(vec(a2), [1, 2, 3]);
  assert.equal(cache.youngNorm(a2), 'a');
  assert.deepEqual({ key: cache.stem(a2), kind: cache.kind(a2) }, none);
  const c = cache.add(cache.find('c'), 'c', [7, 8, 9], 'c', null, none);
  cache.add(cache.find('d'), 'd', [0, 0, 1], 'd', null, none); // over capacity within one sentence: the pool grows
  assert.deepEqual(vec(c), [7, 8, 9]);
  cache.reserve();
  cache.reserve();
  assert.equal(cache.find('b'), -1); // not seen for two turnovers
  cache.clear();
  assert.equal(cache.find('a'), -1);
});

test('WordCache keeps the known words at their rows for good', () => {
  const rows = new Map([
    ['x', 0],
    ['y', 1],
  ]);
  const cache = new WordCache(1, 2, { rows: 2, row: (key) => rows.get(key) ?? -1 });
  const none = { key: null, kind: -1 };
  const fact = { key: 'y', kind: 3 };
  cache.reserve();
  const missed = cache.find('y');
  assert.ok(missed < -1); // a known word not yet seen
  assert.equal(cache.add(missed, 'y', [5, 6], 'y', ['y'], fact), 1);
  assert.deepEqual(Array.from(cache.fixedVecs.subarray(2, 4)), [5, 6]);
  const z = cache.add(cache.find('z'), 'z', [7, 8], 'z', null, none); // unknown: the young generation
  assert.equal(z, cache.fixedRows);
  for (let k = 0; k < 4; k++) {
    cache.reserve();
    cache.add(cache.find(`w${k}`), `w${k}`, [0, 0], `w${k}`, null, none);
  }
  assert.equal(cache.find('z'), -1); // turned over
  assert.equal(cache.find('y'), 1); // kept
  assert.deepEqual({ key: cache.stem(1), kind: cache.kind(1) }, fact);
  assert.deepEqual(cache.gaz(1), ['y']);
  cache.clear();
  assert.ok(cache.find('y') < -1);
});

test('WordCache gives a stem that is a known word its row for id, another stem an id after the rows', () => {
  const rows = new Map([
    ['x', 0],
    ['y', 1],
  ]);
  const cache = new WordCache(4, 1, { rows: 2, row: (key) => rows.get(key) ?? -1 });
  cache.reserve();
  const wy = cache.add(cache.find('wy'), 'wy', [0], 'wy', null, { key: 'y', kind: -1 });
  const by = cache.add(cache.find('by'), 'by', [0], 'by', null, { key: 'y', kind: 2 });
  const wq = cache.add(cache.find('wq'), 'wq', [0], 'wq', null, { key: 'q', kind: -1 });
  const bq = cache.add(cache.find('bq'), 'bq', [0], 'bq', null, { key: 'q', kind: -1 });
  const none = cache.add(cache.find('r'), 'r', [0], 'r', null, { key: null, kind: 1 });
  assert.equal(cache.stemId(wy), 1);
  assert.equal(cache.stemId(by), 1);
  assert.equal(cache.stemId(wq), cache.fixedRows);
  assert.equal(cache.stemId(bq), cache.fixedRows);
  assert.equal(cache.stemId(none), -1);
});

test("WordCaches given one shared buffer share the known words' vectors, each keeping its own facts", () => {
  const rows = new Map([
    ['x', 0],
    ['y', 1],
  ]);
  const known = { rows: 2, row: (key: string) => rows.get(key) ?? -1 };
  const buffer = sharedKnownVectors(4, 2);
  const first = new WordCache(1, 2, known, buffer);
  const second = new WordCache(1, 2, known, buffer);
  const fact = { key: 'y', kind: 3 };
  const missed = first.find('y');
  assert.equal(first.vectorReady(missed), false);
  first.add(missed, 'y', [5, 6], 'y', null, fact);
  const again = second.find('y');
  assert.ok(again < -1); // the second cache has not met the word itself
  assert.equal(second.vectorReady(again), true); // but its vector is written
  assert.equal(second.add(again, 'y', null, 'y', ['y'], fact), 1);
  assert.deepEqual(Array.from(second.fixedVecs.subarray(2, 4)), [5, 6]);
  assert.deepEqual(second.gaz(1), ['y']);
  assert.equal(first.gaz(1), null);
  // a buffer of another width, or too small for the rows, is not used (the cache has its own)
  assert.equal(new WordCache(1, 3, known, buffer).vectorReady(-3), false);
  const small = sharedKnownVectors(1, 2);
  const one = new WordCache(1, 2, { rows: 1, row: (key) => (key === 'x' ? 0 : -1) }, small);
  one.add(one.find('x'), 'x', [1, 2], 'x', null, fact);
  assert.equal(new WordCache(1, 2, { rows: 1, row: () => 0 }, small).vectorReady(-2), true);
  assert.equal(new WordCache(1, 2, known, small).vectorReady(-2), false);
});

test("taggers sharing their known words' vectors tag as a tagger of its own does", () => {
  const sentences = [
    'وقال رئيس الوزراء العراقي إن القوات الأمنية دخلت مدينة الموصل صباح اليوم .',
    'وأكدت وزارة الدفاع الأمريكية أن الوزير سيزور بغداد والبصرة الأسبوع المقبل .',
  ].map((s) => s.split(' '));
  const buffer = sharedKnownWordVectors();
  const model = decodeModel(readFileSync(NER_MODEL_PATH));
  const first = new NerTagger(model, buffer);
  const second = new NerTagger(model, buffer);
  const alone = new NerTagger(model);
  for (const words of sentences) {
    const expected = alone.tag(words);
    assert.deepEqual(first.tag(words), expected);
    assert.deepEqual(second.tag(words), expected); // the known words' vectors the first one wrote
  }
});
