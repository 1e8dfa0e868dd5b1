import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anyStemIn } from '../../src/extract/stem-sets.js';
import { normalize } from '../../src/text/normalize.js';
import { tokenize, tokenStems } from '../../src/text/tokens.js';

test('anyStemIn answers as a look-up of every stem, for several sets over one document', () => {
  const text = 'قال المتحدث باسم وللجيش والحكومة بالمدينة إن الوزارة فتحت مكتبا للشركة';
  const sets = [
    new Set(['جيش', 'مدينه']),
    new Map([['الوزاره', 1]]),
    new Set(['شركه', 'الحكومه']),
    new Set<string>(),
  ].map((s) => (s instanceof Map ? new Map([...s].map(([k, v]) => [normalize(k), v])) : s));
  // the stems cut in a copy of the tokens give the expected answers
  const expected = tokenize(text).map((t) => sets.map((s) => tokenStems(t).some((stem) => s.has(stem))));
  const tokens = tokenize(text);
  for (let round = 0; round < 2; round++)
    for (let i = 0; i < tokens.length; i++)
      for (let k = 0; k < sets.length; k++)
        assert.equal(anyStemIn(tokens, i, sets[k]!), expected[i]![k], `${tokens[i]!.norm} ${k}`);
  assert.ok(expected.some((row) => row.some(Boolean)));
});
