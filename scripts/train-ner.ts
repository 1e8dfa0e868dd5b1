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
//   --profile-min N, --min-count N (drop rarer features), --bias-pers / --bias-org X (see BIAS_PERS),
//   --stack on (two passes, see stacking.ts; measured, not shipped), --folds N (its jack-knife folds),
//   --news off (no news tags), --news-tags <file> (news tags from an earlier run instead of a first model's
//   child run), --news-tags-out <file> (write this model's news tags), --news-articles N, --news-min N,
//   --cluster-ks 64,512 (the k-means granularities), --cluster-svd N (k-means over a randomized SVD of the
//   PPMI matrix with N power iterations instead of its random projection; -1, off, by default),
//   --name-contexts on (name-contexts.ts: words after titles, beside reporting verbs, after organisation heads
//   in the news join the profiles; measured, not shipped; --name-contexts-cache <file>, --name-cues
//   core|places|all, --name-min N, --name-levels a,b,c), --self on|off (self-training.ts, on by default and
//   shipped: the first model's widest-margin news sentences with a person or organisation join train;
//   --self-out <file> writes them, --self-train <file> reads them instead, --self-max N (6000),
//   --self-articles N (8000), --self-need PERS,ORG|any).
//   --brown C (brown.ts: Brown clusters, C active, of the --brown-vocab N (--cluster-vocab) most frequent
//   words; their bit strings' --brown-prefixes 4,6,10,20 join the word classes after the first --brown-keep N k-means ones (all);
//   --brown-cache <file>; off, 0,
//   by default), --ngrams N (the stems' character n-grams, features.ts; 0, none, by default), --window orghead|pairs|none (an
//   organisation head one or two words before × the word's classes; pairs: how person-like the news made the
//   word and each neighbour, paired, window.ts; comma-separated; none by default), --seeds N
//   (1: N perceptron runs with seeds SEED, SEED + 1, …, their averaged weights' mean the model; --seed N sets SEED,
//   20240601 by default) — the three
//   measured together, not shipped (see the README), --rarity on|off (how common the word is in the news, a
//   bucket of its frequency rank or unknown, features.ts rarityBucket; off by default, measured, not shipped),
//   --update perceptron|pa (passive-
//   aggressive steps, at most --pa-c; measured, not shipped), --cost X / --cost-o X (loss-augmented training:
//   a margin against every wrong tag / against O for a name; measured, not shipped), --tie A (tied B-/I-
//   updates: an update to B-X or I-X moves the other tag of type X by A times as much; 0.5 by default and
//   shipped, 0 the model before: see the README), --dropout P (word-dropout.ts: each word dropped at each
//   update with probability P, its --dropout-feats w=,s=,c1= left out, --dropout-scope all|self; 0, off, by
//   default; measured, not shipped).
//   --topics K (ner-topics.ts, topic-features.ts: spherical k-means over the unlabelled articles' word sets,
//   K topics; each document's topic × the word's gazetteer kind and × its coarse word class are features; 0,
//   off, by default), --topics-cache <file>, --topic-feats b,g,k (the topic alone, × kind, × class),
//   --topic-vocab N (20000), --topic-skip N (100), --topic-iterations N (20). --translit on
//   (ner-translit.ts, translit.ts: how much each word looks like a transliterated foreign name, from two
//   character n-gram models, as a bin at offsets -1..+1 and with whether the word is known; off by default;
//   --translit-order N, --translit-native type|log, --translit-edges a,b,…, --translit-feats bin,known,…,
//   --translit-skip-tagged on, --translit-prior B, --translit-type-edges a,b,…; see ner-translit.ts).
//   Quickest loop for feature variants: --tune --dev-part k with all three of --clusters-cache,
//   --profiles-cache and --news-tags (files of an earlier run): no news read, no child run, about a minute.
// Two stages: a child run trains a first model (one pass, no news tags) and tags the unlabelled news with it;
// what it made of each frequent word (newsTags) joins the word's context profile, which the shipped model
// learns from. With --self on (the default), the SaudiNewsNet sentences naming a person or organisation that
// it tags with the widest margins (selfTrainingLines, the first 6000) join the second stage's train sentences
// (self-training; with --news-tags <file> there are none unless --self-train <file> gives them; --self off
// trains without them).
import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { learnBrown, withBrownClasses } from '../src/extract/ner/brown.js';
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
import { formatScores, scoreNer, tagCorpus } from '../src/extract/ner/evaluate.js';
import type { NerLexicon } from '../src/extract/ner/features.js';
import {
  BOS,
  contextFeatures,
  EOS,
  prepareLexicon,
  SLOT_PREFIX,
  wordTypeFeatures,
} from '../src/extract/ner/features.js';
import { tagTokens } from '../src/extract/ner/index.js';
import { NerTagger, viterbi } from '../src/extract/ner/model.js';
import type { TrainedNerModel } from '../src/extract/ner/model-file.js';
import { decodeModel, encodeModel, MODEL_FORMAT } from '../src/extract/ner/model-file.js';
import { learnNameContexts, type NameCue } from '../src/extract/ner/name-contexts.js';
import { parseWojood } from '../src/extract/ner/other-corpora.js';
import { gazetteerMarks } from '../src/extract/ner/phrase-marks.js';
import { learnProfiles } from '../src/extract/ner/profiles.js';
import { confidentSentences } from '../src/extract/ner/self-training.js';
import { stackFeatures, stackMasks } from '../src/extract/ner/stacking.js';
import { type NerTag, NT, TAGS } from '../src/extract/ner/tags.js';
import {
  orgHeadFeatures,
  pairFeatures,
  WINDOW_KINDS,
  type WindowKind,
  type WindowWord,
  windowWord,
} from '../src/extract/ner/window.js';
import { droppableFeatures, dropWords, NOT_A_WORD } from '../src/extract/ner/word-dropout.js';
import { stemsUncached as stems } from '../src/text/clitics.js';
import { normalize } from '../src/text/normalize.js';
import { ANERCORP, arg, ROOT, SHARED } from './cli-args.js';
import { loadTopics, withTopicFeatures } from './ner-topics.js';
import { buildTranslit, translitOptions } from './ner-translit.js';

