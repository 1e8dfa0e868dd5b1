// Trains the named-entity tagger on ANERcorp and writes models/ner-anercorp.bin.gz (see model-file.ts).
// Averaged structured perceptron over BIO tags, first-order transitions, Viterbi decoding.
// Deterministic: fixed sentence order per epoch from a seeded generator, fixed epochs.
// Features: the word, its clitic-stripped stem and the clitics, affixes, shape, trigger words, place and
// organisation names (GeoNames, lexicons/), word classes and context profiles learned from the unlabelled
// news in ../shared/data (clusters.ts, profiles.ts), for the word and its neighbours at ±1, ±2.
// Usage: node dist/scripts/train-ner.js [--data <ANERCorp.txt>] [--out <model.bin.gz>] [--epochs N] [--tune]
//   --tune holds out the last 10% of train, reports dev F1 after each epoch, and writes nothing unless --out
//   is given. Also learns from Wojood's train part (types mapped) unless --extra none. For experiments:
//   --clusters-cache / --profiles-cache <file> (reused when present; with both, the news are not read again),
//   --cluster-vocab N, --profile-vocab N,
//   --profile-min N, --min-count N (drop rarer features), --bias-pers / --bias-org X (see BIAS_PERS).
import { createReadStream, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { learnClusters, mulberry32, TokenStream } from '../src/extract/ner/clusters.js';
import type { TaggedSentence } from '../src/extract/ner/corpus.js';
import { parseBioCorpus, splitTrainTest } from '../src/extract/ner/corpus.js';
import type { WordFact } from '../src/extract/ner/document.js';
import {
  DOCUMENT_SENTENCES,
  documentMasks,
  marksBySentence,
  maskFeatures,
  wordFact,
} from '../src/extract/ner/document.js';
import { formatScores, scoreNer } from '../src/extract/ner/evaluate.js';
import type { NerLexicon } from '../src/extract/ner/features.js';
import {
  BOS,
  contextFeatures,
  EOS,
  gazetteerMarks,
  prepareLexicon,
  SLOT_PREFIX,
  wordTypeFeatures,
} from '../src/extract/ner/features.js';
import { NerTagger, viterbi } from '../src/extract/ner/model.js';
import type { TrainedNerModel } from '../src/extract/ner/model-file.js';
import { decodeModel, encodeModel, MODEL_FORMAT } from '../src/extract/ner/model-file.js';
import { parseWojood } from '../src/extract/ner/other-corpora.js';
import { learnProfiles } from '../src/extract/ner/profiles.js';
import { NT, TAGS } from '../src/extract/ner/tags.js';
import { stemsUncached as stems } from '../src/text/clitics.js';
import { normalize } from '../src/text/normalize.js';
import { ANERCORP, arg, ROOT, SHARED } from './cli-args.js';

const root = ROOT;
const shared = SHARED;
const dataPath = arg('--data', ANERCORP);
const outPath = arg('--out', join(root, 'models', 'ner-anercorp.bin.gz'));
const EPOCHS = Number(arg('--epochs', '8'));
const TUNE = process.argv.includes('--tune');
const PRUNE = Number(arg('--prune', '1'));
const SEED = 20240601;
const CL_VOCAB = Number(arg('--cluster-vocab', '30000'));
const PF_VOCAB = Number(arg('--profile-vocab', '100000'));
const UNLABELLED = Number(arg('--unlabelled', '2'));
const MIN_COUNT = Number(arg('--min-count', '1'));
const NAMES = arg('--names', 'on') === 'on';
const ORG_NAMES = arg('--org-names', 'on') === 'on';
const DOC_BLOCK = Number(arg('--doc-block', String(DOCUMENT_SENTENCES)));
/** Added to the B-/I- scores of persons and organisations at tagging time (a recall/precision trade-off).
 *  Off: values that helped a dev-slice model (10, 50) did not carry over to the model trained on all of
 *  train, whose weights are larger. */
const BIAS_PERS = Number(arg('--bias-pers', '0'));
const BIAS_ORG = Number(arg('--bias-org', '0'));

function fail(msg: string): never {
  console.error(`train:ner: ${msg}`);
  process.exit(1);
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    fail(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
}

/** Rows of a TSV with # comments and a header line. */
function tsvRows(path: string): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  let header: string[] | null = null;
  for (const line of readText(path).split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) header = cells;
    else rows.push(Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()])));
  }
  return rows;
}

