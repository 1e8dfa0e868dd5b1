// JSON Lines input: one article per line. Read as a stream (lines cut from the file's bytes, through
// zlib for .gz), so a corpus of any size never sits in memory as a whole, and one line never holds
// more than its limit: the rest of an over-long line is skipped, not gathered.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { Document, InputProblem } from '../types.js';
import { type Line, lines } from './lines.js';
import { warning } from './warnings.js';

/** A record mapped to a Document (id not yet de-duplicated), or the reason it was not; `notes`: fields dropped. */
export type RecordResult = { doc: Document; notes: string[] } | { error: string };

/** Longest id, title, outlet and URL accepted, in characters (UTF-16 code units). */
export const FIELD_LIMITS = { id: 200, title: 2000, outlet: 200, url: 2048, published: 100 } as const;

/** A line may hold the text at its limit written with JSON escapes (up to 6 bytes a character), and the other fields. */
export const lineLimit = (maxBytes: number) => maxBytes * 3 + 64 * 1024;

/** An optional field: strings as they are, numbers as text, anything else null. */
function opt(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return null;
}

function kind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/**
 * Map one parsed line to a Document. Field names: isnad's own (id, text, title, published, outlet, url)
 * and those of the corpora in shared/data: ant-multisource (docno, time, src) and saudinewsnet
 * (content, date_extracted, source).
 */
export function recordToDocument(rec: unknown, source: string, maxBytes: number): RecordResult {
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    return { error: `the line is ${kind(rec)}, not a JSON object like {"id": ..., "text": ...}` };
  }
  const r = rec as Record<string, unknown>;
  const rawId = r.id ?? r.docno;
  const id = typeof rawId === 'string' ? rawId.trim() : typeof rawId === 'number' ? String(rawId) : '';
  if (!id) return { error: 'no id: the record needs an "id" (or "docno") field holding text or a number' };
  if (id.length > FIELD_LIMITS.id)
    return { error: `the id is ${id.length} characters, over the ${FIELD_LIMITS.id} limit` };
  const text = r.text ?? r.content;
  if (text === undefined) return { error: `record "${id}" has no "text" (or "content") field` };
  if (typeof text !== 'string') return { error: `record "${id}": "text" is ${kind(text)}, not a string` };
  if (text.trim() === '') return { error: `record "${id}": the text is empty` };
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) {
    return {
      error: `record "${id}": text is ${mb(bytes)} MB, over the ${mb(maxBytes)} MB limit for one article (raise it with --max-file-size)`,
    };
  }
  const notes: string[] = [];
  const bounded = (field: keyof typeof FIELD_LIMITS, v: unknown): string | null => {
    const x = opt(v);
    if (x === null || x.length <= FIELD_LIMITS[field]) return x;
    notes.push(
      `record "${id}": the ${field} is ${x.length} characters, over the ${FIELD_LIMITS[field]} limit; left out`,
    );
    return null;
  };
  return {
    doc: {
      id,
      source,
      text,
      title: bounded('title', r.title),
      outlet: bounded('outlet', r.outlet ?? r.src ?? r.source),
      url: bounded('url', r.url),
      publishedInput: bounded('published', r.published ?? r.time ?? r.date_extracted),
      encoding: 'utf-8',
    },
    notes,
  };
}

/** Megabytes for messages: whole numbers from 10 MB up, two significant digits below. */
export function mb(bytes: number): string {
  const v = bytes / (1024 * 1024);
  return v >= 10 ? String(Math.round(v)) : String(Number(v.toPrecision(2)));
}

/**
 * Documents (ids as given) and problems of one JSONL file, in line order. Problems with one line
 * have source `name:LINE`; documents have source `name#LINE` (`name`: how the file is shown, see
 * names.ts). A read or gzip error ends the file with one problem (source `name`); lines already read
 * stay read.
 */
export async function* readJsonl(
  file: string,
  maxBytes: number,
  name = file,
): AsyncGenerator<Document | InputProblem> {
  const input = createReadStream(file);
  let stream: NodeJS.ReadableStream = input;
  if (file.toLowerCase().endsWith('.gz')) {
    const gunzip = createGunzip();
    input.on('error', (e) => gunzip.destroy(e));
    stream = input.pipe(gunzip);
  }
  let line = 0;
  try {
    for await (const item of lines(stream as AsyncIterable<Buffer>, lineLimit(maxBytes))) {
      line = item.number;
      yield* readLine(item, name, maxBytes);
    }
  } catch (e) {
    yield { source: name, reason: `${streamError(e)} (after ${line} lines); the lines before were read` };
  } finally {
    input.destroy();
  }
}

/** The document and notes of one line, or its problem. */
function* readLine(item: Line, name: string, maxBytes: number): Generator<Document | InputProblem> {
  const at = `${name}:${item.number}`;
  if (item.tooLong !== undefined) {
    yield {
      source: at,
      reason: `the line is over ${mb(item.tooLong)} MB, more than an article within the ${mb(maxBytes)} MB limit can take (raise it with --max-file-size)`,
    };
    return;
  }
  let raw = item.text;
  if (item.number === 1 && raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1); // a BOM before the first record
  if (raw.trim() === '') return;
  if (item.badBytes) yield warning(at, `not valid UTF-8 (${item.badBytes} bad bytes replaced by U+FFFD)`);
  let rec: unknown;
  try {
    rec = JSON.parse(raw);
  } catch (e) {
    yield { source: at, reason: `not valid JSON (${(e as Error).message.slice(0, 200)})` };
    return;
  }
  const res = recordToDocument(rec, `${name}#${item.number}`, maxBytes);
  if ('error' in res) {
    yield { source: at, reason: res.error };
    return;
  }
  for (const n of res.notes) yield warning(at, n);
  yield res.doc;
}

function streamError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'Z_DATA_ERROR') return 'not a valid gzip file (damaged, or not gzip at all)';
  if (code === 'Z_BUF_ERROR') return 'the gzip file ends too early (an incomplete download?)';
  return fsReason(e);
}

/** A file-system error in words. */
export function fsReason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied: this user may not read it';
    case 'EISDIR':
      return 'is a folder where a file was expected';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ELOOP':
      return 'too many symbolic links (a link loop?)';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files open at once';
    case 'EIO':
      return 'input/output error while reading the disk';
    default:
      return `cannot be read (${err.code ?? err.message ?? String(e)})`;
  }
}