const root = ROOT;
const shared = SHARED;
const dataPath = arg('--data', ANERCORP);
const outPath = arg('--out', join(root, 'models', 'ner-anercorp.bin.gz'));
const EPOCHS = Number(arg('--epochs', '8'));
const TUNE = process.argv.includes('--tune');
const PRUNE = Number(arg('--prune', '1'));
/** The seed of the perceptron's sentence order and of the k-means (--seed N; the shipped model's by default). */
const SEED = Number(arg('--seed', '20240601'));
const CL_VOCAB = Number(arg('--cluster-vocab', '30000'));
/** The k-means granularities of the word classes (numbers of classes, comma-separated). */
const CL_KS = arg('--cluster-ks', '64,512').split(',').map(Number);
/** n >= 0: the word classes cluster the PPMI matrix's top singular vectors (n power iterations) instead of a
 *  random projection of it (clusters.ts; -1, off, by default). */
const CL_SVD = Number(arg('--cluster-svd', '-1'));
const PF_VOCAB = Number(arg('--profile-vocab', '100000'));
const UNLABELLED = Number(arg('--unlabelled', '2'));
const MIN_COUNT = Number(arg('--min-count', '1'));
const NAMES = arg('--names', 'on') === 'on';
const ORG_NAMES = arg('--org-names', 'on') === 'on';
const DOC_BLOCK = Number(arg('--doc-block', String(DOCUMENT_SENTENCES)));
/** Two passes (stacking.ts; off by default: see the README); first-pass tags of the train sentences come
 *  from FOLDS models, each trained without them (jack-knifing). */
const STACK = arg('--stack', 'off') === 'on';
const FOLDS = Number(arg('--folds', '5'));
/** Added to the B-/I- scores of persons and organisations at tagging time (a recall/precision trade-off).
 *  Off: values that helped a dev-slice model (10, 50) did not carry over to the model trained on all of
 *  train, whose weights are larger. */
const BIAS_PERS = Number(arg('--bias-pers', '0'));
const BIAS_ORG = Number(arg('--bias-org', '0'));
/** A word needs this many occurrences in the news for news tags (see newsTags). */
const NEWS_MIN = Number(arg('--news-min', '5'));
/** News tags (see newsTags) from a first model that a child run of this script trains (one pass, without
 *  news tags), unless --news off or --news-tags <file> gives them. */
const NEWS = arg('--news', 'on') === 'on';
/** Name contexts (name-contexts.ts): what stands next to each word in the news (titles, reporting verbs,
 *  organisation heads) joins its context profile. */
const NAME_CONTEXTS = arg('--name-contexts', 'off') === 'on';
/** Self-training (self-training.ts): --self-out <file> writes the news sentences this model tags with the
 *  widest margins (JSON lines); --self-train <file> learns from the first --self-max of them as well. */
const SELF_MAX = Number(arg('--self-max', '6000'));
/** Self-training in train:ner's two stages (on by default, see the README; --self off without it): the first
 *  model writes them (--self-out), this run learns them. */
const SELF = arg('--self', 'on') === 'on';
/** Only self-training sentences with a name of these types (a comma-separated list; 'any' for all). The
 *  widest margins are mostly places; persons and organisations are what the tagger misses. */
const SELF_NEED_ARG = arg('--self-need', 'PERS,ORG');
const SELF_NEED = SELF_NEED_ARG === 'any' ? null : new RegExp(`-(${SELF_NEED_ARG.replaceAll(',', '|')})$`);
/** Window features (window.ts), a comma-separated list of kinds ('orghead', 'pairs'), or 'none'. */
const WINDOW = arg('--window', 'none')
  .split(',')
  .filter((k) => k && k !== 'none') as WindowKind[];
for (const k of WINDOW) if (!WINDOW_KINDS.includes(k)) fail(`--window: no kind ${k}`);
/** n > 0: the stems' character n-grams are features (features.ts); 0 for none. */
const NGRAMS = Number(arg('--ngrams', '0'));
/** How common each word is in the news as a feature (features.ts rarityBucket); off by default. */
const RARITY = arg('--rarity', 'off') === 'on';
/** Tied B-/I- updates (--tie A): a perceptron update to B-X or I-X moves the other tag of type X by A times
 *  as much, so what a word shows of a name's type is learned at both places in a name (a lone surname gets
 *  the B- weight its occurrences inside names earned as I-); 0.5 by default (0: off). */
