import assert from 'node:assert/strict';
import { test } from 'node:test';
import { someStemForm } from '../../src/text/clitics.js';
import {
  findFurniture,
  normalize,
  normalizeSpan,
  normalizeWithMap,
  sentences,
  stems,
  tokenize,
  toOriginal,
} from '../../src/text/index.js';
import { looseKey, looseWords } from '../../src/text/normalize.js';
import { forEachToken, TOKEN } from '../../src/text/tokens.js';

test('normalize folds hamza forms, alef maqsura, ta marbuta, diacritics, tatweel and digits', () => {
  assert.equal(normalize('أكّدَ إنّ'), 'اكد ان');
  assert.equal(normalize('مدينةٌ'), 'مدينه');
  assert.equal(normalize('مستشفى'), 'مستشفي');
  assert.equal(normalize('لـ٣٧٤'), 'ل374');
  assert.equal(normalize('۱۲'), '12');
});

test('the normalised text maps back to the original offsets', () => {
  const original = 'قالَ المتحدّث: ٢٠٠ عنصر';
  const m = normalizeWithMap(original);
  const i = m.text.indexOf('200');
  const back = toOriginal(m, i, i + 3);
  assert.equal(original.slice(back.start, back.end), '٢٠٠');
  const j = m.text.indexOf('المتحدث');
  const b2 = toOriginal(m, j, j + 'المتحدث'.length);
  assert.equal(original.slice(b2.start, b2.end), 'المتحدّث');
});

test('someStemForm asks of every stem stems() gives, without cutting it', () => {
  const words = [
    'وللمقاتلين',
    'بالمدينه',
    'والقتلي',
    'فالجيش',
    'للعراق',
    'كالبحر',
    'ولبنان',
    'الى',
    'وزير',
    'لل',
    'وبه',
  ];
  for (const word of words) {
    const asked = new Set<string>();
    const none = someStemForm(word, {
      mayHave: (prefix, w, from, to) => {
        asked.add(prefix + w.slice(from, to));
        return false;
      },
    });
    assert.equal(none, false);
    for (const stem of stems(word)) assert.ok(asked.has(stem), `${word}: ${stem}`);
    assert.equal(
      someStemForm(word, {
        mayHave: (prefix, w, from, to) => prefix + w.slice(from, to) === stems(word).at(-1),
      }),
      true,
    );
  }
});

test('stems strip conjunctions, prepositions and the article', () => {
  assert.ok(stems('وللمقاتلين').includes('المقاتلين'));
  assert.ok(stems('بالمدينه').includes('مدينه'));
  assert.ok(stems('والقتلي').includes('قتلي'));
});

test('tokens split numbers glued to words and quote marks', () => {
  const t = 'قتل 40من العناصر و223″ سجينا ولـ20';
  const toks = tokenize(t).map((x) => t.slice(x.start, x.end));
  for (const w of ['40', 'من', '223', '″', '20']) assert.ok(toks.includes(w), w);
});

test('the hand-written token scan finds exactly the matches of the TOKEN regex', () => {
  const t =
    'قالَ ١٢٫٥ و3,000.  ــالـ20 ۱۲/۴/2020 1.2.3. 4: x\uD83D\uDE00y \uD800 z\uDC00 \u{1D49C}\u{1D49D} «نعم»\u00a0\ufeff!';
  const byRegex = (s: number, e: number) => {
    const re = new RegExp(TOKEN.source, 'gu');
    re.lastIndex = s;
    const out: number[][] = [];
    for (let m = re.exec(t); m && m.index < e; m = re.exec(t)) out.push([m.index, Math.min(e, re.lastIndex)]);
    return out;
  };
  for (const [s, e] of [
    [0, t.length],
    [3, 20],
    [7, 30],
  ] as const)
    assert.deepEqual(
      tokenize(t, s, e).map((x) => [x.start, x.end]),
      byRegex(s, e),
    );
});

test('sentences never cross a line break and keep offsets', () => {
  const t = 'قال المدير إن العمل بدأ. وأضاف أنه سينتهي قريبا\nسطر ثان';
  const s = sentences(t).map((x) => t.slice(x.start, x.end));
  assert.deepEqual(s, ['قال المدير إن العمل بدأ.', 'وأضاف أنه سينتهي قريبا', 'سطر ثان']);
});

test('page furniture is marked, not deleted', () => {
  const t =
    'عنوان الخبر\n+A\nحجم الخط\n-A\nقتل خمسة أشخاص في الهجوم.\nاقرأ أيضاً: خبر آخر عن شيء آخر\nاشترك في نشرتنا البريدية\nصورة الشارع بعد الانفجار (أرشيف - وكالة)\nنص آخر\nصورة الشارع بعد الانفجار (أرشيف - وكالة)';
  const f = findFurniture(t);
  const kinds = f.map((x) => `${x.kind}:${t.slice(x.start, x.end)}`);
  assert.ok(kinds.includes('widget:+A'));
  assert.ok(kinds.includes('widget:حجم الخط'));
  assert.ok(kinds.some((k) => k.startsWith('teaser:اقرأ')));
  assert.ok(kinds.some((k) => k.startsWith('newsletter:')));
  assert.equal(kinds.filter((k) => k.startsWith('caption:')).length, 2);
  assert.ok(!kinds.some((k) => k.includes('قتل خمسة')));
  assert.equal(
    t.length,
    'عنوان الخبر\n+A\nحجم الخط\n-A\nقتل خمسة أشخاص في الهجوم.\nاقرأ أيضاً: خبر آخر عن شيء آخر\nاشترك في نشرتنا البريدية\nصورة الشارع بعد الانفجار (أرشيف - وكالة)\nنص آخر\nصورة الشارع بعد الانفجار (أرشيف - وكالة)'
      .length,
  );
});

