// The development set (../shared/eval/dev), the grown set (eval/stories) and the twenty fresh sets (eval/fresh … eval/fresh20), scored by the shared
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
      claims_f1: 0.905,
      speaker: 0.89,
      quotes_recall: 0.9,
      quote_speaker: 0.89,
      timeline_f1: 0.78,
      entities_f1: 0.72,
      dates: 0.96,
    },
  },
  {
    name: 'grown set',
    dir: join(root, 'eval', 'stories'),
    floors: {
      claims_f1: 0.86,
      speaker: 0.875,
      quotes_recall: 0.87,
      quote_speaker: 0.865,
      timeline_f1: 0.76,
      entities_f1: 0.725,
      dates: 0.99,
    },
  },
  {
    name: 'fresh set',
    dir: join(root, 'eval', 'fresh'),
    floors: {
      claims_f1: 0.81,
      speaker: 0.775,
      quotes_recall: 0.89,
      quote_speaker: 0.795,
      timeline_f1: 0.595,
      entities_f1: 0.7,
      dates: 0.815,
    },
  },
  {
    name: 'second fresh set',
    dir: join(root, 'eval', 'fresh2'),
    floors: {
      claims_f1: 0.785,
      speaker: 0.795,
      quotes_recall: 0.905,
      quote_speaker: 0.775,
      timeline_f1: 0.775,
      entities_f1: 0.585,
      dates: 0.99,
    },
  },
  {
    name: 'third fresh set',
    dir: join(root, 'eval', 'fresh3'),
    floors: {
      claims_f1: 0.805,
      speaker: 0.86,
      quotes_recall: 0.905,
      quote_speaker: 0.77,
      timeline_f1: 0.645,
      entities_f1: 0.51,
      dates: 0.94,
    },
  },
  {
    name: 'fourth fresh set',
    dir: join(root, 'eval', 'fresh4'),
    floors: {
      claims_f1: 0.76,
      speaker: 0.92,
      quotes_recall: 0.885,
      quote_speaker: 0.85,
      timeline_f1: 0.645,
      entities_f1: 0.575,
      dates: 0.99,
    },
  },
  {
    name: 'fifth fresh set',
    dir: join(root, 'eval', 'fresh5'),
    floors: {
      claims_f1: 0.775,
      speaker: 0.78,
      quotes_recall: 0.91,
      quote_speaker: 0.76,
      timeline_f1: 0.655,
      entities_f1: 0.515,
      dates: 0.945,
    },
  },
  {
    name: 'sixth fresh set',
    dir: join(root, 'eval', 'fresh6'),
    floors: {
      claims_f1: 0.82,
      speaker: 0.83,
      quotes_recall: 0.895,
      quote_speaker: 0.815,
      timeline_f1: 0.715,
      entities_f1: 0.585,
      dates: 0.99,
    },
  },
  {
    name: 'seventh fresh set',
    dir: join(root, 'eval', 'fresh7'),
    floors: {
      claims_f1: 0.8,
      speaker: 0.78,
      quotes_recall: 0.82,
      quote_speaker: 0.785,
      timeline_f1: 0.575,
      entities_f1: 0.49,
      dates: 0.99,
    },
  },
  {
    name: 'eighth fresh set',
    dir: join(root, 'eval', 'fresh8'),
    floors: {
      claims_f1: 0.77,
      speaker: 0.79,
      quotes_recall: 0.88,
      quote_speaker: 0.78,
      timeline_f1: 0.575,
      entities_f1: 0.585,
      dates: 0.99,
    },
  },
  {
    name: 'ninth fresh set',
    dir: join(root, 'eval', 'fresh9'),
    floors: {
      claims_f1: 0.86,
      speaker: 0.8,
      quotes_recall: 0.87,
      quote_speaker: 0.795,
      timeline_f1: 0.565,
      entities_f1: 0.5,
      dates: 0.945,
    },
  },
  {
    name: 'tenth fresh set',
    dir: join(root, 'eval', 'fresh10'),
    floors: {
      claims_f1: 0.78,
      speaker: 0.73,
      quotes_recall: 0.825,
      quote_speaker: 0.76,
      timeline_f1: 0.6,
      entities_f1: 0.435,
      dates: 0.985,
    },
  },
  {
    name: 'eleventh fresh set',
    dir: join(root, 'eval', 'fresh11'),
    floors: {
      claims_f1: 0.715,
      speaker: 0.81,
      quotes_recall: 0.85,
      quote_speaker: 0.805,
      timeline_f1: 0.32,
      entities_f1: 0.51,
      dates: 0.83,
    },
  },
  {
    name: 'twelfth fresh set',
    dir: join(root, 'eval', 'fresh12'),
    floors: {
      claims_f1: 0.795,
      speaker: 0.84,
      quotes_recall: 0.93,
      quote_speaker: 0.81,
      timeline_f1: 0.61,
      entities_f1: 0.43,
      dates: 0.985,
    },
  },
  {
    name: 'thirteenth fresh set',
    dir: join(root, 'eval', 'fresh13'),
    floors: {
      claims_f1: 0.755,
      speaker: 0.83,
      quotes_recall: 0.92,
      quote_speaker: 0.67,
      timeline_f1: 0.66,
      entities_f1: 0.455,
      dates: 0.94,
    },
  },
  {
    name: 'fourteenth fresh set',
    dir: join(root, 'eval', 'fresh14'),
    floors: {
      claims_f1: 0.83,
      speaker: 0.795,
      quotes_recall: 0.865,
      quote_speaker: 0.745,
      timeline_f1: 0.57,
      entities_f1: 0.48,
      dates: 0.985,
    },
  },
  {
    name: 'fifteenth fresh set',
    dir: join(root, 'eval', 'fresh15'),
    floors: {
      claims_f1: 0.835,
      speaker: 0.8,
      quotes_recall: 0.92,
      quote_speaker: 0.8,
      timeline_f1: 0.545,
      entities_f1: 0.47,
      dates: 0.83,
    },
  },
  {
    name: 'sixteenth fresh set',
    dir: join(root, 'eval', 'fresh16'),
    floors: {
      claims_f1: 0.7,
      speaker: 0.87,
      quotes_recall: 0.935,
      quote_speaker: 0.78,
      timeline_f1: 0.615,
      entities_f1: 0.44,
      dates: 0.8,
    },
  },
  {
    name: 'seventeenth fresh set',
    dir: join(root, 'eval', 'fresh17'),
    floors: {
      claims_f1: 0.925,
      speaker: 0.87,
      quotes_recall: 0.915,
      quote_speaker: 0.9,
      timeline_f1: 0.74,
      entities_f1: 0.63,
      dates: 0.9,
    },
  },
  {
    name: 'eighteenth fresh set',
    dir: join(root, 'eval', 'fresh18'),
    floors: {
      claims_f1: 0.85,
      speaker: 0.895,
      quotes_recall: 0.89,
      quote_speaker: 0.82,
      timeline_f1: 0.62,
      entities_f1: 0.66,
      dates: 0.98,
    },
  },
  {
    name: 'nineteenth fresh set',
    dir: join(root, 'eval', 'fresh19'),
    floors: {
      claims_f1: 0.86,
      speaker: 0.87,
      quotes_recall: 0.89,
      quote_speaker: 0.89,
      timeline_f1: 0.59,
      entities_f1: 0.61,
      dates: 0.98,
    },
  },
  {
    name: 'twentieth fresh set',
    dir: join(root, 'eval', 'fresh20'),
    floors: {
      claims_f1: 0.79,
      speaker: 0.79,
      quotes_recall: 0.94,
      quote_speaker: 0.76,
      timeline_f1: 0.6,
      entities_f1: 0.49,
      dates: 0.98,
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