const TIE = Number(arg('--tie', '0.5'));
/** The tag of the same type at the other place in a name (B-X ↔ I-X), or -1 for O. */
const PARTNER = TAGS.map((tag, k) => (tag === 'O' ? -1 : tag.startsWith('B-') ? k + 1 : k - 1));
/** Loss-augmented training (costAugmented): the cost of a wrong tag, and the extra cost of O for a name. */
const COST = Number(arg('--cost', '0'));
const COST_O = Number(arg('--cost-o', '0'));
/** Runs of the perceptron with seeds SEED, SEED + 1, …: the model is the mean of their averaged weights. */
const SEEDS = Number(arg('--seeds', '1'));
/** The weight update: 'perceptron' (a step of 1) or 'pa' (passive-aggressive, PA-I, steps at most PA_C). */
const UPDATE = arg('--update', 'perceptron');
if (UPDATE !== 'perceptron' && UPDATE !== 'pa') fail(`--update: perceptron or pa, not ${UPDATE}`);
const PA_C = Number(arg('--pa-c', '1'));
/** Brown clusters (brown.ts) with this many active clusters; their bit-string prefixes join the word classes
 *  as more granularities (0, none, by default). */
const BROWN = Number(arg('--brown', '0'));
const BROWN_PREFIXES = arg('--brown-prefixes', '4,6,10,20').split(',').map(Number);
const BROWN_VOCAB = Number(arg('--brown-vocab', String(CL_VOCAB)));
/** With Brown clusters, the k-means granularities kept before them (all by default; 0: Brown alone). */
const BROWN_KEEP = Number(arg('--brown-keep', String(CL_KS.length)));
/** Word dropout (word-dropout.ts): at each update each word is dropped with this probability (0: off), that
 *  is its features of the --dropout-feats prefixes (comma-separated) are left out, at offset 0 alone
 *  (--dropout-scope self) or wherever the word stands in the window (all). */
