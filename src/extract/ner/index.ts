// Statistical named-entity tagger (PERS, LOC, ORG, MISC), trained by scripts/train-ner.ts on ANERcorp.
// The model file models/ner-anercorp.bin.gz is self-contained (weights, transitions, baked word lists; see
// model-file.ts for its layout).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tagConsistently } from './consistency.js';
import { NerTagger } from './model.js';
import { decodeModel, decodeUnzippedModel, unzipModel } from './model-file.js';
import type { NerTag } from './tags.js';
import { entitySpansOfIndices } from './tags.js';

export type { TaggedSentence } from './corpus.js';
export { parseBioCorpus, splitTrainTest } from './corpus.js';
export { DOCUMENT_SENTENCES, marksBySentence } from './document.js';
export { NerTagger, sharedKnownWordVectors, viterbi } from './model.js';
export type { NerModel, TrainedNerModel } from './model-file.js';
export { decodeModel, encodeModel, MODEL_FORMAT } from './model-file.js';
export type { NerTag, NerType } from './tags.js';
export { entitySpans, TAGS } from './tags.js';

const here = dirname(fileURLToPath(import.meta.url));
/** The shipped model: <package>/models/ner-anercorp.bin.gz (this file runs from <package>/dist/src/extract/ner). */
export const NER_MODEL_PATH =
  process.env.ISNAD_NER_MODEL ?? join(here, '..', '..', '..', '..', 'models', 'ner-anercorp.bin.gz');

let tagger: NerTagger | null = null;
/** The buffer the shipped tagger keeps its known words' vectors in, when this thread shares one. */
let sharedVectors: SharedArrayBuffer | null = null;
/** The shipped model's unzipped bytes, when this thread shares them with others. */
let sharedModel: SharedArrayBuffer | null = null;

/** Makes the shipped tagger of this thread (loaded later) keep its known words' vectors in `buffer`, a
 *  buffer of sharedKnownWordVectors that other threads' taggers share (the pool's workers). */
export function shareKnownWordVectors(buffer: SharedArrayBuffer): void {
  if (tagger) throw new Error('shareKnownWordVectors: the tagger is already loaded');
  sharedVectors = buffer;
}

/** The shipped model's bytes unzipped into a buffer the threads of a pool share (shareNerModel), so that it
 *  is unzipped once and held once however many workers tag; null when the file cannot be read or unzipped
 *  (each worker then loads it itself and says why it cannot). */
export function sharedNerModelBytes(path: string = NER_MODEL_PATH): SharedArrayBuffer | null {
  try {
    const raw = unzipModel(readFileSync(path));
    const buffer = new SharedArrayBuffer(raw.length);
    new Uint8Array(buffer).set(raw);
    return buffer;
  } catch {
    return null;
  }
}

/** Makes the shipped tagger of this thread (loaded later) read its model from `bytes`, a buffer of
 *  sharedNerModelBytes that other threads' taggers share (the pool's workers). */
export function shareNerModel(bytes: SharedArrayBuffer): void {
  if (tagger) throw new Error('shareNerModel: the tagger is already loaded');
  sharedModel = bytes;
}

/** Load a model file; throws a clear error naming the file when it is missing or malformed. */
export function loadNerModel(
  path: string = NER_MODEL_PATH,
  shared: SharedArrayBuffer | null = null,
): NerTagger {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new Error(
      `NER model ${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? e}); run npm run train:ner`,
    );
  }
  try {
    return new NerTagger(decodeModel(bytes), shared);
  } catch (e) {
    throw new Error(`NER model ${path}: ${(e as Error).message}`);
  }
}

/** The shipped tagger of the model's shared bytes (shareNerModel). */
function sharedModelTagger(bytes: SharedArrayBuffer): NerTagger {
  try {
    return new NerTagger(decodeUnzippedModel(new Uint8Array(bytes)), sharedVectors);
  } catch (e) {
    throw new Error(`NER model ${NER_MODEL_PATH}: ${(e as Error).message}`);
  }
}

/** The shipped tagger, loaded on first use. */
export function nerTagger(): NerTagger {
  return (tagger ??= sharedModel
    ? sharedModelTagger(sharedModel)
    : loadNerModel(NER_MODEL_PATH, sharedVectors));
}

/** A name the tagger found: tokens [start, end) of the input. */
export interface NerSpan {
  start: number;
  end: number;
  type: 'PERS' | 'LOC' | 'ORG';
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…']);
/** Longest stretch tagged as one sequence when no sentence end comes (keeps the decoder's work bounded). */
const MAX_RUN = 120;

/** Persons, places and organisations in a sequence of word tokens (surface strings, e.g. a whole article's
 *  words and punctuation in order). The tokens are tagged sentence by sentence (a sentence ends after
 *  ".", "!", "?", "؟" or "…"), with the evidence of the whole sequence (document.ts), then the document's
 *  names given to their untagged repetitions (consistency.ts, unless `consistent` is false); MISC names are
 *  left out. Loads the shipped model lazily. */
export function tagTokens(
  tokens: readonly string[],
  tagger: NerTagger = nerTagger(),
  consistent = true,
): NerSpan[] {
  const ends: number[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (!SENTENCE_END.has(tokens[i]!) && i + 1 < tokens.length && i + 1 - from < MAX_RUN) continue;
    ends.push(i + 1);
    from = i + 1;
  }
  const path = tagConsistently(tagger, tagger.prepare(tokens), ends, consistent);
  const out: NerSpan[] = [];
  for (const s of entitySpansOfIndices(path))
    if (s.type !== 'MISC') out.push({ start: s.start, end: s.end, type: s.type });
  return out;
}

/** Tags for a sequence of word tokens (surface strings, one sentence, taken as its own document). Loads the
 *  shipped model lazily. */
export function tagWords(words: string[]): NerTag[] {
  if (words.length === 0) return [];
  const tagger = nerTagger();
  return tagger.tagDocument(tagger.prepare(words), [words.length]);
}
