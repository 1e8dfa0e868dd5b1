// Stage "extract": everything that can be read from one document alone. Pure and independent per
// document, so it runs in worker threads.

import { buildDoc, type Doc } from '../text/doc.js';
import type { DocAnalysis, Document, PublishedDate } from '../types.js';
import { crawledDates } from './dates/crawl.js';
import { inferPublished } from './dates/index.js';
import { PIPELINE } from './pipeline.js';

export { attribute } from './attribution/index.js';
export { extractClaims } from './claims.js';
export { type Component, PIPELINE } from './pipeline.js';

/** Analyse one document. `hint` is an ISO date near the story, used only to pick a year. */
export function analyzeDocument(document: Document, hint?: string | null): DocAnalysis {
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    timings[name] = (timings[name] ?? 0) + (t - t0);
    t0 = t;
  };
  const doc = buildDoc(document, hint ?? null);
  lap('text');
  for (const component of PIPELINE) {
    component.run(doc);
    lap(component.name);
  }
  return toAnalysis(doc, timings);
}

/** The analysis a Doc's layers make: speakers join the mentions (they become entities), and the names
 *  found in apposition travel with them. */
function toAnalysis(doc: Doc, timings: Record<string, number>): DocAnalysis {
  const { layers } = doc;
  for (const [m, alias] of layers.aliases) m.aliases = [...(m.aliases ?? []), alias];
  const mentions = [...layers.mentions];
  const inMentions = new Set(mentions); // mentions.includes per speaker was quadratic
  for (const s of layers.speakers)
    if (!inMentions.has(s)) {
      mentions.push(s);
      inMentions.add(s);
    }
  const dateline = layers.dates.find((d) => d.kind === 'dateline');
  return {
    doc: doc.document,
    published: layers.published,
    dateline: dateline ? { start: dateline.start, end: dateline.end, place: null } : null,
    furniture: doc.furniture,
    sentences: doc.sentences,
    mentions,
    numbers: layers.numbers,
    dates: layers.dates,
    quotes: layers.quotes,
    claims: layers.claims,
    happenings: layers.happenings,
    timings,
  };
}

const FIRM = new Set([
  'input',
  'url',
  'dateline',
  'stated',
  'yesterday-anchor',
  'today-weekday',
  'crawl-anchor',
]);

/** Articles whose input time is a crawl time, dated from the story (dates/crawl.ts) and read again. */
function fromCrawl(analyses: DocAnalysis[]): DocAnalysis[] {
  const dated = crawledDates(analyses);
  if (!dated.size) return analyses;
  return analyses.map((a, i) => {
    const published = dated.get(i);
    if (!published) return a;
    const again = analyzeDocument({ ...a.doc, publishedInput: published.date, url: null });
    return { ...again, doc: a.doc, published };
  });
}

/**
 * The analysis of `a` with a new hint. Every layer depends on the hint only through the publication
 * date, so when the date comes out the same, only `published` changes and nothing is run again.
 */
function withHint(a: DocAnalysis, hint: string): DocAnalysis {
  const published = inferPublished(a.doc.text, a.doc.publishedInput ?? null, hint);
  if (published.date !== null && published.date === a.published.date) return { ...a, published };
  return analyzeDocument(a.doc, hint);
}

/** The publication date as guessed when nothing bounds it. */
function guessed(guess: string, fromText: boolean): PublishedDate {
  return {
    date: guess,
    precision: 'days',
    how: fromText ? 'guess: the latest day the text names' : "guess: the story's date",
    evidence: null,
  };
}

/**
 * Documents of one story whose text did not state their date are analysed again with a hint: the
 * median of the dates the other documents state (it picks the year and bounds relative dates).
 * Only worth it for a story-sized batch; large corpora are left as they are.
 */
export function refineDates(all: DocAnalysis[], maxDocs = 2000): DocAnalysis[] {
  if (all.length > maxDocs) return all;
  const analyses = fromCrawl(all);
  const firm = analyses
    .filter((a) => a.published.date && FIRM.has(a.published.how))
    .map((a) => a.published.date!)
    .sort();
  const hint = firm.length ? firm[Math.floor((firm.length - 1) / 2)]! : null;
  return analyses.map((a) => {
    const r = FIRM.has(a.published.how) || !hint ? a : withHint(a, hint);
    if (r.published.date) return r;
    // nothing bounds the date: the latest day the article names (it cannot be older), else the story's date
    const days = r.dates
      .filter((d) => d.value && d.value.length === 10 && (d.kind === 'absolute' || d.kind === 'numeric'))
      .map((d) => d.value!)
      .sort();
    const guess = days.at(-1) ?? hint;
    if (!guess) return r;
    // with no date found again, every layer stays as it is: only the guess is written in
    if (inferPublished(a.doc.text, a.doc.publishedInput ?? null, guess).date === null)
      return { ...r, published: guessed(guess, days.length > 0) };
    const again = analyzeDocument(a.doc, guess);
    return again.published.date ? again : { ...again, published: guessed(guess, days.length > 0) };
  });
}
