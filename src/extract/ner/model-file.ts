// The tagger's model file (models/ner-anercorp.bin.gz): a gzipped binary that loads into typed arrays, so a
// worker holds the model outside its JavaScript heap (nothing for the garbage collector to trace) and parses
// no JSON to load it. Layout after gunzip: "ISNADNER", a uint32 format version, a uint32 header length, the
// header (JSON: tags, start and transition scores, biases, the small word lists, the context weights, the
// meta data and the list of arrays), then each array, every one starting at a multiple of 8 bytes.
import { gunzipSync, gzipSync } from 'node:zlib';
import type { NerLexicon, PreparedLexicon } from './features.js';
import { prepareLexicon } from './features.js';
import { NT } from './tags.js';
import { DocumentTopics } from './topic-features.js';
import { WordKnowledge } from './word-knowledge.js';
import { WordTable } from './word-table.js';

export const MODEL_FORMAT = 'isnad-ner/2';
const MAGIC = 'ISNADNER';
const VERSION = 2;

/** The model as training makes it (scripts/train-ner.ts), before it is written. */
export interface TrainedNerModel {
  format: typeof MODEL_FORMAT;
  tags: string[];
  /** score of each tag at sentence start */
  start: number[];
  /** transition scores, from * NT + to */
  trans: number[];
  /** score added to each word's tag scores, a recall/precision trade-off per type (train-ner --bias-*) */
  bias?: number[];
  lexicon: NerLexicon;
  /** word-type feature (as made for slot 0, without the slot prefix) → sparse weights
   *  [slot * NT + tagIndex, weight, ...], slot 0..4 = offset -2..+2 of the word from the tagged one */
  words: Record<string, number[]>;
  /** context feature (place and organisation spans) → sparse weights [tagIndex, weight, ...] */
  context: Record<string, number[]>;
  meta?: Record<string, unknown>;
}

/** The model as the tagger uses it. */
export interface NerModel {
  tags: string[];
  start: Float32Array;
  trans: Float32Array;
  bias: Float32Array;
  lexicon: PreparedLexicon;
  /** word-type feature → its row: the weights rowValue[k] at places rowPlace[k] (slot × NT + tag) for k in
   *  rowStart[row] .. rowStart[row + 1] (the weights of one feature are sparse: 4 of 45 on average),
   *  quantised to 16 bits; a weight is value × scale */
  features: WordTable;
  rowStart: Uint32Array;
  rowPlace: Uint8Array;
  rowValue: Int16Array;
  scale: number;
  /** context feature → NT weights */
  context: Map<string, Float32Array>;
  /** the document topics' features (topic-features.ts), when the model was trained with them */
  topics: DocumentTopics | null;
  meta: Record<string, unknown>;
}

type ArrayName =
  | 'featureTable'
  | 'rowStart'
  | 'rowPlace'
  | 'rowValue'
  | 'wordTable'
  | 'classes'
  | 'ranks'
  | 'profileStart'
  | 'profileCodes'
  | 'topicWeights'
  | 'translitTable'
  | 'translitCounts';
const ARRAY_TYPES = {
  featureTable: Int32Array,
  rowStart: Uint32Array,
  rowPlace: Uint8Array,
  rowValue: Int16Array,
  wordTable: Int32Array,
  classes: Int32Array,
  ranks: Int32Array,
  profileStart: Uint32Array,
  profileCodes: Uint8Array,
  topicWeights: Float32Array,
  translitTable: Int32Array,
  translitCounts: Float32Array,
} as const;
/** Arrays only some models have. */
const OPTIONAL_ARRAYS: readonly ArrayName[] = ['topicWeights', 'translitTable', 'translitCounts'];

interface Header {
  format: typeof MODEL_FORMAT;
  tags: string[];
  start: number[];
  trans: number[];
  bias: number[];
  scale: number;
  lexicon: Pick<NerLexicon, 'triggers' | 'places' | 'orgs' | 'ngrams' | 'window' | 'rarity'>;
  granularities: number;
  codeNames: string[];
  context: Record<string, number[]>;
  /** the topics' number and words (their weights: the topicWeights array), when the model has them */
  topics?: { k: number; words: string[] };
  /** the transliteration score's settings (its counts: the translit arrays), when the model has it */
  translit?: { order: number; alphabet: number; edges: number[]; feats: string[]; prior: number };
  meta: Record<string, unknown>;
  arrays: { name: ArrayName; length: number }[];
}

