// Ingest: turn the command-line arguments (files, folders, JSON Lines corpora) into Documents,
// one at a time. Anything wrong with one input becomes an InputProblem and the rest goes on:
// this stage never throws for bad input.
import type { Stats } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Document, InputProblem } from '../types.js';
import { decodeBytes } from './decode.js';
import { FIELD_LIMITS, fsReason, mb, readJsonl } from './jsonl.js';
import { addMetadata } from './manifest.js';
import { shownName } from './names.js';
import { warning } from './warnings.js';

export { decodeBytes } from './decode.js';
export { FIELD_LIMITS } from './jsonl.js';
export { shownName } from './names.js';
export { type InputWarning, isUnreadable, isWarning } from './warnings.js';

export interface IngestOptions {
  /** Per .txt file / per JSONL record text, in bytes; default 10 MiB. */
  maxBytes?: number;
  /** Stop after N documents. */
  limit?: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export function isProblem(x: Document | InputProblem): x is InputProblem {
  return !('text' in x);
}

function isJsonl(path: string): boolean {
  const p = path.toLowerCase();
  return p.endsWith('.jsonl') || p.endsWith('.jsonl.gz');
}

/** Files a folder walk takes; other extensions in folders are skipped silently. */
function wanted(path: string): boolean {
  return isJsonl(path) || path.toLowerCase().endsWith('.txt');
}

type Entry = { file: string; size: number } | InputProblem;
/** How a file is named in documents and problems (never an absolute path of this machine). */
type Namer = (file: string) => string;

/**
 * The wanted files under a folder, recursively, sorted by path (plain code-unit order, so the
 * result does not depend on the locale). Unreadable subfolders become problems in the same order.
 * Symbolic links are followed; a folder already visited (a link loop) is not walked twice.
 */
async function walk(root: string, named: Namer): Promise<Entry[]> {
  const out: Entry[] = [];
  const seen = new Set<string>();
  const visit = async (dir: string): Promise<void> => {
    let names: string[];
    try {
      const real = await realpath(dir);
      if (seen.has(real)) return;
      seen.add(real);
      names = await readdir(dir);
    } catch (e) {
      out.push({ source: named(dir), reason: fsReason(e) });
      return;
    }
    for (const name of names) {
      const path = join(dir, name);
      try {
        const st = await stat(path); // follows links
        if (st.isDirectory()) await visit(path);
        else if (st.isFile() && wanted(name)) out.push({ file: path, size: st.size });
      } catch (e) {
        // a dangling link or a file that vanished: only worth a word if we would have read it
        if (wanted(name)) out.push({ source: named(path), reason: fsReason(e) });
      }
    }
  };
  await visit(root);
  const key = (e: Entry) => ('file' in e ? e.file : e.source); // a problem's name sorts near its path
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** One .txt (or other plain) file: size check from stat, so a huge file is never read. */
async function* readText(
  file: string,
  source: string,
  size: number,
  maxBytes: number,
): AsyncGenerator<Document | InputProblem> {
  if (size > maxBytes) {
    yield {
      source,
      reason: `file is ${mb(size)} MB, over the ${mb(maxBytes)} MB limit for one article (raise it with --max-file-size)`,
    };
    return;
  }
  let bytes: Uint8Array;
  try {
    const fh = await open(file, 'r');
    try {
      bytes = await fh.readFile();
    } finally {
      await fh.close();
    }
  } catch (e) {
    yield { source, reason: fsReason(e) };
    return;
  }
  const d = decodeBytes(bytes);
  if ('error' in d) {
    yield { source, reason: d.error };
    return;
  }
  if (d.warning) yield warning(source, d.warning);
  const id = basename(file, extname(file));
  if (id.length > FIELD_LIMITS.id) {
    yield {
      source,
      reason: `the file name is ${id.length} characters, over the ${FIELD_LIMITS.id} limit for an id`,
    };
    return;
  }
  yield { id, source, text: d.text, encoding: d.encoding };
}

/** Documents and problems of one file, by kind. */
async function* readFile(
  file: string,
  source: string,
  size: number,
  maxBytes: number,
): AsyncGenerator<Document | InputProblem> {
  if (isJsonl(file)) yield* readJsonl(file, maxBytes, source);
  else yield* readText(file, source, size, maxBytes);
}

/** Documents and problems, in input order, streamed (never hold a whole big JSONL in memory). */
export async function* readInputs(
  paths: string[],
  opts: IngestOptions = {},
): AsyncGenerator<Document | InputProblem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const limit = opts.limit ?? Infinity;
  if (limit <= 0) return;
  let count = 0;
  // id -> source of its first use, and how many times it has been used
  const ids = new Map<string, { first: string; n: number }>();

  // Give each document a unique id; a renamed document comes with a problem saying so.
  const dedupe = (doc: Document): InputProblem | null => {
    const hit = ids.get(doc.id);
    if (!hit) {
      ids.set(doc.id, { first: doc.source, n: 1 });
      return null;
    }
    let fresh: string;
    do fresh = `${doc.id}~${++hit.n}`;
    while (ids.has(fresh));
    ids.set(fresh, { first: doc.source, n: 1 });
    const reason = `id "${doc.id}" was already used by ${hit.first}; this article is read as "${fresh}"`;
    doc.id = fresh;
    return warning(doc.source, reason);
  };
  // files already read, by their real path: a file given twice (or inside a folder also given) is read once
  const readFiles = new Map<string, string>();

  for (const arg of paths) {
    const named: Namer = (file) => shownName(arg, file);
    let st: Stats;
    try {
      st = await stat(arg);
    } catch (e) {
      yield { source: named(arg), reason: fsReason(e) };
      continue;
    }
    let entries: Entry[];
    if (st.isDirectory()) entries = await walk(arg, named);
    else if (st.isFile()) entries = [{ file: arg, size: st.size }];
    else {
      yield { source: named(arg), reason: 'not a regular file or folder (a device, socket or pipe?)' };
      continue;
    }
    for (const entry of entries) {
      if (!('file' in entry)) {
        yield entry;
        continue;
      }
      const source = named(entry.file);
      const real = await realpath(entry.file).catch(() => entry.file);
      const before = readFiles.get(real);
      if (before !== undefined) {
        yield warning(source, `the same file as ${before}, given twice: read once`);
        continue;
      }
      readFiles.set(real, source);
      for await (const item of readFile(entry.file, source, entry.size, maxBytes)) {
        if (isProblem(item)) {
          yield item;
          continue;
        }
        const renamed = dedupe(item);
        if (renamed) yield renamed;
        const badManifest = addMetadata(item, isJsonl(entry.file) ? null : entry.file);
        if (badManifest) yield badManifest;
        yield item;
        if (++count >= limit) return; // returning closes the JSONL stream (finally in readJsonl)
      }
    }
  }
}