/** Word lists baked into the model: trigger words, and place names from GeoNames (Arabic-script names). */
function buildLexicon(): NerLexicon {
  const triggers: Record<string, string> = {};
  for (const r of tsvRows(join(root, 'lexicons', 'ner-triggers.tsv'))) {
    if (r.word && r.kind) triggers[normalize(r.word)] = r.kind;
  }
  const places = new Set<string>();
  const addPlace = (name: string) => {
    const n = normalize(name);
    if (n.length >= 3 && /^[\u0621-\u064A ]+$/.test(n)) places.add(n);
  };
  const geo = join(shared, 'data', 'geonames-cities15000');
  for (const r of tsvRows(join(geo, 'arabic_places_mena.tsv')))
    for (const n of (r.arabic_names ?? '').split('|')) addPlace(n);
  // Worldwide towns: Arabic-script alternate names (names with Persian/Urdu-only letters are dropped by addPlace).
  const cities = join(geo, 'cities15000.txt');
  if (existsSync(cities)) {
    for (const line of readText(cities).split('\n')) {
      const alt = line.split('\t')[3];
      if (alt) for (const n of alt.split(',')) if (/[\u0621-\u064A]/.test(n)) addPlace(n);
    }
  }
  const lexicons = join(root, 'lexicons');
  for (const r of tsvRows(join(lexicons, 'places.tsv')))
    for (const n of [r.name ?? '', ...(r.aliases ?? '').split('|')]) addPlace(n);
  const orgs = new Set<string>();
  for (const r of tsvRows(join(lexicons, 'organizations.tsv')))
    for (const n of [r.name ?? '', ...(r.aliases ?? '').split('|')]) {
      const k = normalize(n);
      if (k.length >= 3 && /^[\u0621-\u064A ]+$/.test(k)) orgs.add(k);
    }
  // the tagger's own organisation names: certain ones join the organisations, one-word ambiguous ones are a
  // trigger kind of their own (tg=orgword)
  if (ORG_NAMES)
    for (const r of tsvRows(join(lexicons, 'ner-org-names.tsv'))) {
      const k = normalize(r.name ?? '');
      if (k.length < 3 || !/^[\u0621-\u064A ]+$/.test(k)) continue;
      if (r.kind === 'ambiguous') triggers[k] ??= 'orgword';
      else orgs.add(k);
    }
  for (const r of tsvRows(join(lexicons, 'titles.tsv')))
    if (r.title && r.kind !== 'anon') triggers[normalize(r.title)] ??= 'title';
  // given and family names: a hint the tagger weighs like a trigger kind (tg=given, tg=family)
  if (NAMES)
    for (const r of tsvRows(join(lexicons, 'person-names.tsv')))
      if (r.word && r.kind) triggers[normalize(r.word)] ??= r.kind;
  return { triggers, places: [...places].sort(), orgs: [...orgs].sort() };
}

let trainTokens = 0;
/** The word classes are learned from the labelled words and the first source only (ANT): on the dev slice
 *  they did better than classes over both sources. The context profiles use both sources. */
let clusterTokens = 0;
/** The unlabelled news (ANT corpus, SaudiNewsNet) plus ANERcorp's own train words (labels unused). */
async function buildStream(): Promise<TokenStream | null> {
  const stream = new TokenStream();
  for (const s of train) stream.add(s.words.join(' '));
  trainTokens = stream.length;
  const sources = [
    join(shared, 'data', 'ant-multisource-2018', 'ant_multisource_v2.1.jsonl.gz'),
    join(shared, 'data', 'saudinewsnet-2015', 'saudinewsnet.jsonl.gz'),
  ].slice(0, UNLABELLED);
  for (const path of sources) {
    if (!existsSync(path)) {
      console.log(`train:ner: no word classes (${path} not found)`);
      return null;
    }
    if (clusterTokens === 0 && stream.length > trainTokens) clusterTokens = stream.length;
    const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of rl) {
      if (!line.trim()) continue;
      try {
        const d = JSON.parse(line) as { title?: string; text?: string; content?: string };
        stream.add(`${d.title ?? ''}\n${d.text ?? d.content ?? ''}`);
      } catch {
        fail(`${path}: a line is not JSON`);
      }
    }
  }
  if (clusterTokens === 0) clusterTokens = stream.length;
  return stream;
}

