// Outlets: from a manifest beside the texts, else from the text (the site's own name, a dateline credit).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { isProblem, readInputs } from '../../src/ingest/index.js';
import { outletFromText } from '../../src/ingest/outlet.js';
import type { Document, InputProblem } from '../../src/types.js';

test('the site names itself in its newsletter box', () => {
  const text =
    'قال مسؤول محلي إن الطريق أغلق.\n\nانضم إلى قائمة قرّاء محتوى نافذة المدينة واشترك بنشرتنا البريدية.';
  const o = outletFromText(text)!;
  assert.equal(o.outlet, 'نافذة المدينة');
  assert.equal(text.slice(o.start, o.end), 'نافذة المدينة');
});

test('a dateline credit names the outlet; a place or "متابعات" does not', () => {
  assert.equal(outletFromText('عنوان الخبر\nعمّان-صوت الحي\n\nقال شاهد إن السوق أغلق.')?.outlet, 'صوت الحي');
  assert.equal(
    outletFromText('نافذة الجنوب -حلب- 3 مارس 2021-قال شاهد إن السوق أغلق.')?.outlet,
    'نافذة الجنوب',
  );
  assert.equal(outletFromText('إسطنبول - متابعات\n\nقال شاهد إن السوق أغلق.'), null);
  assert.equal(outletFromText('قال شاهد إن السوق أغلق في المدينة اليوم.'), null);
});

async function read(dir: string): Promise<(Document | InputProblem)[]> {
  const out: (Document | InputProblem)[] = [];
  for await (const x of readInputs([dir])) out.push(x);
  return out;
}

test('a manifest beside the texts gives outlets and URLs; a broken one is named and the texts still read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-manifest-'));
  try {
    writeFileSync(join(dir, 'a.txt'), 'قال شاهد إن السوق أغلق.');
    writeFileSync(join(dir, 'b.txt'), 'قال شاهد آخر إن الطريق أغلق.');
    const manifest = {
      format: 'isnad.manifest/1',
      documents: [{ id: 'a', outlet: 'Outlet A', url: 'https://example.org/a' }],
    };
    writeFileSync(join(dir, 'isnad-manifest.json'), JSON.stringify(manifest));
    const docs = (await read(dir)).filter((x): x is Document => !isProblem(x));
    assert.deepEqual(
      docs.map((d) => [d.id, d.outlet, d.url]),
      [
        ['a', 'Outlet A', 'https://example.org/a'],
        ['b', undefined, undefined],
      ],
    );
    writeFileSync(join(dir, 'isnad-manifest.json'), '{not json');
    const sub = mkdtempSync(join(dir, 'again-'));
    writeFileSync(join(sub, 'c.txt'), 'قال شاهد إن السوق أغلق.');
    writeFileSync(join(sub, 'isnad-manifest.json'), '{not json');
    const items = await read(sub);
    assert.equal(items.filter(isProblem).length, 1);
    assert.match((items.find(isProblem) as InputProblem).reason, /not valid JSON/);
    assert.equal(items.filter((x) => !isProblem(x)).length, 1);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
