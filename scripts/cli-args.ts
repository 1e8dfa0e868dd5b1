// What the NER scripts share: where the repository and ../shared are, "--name value" options, and ANERcorp's
// test split.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TaggedSentence } from '../src/extract/ner/corpus.js';
import { parseBioCorpus, splitTrainTest } from '../src/extract/ner/index.js';

/** The repository root (this file runs from dist/scripts). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The shared data folder beside the clone, or ISNAD_SHARED. */
export const SHARED = process.env.ISNAD_SHARED ?? join(ROOT, '..', 'shared');
/** ANERcorp as the shared folder holds it. */
export const ANERCORP = join(SHARED, 'data', 'arabic-ner', 'anercorp', 'ANERCorp.txt');

/** The value after `--name` on the command line, or the default. */
export function arg(name: string, dflt: string): string {
  const k = process.argv.indexOf(name);
  return k >= 0 && process.argv[k + 1] ? process.argv[k + 1]! : dflt;
}

/** ANERcorp's test split (the sentences holding the last sixth of the words) of the file at `path`. */
export function anercorpTest(path: string): TaggedSentence[] {
  return splitTrainTest(parseBioCorpus(readFileSync(path, 'utf8'))).test;
}
