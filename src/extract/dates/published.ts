// The publication date: from the input, a dateline, or inferred from the body.

import { alternation } from '../../lexicon/index.js';
import { normalize } from '../../text/normalize.js';
import type { PublishedDate, Span } from '../../types.js';
import { DAY_MS, dayOf, isoDay, onOrAfter, validDay, weekdayOf, ymd } from './days.js';
import { type Raw, scan } from './scan.js';
import { vocab } from './vocabulary.js';

/** A word right before a date on its line (في، منذ، بتاريخ … or a bare و/ف): the date of an event, not a dateline. */
const DATE_LEAD = new RegExp(
  `(?:^|[\\s\\p{P}])(?:[وف]?(?:${alternation('date-words', 'date_lead')})|[وف])\\s*$`,
  'u',
);

// Publication date

/** Parse a JSONL `published`/`time` value: ISO, "2015-07-21 02:51:32", RFC-822, or Arabic text. The date is
 *  taken as written (local to the outlet), not converted to UTC. */
export const span = (r: Raw): Span => ({ start: r.start, end: r.end });

export function parseInput(input: string): number | null {
  const s = input.trim();
  const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/.exec(s);
  if (iso) return validDay(+iso[1]!, +iso[2]!, +iso[3]!);
  const rfc = /(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})/.exec(s) ?? null;
  if (rfc) {
    const m =
      vocab().months.get(rfc[2]!.toLowerCase()) ?? vocab().months.get(rfc[2]!.toLowerCase().slice(0, 3));
    if (m) return validDay(+rfc[3]!, m, +rfc[1]!);
  }
  const raws = scan(s, 0, s.length).filter((r) => r.y !== null && r.m !== null && r.d !== null);
  if (raws.length) return validDay(raws[0]!.y!, raws[0]!.m!, raws[0]!.d!);
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : Math.floor(t / DAY_MS);
}

/** How far into the text a dateline may be, and how far into its line. */
export const DATELINE_ZONE = 700;
export const DATELINE_LINE_OFFSET = 50;
/** Dated mentions this near the top (caption, lede) are trusted as anchors for inference. */
export const TOP_ZONE = 300;

/** The dateline: a full date (day, month, year) near the top, at the start of its line or alone on a short line. */
export function findDateline(text: string, raws: Raw[]): Raw | null {
  for (const r of raws) {
    if (r.start > DATELINE_ZONE) break;
    // within the first lines
    if (
      (text
        .slice(0, r.start)
        .trim()
        .match(/\n\s*\S/g)?.length ?? 0) > 6
    )
      break;
    if (
      r.y === null ||
      r.m === null ||
      r.d === null ||
      r.d2 !== null ||
      r.relMonth !== null ||
      r.anchor !== null
    )
      continue;
    const ls = text.lastIndexOf('\n', r.start - 1) + 1;
    let le = text.indexOf('\n', r.end);
    if (le < 0) le = text.length;
    // what precedes the date on its line: a place or outlet ("بوابة أوكرانيا -كييف-"), not a sentence ("وفي")
    const lead = normalize(text.slice(ls, r.start));
    if (/\(@\w+\)|^\s*[—–-]\s/.test(lead)) continue; // an embedded tweet's signature: "— Name (@handle) January 26, 2022"
    if (DATE_LEAD.test(lead)) continue;
    // and what follows it: the end of a short line or a separator ("24 يناير 2022-قالت"), not "، أطلق مسلح"
    const rest = text.slice(r.end, le);
    if (rest.length > 40 && !/^\s*[-–—|:]/.test(rest)) continue;
    if (r.start - ls <= DATELINE_LINE_OFFSET) return r;
  }
  return null;
}

/** The year context: the latest explicit year given with a month near the top (else the hint's year),
 *  and the latest year given with a month anywhere. */
interface Years {
  yearCtx: number | null;
  yearLate: number | null;
}

