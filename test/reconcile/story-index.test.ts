// The story's texts as an index of words (reconcile/story-index.ts, form-table.ts).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findName, indexTexts, normAt } from '../../src/reconcile/story-index.js';
import { normalizeToken } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokens.js';

test('each word of the index has the normalised form of its token, one string per form', () => {
  const long = 'ب'.repeat(70); // longer than a token folded unit by unit
  const texts = [
    'قالَ المُتحدّثُ إنّ الأمطارَ غمرت قريةَ الواحة، وأُغلقت الطرقُ ١٢ ساعة.',
    `وقال متحدث: غمرت الامطار قرية الواحه وبالواحة مدرسة ـ ${long} ${long}ـ`,
  ];
  const { stories, where } = indexTexts(texts);
  stories.forEach((story, at) => {
    const words = tokenize(texts[at]!).filter((token) => token.word);
    const norms = [...story.ids].map((_, word) => normAt(story, word));
    assert.deepEqual(
      norms,
      words.map((token) => normalizeToken(texts[at]!, token.start, token.end)),
    );
    assert.deepEqual(
      [...story.starts],
      words.map((token) => token.start),
    );
    for (let word = 0; word < story.ids.length; word++)
      assert.equal(where.formString(story.ids[word]!), norms[word]);
  });
  assert.equal(normAt(stories[0]!, 3), normAt(stories[1]!, 3), 'الأمطارَ and الامطار: one form');
  assert.equal(findName(['قريه', 'الواحه'], where).length, 2);
  assert.equal(where.countOf('الواحه'), 3, 'and once after its proclitic');
});
