// An article's analysis as the store keeps it: the DocAnalysis without its document (the store has
// the text), serialised with V8's structured clone, which keeps the shared references the
// reconciliation relies on (a claim's speaker is the same object as one of the mentions), where
// JSON would cut them apart. Read back, the document is put in again.
import { deserialize, serialize } from 'node:v8';
import type { DocAnalysis, Document } from '../types.js';
import type { StoredArticle } from './types.js';

export function packAnalysis(a: DocAnalysis): Buffer {
  const { doc: _doc, timings: _timings, ...rest } = a;
  return serialize(rest);
}

export function documentOf(a: StoredArticle): Document {
  return {
    id: a.id,
    source: a.source,
    text: a.text,
    title: a.title,
    outlet: a.outlet,
    url: a.url,
    publishedInput: a.publishedInput,
    encoding: a.encoding ?? undefined,
  };
}

export function unpackAnalysis(article: StoredArticle, blob: Buffer): DocAnalysis {
  const rest = deserialize(blob) as Omit<DocAnalysis, 'doc'>;
  return { ...rest, doc: documentOf(article) };
}