function yearsOf(raws: Raw[], hint: number | null): Years {
  // The year context: the latest explicit year given with a month (not announced as future), else the
  // hint's year. A bare "عام 1945" is too often background to date anything.
  // Only a year near the top (dateline, caption, lede) is trusted; further down years are mostly background.
  let yearCtx: number | null = null;
  for (const r of raws)
    if (r.start < TOP_ZONE && r.y !== null && r.m !== null && !r.future && r.mod !== 'next')
      yearCtx = Math.max(yearCtx ?? 0, r.y);
  if (yearCtx === null && hint !== null) yearCtx = ymd(hint).y;
  // a later year given with a month: a weekday written with a yearless date may confirm it (below)
  let yearLate: number | null = null;
  for (const r of raws)
    if (r.y !== null && r.m !== null && !r.future && r.mod !== 'next')
      yearLate = Math.max(yearLate ?? 0, r.y);
  return { yearCtx, yearLate };
}

/** The day a mention names in full (day, month and a year given or inferred), or null. */
function fullDay(r: Raw, { yearCtx, yearLate }: Years): number | null {
  if (r.d === null || r.m === null || r.relMonth !== null) return null;
  if (r.y !== null) return validDay(r.y, r.m, r.d);
  if (yearCtx === null) {
    // "الأربعاء 26 كانون الثاني" with 2022 named elsewhere: accepted when the weekday fits that year or the next
    if (r.wd === null || yearLate === null) return null;
    for (const yy of [yearLate, yearLate + 1]) {
      const n = validDay(yy, r.m, r.d);
      if (n !== null && weekdayOf(n) === r.wd) return n;
    }
    return null;
  }
  let y = yearCtx;
  if (r.wd !== null) {
    // the weekday given with the date picks the year: the context year or the nearest after it (a year
    // mentioned in a text is rarely later than the text), else before it
    const ys = [0, 1, 2, 3, 4, 5, 6, -1, -2, -3, -4, -5, -6].map((k) => yearCtx + k);
    y =
      ys.find((yy) => validDay(yy, r.m!, r.d!) !== null && weekdayOf(validDay(yy, r.m!, r.d!)!) === r.wd) ??
      yearCtx;
  }
  return validDay(y, r.m, r.d);
}

/** What the narrative has told so far: the latest explicit past day, where it is, and the bounds on the
 *  publication day from "الماضي" weekdays and months. */
interface Narrative {
  low: number | null;
  lowRaw: Raw | null;
  cursor: number | null;
  pushed: Raw | null;
  after: number;
  upper: number;
  todayWd: number | null;
  todayRaw: Raw | null;
  pendingPast: Raw[];
  framed: boolean;
  /** The first plain past weekday, when it comes before any explicit date. */
  lede: Raw | null;
}

/** Inference from the body (see the module notes in the report): stated "today", yesterday-anchor, then the
 *  latest explicit past date pushed forward by later past weekdays and bounded by month words. */
export function infer(raws: Raw[], hint: number | null): PublishedDate {
  const years = yearsOf(raws, hint);
  const full = (r: Raw) => fullDay(r, years);
  // (1) stated: "اليوم [الأحد] 23 يناير" → that date
  for (const r of raws) {
    if (r.anchor === 0 && r.d !== null) {
      const n = full(r);
      if (n !== null) return { date: isoDay(n), precision: 'day', how: 'stated', evidence: span(r) };
    }
  }
  // (2) yesterday-anchor: "أمس الأربعاء 26 كانون الثاني" → the day after
  for (const r of raws) {
    if (r.anchor !== null && r.anchor < 0 && r.d !== null) {
      const n = full(r);
      if (n !== null)
        return { date: isoDay(n - r.anchor), precision: 'day', how: 'yesterday-anchor', evidence: span(r) };
    }
  }
  // (3) latest explicit past date, pushed by later past weekdays
  const st: Narrative = {
    low: null,
    lowRaw: null,
    cursor: null,
    pushed: null,
    after: -Infinity,
    upper: Infinity,
    todayWd: null,
    todayRaw: null,
    pendingPast: [],
    framed: false,
    lede: null,
  };
  for (const r of raws) {
    if (r.future) continue;
    const n = full(r);
    if (n !== null && r.anchor === null) readDated(st, r, n, hint);
    else readUndated(st, r);
  }
  return conclude(st);
}

