// Evaluates the shipped named-entity tagger on the ANERcorp test split (the sentences holding the last sixth
// of the words): entity-level exact-match precision, recall and F1 per type and micro-averaged.
// Usage: node dist/scripts/eval-ner.js [--data <ANERCorp.txt>] [--model <model.json>] [--json]
import { existsSync, readFileSync } from 'node:fs';
import { formatScores, scoreNer } from '../src/extract/ner/evaluate.js';
import { loadNerModel, NER_MODEL_PATH, parseBioCorpus, splitTrainTest } from '../src/extract/ner/index.js';
import { ANERCORP, arg } from './cli-args.js';

const dataPath = arg('--data', ANERCORP);
const modelPath = arg('--model', NER_MODEL_PATH);
const asJson = process.argv.includes('--json');

if (!existsSync(dataPath)) {
  console.log(`eval:ner: skipped, ANERcorp not found at ${dataPath}`);
  process.exit(0);
}
try {
  const { test } = splitTrainTest(parseBioCorpus(readFileSync(dataPath, 'utf8')));
  const tagger = loadNerModel(modelPath);
  const t0 = process.hrtime.bigint();
  const pred = test.map((s) => tagger.tag(s.words));
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const words = test.reduce((n, s) => n + s.words.length, 0);
  const scores = scoreNer(
    test.map((s) => s.tags),
    pred,
  );
  const round = (x: number) => Math.round(x * 1000) / 1000;
  if (asJson) {
    const out: Record<string, unknown> = {
      data: dataPath,
      model: modelPath,
      sentences: test.length,
      words,
      ms: round(ms),
    };
    for (const [k, v] of Object.entries(scores))
      out[k] = { ...v, precision: round(v.precision), recall: round(v.recall), f1: round(v.f1) };
    console.log(JSON.stringify(out, null, 2));
  } else {
    console.log(
      `eval:ner: ${test.length} test sentences, ${words} words, tagged in ${ms.toFixed(0)} ms (cold cache)`,
    );
    console.log(formatScores(scores));
  }
  // with --json, stdout holds only the JSON; the summary line goes to stderr
  (asJson ? console.error : console.log)(
    `eval:ner: PERS F1 ${scores.PERS.f1.toFixed(3)}, LOC F1 ${scores.LOC.f1.toFixed(3)}, ORG F1 ${scores.ORG.f1.toFixed(3)}`,
  );
} catch (e) {
  console.error(`eval:ner: ${(e as Error).message}`);
  process.exit(1);
}
