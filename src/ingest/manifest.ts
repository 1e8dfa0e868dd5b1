// Metadata beside the texts: a folder may hold `isnad-manifest.json` naming, for each article (by id, the file
// name without extension), its outlet and URL (and optionally title and publication date):
//   {"format": "isnad.manifest/1", "documents": [{"id": "…", "outlet": "…", "url": null, …}]}
// A document's own metadata (a JSONL line's fields) wins; the manifest fills what is missing; failing both,
// the outlet is read from the text (outlet.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Document, InputProblem } from '../types.js';
import { outletFromText } from './outlet.js';

export const MANIFEST_NAME = 'isnad-manifest.json';

export interface ManifestEntry {
  id: string;
  outlet?: string | null;
  url?: string | null;
  title?: string | null;
  published?: string | null;
}

const cache = new Map<string, Map<string, ManifestEntry> | InputProblem>();

/** The manifest of a folder (empty when there is none), or a problem naming the file and the reason. */
export function readManifest(folder: string): Map<string, ManifestEntry> | InputProblem {
  const path = join(folder, MANIFEST_NAME);
  const hit = cache.get(path);
  if (hit) return hit;
  let out: Map<string, ManifestEntry> | InputProblem = new Map();
  if (existsSync(path)) {
    try {
      const json = JSON.parse(readFileSync(path, 'utf8')) as { format?: string; documents?: ManifestEntry[] };
      if (json.format !== 'isnad.manifest/1' || !Array.isArray(json.documents))
        throw new Error('not an isnad manifest (format "isnad.manifest/1" with a documents list)');
      out = new Map(json.documents.filter((d) => typeof d?.id === 'string').map((d) => [d.id, d]));
    } catch (e) {
      out = { source: path, reason: e instanceof SyntaxError ? 'not valid JSON' : (e as Error).message };
    }
  }
  cache.set(path, out);
  return out;
}

/** Fills a document's outlet, URL and title from the manifest beside its file, else its outlet from its text.
 *  Returns a problem (once per folder) when the manifest cannot be read; the document is still used. */
export function addMetadata(doc: Document, file: string | null): InputProblem | null {
  const manifest = file ? readManifest(dirname(file)) : new Map<string, ManifestEntry>();
  const problem = manifest instanceof Map ? null : manifest;
  const entry = manifest instanceof Map ? manifest.get(doc.id) : undefined;
  const fill = (key: 'outlet' | 'url' | 'title' | 'publishedInput', value: string | null | undefined) => {
    if (!doc[key] && value) doc[key] = value;
  };
  fill('outlet', entry?.outlet);
  fill('url', entry?.url);
  fill('title', entry?.title);
  fill('publishedInput', entry?.published);
  fill('outlet', doc.outlet ? null : outletFromText(doc.text)?.outlet);
  if (problem && cache.get(join(dirname(file!), MANIFEST_NAME)) === problem) {
    cache.set(join(dirname(file!), MANIFEST_NAME), new Map());
    return problem;
  }
  return null;
}