const DROPOUT = Number(arg('--dropout', '0'));
const DROPOUT_FEATS = arg('--dropout-feats', 'w=,s=,c1=').split(',');
const DROPOUT_SCOPE = arg('--dropout-scope', 'all');
const NAME_ALL = arg('--name-cues', 'all') !== 'core';
const NAME_GIVEN = arg('--name-cues', 'all') === 'all';

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
    ks: CL_KS,
    iterations: 8,
    seed: SEED,
    tokens: clusterTokens,
    svd: CL_SVD,
  });
  const lines = [...classes].map(([w, c]) => `${w}\t${c.join('\t')}`);
  console.log(
    `train:ner: ${lines.length} word classes from ${clusterTokens} tokens in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  return lines.join('\n');
}

/** Brown bit strings of the frequent words (brown.ts), from the same tokens as the word classes: lines
 *  "word<TAB>bits". */
function buildBrown(stream: TokenStream): string {
  const t = Date.now();
  const { seq, names } = stream.normalised();
  const bits = learnBrown(seq, names, { vocab: BROWN_VOCAB, clusters: BROWN, tokens: clusterTokens });
  console.log(
    `train:ner: Brown bit strings of ${bits.size} words (${BROWN} clusters, ${clusterTokens} tokens) in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  return [...bits].map(([w, b]) => `${w}\t${b}`).join('\n');
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

/** The cue words of the name contexts: titles, reporting verbs and organisation heads (normalised). */
function nameCues(lexicon: NerLexicon): Map<string, NameCue> {
  const cues = new Map<string, NameCue>();
  for (const [w, kind] of Object.entries(lexicon.triggers))
    if (
      kind === 'title' ||
      kind === 'verb' ||
      kind === 'org' ||
      (NAME_ALL && (kind === 'nation' || kind === 'loc' || (NAME_GIVEN && kind === 'given')))
    )
      cues.set(w, kind);
  const lexicons = join(root, 'lexicons');
  for (const r of tsvRows(join(lexicons, 'reporting-verbs.tsv')))
    for (const col of ['lemma', 'past_m', 'past_f', 'pres_m', 'pres_f'])
      for (const v of (r[col] ?? '').split('|')) if (v) cues.set(normalize(v), 'verb');
  for (const file of ['org-name-heads.tsv', 'group-heads.tsv'])
    for (const r of tsvRows(join(lexicons, file)))
      if (r.head && !r.head.includes(' ')) cues.set(normalize(r.head), 'org');
  return cues;
}

/** Name-context codes (name-contexts.ts) of the words of the unlabelled news: lines "word<TAB>codes". */
function buildNameContexts(stream: TokenStream, lexicon: NerLexicon): string {
  const { seq, names } = stream.normalised();
  const cues = nameCues(lexicon);
  const cueOf = (name: string): NameCue | undefined => {
    for (const c of stems(name)) {
      const k = cues.get(c);
      if (k) return k;
    }
    return undefined;
  };
  const codes = learnNameContexts(seq.subarray(trainTokens), names, cueOf, {
    minCount: Number(arg('--name-min', '5')),
    minHits: 3,
    levels: arg('--name-levels', '0.03,0.1,0.3').split(',').map(Number),
  });
  console.log(`train:ner: name contexts of ${codes.size} words`);
  return [...codes].map(([w, c]) => `${w}\t${c}`).join('\n');
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
if (NGRAMS > 0) lexicon.ngrams = NGRAMS;
if (WINDOW.length) lexicon.window = WINDOW;
if (RARITY) lexicon.rarity = true;
const clusterCache = arg('--clusters-cache', '');
const cached = (path: string) => path !== '' && existsSync(path);
// both tables cached (experiments): the unlabelled news need not be read
const nameCache = arg('--name-contexts-cache', '');
const brownCache = arg('--brown-cache', '');
const stream =
  cached(clusterCache) &&
  cached(arg('--profiles-cache', '')) &&
  (!NAME_CONTEXTS || cached(nameCache)) &&
  (BROWN === 0 || cached(brownCache))
    ? null
    : await buildStream();
if (clusterCache && existsSync(clusterCache)) lexicon.clusters = readText(clusterCache);
else if (stream) {
  lexicon.clusters = buildClusters(stream);
  if (clusterCache) writeFileSync(clusterCache, lexicon.clusters);
}
if (BROWN > 0 && lexicon.clusters) {
  let bits = '';
  if (cached(brownCache)) bits = readText(brownCache);
  else if (stream) {
    bits = buildBrown(stream);
    if (brownCache) writeFileSync(brownCache, bits);
  }
  lexicon.clusters = withBrownClasses(lexicon.clusters, bits, BROWN_PREFIXES, BROWN_KEEP);
}
const profileCache = arg('--profiles-cache', '');
if (profileCache && existsSync(profileCache)) lexicon.profiles = readText(profileCache);
else if (stream && PF_VOCAB > 0) {
  lexicon.profiles = buildProfiles(stream);
  if (profileCache) writeFileSync(profileCache, lexicon.profiles);
}
if (NAME_CONTEXTS) {
  let lines = '';
  if (cached(nameCache)) lines = readText(nameCache);
  else if (stream) {
    lines = buildNameContexts(stream, lexicon);
    if (nameCache) writeFileSync(nameCache, lines);
  }
  lexicon.profiles = withNewsTags(lexicon.profiles ?? '', lines);
}
const newsTagsIn = arg('--news-tags', '');
const first = newsTagsIn ? { tags: readText(newsTagsIn), self: '' } : NEWS ? firstModelNewsTags() : null;
const newsTagLines = first?.tags ?? '';
// self-training sentences join train after the word classes and profiles, which learn from train alone
const selfIn = arg('--self-train', '');
const selfLines = selfIn ? readText(selfIn) : (first?.self ?? '');
if (selfLines) {
  const extra = selfLines
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TaggedSentence)
    .filter((x) => !SELF_NEED || x.tags.some((t) => SELF_NEED.test(t)))
    .slice(0, SELF_MAX);
  train = [...train, ...extra];
  console.log(`train:ner: ${extra.length} self-training sentences`);
}
if (newsTagLines) lexicon.profiles = withNewsTags(lexicon.profiles ?? '', newsTagLines);
// how foreign each word looks (ner-translit.ts, --translit on; off by default)
const translit = translitOptions();
if (translit && lexicon.clusters) lexicon.translit = buildTranslit(lexicon.clusters, lexicon, translit);
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
// document topics (ner-topics.ts, --topics K; off by default) join the document marks
const topicModel = await loadTopics(SEED);
if (topicModel) lexicon.topics = topicModel;
const withTopics = (set: TaggedSentence[], marks: Marks[]): Marks[] =>
  topicModel ? withTopicFeatures(set, marks, topicModel, lex, DOC_BLOCK) : marks;
const trainDoc = withTopics(train, docMasks(train).map(named));
const devMasks = docMasks(dev);
const devDoc = withTopics(dev, devMasks.map(named));
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
const windowCache = new Map<string, WindowWord>();
/** The window facts of a sentence's normalised words, or null without window features. */
function windowWords(norm: readonly string[]): WindowWord[] | null {
  if (WINDOW.length === 0) return null;
  return norm.map((w) => {
    let f = windowCache.get(w);
    if (!f) windowCache.set(w, (f = windowWord(w, lex)));
    return f;
  });
}
/** The window features of word i of a sentence (its words' window facts: windowWords). */
function windowFeatures(ws: readonly WindowWord[], i: number): string[] {
  const out: string[] = [];
  if (lex.window.has('orghead')) orgHeadFeatures(ws[i - 2] ?? null, ws[i - 1] ?? null, ws[i]!, out);
  if (lex.window.has('pairs')) pairFeatures(ws[i - 1] ?? null, ws[i]!, ws[i + 1] ?? null, out);
  return out;
}
interface Encoded {
  feats: Int32Array; // all feature ids, token after token
  offs: Int32Array; // token i's features are feats[offs[i], offs[i+1])
  gold: Uint8Array;
  from?: Int8Array; // the word offset (−2..+2) each feature was computed from, or NOT_A_WORD (word dropout)
}
type Marks = readonly (readonly string[] | null)[] | undefined;
function encode(s: TaggedSentence, doc: Marks): Encoded {
  const n = s.words.length;
  const norm = s.words.map(normalize);
  const gaz = gazetteerMarks(norm, lex);
  const padded = [BOS, BOS, ...s.words, EOS, EOS];
  const win = windowWords(norm);
  const feats: number[] = [];
  const from: number[] = [];
  const offs = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offs[i] = feats.length;
    for (let k = 0; k < 5; k++)
      for (const f of typeIds(padded[i + k]!)[k]!) {
        feats.push(f);
        from.push(k - 2);
      }
    for (const f of contextFeatures(i, gaz, doc)) feats.push(idOf(f));
    if (win) for (const f of windowFeatures(win, i)) feats.push(idOf(f));
    while (from.length < feats.length) from.push(NOT_A_WORD);
  }
  offs[n] = feats.length;
  return {
    feats: Int32Array.from(feats),
    offs,
    gold: Uint8Array.from(s.tags, (t) => TAGS.indexOf(t)),
    from: Int8Array.from(from),
  };
}
/** Features seen fewer than `min` times in training are dropped (they mostly memorise single sentences). */
function dropRare(enc: Encoded[], min: number): Encoded[] {
  if (min <= 1) return enc;
  const count = new Int32Array(names.length);
  for (const e of enc) for (const f of e.feats) count[f]!++;
  return enc.map((e) => {
    const feats: number[] = [];
    const from: number[] = [];
    const offs = new Int32Array(e.offs.length);
    for (let i = 0; i + 1 < e.offs.length; i++) {
      offs[i] = feats.length;
      for (let j = e.offs[i]!; j < e.offs[i + 1]!; j++)
        if (count[e.feats[j]!]! >= min) {
          feats.push(e.feats[j]!);
          from.push(e.from?.[j] ?? NOT_A_WORD);
        }
    }
    offs[e.offs.length - 1] = feats.length;
    return { feats: Int32Array.from(feats), offs, gold: e.gold, from: Int8Array.from(from) };
  });
}
const data = dropRare(
  train.map((s, k) => encode(s, trainDoc[k])),
  MIN_COUNT,
);
console.log(`train:ner: ${names.length} features, encoded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
/** The features a dropped word loses (word dropout; see DROPOUT). */
const DROPPABLE =
  DROPOUT > 0 ? droppableFeatures(names, DROPOUT_FEATS, DROPOUT_SCOPE === 'self') : new Uint8Array(0);

// ---- averaged structured perceptron
interface Weights {
  w: Float64Array;
  s: Float64Array;
  t: Float64Array;
}

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

/** Emission scores with a cost added to every wrong tag (COST), and more to O where gold is a name (COST_O):
 *  training then asks for a margin, the wider against missing a name (loss-augmented decoding). */
function costAugmented(em: Float64Array, gold: Uint8Array): Float64Array {
  const out = Float64Array.from(em);
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    for (let t = 0; t < NT; t++) if (t !== g) out[i * NT + t]! += COST;
    if (g !== 0) out[i * NT]! += COST_O;
  }
  return out;
}

/** The perceptron's state: weights and their sums of c·update (for averaging). */
class Perceptron {
  readonly W: Float64Array;
  readonly U: Float64Array;
  readonly S = new Float64Array(NT);
  readonly SU = new Float64Array(NT);
  readonly T = new Float64Array(NT * NT);
  readonly TU = new Float64Array(NT * NT);
  c = 1;
  /** The draws of word dropout (seeded per run). */
  dropRand: () => number = () => 1;
  constructor(features: number) {
    this.W = new Float64Array(features * NT);
    this.U = new Float64Array(features * NT);
  }
  /** One sentence: decode, update where the path differs from gold; the number of token errors. */
  learn(sentence: Encoded): number {
    const e = DROPOUT > 0 ? dropWords(sentence, DROPPABLE, DROPOUT, this.dropRand) : sentence;
    const { W, U, S, SU, T, TU, c } = this;
    const n = e.gold.length;
    const em = emissions(e, W);
    const pred = viterbi(COST > 0 || COST_O > 0 ? costAugmented(em, e.gold) : em, n, S, T);
    const step = UPDATE === 'pa' ? this.paStep(e, pred, em) : 1;
    let errors = 0;
    const bump = (a: Float64Array, au: Float64Array, k: number, d: number) => {
      a[k]! += d * step;
      au[k]! += d * step * c;
    };
    for (let i = 0; i < n; i++) {
      const g = e.gold[i]!,
        p = pred[i]!;
      if (g !== p) {
        errors++;
        for (let j = e.offs[i]!; j < e.offs[i + 1]!; j++) {
          const b = e.feats[j]! * NT;
          bump(W, U, b + g, 1);
          bump(W, U, b + p, -1);
          if (TIE > 0) {
            if (g !== 0) bump(W, U, b + PARTNER[g]!, TIE);
            if (p !== 0) bump(W, U, b + PARTNER[p]!, -TIE);
          }
        }
      }
      const gp = i > 0 ? e.gold[i - 1]! : -1,
        pp = i > 0 ? pred[i - 1]! : -1;
      if (g === p && gp === pp) continue;
      if (i === 0) {
        bump(S, SU, g, 1);
        bump(S, SU, p, -1);
      } else {
        bump(T, TU, gp * NT + g, 1);
        bump(T, TU, pp * NT + p, -1);
      }
    }
    this.c++;
    return errors;
  }
  /** The passive-aggressive step (PA-I, Crammer et al. 2006) of a sentence decoded as `pred`: the smallest
   *  step that puts gold ahead of pred by the number of wrong tokens, at most PA_C; 0 when pred is gold. */
  private paStep(e: Encoded, pred: Uint8Array, em: Float64Array): number {
    const { S, T } = this;
    const delta = new Map<number, number>();
    const add = (k: number, d: number) => delta.set(k, (delta.get(k) ?? 0) + d);
    // the transition and start entries after the feature weights' indices
    const base = names.length * NT;
    let wrong = 0;
    let margin = 0;
    for (let i = 0; i < e.gold.length; i++) {
      const g = e.gold[i]!;
      const p = pred[i]!;
      if (g !== p) {
        wrong++;
        margin += em[i * NT + g]! - em[i * NT + p]!;
        for (let j = e.offs[i]!; j < e.offs[i + 1]!; j++) {
          add(e.feats[j]! * NT + g, 1);
          add(e.feats[j]! * NT + p, -1);
        }
      }
      if (i === 0) {
        margin += S[g]! - S[p]!;
        add(base + NT * NT + g, 1);
        add(base + NT * NT + p, -1);
      } else {
        const gp = e.gold[i - 1]!;
        const pp = pred[i - 1]!;
        margin += T[gp * NT + g]! - T[pp * NT + p]!;
        add(base + gp * NT + g, 1);
        add(base + pp * NT + p, -1);
      }
    }
    if (wrong === 0) return 0;
    let norm = 0;
    for (const d of delta.values()) norm += d * d;
    return norm > 0 ? Math.min(PA_C, (wrong - margin) / norm) : 0;
  }
  averaged(): Weights {
    const { W, U, c } = this;
    const w = new Float64Array(W.length);
    for (let k = 0; k < w.length; k++) w[k] = W[k]! - U[k]! / c;
    const s = this.S.map((x, k) => x - this.SU[k]! / c);
    const t = this.T.map((x, k) => x - this.TU[k]! / c);
    return { w, s, t };
  }
}

/** The mean of the averaged weights of several runs (the first alone when there is one). */
function meanWeights(runs: readonly Weights[]): Weights {
  if (runs.length === 1) return runs[0]!;
  const mean = (pick: (r: Weights) => Float64Array): Float64Array => {
    const out = new Float64Array(pick(runs[0]!).length);
    for (const r of runs) {
      const a = pick(r);
      for (let k = 0; k < out.length; k++) out[k]! += a[k]!;
    }
    for (let k = 0; k < out.length; k++) out[k]! /= runs.length;
    return out;
  };
  return { w: mean((r) => r.w), s: mean((r) => r.s), t: mean((r) => r.t) };
}

/** Trains on `set` for `epochs` seeded passes; `onEpoch` sees each epoch's errors and the state. */
function trainPerceptron(
  set: readonly Encoded[],
  epochs: number,
  onEpoch?: (epoch: number, errors: number, p: Perceptron) => void,
  seed = SEED,
): Perceptron {
  const p = new Perceptron(names.length);
  const rand = mulberry32(seed);
  p.dropRand = mulberry32(seed ^ 0x5eed);
  const order = set.map((_, k) => k);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [order[k], order[j]] = [order[j]!, order[k]!];
    }
    let errors = 0;
    for (const si of order) errors += p.learn(set[si]!);
    onEpoch?.(epoch, errors, p);
  }
  return p;
}

/** Emissions for an unseen sentence (features unknown to training score nothing); `extra`: more feature
 *  names per word (the second pass's). */
function encodeLookup(s: TaggedSentence, w: Float64Array, doc: Marks, extra?: Marks): Float64Array {
  return emissions(encodeKnown(s, doc, extra), w);
}

/** An unseen sentence's features known to training, as ids (gold left all O). */
function encodeKnown(s: TaggedSentence, doc: Marks, extra?: Marks): Encoded {
  const n = s.words.length;
  const norm = s.words.map(normalize);
  const gaz = gazetteerMarks(norm, lex);
  const padded = [BOS, BOS, ...s.words, EOS, EOS];
  const win = windowWords(norm);
  const feats: number[] = [];
  const offs = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    offs[i] = feats.length;
    const fs: string[] = [];
    for (let k = 0; k < 5; k++) fs.push(...wordTypeFeatures(padded[i + k]!, lex)[k]!);
    fs.push(...contextFeatures(i, gaz, doc));
    if (win) fs.push(...windowFeatures(win, i));
    if (extra?.[i]) fs.push(...extra[i]!);
    for (const f of fs) {
      const id = ids.get(f);
      if (id !== undefined) feats.push(id);
    }
  }
  offs[n] = feats.length;
  return { feats: Int32Array.from(feats), offs, gold: new Uint8Array(n) };
}

/** Second-pass feature names of each sentence's words, from first-pass tags, over document blocks. */
function stackMarks(sents: readonly TaggedSentence[], tags: readonly Uint8Array[]): Marks[] {
  const out: Marks[] = [];
  for (let from = 0; from < sents.length; from += DOC_BLOCK) {
    const group = sents.slice(from, from + DOC_BLOCK);
    const keys = group.flatMap((s) => s.words.map((w) => factOf(w).key));
    const all = Array.from(stackMasks(keys, concatTags(tags.slice(from, from + DOC_BLOCK))), stackFeatures);
    let k = 0;
    for (const s of group) {
      out.push(all.slice(k, k + s.words.length));
      k += s.words.length;
    }
  }
  return out;
}
const concatTags = (parts: readonly Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
};

/** The sentences of `set` with more features per word. */
function withExtra(e: Encoded, extra: Marks): Encoded {
  const feats: number[] = [];
  const offs = new Int32Array(e.offs.length);
  for (let i = 0; i + 1 < e.offs.length; i++) {
    offs[i] = feats.length;
    for (let j = e.offs[i]!; j < e.offs[i + 1]!; j++) feats.push(e.feats[j]!);
    for (const f of extra?.[i] ?? []) feats.push(idOf(f));
  }
  offs[e.offs.length - 1] = feats.length;
  return { feats: Int32Array.from(feats), offs, gold: e.gold };
}

/** First-pass tags of the train sentences, each from a model trained without its document block's fold. */
function jackknifedTags(): Uint8Array[] {
  const foldOf = (k: number) => Math.floor(k / DOC_BLOCK) % FOLDS;
  const out: Uint8Array[] = new Array(data.length);
  for (let f = 0; f < FOLDS; f++) {
    const p = trainPerceptron(
      data.filter((_, k) => foldOf(k) !== f),
      EPOCHS,
    ).averaged();
    data.forEach((e, k) => {
      if (foldOf(k) === f) out[k] = viterbi(emissions(e, p.w), e.gold.length, p.s, p.t);
    });
    console.log(`train:ner: fold ${f + 1} of ${FOLDS} tagged, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return out;
}

