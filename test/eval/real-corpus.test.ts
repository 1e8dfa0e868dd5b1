// Unseen real text: run the whole per-document pipeline over real articles from the shared corpora
// and check what must hold everywhere: no crash, every span inside its text and covering its number,
// dates that are real dates. (The corpora stay in ../shared; this test skips when they are absent.)

import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../../src/extract/index.js';
import { isProblem, readInputs } from '../../src/ingest/index.js';
import { buildDossier } from '../../src/reconcile/index.js';
import type { DocAnalysis } from '../../src/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const corpora = [
  'ant-multisource-2018/ant_multisource_v2.1.jsonl.gz',
  'saudinewsnet-2015/saudinewsnet.jsonl.gz',
].map((p) => join(root, '..', 'shared', 'data', p));

for (const file of corpora) {
  test(`pipeline holds its invariants on real articles: ${file.split('/').slice(-2).join('/')}`, {
    skip: !existsSync(file) && `corpus not found at ${file}`,
  }, async () => {
    const analyses: DocAnalysis[] = [];
    let claims = 0,
      quotes = 0;
    for await (const d of readInputs([file], { limit: 400 })) {
      if (isProblem(d)) continue;
      const a = analyzeDocument(d);
      analyses.push(a);
      const t = d.text;
      for (const c of a.claims) {
        claims++;
        assert.ok(
          c.start >= 0 && c.end <= t.length && c.start < c.end && c.end - c.start <= 600,
          `${d.id} claim span`,
        );
        assert.ok(
          c.start <= c.number.numStart && c.number.numEnd <= c.end,
          `${d.id} claim covers its number`,
        );
        if (c.value.low !== null && c.value.high !== null)
          assert.ok(c.value.low <= c.value.high, `${d.id} interval`);
      }
      for (const q of a.quotes) {
        quotes++;
        assert.ok(q.start >= 0 && q.end <= t.length && q.start < q.end, `${d.id} quote span`);
      }
      for (const m of a.mentions) assert.equal(t.slice(m.start, m.end).length, m.end - m.start);
      for (const x of a.dates) if (x.value) assert.match(x.value, /^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    assert.ok(analyses.length > 300);
    assert.ok(claims > 50, `only ${claims} claims in ${analyses.length} articles`);
    assert.ok(quotes > 100, `only ${quotes} quotes`);
    const d = buildDossier(analyses);
    assert.equal(d.documents.length, analyses.length);
  });
}
