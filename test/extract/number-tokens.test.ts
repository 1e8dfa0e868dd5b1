// The number finder's tokens read from the Doc's tokens are the tokens of the normalised text, or not
// used (null) where the two could differ. Sentences written for this test.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findNumbers } from '../../src/extract/numbers/index.js';
import { tokens, tokensOfDoc } from '../../src/extract/numbers/tokens.js';
import { normalizeWithMap } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokens.js';

const viaDoc = (s: string) => {
  const m = normalizeWithMap(s);
  return { m, fromDoc: tokensOfDoc(tokenize(s, 0, s.length, m), m) };
};

test('tokensOfDoc: the same tokens as the normalised text cut again', () => {
  for (const s of [
    'قُتل ٢٥ شخصاً وأصيب 3,000 آخرون في الـ20 من يناير 2022.',
    'أعلنت الوزارة عن سقوط 374من الجرحى و223″ في الساعة 21:28',
    'Reuters: 12.5% of 1.000.000 — قرابة ١٢٫٥ مليون دولار',
    'سيارتين  مفخختين\n\nوالثلاثاء   الماضي (2022/01/24)',
    'قتل 5\ufeff أشخاص',
  ]) {
    const { m, fromDoc } = viaDoc(s);
    assert.deepEqual(fromDoc, tokens(m.text), s);
  }
});

test('tokensOfDoc: null where a token or a space normalises to nothing, or a surrogate is alone', () => {
  for (const s of ['قتل 5 ـ أشخاص', 'قتل\u200c5 أشخاص', 'قتل\ufeffأشخاص', 'قتل \ud800 5 أشخاص'])
    assert.equal(viaDoc(s).fromDoc, null, JSON.stringify(s));
});

test('findNumbers: the same numbers with the Doc tokens as without', () => {
  for (const s of ['قتل ٢٥ شخصاً وأصيب أكثر من 30 آخرين', 'قتل 5\ufeff أشخاص بين 10 و20 جريحا']) {
    const m = normalizeWithMap(s);
    const docTokens = tokenize(s, 0, s.length, m);
    assert.deepEqual(findNumbers(s, 0, s.length, m, docTokens), findNumbers(s));
  }
});
