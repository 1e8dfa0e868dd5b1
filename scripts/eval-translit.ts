// How well the transliteration score (src/extract/ner/translit.ts, scripts/ner-translit.ts) tells the person
// names of ANERcorp's train part from its other words: the AUC over distinct words (PERS against O), for all
// of them and for those the word classes do not know, and the share of each in every bin.
// Usage: node dist/scripts/eval-translit.js --clusters <clusters.tsv> [--model <ner.bin.gz>] [--translit-order N]
//   [--translit-native type|log] [--translit-edges a,b,…] [--translit-skip-tagged on --news-tags <file>]. The lexicon (places, organisations, name lists)
//   is the given model's.
import { readFileSync } from 'node:fs';
import { parseBioCorpus, splitTrainTest } from '../src/extract/ner/corpus.js';
import { decodeModel, NER_MODEL_PATH } from '../src/extract/ner/index.js';
import { ARABIC_STEM, TranslitScorer } from '../src/extract/ner/translit.js';
import { stemsUncached as stems } from '../src/text/clitics.js';
import { normalize } from '../src/text/normalize.js';
import { ANERCORP, arg } from './cli-args.js';
import { buildTranslit } from './ner-translit.js';

const clusters = readFileSync(arg('--clusters', '/tmp/ner-s28/clusters.tsv'), 'utf8');
const model = decodeModel(readFileSync(arg('--model', NER_MODEL_PATH)));
const lex = model.lexicon;
const newsTags = arg('--news-tags', '');
const lexicon = {
  profiles: newsTags ? readFileSync(newsTags, 'utf8') : '',
  triggers: Object.fromEntries(lex.triggers),
  places: [...lex.places],
  orgs: [...lex.orgs],
};
const edges = arg('--translit-edges', '-1,-0.5,0,0.5,1').split(',').map(Number);
const translit = buildTranslit(clusters, lexicon, {
  order: Number(arg('--translit-order', '4')),
  native: arg('--translit-native', 'type') === 'log' ? 'log' : 'type',
  edges,
  prior: 0,
  skipTagged: arg('--translit-skip-tagged', 'off') === 'on',
  feats: process.argv.includes('--type') ? ['type'] : [],
  typeEdges: [],
});
const scorer = new TranslitScorer(translit);
const known = new Set(clusters.split('\n').map((l) => l.slice(0, l.indexOf('\t'))));

const train = splitTrainTest(parseBioCorpus(readFileSync(ANERCORP, 'utf8'))).train;
// each distinct word once: PERS when most of its occurrences are inside a person's name
const votes = new Map<string, [number, number, number]>();
for (const s of train)
  s.words.forEach((surface, i) => {
    const tag = s.tags[i]!;
    const kind = tag === 'O' ? 0 : tag.endsWith('PERS') ? 1 : tag.endsWith('LOC') ? 2 : -1;
    if (kind < 0) return;
    const w = normalize(surface);
    const v = votes.get(w) ?? [0, 0, 0];
    v[kind as 0 | 1 | 2]++;
    votes.set(w, v);
  });
interface Row {
  score: number;
  pers: boolean;
  known: boolean;
  bin: string;
}
const rows: Row[] = [];
/** Unknown words mostly inside persons' or places' names, by the type score (with --type). */
const typeRows: Row[] = [];
for (const [w, [o, p, l]] of votes) {
  const cands = stems(w);
  const stem = cands[cands.length - 1]!;
  if (!ARABIC_STEM.test(stem)) continue;
  const score = scorer.score(stem);
  if (Number.isNaN(score)) continue;
  const isKnown = cands.some((c) => known.has(c));
  if (process.argv.includes('--type') && !isKnown && Math.max(p, l) > o)
    typeRows.push({ score: scorer.typeScore(stem), pers: p > l, known: false, bin: '' });
  if (l > Math.max(o, p)) continue;
  rows.push({ score, pers: p > o, known: isKnown, bin: scorer.bin(stem) });
}

/** The AUC: the chance that a random PERS word scores above a random O word (ties count half). */
function auc(set: readonly Row[]): number {
  const sorted = [...set].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]!.score === sorted[i]!.score) j++;
    const meanRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++)
      if (sorted[k]!.pers) {
        rankSum += meanRank;
        positives++;
      }
    i = j;
  }
  const negatives = set.length - positives;
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

for (const [name, set] of [
  ['all', rows],
  ['known', rows.filter((r) => r.known)],
  ['unknown', rows.filter((r) => !r.known)],
] as const) {
  const pers = set.filter((r) => r.pers).length;
  const bins = new Map<string, [number, number]>();
  for (const r of set) {
    const b = bins.get(r.bin) ?? [0, 0];
    b[r.pers ? 1 : 0]++;
    bins.set(r.bin, b);
  }
  const binText = [...bins]
    .sort()
    .map(([b, [o, p]]) => `${b}: ${o} O ${p} PERS (${((100 * p) / (o + p)).toFixed(0)}%)`)
    .join('; ');
  console.log(
    `${name}: ${set.length} words, ${pers} PERS, AUC ${auc(set).toFixed(3)}\n  bins (edges ${edges.join(',')}) ${binText}`,
  );
}
if (typeRows.length)
  console.log(
    `type score, unknown words: ${typeRows.length}, ${typeRows.filter((r) => r.pers).length} PERS (the rest LOC), AUC ${auc(typeRows).toFixed(3)}`,
  );