/** Tags of the dev (or test) sentences: one pass, or two with the second-pass features. */
function tagDev(p: Weights): Uint8Array[] {
  const first = dev.map((d, k) => viterbi(encodeLookup(d, p.w, devDoc[k]), d.words.length, p.s, p.t));
  if (!STACK) return first;
  const marks = stackMarks(dev, first);
  return dev.map((d, k) => viterbi(encodeLookup(d, p.w, devDoc[k], marks[k]), d.words.length, p.s, p.t));
}

function evalDev(p: Weights): ReturnType<typeof scoreNer> {
  const pred = tagDev(p).map((path) => Array.from(path, (k) => TAGS[k]!));
  return scoreNer(
    dev.map((d) => d.tags),
    pred,
  );
}

let trainSet: Encoded[] = data;
if (STACK) {
  const marks = stackMarks(train, jackknifedTags());
  // each sentence twice: without the second-pass features (the first pass) and with them
  trainSet = [...data, ...data.map((e, k) => withExtra(e, marks[k]))];
}
const scoreLine = (p: Weights): string => scoreText(evalDev(p));
const scoreLineOf = (pred: NerTag[][]): string =>
  scoreText(
    scoreNer(
      dev.map((d) => d.tags),
      pred,
    ),
  );
function scoreText(sc: ReturnType<typeof scoreNer>): string {
  return `; ${TUNE ? 'dev' : 'test'} F1 micro ${sc.micro.f1.toFixed(3)} PERS ${sc.PERS.f1.toFixed(3)} LOC ${sc.LOC.f1.toFixed(3)} ORG ${sc.ORG.f1.toFixed(3)} MISC ${sc.MISC.f1.toFixed(3)}`;
}
const averagedRuns: Weights[] = [];
for (let run = 0; run < SEEDS; run++) {
  const trained = trainPerceptron(
    trainSet,
    EPOCHS,
    (epoch, errors, p) => {
      let line = `train:ner: epoch ${epoch}: ${errors} token errors, ${((Date.now() - t0) / 1000).toFixed(1)} s`;
      if (TUNE || epoch === EPOCHS) line += scoreLine(p.averaged());
      console.log(line);
    },
    SEED + run,
  );
  averagedRuns.push(trained.averaged());
}
const { w, s, t } = meanWeights(averagedRuns);
if (SEEDS > 1) console.log(`train:ner: mean of ${SEEDS} runs${scoreLine({ w, s, t })}`);
if (TUNE && !process.argv.includes('--out')) process.exit(0);
const F = names.length;