/** A mention with a full date and no anchor. */
function readDated(st: Narrative, r: Raw, n: number, hint: number | null): void {
  // After the lede has told the news by weekday ("قال الاثنين"), a plain dated mention is background
  // ("في 9 ديسمبر 2016") unless it is tied to the publication (الماضي، الجاري) or carries its weekday.
  if (st.lede && st.cursor === null && r.mod === null && r.wd === null) return;
  // A dated mention anchors the inference when it is near the top, near the hint, or tied to the
  // publication (weekday, الماضي، الجاري); a plain "في 14 يوليو 2015" deep in the body is background.
  const trusted =
    r.start < TOP_ZONE ||
    (hint !== null && Math.abs(n - hint) <= 60) ||
    r.wd !== null ||
    r.mod === 'past' ||
    r.mod === 'this';
  if (!trusted) return;
  const last = r.d2 !== null ? (validDay(ymd(n).y, r.m!, r.d2) ?? n) : n;
  if (st.low === null || last > st.low) {
    st.low = last;
    st.lowRaw = r;
  }
  st.cursor = st.cursor === null ? last : Math.max(st.cursor, last);
  // "الاثنين 9 نيسان" frames the narrative: bare weekdays after it look back from it
  st.framed = r.wd !== null && last >= st.cursor;
  // "20 يناير الماضي": the month is over
  if (r.mod === 'past' && r.y === null) st.after = Math.max(st.after, dayOf(ymd(n).y, r.m! + 1, 1));
  if (r.mod === 'this') {
    const p = ymd(n);
    st.after = Math.max(st.after, dayOf(p.y, p.m, 1));
    st.upper = Math.min(st.upper, dayOf(p.y, p.m + 1, 0));
  }
}

/** A month word or a weekday without a full date. */
function readUndated(st: Narrative, r: Raw): void {
  if (r.d === null && r.m !== null && r.mod === 'past') {
    if (r.y !== null) st.after = Math.max(st.after, dayOf(r.y, r.m + 1, 1));
    else st.pendingPast.push(r); // "يناير الماضي": placed once the latest date is known
  }
  if (r.kind !== 'weekday' || r.wd === null || r.d !== null) return;
  if (r.anchor === 0) {
    st.todayWd = r.wd;
    st.todayRaw = r;
    return;
  }
  if (r.anchor !== null) {
    // "أمس السبت": today is the day after
    st.todayWd = (r.wd + 7 - r.anchor) % 7;
    st.todayRaw = r;
    return;
  }
  if (r.mod === 'next') return;
  if (st.cursor === null) {
    if (r.mod === 'past') st.pendingPast.push(r);
    else if (!st.lede) st.lede = r;
    return;
  }
  if (st.framed && r.mod === null) return;
  const wdLast = r.wd2 ?? r.wd;
  const day = onOrAfter(st.cursor, r.wd);
  const dayLast = onOrAfter(st.cursor, wdLast);
  if (dayLast > st.cursor) st.pushed = r;
  st.cursor = Math.max(st.cursor, dayLast);
  if (r.mod === 'past') st.after = Math.max(st.after, day + 1);
}

/** The publication day the narrative allows, with how it was found. */
function conclude(st: Narrative): PublishedDate {
  const { low, lowRaw, cursor, lede, todayWd, todayRaw } = st;
  if (low === null || lowRaw === null)
    return { date: null, precision: null, how: 'unbounded', evidence: null };
  let after = st.after;
  for (const r of st.pendingPast) {
    if (r.wd !== null) after = Math.max(after, onOrAfter(low, r.wd) + 1);
    else if (r.m !== null) {
      // the latest such month that has begun by then is over
      const at = ymd(cursor ?? low);
      const y = r.m <= at.m ? at.y : at.y - 1;
      after = Math.max(after, dayOf(y, r.m + 1, 1));
    }
  }
  let best = Math.max(cursor ?? low, after);
  let how = st.pushed ? 'weekday-after-anchor' : 'latest-mention';
  let ev: Raw = st.pushed ?? lowRaw;
  if (best === after && after > (cursor ?? low)) how = 'past-bound';
  if (lede && todayWd === null) {
    // the news of the lede happened on its weekday, on or after everything else known
    const n = onOrAfter(best, lede.wd!);
    if (n !== best) {
      how = 'lede-weekday';
      ev = lede;
    }
    best = n;
  }
  if (todayWd !== null && todayRaw) {
    best = onOrAfter(best, todayWd);
    how = 'today-weekday';
    ev = todayRaw;
  }
  if (best > st.upper) best = st.upper;
  return { date: isoDay(best), precision: 'days', how, evidence: span(ev) };
}
