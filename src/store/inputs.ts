// What `isnad ingest` reads: everything `analyze` reads (src/ingest), plus saved HTML pages (the
// article found by Mozilla's Readability over linkedom's DOM; outlet, date, URL and title from the
// page's metadata) and RSS/Atom files (fast-xml-parser; one article per item). Bad input becomes a
// problem naming the file and the reason; the rest goes on.
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { DEFAULT_MAX_BYTES, decodeBytes, readInputs } from '../ingest/index.js';
import type { Document, InputProblem } from '../types.js';
import { readFeed } from './feed.js';
import { readHtmlPage } from './html-page.js';

const HTML = /\.(html?|xhtml)$/i;
const FEED = /\.(rss|atom|xml)$/i;

/** The page and feed files under a folder, sorted; other files are left to src/ingest. */
async function pagesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (d: string) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await visit(p);
      else if (HTML.test(e.name) || FEED.test(e.name)) out.push(p);
    }
  };
  await visit(dir).catch(() => undefined);
  return out.sort();
}

async function* readPage(file: string, maxBytes: number): AsyncGenerator<Document | InputProblem> {
  let text: string;
  try {
    const st = await stat(file);
    if (st.size > maxBytes * 4) {
      yield { source: file, reason: `file is over ${Math.round((maxBytes * 4) / 1048576)} MB` };
      return;
    }
    const d = decodeBytes(await readFile(file));
    if ('error' in d) {
      yield { source: file, reason: d.error };
      return;
    }
    text = d.text;
  } catch (e) {
    yield { source: file, reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
    return;
  }
  try {
    if (FEED.test(file)) yield* readFeed(file, text);
    else yield readHtmlPage(file, basename(file, extname(file)), text);
  } catch (e) {
    yield { source: file, reason: `cannot be parsed (${(e as Error).message})` };
  }
}

export async function* readDeskInputs(
  paths: string[],
  opts: { maxBytes?: number } = {},
): AsyncGenerator<Document | InputProblem> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const pages: string[] = [];
  const rest: string[] = [];
  for (const p of paths) {
    if (HTML.test(p) || FEED.test(p)) pages.push(p);
    else {
      rest.push(p);
      const st = await stat(p).catch(() => null);
      if (st?.isDirectory()) pages.push(...(await pagesUnder(p)));
    }
  }
  if (rest.length) yield* readInputs(rest, { maxBytes });
  for (const file of pages) yield* readPage(file, maxBytes);
}
