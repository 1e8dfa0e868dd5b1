// Stage "extract": everything that can be read from one document alone. Pure and independent per
// document, so it runs in worker threads.

import { findFurniture, inFurniture, sentences as splitSentences, tokenize } from '../text/index.js';
import type { DocAnalysis, Document } from '../types.js';
import { attribute } from './attribution.js';
import { extractClaims, impliedOnes } from './claims.js';
import { findDates, inferPublished } from './dates.js';
import { findHappenings } from './happenings.js';
import { findMentions } from './mentions.js';
import { findNumbers } from './numbers.js';
import { firstStartingAt, spansWithin } from './sorted-spans.js';

export { attribute } from './attribution.js';
export { extractClaims } from './claims.js';

/** Analyse one document. `hint` is an ISO date near the story, used only to pick a year. */
export function analyzeDocument(doc: Document, hint?: string | null): DocAnalysis {
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    timings[name] = (timings[name] ?? 0) + (t - t0);
    t0 = t;
  };
  const text = doc.text;
  const furniture = findFurniture(text);
  const sentences = splitSentences(text).filter((s) => !inFurniture(furniture, s.start, s.end));
  const tokens = tokenize(text);
  lap('text');
  const published = inferPublished(text, doc.publishedInput ?? null, hint ?? null);
  const dates = findDates(text, published.date).filter((d) => !inFurniture(furniture, d.start, d.end));
  lap('dates');
  const numbers = findNumbers(text).filter((n) => !inFurniture(furniture, n.start, n.end));
  lap('numbers');
  const mentions = findMentions(doc.id, text, tokens).filter((m) => !inFurniture(furniture, m.start, m.end));
  lap('mentions');
  const att = attribute(doc.id, text, tokens, sentences, mentions);
  lap('attribution');
  const claims = [
    ...extractClaims(doc.id, text, tokens, sentences, numbers, att.segments),
    ...impliedOnes(doc.id, text, tokens, sentences, att.segments),
  ];
  lap('claims');
  // the date a figure refers to: a day named in its sentence, else the publication date
  for (const c of claims) {
    // sentences are sorted and do not overlap: the one holding c.start, found by binary search
    const s = sentences[firstStartingAt(sentences, c.start + 1) - 1];
    if (!s || c.start >= s.end) continue;
    let best: string | null = null,
      dist = Infinity;
    for (const d of spansWithin(dates, s.start, s.end)) {
      if (d.start < s.start || d.end > s.end || !d.value || d.value.length !== 10 || d.kind === 'dateline')
        continue;
      const k = Math.abs(d.start - c.start);
      if (k < dist && (k <= 80 || c.measure === 'duration')) {
        dist = k;
        best = d.value;
      }
    }
    // "منذ ثلاثة أيام" counts up to the day of writing
    // the place of a figure: the nearest town, district or facility in its sentence (not a country or region)
    let pl: (typeof mentions)[number] | null = null,
      pd = 120;
    for (const m of spansWithin(mentions, s.start, s.end)) {
      if (!(m.type === 'facility' || (m.type === 'location' && !/^(country|region):/.test(m.lexId ?? ''))))
        continue;
      const k = Math.abs(m.start - c.number.numStart);
      if (k < pd) {
        pd = k;
        pl = m;
      }
    }
    c.place = pl;
    c.asOf =
      (c.measure === 'duration' && /منذ\s*$/.test(text.slice(Math.max(0, c.start - 6), c.start))
        ? null
        : best) ?? published.date;
  }
  const happenings = findHappenings(
    doc.id,
    text,
    tokens,
    sentences,
    dates,
    att.segments,
    claims,
    published.date,
    mentions,
  );
  lap('happenings');
  const dateline = dates.find((d) => d.kind === 'dateline');
  // speakers join the mentions (they become entities); aliases found in apposition travel with them
  for (const [m, alias] of att.aliases) m.aliases = [...(m.aliases ?? []), alias];
  const all = [...mentions];
  const inAll = new Set(all); // all.includes per speaker was quadratic
  for (const s of att.speakers)
    if (!inAll.has(s)) {
      all.push(s);
      inAll.add(s);
    }
  return {
    doc,
    published,
    dateline: dateline ? { start: dateline.start, end: dateline.end, place: null } : null,
    furniture,
    sentences,
    mentions: all,
    numbers,
    dates,
    quotes: att.quotes,
    claims,
    happenings,
    timings,
  };
}

const FIRM = new Set(['input', 'dateline', 'stated', 'yesterday-anchor', 'today-weekday']);

/**
 * Documents of one story whose text did not state their date are analysed again with a hint: the
 * median of the dates the other documents state (it picks the year and bounds relative dates).
 * Only worth it for a story-sized batch; large corpora are left as they are.
 */
export function refineDates(analyses: DocAnalysis[], maxDocs = 2000): DocAnalysis[] {
  if (analyses.length > maxDocs) return analyses;
  const firm = analyses
    .filter((a) => a.published.date && FIRM.has(a.published.how))
    .map((a) => a.published.date!)
    .sort();
  const hint = firm.length ? firm[Math.floor((firm.length - 1) / 2)]! : null;
  return analyses.map((a) => {
    let r = FIRM.has(a.published.how) || !hint ? a : analyzeDocument(a.doc, hint);
    if (r.published.date) return r;
    // nothing bounds the date: the latest day the article names (it cannot be older), else the story's date
    const days = r.dates
      .filter((d) => d.value && d.value.length === 10 && (d.kind === 'absolute' || d.kind === 'numeric'))
      .map((d) => d.value!)
      .sort();
    const guess = days.at(-1) ?? hint;
    if (!guess) return r;
    r = analyzeDocument(a.doc, guess);
    if (!r.published.date)
      r = {
        ...r,
        published: {
          date: guess,
          precision: 'days',
          how: days.length ? 'guess: the latest day the text names' : "guess: the story's date",
          evidence: null,
        },
      };
    return r;
  });
}
