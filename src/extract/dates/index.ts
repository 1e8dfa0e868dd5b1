// Dates: every date expression of a text (absolute, numeric, weekday, relative), resolved against the
// publication date, and the publication date itself (from the input, a dateline, or inferred from the text).
//
// Month and weekday names are generated from ICU (Intl.DateTimeFormat) for many Arabic locales, so the
// Egyptian/Gulf (يناير)، Levantine/Iraqi (كانون الثاني)، Maghrebi (جانفي، فيفري، أوت، غشت) calendars are all
// known; lexicons/months-extra.tsv adds spellings ICU lacks. Matching runs on the normalised text
// (src/text/normalize.ts: hamza/taa-marbuta/digit folding) and maps back to original offsets.
//
// Dates are handled as day numbers (days since 1970-01-01, UTC), which makes weekday and offset arithmetic trivial.

import type { MappedText } from '../../text/normalize.js';
import type { DateMention, PublishedDate } from '../../types.js';
import { isoDay, isoToDay, validDay, weekdayOf } from './days.js';
import { findDateline, infer, parseInput, span } from './published.js';
import { resolve } from './resolve.js';
import { type Raw, scan } from './scan.js';

/** The date mentions of a scan, resolved against `ref`; the dateline marked when the scan starts the text. */
function datesOf(text: string, raws: Raw[], ref: string | null, whole: boolean): DateMention[] {
  const r0 = isoToDay(ref);
  const dl = whole ? findDateline(text, raws) : null;
  return raws.map((r) => {
    const m = resolve(r, r0);
    if (r === dl) m.kind = 'dateline';
    return m;
  });
}

/** Every date expression in text[start,end), resolved against `ref` (ISO publication date) when given. */
export function findDates(text: string, ref: string | null, start = 0, end = text.length): DateMention[] {
  return datesOf(text, scan(text, start, end), ref, start === 0);
}

/** Days a date in the article's address may lie before its input time (a crawl a few days later). */
const URL_DAY_BEFORE_INPUT = 10;
/** Days it may lie after (an input time in UTC, late in the evening, when the outlet's day had begun). */
const URL_DAY_AFTER_INPUT = 1;

/** The day an article's address names (/2015/07/18/, /20180422-…, -2018-04-22): days since the epoch. */
function urlDay(url: string | null): number | null {
  const m = url
    ? /(?:^|[/_-])(20\d\d)[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/.exec(url)
    : null;
  if (!m) return null;
  return parseInput(`${m[1]}-${m[2]}-${m[3]}`);
}

/** Days an input time may lie after the day the text calls "today" (a crawl or feed time), or before it
 *  (a time in UTC when the outlet's own day had begun). */
const INPUT_AFTER_TODAY = 6;
const INPUT_BEFORE_TODAY = 1;

/** The hour from which an input time may belong to the outlet's next day (a time in UTC, late evening). */
const LATE_HOUR = 20;

/** The clock hour written in an input time ("2022-03-10T22:30:00Z": 22), or null. */
function inputHour(input: string): number | null {
  const m = /(?:T|\s)(\d{1,2}):\d\d/.exec(input);
  return m ? Number(m[1]) : null;
}

/** The day the text names as today or yesterday with a weekday ("اليوم الإثنين", "أمس الجمعة"), when it is
 *  not the input's day but near it: the input then is the time the page was fetched, not written. The day
 *  after the input only when the input time is late in its day (the outlet's day had begun); else the
 *  text's today is on or before the input, never after it. */
function anchoredWeekday(raws: Raw[], input: number, late: boolean): PublishedDate | null {
  const r = raws.find((x) => x.anchor !== null && x.wd !== null && x.d === null && x.kind === 'weekday');
  if (!r || r.wd === null || r.anchor === null) return null;
  const wd = (((r.wd - r.anchor) % 7) + 7) % 7; // the weekday of the day of writing
  for (let delta = late ? -INPUT_BEFORE_TODAY : 0; delta <= INPUT_AFTER_TODAY; delta++) {
    const n = input - delta;
    if (weekdayOf(n) !== wd) continue;
    if (delta === 0) return null;
    return { date: isoDay(n), precision: 'day', how: 'weekday-anchor', evidence: span(r) };
  }
  return null;
}

/** The publication date of a scanned text (see inferPublished). */
function publishedOf(
  text: string,
  raws: () => Raw[],
  input?: string | null,
  hint?: string | null,
  url?: string | null,
): PublishedDate {
  if (input?.trim()) {
    const n = parseInput(input);
    // a day in the article's address (/2015/07/18/) a few days before a crawl or feed time, or on its day,
    // is its date (firm: no later reading of the story moves it)
    const fromUrl = urlDay(url ?? null);
    if (
      n !== null &&
      fromUrl !== null &&
      fromUrl - n <= URL_DAY_AFTER_INPUT &&
      n - fromUrl <= URL_DAY_BEFORE_INPUT
    )
      return { date: isoDay(fromUrl), precision: 'day', how: 'url', evidence: null };
    const anchored = n === null ? null : anchoredWeekday(raws(), n, (inputHour(input) ?? 0) >= LATE_HOUR);
    if (anchored) return anchored;
    if (n !== null) return { date: isoDay(n), precision: 'day', how: 'input', evidence: null };
  }
  const dl = findDateline(text, raws());
  if (dl)
    return {
      date: isoDay(validDay(dl.y!, dl.m!, dl.d!)!),
      precision: 'day',
      how: 'dateline',
      evidence: span(dl),
    };
  return infer(raws(), isoToDay(hint));
}

/** The publication date: from `input` (a JSONL `published`/`time` field: ISO, RFC-822 like "Sun, 18 Feb 2018 21:35:43 +0400", or "2015-07-21 02:51:32") if given; else a dateline near the top of the text; else inferred from the text.
 *  `hint` (optional, ISO): a date near the story (e.g. other articles' dates), used only to pick the year
 *  when the text names none. */
export function inferPublished(text: string, input?: string | null, hint?: string | null): PublishedDate {
  let raws: Raw[] | null = null;
  return publishedOf(text, () => (raws ??= scan(text, 0, text.length)), input, hint);
}

/** The publication date and every date of the text, from one scan. */
export function readDates(
  text: string,
  input: string | null,
  hint: string | null,
  url: string | null = null,
  normalized?: MappedText,
): { published: PublishedDate; dates: DateMention[] } {
  const raws = scan(text, 0, text.length, normalized);
  const published = publishedOf(text, () => raws, input, hint, url);
  return { published, dates: datesOf(text, raws, published.date, true) };
}