/** The bytes of a model file (gzipped). */
export function encodeModel(m: TrainedNerModel): Buffer {
  const keys = Object.keys(m.words);
  let max = 0;
  for (const sparse of Object.values(m.words))
    for (let k = 1; k < sparse.length; k += 2) max = Math.max(max, Math.abs(sparse[k]!));
  const scale = max / 32767 || 1;
  const rowStart = new Uint32Array(keys.length + 1);
  const places: number[] = [];
  const values: number[] = [];
  keys.forEach((f, row) => {
    const sparse = m.words[f]!;
    for (let k = 0; k + 1 < sparse.length; k += 2) {
      places.push(sparse[k]!);
      values.push(Math.round(sparse[k + 1]! / scale));
    }
    rowStart[row + 1] = places.length;
  });
  const words = WordKnowledge.fromText(m.lexicon.clusters, m.lexicon.profiles);
  const arrays: Partial<Record<ArrayName, ArrayBufferView & { length: number }>> = {
    featureTable: WordTable.build(keys).slots,
    rowStart,
    rowPlace: Uint8Array.from(places),
    rowValue: Int16Array.from(values),
    wordTable: words.arrays.table,
    classes: words.arrays.classes,
    ranks: words.arrays.ranks,
    profileStart: words.arrays.profileStart,
    profileCodes: words.arrays.profileCodes,
  };
  const topics = m.lexicon.topics;
  if (topics) arrays.topicWeights = topics.weights;
  const translit = m.lexicon.translit;
  if (translit) {
    arrays.translitTable = translit.table;
    arrays.translitCounts = translit.counts;
  }
  const header: Header = {
    format: MODEL_FORMAT,
    tags: m.tags,
    start: m.start,
    trans: m.trans,
    bias: m.bias ?? new Array<number>(m.tags.length).fill(0),
    scale,
    lexicon: {
      triggers: m.lexicon.triggers,
      places: m.lexicon.places,
      orgs: m.lexicon.orgs ?? [],
      // the measured feature variants, written only when a model has them (older files stay the same)
      ...(m.lexicon.ngrams ? { ngrams: m.lexicon.ngrams } : {}),
      ...(m.lexicon.window?.length ? { window: m.lexicon.window } : {}),
      ...(m.lexicon.rarity ? { rarity: true } : {}),
    },
    granularities: words.granularities,
    codeNames: [...words.codeNames],
    context: m.context,
    ...(topics ? { topics: { k: topics.k, words: topics.words } } : {}),
    ...(translit
      ? {
          translit: {
            order: translit.order,
            alphabet: translit.alphabet,
            edges: translit.edges,
            feats: translit.feats,
            prior: translit.prior,
          },
        }
      : {}),
    meta: m.meta ?? {},
    arrays: (Object.keys(arrays) as ArrayName[]).map((name) => ({ name, length: arrays[name]!.length })),
  };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const parts: Buffer[] = [];
  const lead = Buffer.alloc(16);
  lead.write(MAGIC, 0, 'latin1');
  lead.writeUInt32LE(VERSION, 8);
  lead.writeUInt32LE(json.length, 12);
  parts.push(lead, json, padding(16 + json.length));
  let at = 16 + json.length + padding(16 + json.length).length;
  for (const { name } of header.arrays) {
    const a = arrays[name]!;
    const bytes = Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    parts.push(bytes, padding(at + bytes.length));
    at += bytes.length + padding(at + bytes.length).length;
  }
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

const padding = (at: number): Buffer => Buffer.alloc((8 - (at % 8)) % 8);

/** A model file's bytes unzipped; throws a plain reason when they are not gzipped. */
export function unzipModel(gzipped: Uint8Array): Buffer {
  try {
    return gunzipSync(gzipped);
  } catch {
    throw new Error('not a gzipped model file');
  }
}

/** The model in a file's bytes; throws a plain reason when they are not a model of this format. */
export function decodeModel(gzipped: Uint8Array): NerModel {
  return decodeUnzippedModel(unzipModel(gzipped));
}

/** The model in a file's unzipped bytes. Its typed arrays view `raw` itself when it is a shared buffer's
 *  (sharedModelBytes: the threads of a pool share one copy), else a copy of it. */
export function decodeUnzippedModel(unzipped: Uint8Array): NerModel {
  const raw = Buffer.from(unzipped.buffer, unzipped.byteOffset, unzipped.byteLength);
  if (raw.length < 16 || raw.toString('latin1', 0, 8) !== MAGIC) throw new Error('not an isnad model file');
  if (raw.readUInt32LE(8) !== VERSION)
    throw new Error(`model format version ${raw.readUInt32LE(8)}, not ${VERSION}`);
  const headerLength = raw.readUInt32LE(12);
  const header = JSON.parse(raw.toString('utf8', 16, 16 + headerLength)) as Header;
  if (header.format !== MODEL_FORMAT)
    throw new Error(`unknown model format ${JSON.stringify(header.format)}`);
  // one aligned copy that the typed arrays view (gunzip's buffer may start anywhere in a pool), unless the
  // bytes are a whole shared buffer of their own
  const shared = unzipped.buffer instanceof SharedArrayBuffer && unzipped.byteOffset === 0;
  const bytes = shared ? unzipped : new Uint8Array(raw.length);
  if (!shared) bytes.set(raw);
  let at = 16 + headerLength;
  at += (8 - (at % 8)) % 8;
  const arrays = {} as { [K in ArrayName]: InstanceType<(typeof ARRAY_TYPES)[K]> };
  for (const { name, length } of header.arrays) {
    const Type = ARRAY_TYPES[name];
    if (!Type) throw new Error(`unknown array ${JSON.stringify(name)}`);
    const byteLength = length * Type.BYTES_PER_ELEMENT;
    if (at + byteLength > bytes.length) throw new Error('the model file is cut short');
    // (a shared buffer when the pool shares the model: typed the same, the arrays are only read)
    (arrays as Record<ArrayName, unknown>)[name] = new Type(bytes.buffer as ArrayBuffer, at, length);
    at += byteLength + ((8 - (byteLength % 8)) % 8);
  }
  for (const name of Object.keys(ARRAY_TYPES) as ArrayName[])
    if (!arrays[name] && !OPTIONAL_ARRAYS.includes(name))
      throw new Error(`the model file has no ${name} array`);
  if (header.topics && !arrays.topicWeights) throw new Error('the model file has no topicWeights array');
  if (header.translit && !(arrays.translitTable && arrays.translitCounts))
    throw new Error('the model file has no translit arrays');
  const words = new WordKnowledge(
    {
      table: arrays.wordTable,
      classes: arrays.classes,
      ranks: arrays.ranks,
      profileStart: arrays.profileStart,
      profileCodes: arrays.profileCodes,
    },
    header.granularities,
    header.codeNames,
  );
  const context = new Map<string, Float32Array>();
  for (const [f, sparse] of Object.entries(header.context)) {
    const v = new Float32Array(NT);
    for (let k = 0; k + 1 < sparse.length; k += 2) v[sparse[k]!] = sparse[k + 1]!;
    context.set(f, v);
  }
  const translit = header.translit
    ? { ...header.translit, table: arrays.translitTable, counts: arrays.translitCounts }
    : undefined;
  const lexicon = prepareLexicon({ ...header.lexicon, ...(translit ? { translit } : {}) }, words);
  return {
    tags: header.tags,
    start: Float32Array.from(header.start),
    trans: Float32Array.from(header.trans),
    bias: Float32Array.from(header.bias),
    lexicon,
    features: new WordTable(arrays.featureTable),
    rowStart: arrays.rowStart,
    rowPlace: arrays.rowPlace,
    rowValue: arrays.rowValue,
    scale: header.scale,
    context,
    topics: header.topics
      ? new DocumentTopics({ ...header.topics, weights: arrays.topicWeights }, lexicon, context)
      : null,
    meta: header.meta,
  };
}
