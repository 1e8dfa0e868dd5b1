// What the NER scripts share: where the repository and ../shared are, "--name value" options, and ANERcorp's
// test split, and the out-of-domain sets eval:ner scores.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TaggedSentence } from '../src/extract/ner/corpus.js';
import { parseBioCorpus, splitTrainTest } from '../src/extract/ner/index.js';
import { overlapShares, parseNewsFane, parseWojood } from '../src/extract/ner/other-corpora.js';

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

export type OutOfDomainSet = 'newsfane' | 'wojood';
const NER_DATA = join(SHARED, 'data', 'arabic-ner');

/** The out-of-domain sets that are present, with a note for each one that is not. */
export function outOfDomainSets(
  anerTest: TaggedSentence[],
): { name: OutOfDomainSet; sents: TaggedSentence[] }[] {
  const out: { name: OutOfDomainSet; sents: TaggedSentence[] }[] = [];
  const fane = join(NER_DATA, 'newsfane-gold', 'NewsFANE_Gold_2014_170K.txt');
  if (existsSync(fane)) {
    const all = parseNewsFane(readFileSync(fane, 'utf8'));
    const share = overlapShares(all, anerTest);
    out.push({ name: 'newsfane', sents: all.filter((_, k) => share[k]! > 0.5) });
  } else console.log(`eval:ner: NewsFANE skipped, ${fane} not found`);
  const wojood = join(NER_DATA, 'wojood-sample');
  if (existsSync(join(wojood, 'test.txt'))) {
    // the tagger also learns from Wojood's train part: sentences mostly found there (formulaic captions
    // and repeated lines) are left out
    const train = parseWojood(readFileSync(join(wojood, 'train.txt'), 'utf8'));
    const sents = ['val.txt', 'test.txt'].flatMap((f) => parseWojood(readFileSync(join(wojood, f), 'utf8')));
    const share = overlapShares(sents, train);
    out.push({ name: 'wojood', sents: sents.filter((_, k) => share[k]! <= 0.5) });
  } else console.log(`eval:ner: Wojood skipped, ${wojood}/test.txt not found`);
  return out;
}