// ---- prune, round, write
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
    newsTags: newsTagLines
      ? `${newsTagLines.split('\n').length} words, from a first model's tags of the news`
      : 'none',
    twoPasses: STACK,
  },
};
mkdirSync(dirname(outPath), { recursive: true });
const bytes = encodeModel(model);
writeFileSync(outPath, bytes);
// check the written model reproduces the in-memory scores
const tagger = new NerTagger(decodeModel(bytes));
// the in-memory weights decode without the consistency pass (consistency.ts); the written model is scored
// without it and with it
const sc = scoreNer(
  dev.map((d) => d.tags),
  tagCorpus(tagger, dev, DOC_BLOCK, false),
);
console.log(formatScores(sc));
console.log(`train:ner: with the consistency pass${scoreLineOf(tagCorpus(tagger, dev, DOC_BLOCK))}`);
const newsTagsOut = arg('--news-tags-out', '');
if (newsTagsOut) writeFileSync(newsTagsOut, await newsTags(tagger));
const selfOut = arg('--self-out', '');
if (selfOut) writeFileSync(selfOut, await selfTrainingLines(tagger, model));
console.log(
  `train:ner: wrote ${outPath} (${(bytes.length / 1e6).toFixed(2)} MB, ${kept} of ${F} features kept) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);

/** What a model makes of the words of the unlabelled news (the first source): per normalised word seen at
 *  least NEWS_MIN times, the share of its occurrences tagged inside a person (P), place (L) or organisation (G)
 *  name, as profile codes (1: at least 10%, 2: 30%, 3: 60%); lines "word<TAB>codes". */
async function newsTags(tagger: NerTagger): Promise<string> {
  const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  const limit = Number(arg('--news-articles', '30000'));
  const counts = new Map<string, Int32Array>();
  const path = join(shared, 'data', 'ant-multisource-2018', 'ant_multisource_v2.1.jsonl.gz');
  const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { title?: string; text?: string };
    const tokens = [...`${d.title ?? ''}\n${d.text ?? ''}`.matchAll(TOKEN)].map((m) => m[0]);
    const kind = new Uint8Array(tokens.length);
    // without the consistency pass, as the shipped model's first stage made them
    for (const sp of tagTokens(tokens, tagger, false))
      kind.fill(sp.type === 'PERS' ? 1 : sp.type === 'LOC' ? 2 : 3, sp.start, sp.end);
    tokens.forEach((t, i) => {
      const w = normalize(t);
      let c = counts.get(w);
      if (!c) counts.set(w, (c = new Int32Array(4)));
      c[kind[i]!]!++;
    });
    if (++n >= limit) break;
  }
  rl.close();
  const lines: string[] = [];
  for (const [w, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const total = c[0]! + c[1]! + c[2]! + c[3]!;
    if (total < NEWS_MIN || !/[\u0621-\u064A]/.test(w)) continue;
    let codes = '';
    for (let k = 1; k <= 3; k++) {
      const share = c[k]! / total;
      const level = share >= 0.6 ? 3 : share >= 0.3 ? 2 : share >= 0.1 ? 1 : 0;
      if (level) codes += 'PLG'[k - 1]! + level;
    }
    if (codes) lines.push(`${w}\t${codes}`);
  }
  console.log(`train:ner: news tags of ${lines.length} words from ${n} articles`);
  return lines.join('\n');
}

/** The news sentences (SaudiNewsNet, the second source: the news tags read the first) that the model tags
 *  with the widest margins, widest first, as JSON lines {words, tags}. */
async function selfTrainingLines(tagger: NerTagger, model: TrainedNerModel): Promise<string> {
  const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;
  const END = new Set(['.', '!', '?', '؟', '…']);
  const limit = Number(arg('--self-articles', '8000'));
  const path = join(shared, 'data', 'saudinewsnet-2015', 'saudinewsnet.jsonl.gz');
  const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
  const kept: { sentence: TaggedSentence; margin: number }[] = [];
  let n = 0;
  for await (const line of rl) {
    if (!line.trim()) continue;
    const d = JSON.parse(line) as { text?: string; content?: string };
    const tokens = [...(d.text ?? d.content ?? '').matchAll(TOKEN)].map((m) => m[0]);
    const ends: number[] = [];
    for (let i = 0; i < tokens.length; i++)
      if (END.has(tokens[i]!) || i + 1 === tokens.length) ends.push(i + 1);
    kept.push(...confidentSentences(tagger, tokens, ends, model.start, model.trans, 0));
    if (++n >= limit) break;
  }
  rl.close();
  kept.sort((a, b) => b.margin - a.margin);
  const out = kept.slice(0, 20000).map((k) => JSON.stringify(k.sentence));
  console.log(
    `train:ner: ${kept.length} self-training candidates from ${n} articles, margins ${kept[0]?.margin} .. ${kept[out.length - 1]?.margin}`,
  );
  return out.join('\n');
}

/** Profiles with the news tags added to each word's line (or a line of their own). */
function withNewsTags(profiles: string, tags: string): string {
  const extra = new Map<string, string>();
  for (const line of tags.split('\n')) {
    const [w, codes] = line.split('\t');
    if (w && codes) extra.set(w, codes);
  }
  const out: string[] = [];
  for (const line of profiles.split('\n')) {
    const w = line.slice(0, line.indexOf('\t'));
    const codes = extra.get(w);
    extra.delete(w);
    out.push(codes ? line + codes : line);
  }
  for (const [w, codes] of extra) out.push(`${w}\t${codes}`);
  return out.join('\n');
}

/** Trains the first model in a child run of this script (same options, one pass, no news tags) and returns
 *  the news tags it writes, and its self-training sentences with --self on. */
function firstModelNewsTags(): { tags: string; self: string } {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-ner-'));
  const tags = join(dir, 'news-tags.tsv');
  const self = join(dir, 'self.jsonl');
  try {
    // the first occurrence of an option wins (arg()): the child's own options come first
    const own = [
      '--news',
      'off',
      '--stack',
      'off',
      '--self',
      'off',
      '--out',
      join(dir, 'first.bin.gz'),
      '--news-tags-out',
      tags,
      ...(SELF ? ['--self-out', self] : []),
    ];
    execFileSync(process.execPath, [process.argv[1]!, ...own, ...process.argv.slice(2)], {
      stdio: 'inherit',
    });
    return { tags: readText(tags), self: SELF ? readText(self) : '' };
  } catch (e) {
    fail(`the first model's run failed (${(e as Error).message})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