/** Word classes learned from the unlabelled stream. */
function buildClusters(stream: TokenStream): string {
  const t = Date.now();
  const classes = learnClusters(stream, {
    vocab: CL_VOCAB,
    contexts: 1000,
    dims: 64,
    ks: [64, 512],
    iterations: 8,
    seed: SEED,
    tokens: clusterTokens,
  });
  const lines = [...classes].map(([w, c]) => `${w}\t${c.join('\t')}`);
  console.log(
    `train:ner: ${lines.length} word classes from ${clusterTokens} tokens in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  return lines.join('\n');
}

/** Context profiles of frequent words (see profiles.ts). */
function buildProfiles(stream: TokenStream): string {
  const { seq, names } = stream.normalised();
  // only the unlabelled text: the labelled sentences' own contexts would make their profiles look too good
  const profiles = learnProfiles(train, normalize, seq.subarray(trainTokens), names, {
    vocab: PF_VOCAB,
    minCount: Number(arg('--profile-min', '3')),
    alpha: 20,
  });
  const lines = [...profiles].filter(([, f]) => f.length).map(([w, f]) => `${w}\t${f.join('')}`);
  console.log(`train:ner: ${lines.length} context profiles`);
  return lines.join('\n');
}

const t0 = Date.now();
if (!existsSync(dataPath)) fail(`ANERcorp not found at ${dataPath}`);
const sents = parseBioCorpus(readText(dataPath));
const split = splitTrainTest(sents);
let train = split.train;
let dev: TaggedSentence[] = split.test;
if (TUNE) {
  // --dev-part k (0..9): the k-th tenth of train is the dev slice (default the last)
  const part = Number(arg('--dev-part', '9'));
  const from = Math.floor((train.length * part) / 10);
  const to = Math.floor((train.length * (part + 1)) / 10);
  dev = train.slice(from, to);
  train = [...train.slice(0, from), ...train.slice(to)];
}
const EXTRA = arg('--extra', 'wojood');
if (EXTRA === 'wojood') {
  // Wojood's train part, its types mapped onto ours; the types we do not tag are left untagged
  const wj = parseWojood(readText(join(shared, 'data', 'arabic-ner', 'wojood-sample', 'train.txt')));
  for (const s of wj) s.tags = s.tags.map((t) => (t.endsWith('MISC') ? 'O' : t));
  train = [...train, ...wj];
}
const lexicon = buildLexicon();
const clusterCache = arg('--clusters-cache', '');
const cached = (path: string) => path !== '' && existsSync(path);
// both tables cached (experiments): the unlabelled news need not be read
const stream = cached(clusterCache) && cached(arg('--profiles-cache', '')) ? null : await buildStream();
if (clusterCache && existsSync(clusterCache)) lexicon.clusters = readText(clusterCache);
else if (stream) {
  lexicon.clusters = buildClusters(stream);
  if (clusterCache) writeFileSync(clusterCache, lexicon.clusters);
}
const profileCache = arg('--profiles-cache', '');
if (profileCache && existsSync(profileCache)) lexicon.profiles = readText(profileCache);
else if (stream && PF_VOCAB > 0) {
  lexicon.profiles = buildProfiles(stream);
  if (profileCache) writeFileSync(profileCache, lexicon.profiles);
}
const lex = prepareLexicon(lexicon);
// document evidence over blocks of consecutive sentences (ANERcorp marks no document boundaries)
const factCache = new Map<string, WordFact>();
const factOf = (w: string): WordFact => {
  let f = factCache.get(w);
  if (!f) {
    const norm = normalize(w);
    factCache.set(w, (f = wordFact(norm, stems(norm), lex)));
  }
  return f;
};
const docMasks = (sents: TaggedSentence[]): (Int32Array | undefined)[] =>
  DOC_BLOCK > 0
    ? marksBySentence(
        sents.map((x) => x.words),
        DOC_BLOCK,
        (words) => documentMasks(words.map(factOf)),
      )
    : sents.map(() => undefined);
const named = (m: Int32Array | undefined) => m && Array.from(m, (x) => (x ? maskFeatures(x) : null));
const trainDoc = docMasks(train).map(named);
const devMasks = docMasks(dev);
const devDoc = devMasks.map(named);
console.log(
  `train:ner: ${sents.length} sentences; train ${train.length} (${train.reduce((n, s) => n + s.words.length, 0)} words), ` +
    `${TUNE ? 'dev' : 'test'} ${dev.length}; ${lexicon.places.length} place names, ${Object.keys(lexicon.triggers).length} triggers`,
);

// ---- features → ids
const ids = new Map<string, number>();
const names: string[] = [];
const idOf = (f: string): number => {
  let k = ids.get(f);
  if (k === undefined) {
    k = names.length;
    ids.set(f, k);
    names.push(f);
  }
  return k;
};
const typeCache = new Map<string, number[][]>();
const typeIds = (w: string): number[][] => {
  let v = typeCache.get(w);
  if (!v) {
    v = wordTypeFeatures(w, lex).map((g) => g.map(idOf));
    typeCache.set(w, v);
  }
  return v;
};
interface Encoded {
  feats: Int32Array; // all feature ids, token after token
  offs: Int32Array; // token i's features are feats[offs[i], offs[i+1])
  gold: Uint8Array;
}
type Marks = readonly (readonly string[] | null)[] | undefined;
function encode(s: TaggedSentence, doc: Marks): Encoded {
  const n = s.words.length;
  const norm = s.words.map(normalize);
  const gaz = gazetteerMarks(norm, lex);
  const padded = [BOS, BOS, ...s.words, EOS, EOS];
  const feats: number[] = [];
  const offs = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offs[i] = feats.length;
    for (let k = 0; k < 5; k++) for (const f of typeIds(padded[i + k]!)[k]!) feats.push(f);
    for (const f of contextFeatures(i, gaz, doc)) feats.push(idOf(f));
  }
  offs[n] = feats.length;
  return { feats: Int32Array.from(feats), offs, gold: Uint8Array.from(s.tags, (t) => TAGS.indexOf(t)) };
}
/** Features seen fewer than `min` times in training are dropped (they mostly memorise single sentences). */
function dropRare(enc: Encoded[], min: number): Encoded[] {
  if (min <= 1) return enc;
  const count = new Int32Array(names.length);
  for (const e of enc) for (const f of e.feats) count[f]!++;
  return enc.map((e) => {
    const feats: number[] = [];
    const offs = new Int32Array(e.offs.length);
    for (let i = 0; i + 1 < e.offs.length; i++) {
      offs[i] = feats.length;
      for (let j = e.offs[i]!; j < e.offs[i + 1]!; j++)
        if (count[e.feats[j]!]! >= min) feats.push(e.feats[j]!);
    }
    offs[e.offs.length - 1] = feats.length;
    return { feats: Int32Array.from(feats), offs, gold: e.gold };
  });
}
const data = dropRare(
  train.map((s, k) => encode(s, trainDoc[k])),
  MIN_COUNT,
);
const F = names.length;
console.log(`train:ner: ${F} features, encoded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// ---- averaged structured perceptron
const W = new Float64Array(F * NT);
const U = new Float64Array(F * NT); // sum of c·update, for averaging
const S = new Float64Array(NT),
  SU = new Float64Array(NT); // start scores
const T = new Float64Array(NT * NT),
  TU = new Float64Array(NT * NT); // transitions
let c = 1;

function emissions(e: Encoded, w: Float64Array): Float64Array {
  const n = e.gold.length;
  const em = new Float64Array(n * NT);
  for (let i = 0; i < n; i++) {
    for (let j = e.offs[i]!; j < e.offs[i + 1]!; j++) {
      const b = e.feats[j]! * NT;
      for (let t = 0; t < NT; t++) em[i * NT + t]! += w[b + t]!;
    }
  }
  return em;
}

function averaged(): { w: Float64Array; s: Float64Array; t: Float64Array } {
  const w = new Float64Array(F * NT);
  for (let k = 0; k < w.length; k++) w[k] = W[k]! - U[k]! / c;
  const s = S.map((x, k) => x - SU[k]! / c);
  const t = T.map((x, k) => x - TU[k]! / c);
  return { w, s, t };
}

function evalDev(): ReturnType<typeof scoreNer> {
  const { w, s, t } = averaged();
  const pred = dev.map((d, k) => {
    const e = encodeLookup(d, w, devDoc[k]);
    return Array.from(viterbi(e, d.words.length, s, t), (k) => TAGS[k]!);
  });
  return scoreNer(
    dev.map((d) => d.tags),
    pred,
  );
}
/** Emissions for an unseen sentence (features unknown to training score nothing). */
function encodeLookup(s: TaggedSentence, w: Float64Array, doc: Marks): Float64Array {
  const n = s.words.length;
  const norm = s.words.map(normalize);
  const gaz = gazetteerMarks(norm, lex);
  const padded = [BOS, BOS, ...s.words, EOS, EOS];
  const em = new Float64Array(n * NT);
  for (let i = 0; i < n; i++) {
    const fs: string[] = [];
    for (let k = 0; k < 5; k++) fs.push(...wordTypeFeatures(padded[i + k]!, lex)[k]!);
    fs.push(...contextFeatures(i, gaz, doc));
    for (const f of fs) {
      const id = ids.get(f);
      if (id === undefined) continue;
      for (let t = 0; t < NT; t++) em[i * NT + t]! += w[id * NT + t]!;
    }
  }
  return em;
}

const rand = mulberry32(SEED);
const order = data.map((_, k) => k);
for (let epoch = 1; epoch <= EPOCHS; epoch++) {
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(rand() * (k + 1));
    [order[k], order[j]] = [order[j]!, order[k]!];
  }
  let errors = 0;
  for (const si of order) {
    const e = data[si]!;
    const n = e.gold.length;
    const pred = viterbi(emissions(e, W), n, S, T);
    for (let i = 0; i < n; i++) {
      const g = e.gold[i]!,
        p = pred[i]!;
      if (g !== p) {
        errors++;
        for (let j = e.offs[i]!; j < e.offs[i + 1]!; j++) {
          const b = e.feats[j]! * NT;
          W[b + g]! += 1;
          U[b + g]! += c;
          W[b + p]! -= 1;
          U[b + p]! -= c;
        }
      }
      const gp = i > 0 ? e.gold[i - 1]! : -1,
        pp = i > 0 ? pred[i - 1]! : -1;
      if (g === p && gp === pp) continue;
      if (i === 0) {
        S[g]! += 1;
        SU[g]! += c;
        S[p]! -= 1;
        SU[p]! -= c;
      } else {
        T[gp * NT + g]! += 1;
        TU[gp * NT + g]! += c;
        T[pp * NT + p]! -= 1;
        TU[pp * NT + p]! -= c;
      }
    }
    c++;
  }
  let line = `train:ner: epoch ${epoch}: ${errors} token errors, ${((Date.now() - t0) / 1000).toFixed(1)} s`;
  if (TUNE || epoch === EPOCHS) {
    const sc = evalDev();
    line += `; ${TUNE ? 'dev' : 'test'} F1 micro ${sc.micro.f1.toFixed(3)} PERS ${sc.PERS.f1.toFixed(3)} LOC ${sc.LOC.f1.toFixed(3)} ORG ${sc.ORG.f1.toFixed(3)} MISC ${sc.MISC.f1.toFixed(3)}`;
  }
  console.log(line);
}
if (TUNE && !process.argv.includes('--out')) process.exit(0);

// ---- prune, round, write
const { w, s, t } = averaged();
const r3 = (x: number) => Math.round(x * 1000) / 1000;
const words: Record<string, number[]> = {};
const context: Record<string, number[]> = {};
let kept = 0;
for (let f = 0; f < F; f++) {
  const name = names[f]!;
  const slot = SLOT_PREFIX.findIndex((p) => name.startsWith(p));
  const sparse: number[] = [];
  for (let k = 0; k < NT; k++) {
    const x = r3(w[f * NT + k]!);
    if (Math.abs(x) >= PRUNE) sparse.push(slot < 0 ? k : slot * NT + k, x);
  }
  if (!sparse.length) continue;
  kept++;
  if (slot < 0) context[name] = sparse;
  else (words[name.slice(SLOT_PREFIX[slot]!.length)] ??= []).push(...sparse);
}
const model: TrainedNerModel = {
  format: MODEL_FORMAT,
  tags: [...TAGS],
  start: Array.from(s, r3),
  trans: Array.from(t, r3),
  bias: TAGS.map((tag) => (tag.endsWith('PERS') ? BIAS_PERS : tag.endsWith('ORG') ? BIAS_ORG : 0)),
  lexicon,
  words,
  context,
  meta: {
    trainedOn:
      'ANERcorp (Benajiba et al. 2007), train part of the conventional 5/6 split' +
      (EXTRA === 'wojood' ? '; Wojood sample (Jarrar et al. 2022), train part, types mapped' : ''),
    placeNames: 'GeoNames cities15000 (CC BY, geonames.org), Arabic-script names',
    epochs: EPOCHS,
    seed: SEED,
    prune: PRUNE,
    trainSentences: train.length,
  },
};
mkdirSync(dirname(outPath), { recursive: true });
const bytes = encodeModel(model);
writeFileSync(outPath, bytes);
// check the written model reproduces the in-memory scores
const tagger = new NerTagger(decodeModel(bytes));
const sc = scoreNer(
  dev.map((d) => d.tags),
  dev.map((d, k) => tagger.tag(d.words, devMasks[k])),
);
console.log(formatScores(sc));
console.log(
  `train:ner: wrote ${outPath} (${(bytes.length / 1e6).toFixed(2)} MB, ${kept} of ${F} features kept) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