test('each kind of furniture rule gets past the gate before the rules (line, prefix, contains, regex)', () => {
  const lines = [
    'تصنيفات',
    'الكلمات الدالة: حريق، مدينة',
    'مدة وقت القراءة ثلاث دقائق',
    'صورة نشرها ناشط pic.twitter.com/abcdef',
    'https://example.com/a/b',
    'سقط المطر أمس على المدينة.',
  ];
  const t = lines.join('\n');
  const kinds = findFurniture(t).map((x) => `${x.kind}:${t.slice(x.start, x.end)}`);
  assert.deepEqual(kinds, [
    `category:${lines[0]}`,
    `category:${lines[1]}`,
    `widget:${lines[2]}`,
    `tweet:${lines[3]}`,
    `tweet:${lines[4]}`,
  ]);
});

test('normalizeSpan reads a line from the whole text normalised, as normalize of the line would', () => {
  const text = 'سطرٌ أوّل\u00A0 فيه  مسافات\nقصير \uD800 بنصف حرف\n\t آخِر السطور ١٢ \nكلمة \uD83D\uDE00 تامة';
  const whole = normalizeWithMap(text);
  let start = 0;
  for (const line of text.split('\n')) {
    assert.equal(normalizeSpan(text, whole, start, start + line.length), normalize(line));
    start += line.length + 1;
  }
});

test('tokenize reads the same normalised forms from the whole text normalised', () => {
  const text = 'أعلنَتْ الـ٢٠ جهةً مستشفى\u200B «قال» \uD800x 𝐀𝐁 ۱۲٫٥ و223';
  const whole = normalizeWithMap(text);
  assert.deepEqual(tokenize(text, 0, text.length, whole), tokenize(text));
  assert.deepEqual(tokenize(text, 3, 30, whole), tokenize(text, 3, 30));
});

test('forEachToken visits the tokens of tokenize, with their word flags, without an object each', () => {
  const t =
    'قالَ ١٢٫٥ و3,000.  ــالـ20 ۱۲/۴/2020 1.2.3. 4: x\uD83D\uDE00y \uD800 z\uDC00 \u{1D49C}\u{1D49D} «نعم»\u00a0\ufeff! ـ ــب';
  for (const [s, e] of [
    [0, t.length],
    [3, 20],
    [7, 30],
    [2, 58],
  ] as const) {
    const visited: [number, number, boolean][] = [];
    forEachToken(t, (start, end, word) => visited.push([start, end, word]), s, e);
    assert.deepEqual(
      visited,
      tokenize(t, s, e).map((x) => [x.start, x.end, x.word]),
    );
  }
});

/** 300 strings of fewer than `most` pieces each, drawn with a seeded linear congruential generator. */
function randomJoins(pieces: readonly string[], seed: number, most: number): string[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const joins: string[] = [];
  for (let round = 0; round < 300; round++) {
    let s = '';
    const count = next() % most;
    for (let i = 0; i < count; i++) s += pieces[next() % pieces.length];
    joins.push(s);
  }
  return joins;
}

test('looseWords is the loose key between two spaces, for long texts too', () => {
  const pieces = [
    'قال المسؤول',
    ' ',
    '  ',
    '\n\t',
    '، ',
    '«مؤسسة الإغاثة»',
    'ء',
    '\u00a0',
    '\ud83d',
    '\ude00',
    'x',
  ];
  for (const s of randomJoins(pieces, 7, 60))
    assert.equal(looseWords(s), ` ${looseKey(s)} `, JSON.stringify(s));
  assert.equal(looseWords(''), '  ');
});

test('normalize and looseKey read a short string as they read a long one', () => {
  const pieces = [
    'قالَ المسؤولُ',
    ' ',
    '  ',
    '\n\t',
    '، ',
    '«مؤسسة الإغاثة»',
    'ء',
    '\u00a0',
    'ـ',
    'A',
    '٣',
    'x',
  ];
  const padding = ' '.repeat(70); // trimmed away, and the string is long
  for (const s of randomJoins(pieces, 11, 12)) {
    if (s.length > 64) continue;
    assert.equal(normalize(s), normalize(s + padding), JSON.stringify(s));
    assert.equal(looseKey(s), looseKey(padding + s), JSON.stringify(s));
  }
  assert.equal(normalize('\ud83d'), '\ud83d'); // a lone surrogate kept in a short string
});

test("a hashtag's underscores part its words; the words keep their offsets", () => {
  const t = 'نشر #وزارة_الداخلية بيانا';
  const words = tokenize(t).filter((x) => x.word);
  assert.deepEqual(
    words.map((x) => t.slice(x.start, x.end)),
    ['نشر', 'وزارة', 'الداخلية', 'بيانا'],
  );
  assert.equal(words[2]!.start, words[1]!.end + 1);
});

test('a link back to the article closing a paragraph is furniture from its words on; the outlet stays a mention', () => {
  const t = 'أغلقت الطرق بسبب الثلوج.   رابط الخبر بصحيفة المدينة اليوم: أغلقت الطرق بسبب الثلوج';
  const [link] = findFurniture(t);
  assert.equal(link?.kind, 'link');
  assert.equal(t.slice(link!.start, link!.end), 'رابط الخبر بصحيفة المدينة اليوم: أغلقت الطرق بسبب الثلوج');
});
