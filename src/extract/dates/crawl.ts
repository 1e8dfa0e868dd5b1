// Publication dates of articles whose input time is only the time a crawler fetched them.
//
// An input time is shown to be a crawl time when the article's own address (or a weekday it names as
// today) dates it days earlier. Articles whose input times fall within the same hour were fetched by the
// same crawl: their input bounds their date from above and no more. Such an article that tells the story's
// first announcement relative to its own day ("أعلنت الوزارة أمس", "أول من أمس") is dated from the day the
// shown-crawled articles give that announcement: that day plus the days it says have passed.

import type { DocAnalysis, PublishedDate } from '../../types.js';
import { DAY_MS, isoDay, isoToDay } from './days.js';
import { parseInput } from './published.js';

/** Days a firm date must lie before its input time for the input to be a crawl time. */
const CRAWL_LAG_DAYS = 2;
/** Input times this close to a shown crawl time were taken by the same crawl. */
const SAME_CRAWL_MS = 3_600_000;
/** How the firm dates that show a crawl were found. */
const SHOWS_CRAWL = new Set(['url', 'weekday-anchor', 'dateline']);

const inputTime = (a: DocAnalysis): number | null => {
  const s = a.doc.publishedInput?.trim();
  if (!s) return null;
  const t = Date.parse(s.replace(' ', 'T'));
  return Number.isNaN(t) ? null : t;
};

/** The first happening the article dates relative to its own day (اليوم، أمس، أول من أمس): its offset in
 *  days and the words, or null. */
function firstRelativeDay(a: DocAnalysis): { offset: number; start: number; end: number } | null {
  const own = isoToDay(a.published.date);
  if (own === null) return null;
  const h = [...a.happenings]
    .filter((x) => x.date.kind === 'relative' && x.date.precision === 'day' && x.date.value?.length === 10)
    .sort((x, y) => x.date.start - y.date.start)[0];
  const day = h ? isoToDay(h.date.value) : null;
  if (!h || day === null || day > own) return null;
  return { offset: own - day, start: h.date.start, end: h.date.end };
}

/**
 * New publication dates for the articles of one story fetched by a shown crawl (by index into
 * `analyses`); the caller analyses those again with the date as their input.
 */
export function crawledDates(analyses: DocAnalysis[]): Map<number, PublishedDate> {
  const out = new Map<number, PublishedDate>();
  const shown = analyses.filter((a) => {
    const firm = isoToDay(a.published.date);
    const input = a.doc.publishedInput ? parseInput(a.doc.publishedInput) : null;
    return (
      SHOWS_CRAWL.has(a.published.how) &&
      firm !== null &&
      input !== null &&
      input - firm >= CRAWL_LAG_DAYS &&
      inputTime(a) !== null
    );
  });
  if (!shown.length) return out;
  const storyDay = Math.min(...shown.map((a) => isoToDay(a.published.date)!));
  analyses.forEach((a, i) => {
    const t = inputTime(a);
    if (a.published.how !== 'input' || t === null) return;
    if (!shown.some((s) => Math.abs(inputTime(s)! - t) <= SAME_CRAWL_MS)) return;
    const rel = firstRelativeDay(a);
    if (!rel) return;
    const day = storyDay + rel.offset;
    if (day * DAY_MS > t) return; // never after the crawl
    out.set(i, {
      date: isoDay(day),
      precision: 'day',
      how: 'crawl-anchor',
      evidence: { start: rel.start, end: rel.end },
    });
  });
  return out;
}
