// train:ner's document topics (src/extract/ner/topics.ts): learned from the unlabelled news (or read from
// --topics-cache), and the features pairing a document's topic with what the tagger knows of each word.
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { TaggedSentence } from '../src/extract/ner/corpus.js';
import type { PreparedLexicon } from '../src/extract/ner/features.js';
import { topicFeatureNames, topicWordKey } from '../src/extract/ner/topic-features.js';
import {
  learnTopics,
  TopicIndex,
  type TopicModel,
  topicsFromText,
  topicsToText,
} from '../src/extract/ner/topics.js';
import { normalize } from '../src/text/normalize.js';
import { arg, SHARED } from './cli-args.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** The unlabelled news articles as word ids over normalised words. */
async function newsDocuments(): Promise<{ docs: Int32Array[]; names: string[] }> {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const docs: Int32Array[] = [];
  for (const path of [
    join(SHARED, 'data', 'ant-multisource-2018', 'ant_multisource_v2.1.jsonl.gz'),
    join(SHARED, 'data', 'saudinewsnet-2015', 'saudinewsnet.jsonl.gz'),
  ]) {
    const rl = createInterface({ input: createReadStream(path).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of rl) {
      if (!line.trim()) continue;
      const d = JSON.parse(line) as { title?: string; text?: string; content?: string };
      const out: number[] = [];
      for (const m of `${d.title ?? ''}\n${d.text ?? d.content ?? ''}`.matchAll(TOKEN)) {
        let id = ids.get(m[0]);
        if (id === undefined) {
          id = names.length;
          ids.set(m[0], id);
          names.push(m[0]);
        }
        out.push(id);
      }
      docs.push(Int32Array.from(out));
    }
  }
  // raw tokens → normalised words
  const normIds = new Map<string, number>();
  const normNames: string[] = [];
  const map = names.map((raw) => {
    const n = normalize(raw);
    let id = normIds.get(n);
    if (id === undefined) {
      id = normNames.length;
      normIds.set(n, id);
      normNames.push(n);
    }
    return id;
  });
  return { docs: docs.map((d) => d.map((id) => map[id]!)), names: normNames };
}

/** The topic model of --topics K (null for 0), from --topics-cache when the file is there. */
export async function loadTopics(seed: number): Promise<TopicModel | null> {
  const k = Number(arg('--topics', '0'));
  if (k <= 0) return null;
  const cache = arg('--topics-cache', '');
  if (cache && existsSync(cache)) return topicsFromText(readFileSync(cache, 'utf8'));
  const t = Date.now();
  const { docs, names } = await newsDocuments();
  const model = learnTopics(docs, names, {
    k,
    vocab: Number(arg('--topic-vocab', '20000')),
    skip: Number(arg('--topic-skip', '100')),
    iterations: Number(arg('--topic-iterations', '20')),
    seed,
  });
  console.log(
    `train:ner: ${k} topics of ${docs.length} articles, ${model.words.length} words, in ${((Date.now() - t) / 1000).toFixed(1)} s`,
  );
  if (cache) writeFileSync(cache, topicsToText(model));
  return model;
}

type Marks = readonly (readonly string[] | null)[] | undefined;

/** Sentences' document marks with the topic features (topic-features.ts) added: each block of `block`
 *  sentences is a document. --topic-feats picks them (comma-separated): b (the topic alone), g (× the
 *  word's gazetteer kind), k (× its word class). */
export function withTopicFeatures(
  sents: readonly TaggedSentence[],
  marks: readonly Marks[],
  model: TopicModel,
  lex: PreparedLexicon,
  block: number,
): Marks[] {
  const kinds = new Set(arg('--topic-feats', 'b,g,k').split(','));
  const keep = ['b', 'g', 'k'].map((x) => kinds.has(x));
  const index = new TopicIndex(model);
  const keys = new Map<string, string>();
  const keyOf = (norm: string): string => {
    let key = keys.get(norm);
    if (key === undefined) keys.set(norm, (key = topicWordKey(norm, lex)));
    return key;
  };
  const out: Marks[] = [];
  for (let from = 0; from < sents.length; from += block) {
    const group = sents.slice(from, from + block).map((s) => s.words.map(normalize));
    const topic = index.topicOf(group.flat());
    group.forEach((norms, j) => {
      const before = marks[from + j];
      out.push(
        norms.map((w, i) => [
          ...(before?.[i] ?? []),
          ...topicFeatureNames(topic, keyOf(w)).filter((_, k) => keep[k]),
        ]),
      );
    });
  }
  return out;
}
