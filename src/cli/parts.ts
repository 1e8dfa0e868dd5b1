// A long document is analysed in parts: cut at paragraph breaks into pieces of at most PART_CHARS,
// each analysed alone, the results put back together with their offsets moved to the whole text.
// Time stays linear and memory stays bounded by the part, whatever the document's length; what is
// lost is only what would link across a cut (a speaker carried over from the paragraph before it).
// The later parts are dated like the first (its publication date is their input date).
import type { DocAnalysis, Document } from '../types.js';

/** Longest part, in UTF-16 code units (about 0.5 MB of Arabic text as UTF-8): small enough to keep a 16 MB document within 300 MB + 20 × its text (npm run bench:long). */
export const PART_CHARS = 250_000;

/** Where to cut text[from, …): the last line break before the limit, else the last space, else the limit. */
function cutAt(text: string, from: number, max: number): number {
  const limit = from + max;
  if (limit >= text.length) return text.length;
  const nl = text.lastIndexOf('\n', limit);
  if (nl > from + max / 2) return nl + 1;
  const sp = text.lastIndexOf(' ', limit);
  if (sp > from + max / 2) return sp + 1;
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit; // never inside a surrogate pair
}

/** Offsets [start, end) of the parts of a text. */
export function partsOf(text: string, max = PART_CHARS): [number, number][] {
  const out: [number, number][] = [];
  for (let from = 0; from < text.length; ) {
    const to = cutAt(text, from, max);
    out.push([from, to]);
    from = to;
  }
  return out;
}

const OFFSETS = ['start', 'end', 'numStart', 'numEnd'] as const;

/** Moves every offset in a part's results by `by` (each object once: results share mentions). */
function shift(value: unknown, by: number, seen: Set<object>): void {
  if (value === null || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const x of value) shift(x, by, seen);
    return;
  }
  const r = value as Record<string, unknown>;
  for (const k of OFFSETS) if (typeof r[k] === 'number') r[k] = (r[k] as number) + by;
  for (const [k, v] of Object.entries(r)) if (k !== 'doc' && typeof v === 'object') shift(v, by, seen);
}

type Analyze = (doc: Document, hint: string | null) => DocAnalysis;

/** The analysis without the per-document working lists the dossier does not use. */
export function leanAnalysis<T extends Omit<DocAnalysis, 'doc'>>(a: T): T {
  return { ...a, sentences: [], numbers: [], dates: [] };
}

/** One copy of each name: a long text names the same people and places thousands of times, and each
 *  part would otherwise keep its own copies of their surface forms and keys. */
function internNames(mentions: DocAnalysis['mentions'], pool: Map<string, string>): void {
  const one = (s: string): string => {
    const had = pool.get(s);
    if (had !== undefined) return had;
    pool.set(s, s);
    return s;
  };
  for (const m of mentions) {
    m.surface = one(m.surface);
    m.key = one(m.key);
    if (m.title) m.title = one(m.title);
    if (m.org) m.org = one(m.org);
  }
}

/** With `lean`, each part's working lists are dropped as soon as it is analysed, not kept for the
 *  whole document: they were most of the memory a long document held until its last part. */
export function analyzeInParts(
  doc: Document,
  hint: string | null,
  analyze: Analyze,
  max = PART_CHARS,
  lean = false,
): DocAnalysis {
  const parts = partsOf(doc.text, max);
  if (parts.length <= 1) return analyze(doc, hint);
  let whole: DocAnalysis | null = null;
  let paragraphs = 0;
  const names = new Map<string, string>();
  for (const [from, to] of parts) {
    const part: Document = {
      ...doc,
      text: doc.text.slice(from, to),
      publishedInput: whole ? (whole.published.date ?? doc.publishedInput) : doc.publishedInput,
    };
    const full = analyze(part, hint);
    for (const s of full.sentences) s.paragraph += paragraphs;
    paragraphs = (full.sentences.at(-1)?.paragraph ?? paragraphs - 1) + 1;
    const a = lean ? leanAnalysis(full) : full;
    internNames(a.mentions, names);
    const { doc: _doc, published: _published, dateline: _dateline, timings, ...lists } = a;
    shift(lists, from, new Set());
    if (!whole) {
      whole = { ...a, doc, timings: { ...timings } };
      continue;
    }
    for (const key of Object.keys(lists) as (keyof typeof lists)[])
      for (const x of lists[key] as unknown[]) (whole[key] as unknown[]).push(x); // no spread: lists can be long
    for (const [k, v] of Object.entries(timings ?? {})) whole.timings![k] = (whole.timings![k] ?? 0) + v;
  }
  return whole!;
}
