// The example story, scored by the shared scorer: CI fails if isnad falls below the floor reached.
// The floors are what the rules reach today, a little below, so that a regression shows at once.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const shared = join(root, '..', 'shared');
const scorer = join(shared, 'eval', 'score.mjs');
const gold = join(shared, 'eval', 'hasakah-2022.gold.json');

export const FLOORS = {
  claims: 0.95,
  speaker: 0.9,
  quotes_recall: 0.9,
  quotes_speaker: 0.9,
  timeline: 0.8,
  entities: 0.88,
  dates: 1,
};

test('example story scores at or above the floors', {
  skip: !existsSync(scorer) && `scorer not found at ${scorer}`,
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-eval-'));
  try {
    const out = join(dir, 'd.json');
    const a = spawnSync(
      process.execPath,
      [join(root, 'bin', 'isnad'), 'analyze', join(root, 'examples', 'hasakah-2022'), '--json', out, '-q'],
      { encoding: 'utf8' },
    );
    assert.equal(a.status, 0, a.stderr);
    const r = spawnSync(process.execPath, [scorer, '--gold', gold, '--dossier', out, '--json'], {
      encoding: 'utf8',
    });
    assert.equal(r.status, 0, r.stderr);
    const s = JSON.parse(r.stdout);
    console.log(
      `example: claims F1 ${s.claims.f1}, speaker ${s.attribution.speaker}, quotes R ${s.quotes.recall} (speaker ${s.quotes.speaker}), timeline F1 ${s.timeline.f1}, entities F1 ${s.entities.f1}, dates ${s.published.accuracy}`,
    );
    assert.ok(s.claims.f1 >= FLOORS.claims, `claims F1 ${s.claims.f1}`);
    assert.ok(s.attribution.speaker >= FLOORS.speaker, `speaker ${s.attribution.speaker}`);
    assert.ok(s.quotes.recall >= FLOORS.quotes_recall, `quotes recall ${s.quotes.recall}`);
    assert.ok(s.quotes.speaker >= FLOORS.quotes_speaker, `quote speaker ${s.quotes.speaker}`);
    assert.ok(s.timeline.f1 >= FLOORS.timeline, `timeline F1 ${s.timeline.f1}`);
    assert.ok(s.entities.f1 >= FLOORS.entities, `entities F1 ${s.entities.f1}`);
    assert.ok(s.published.accuracy >= FLOORS.dates, `dates ${s.published.accuracy}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
