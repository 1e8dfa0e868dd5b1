// Evaluates the shipped named-entity tagger: entity-level exact-match precision, recall and F1 per type.
//   ANERcorp  the test split (the sentences holding the last sixth of the words)
//   NewsFANE  its gold re-annotation of the same newswire, the sentences that lie in ANERcorp's test part
//             (the rest is ANERcorp's train text); its 50 fine types mapped onto PERS/LOC/ORG
//   Wojood    the sample's val and test parts (MSA news, NGO reports, archive captions) without the sentences
//             mostly found in its train part (which the tagger learns from); GPE and LOC → LOC
// Each set has F1 floors (FLOORS below, a little under the shipped model's scores): a score under its floor
// fails the run (exit 1). The last line is always the ANERcorp summary.
// Usage: node dist/scripts/eval-ner.js [--data <ANERCorp.txt>] [--model <model.json>] [--json]
import { existsSync } from 'node:fs';
import type { TaggedSentence } from '../src/extract/ner/corpus.js';
import type { NerScores } from '../src/extract/ner/evaluate.js';
import { formatScores, scoreNer, tagCorpus } from '../src/extract/ner/evaluate.js';
import type { NerTagger } from '../src/extract/ner/index.js';
import { DOCUMENT_SENTENCES, loadNerModel, NER_MODEL_PATH } from '../src/extract/ner/index.js';
import { ANERCORP, anercorpTest, arg, type OutOfDomainSet, outOfDomainSets } from './cli-args.js';

type SetName = 'anercorp' | OutOfDomainSet;
/** F1 floors per evaluation set. */
const FLOORS: Record<SetName, { PERS: number; LOC: number; ORG: number }> = {
  anercorp: { PERS: 0.74, LOC: 0.865, ORG: 0.6 },
  newsfane: { PERS: 0.755, LOC: 0.88, ORG: 0.55 },
  wojood: { PERS: 0.705, LOC: 0.785, ORG: 0.69 },
};

const dataPath = arg('--data', ANERCORP);
const modelPath = arg('--model', NER_MODEL_PATH);
const asJson = process.argv.includes('--json');
const round = (x: number) => Math.round(x * 1000) / 1000;

interface SetResult {
  name: SetName;
  sentences: number;
  words: number;
  ms: number;
  scores: NerScores;
}

function evaluate(name: SetName, tagger: NerTagger, sents: TaggedSentence[]): SetResult {
  const t0 = process.hrtime.bigint();
  // no document boundaries in these sets: blocks of consecutive sentences, as in training
  const pred = tagCorpus(tagger, sents, DOCUMENT_SENTENCES);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const words = sents.reduce((n, s) => n + s.words.length, 0);
  const scores = scoreNer(
    sents.map((s) => s.tags),
    pred,
  );
  return { name, sentences: sents.length, words, ms, scores };
}

/** Lines naming each score under its floor. */
function floorFailures(r: SetResult): string[] {
  const out: string[] = [];
  for (const type of ['PERS', 'LOC', 'ORG'] as const) {
    const f1 = r.scores[type].f1;
    const floor = FLOORS[r.name][type];
    if (f1 < floor)
      out.push(`eval:ner: FAIL ${r.name} ${type} F1 ${f1.toFixed(3)} is under its floor ${floor.toFixed(2)}`);
  }
  return out;
}

function report(results: SetResult[]): void {
  if (asJson) {
    const out: Record<string, unknown> = { data: dataPath, model: modelPath };
    for (const r of results) {
      const sc: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(r.scores))
        sc[k] = { ...v, precision: round(v.precision), recall: round(v.recall), f1: round(v.f1) };
      out[r.name] = {
        sentences: r.sentences,
        words: r.words,
        ms: round(r.ms),
        floors: FLOORS[r.name],
        ...sc,
      };
    }
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  for (const r of results) {
    console.log(
      `eval:ner: ${r.name}: ${r.sentences} sentences, ${r.words} words, tagged in ${r.ms.toFixed(0)} ms`,
    );
    console.log(formatScores(r.scores));
  }
}

function main(): void {
  if (!existsSync(dataPath)) {
    console.log(`eval:ner: skipped, ANERcorp not found at ${dataPath}`);
    return;
  }
  const test = anercorpTest(dataPath);
  const tagger = loadNerModel(modelPath);
  const results = [evaluate('anercorp', tagger, test)];
  for (const s of outOfDomainSets(test)) results.push(evaluate(s.name, tagger, s.sents));
  report(results);
  const failures = results.flatMap(floorFailures);
  // with --json, stdout holds only the JSON; the other lines go to stderr
  const say = asJson ? console.error : console.log;
  for (const f of failures) say(f);
  const a = results[0]!.scores;
  say(
    `eval:ner: PERS F1 ${a.PERS.f1.toFixed(3)}, LOC F1 ${a.LOC.f1.toFixed(3)}, ORG F1 ${a.ORG.f1.toFixed(3)}`,
  );
  if (failures.length) process.exitCode = 1;
}

try {
  main();
} catch (e) {
  console.error(`eval:ner: ${(e as Error).message}`);
  process.exit(1);
}
