// The development set (../shared/eval/dev), the grown set (eval/stories) and the six fresh sets (eval/fresh … eval/fresh6), scored by the shared
// scorer over every story (micro-averaged): CI fails if isnad falls below the floors reached on
// unseen news. The floors are what isnad reaches today, a little below.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const shared = join(root, '..', 'shared');
const scoreSet = join(shared, 'eval', 'score-set.mjs');
const corpora = join(shared, 'data', 'ant-multisource-2018');

interface Micro {
  failed: number;
  claims_f1: number;
  speaker: number;
  quotes_recall: number;
  quote_speaker: number;
  timeline_f1: number;
  entities_f1: number;
  dates: number;
}

const SETS: { name: string; dir: string; floors: Omit<Micro, 'failed'> }[] = [
  {
    name: 'development set',
    dir: join(shared, 'eval', 'dev'),
    floors: {
      claims_f1: 0.9,
      speaker: 0.875,
      quotes_recall: 0.89,
      quote_speaker: 0.875,
      timeline_f1: 0.75,
      entities_f1: 0.71,
      dates: 0.95,
    },
  },
  {
    name: 'grown set',
    dir: join(root, 'eval', 'stories'),
    floors: {
      claims_f1: 0.86,
      speaker: 0.875,
      quotes_recall: 0.86,
      quote_speaker: 0.86,
      timeline_f1: 0.76,
      entities_f1: 0.715,
      dates: 0.97,
    },
  },
  {
    name: 'fresh set',
    dir: join(root, 'eval', 'fresh'),
    floors: {
      claims_f1: 0.8,
      speaker: 0.75,
      quotes_recall: 0.86,
      quote_speaker: 0.77,
      timeline_f1: 0.59,
      entities_f1: 0.65,
      dates: 0.8,
    },
  },
  {
    name: 'second fresh set',
    dir: join(root, 'eval', 'fresh2'),
    floors: {
      claims_f1: 0.76,
      speaker: 0.78,
      quotes_recall: 0.9,
      quote_speaker: 0.76,
      timeline_f1: 0.77,
      entities_f1: 0.57,
      dates: 0.97,
    },
  },
  {
    name: 'third fresh set',
    dir: join(root, 'eval', 'fresh3'),
    floors: {
      claims_f1: 0.79,
      speaker: 0.83,
      quotes_recall: 0.88,
      quote_speaker: 0.72,
      timeline_f1: 0.6,
      entities_f1: 0.49,
      dates: 0.93,
    },
  },
  {
    name: 'fourth fresh set',
    dir: join(root, 'eval', 'fresh4'),
    floors: {
      claims_f1: 0.74,
      speaker: 0.91,
      quotes_recall: 0.88,
      quote_speaker: 0.83,
      timeline_f1: 0.59,
      entities_f1: 0.55,
      dates: 0.97,
    },
  },
  {
    name: 'fifth fresh set',
    dir: join(root, 'eval', 'fresh5'),
    floors: {
      claims_f1: 0.77,
      speaker: 0.77,
      quotes_recall: 0.9,
      quote_speaker: 0.73,
      timeline_f1: 0.61,
      entities_f1: 0.49,
      dates: 0.93,
    },
  },
  {
    name: 'sixth fresh set',
    dir: join(root, 'eval', 'fresh6'),
    floors: {
      claims_f1: 0.74,
      speaker: 0.8,
      quotes_recall: 0.88,
      quote_speaker: 0.74,
      timeline_f1: 0.68,
      entities_f1: 0.55,
      dates: 0.97,
    },
  },
];

for (const set of SETS) {
  const missing = !existsSync(scoreSet)
    ? `scorer not found at ${scoreSet}`
    : !existsSync(corpora)
      ? `corpora not found at ${corpora}`
      : !existsSync(set.dir) && `${set.name} not found at ${set.dir}`;
  test(`${set.name}: micro-averaged scores at or above the floors`, { skip: missing }, () => {
    const run = spawnSync(
      process.execPath,
      [scoreSet, '--set', set.dir, '--cli', join(root, 'bin', 'isnad'), '--json'],
      { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 },
    );
    assert.equal(run.status, 0, run.stderr);
    const micro = (JSON.parse(run.stdout) as { micro: Micro }).micro;
    assert.equal(micro.failed, 0, 'every story was analysed');
    for (const [field, floor] of Object.entries(set.floors))
      assert.ok(
        micro[field as keyof Micro] >= floor,
        `${set.name} ${field} ${micro[field as keyof Micro]} is under its floor ${floor}`,
      );
  });
}
