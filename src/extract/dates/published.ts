// The publication date: from the input, a dateline, or inferred from the body.

import { normalize } from '../../text/normalize.js';
import type { PublishedDate, Span } from '../../types.js';
import { DAY_MS, dayOf, isoDay, onOrAfter, validDay, weekdayOf, ymd } from './days.js';
import { type Raw, scan } from './scan.js';
import { vocab } from './vocabulary.js';

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
    if (/(?:^|[\s\p{P}])(?:[وف]?(?:في|منذ|حتي|بتاريخ|من|الي|قبل|بعد|يوم)|[وف])\s*$/u.test(lead)) continue;
    // and what follows it: the end of a short line or a separator ("24 يناير 2022-قالت"), not "، أطلق مسلح"
    const rest = text.slice(r.end, le);
    if (rest.length > 40 && !/^\s*[-–—|:]/.test(rest)) continue;
    if (r.start - ls <= DATELINE_LINE_OFFSET) return r;
  }
  return null;
}

/** Inference from the body (see the module notes in the report): stated "today", yesterday-anchor, then the
 *  latest explicit past date pushed forward by later past weekdays and bounded by month words. */
export function infer(raws: Raw[], hint: number | null): PublishedDate {
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
  const full = (r: Raw): number | null => {
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
      const ys = [0, 1, 2, 3, 4, 5, 6, -1, -2, -3, -4, -5, -6].map((k) => yearCtx! + k);
      y =
        ys.find((yy) => validDay(yy, r.m!, r.d!) !== null && weekdayOf(validDay(yy, r.m!, r.d!)!) === r.wd) ??
        yearCtx;
    }
    return validDay(y, r.m, r.d);
  };

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
  let low: number | null = null; // latest explicit past day
  let lowRaw: Raw | null = null;
  let cursor: number | null = null; // where the narrative is
  let pushed: Raw | null = null;
  let after = -Infinity; // the publication day is at least this (from "الماضي" weekdays and months)
  let upper = Infinity;
  let todayWd: number | null = null,
    todayRaw: Raw | null = null;
  const pendingPast: Raw[] = [];
  let framed = false;
  let lede: Raw | null = null; // the first plain past weekday, when it comes before any explicit date
  for (const r of raws) {
    if (r.future) continue;
    const n = full(r);
    // After the lede has told the news by weekday ("قال الاثنين"), a plain dated mention is background
    // ("في 9 ديسمبر 2016") unless it is tied to the publication (الماضي، الجاري) or carries its weekday.
    if (n !== null && r.anchor === null && lede && cursor === null && r.mod === null && r.wd === null)
      continue;
    // A dated mention anchors the inference when it is near the top, near the hint, or tied to the
    // publication (weekday, الماضي، الجاري); a plain "في 14 يوليو 2015" deep in the body is background.
    if (n !== null && r.anchor === null) {
      const trusted =
        r.start < TOP_ZONE ||
        (hint !== null && Math.abs(n - hint) <= 60) ||
        r.wd !== null ||
        r.mod === 'past' ||
        r.mod === 'this';
      if (!trusted) continue;
    }
    if (n !== null && r.anchor === null) {
      const last = r.d2 !== null ? (validDay(ymd(n).y, r.m!, r.d2) ?? n) : n;
      if (low === null || last > low) {
        low = last;
        lowRaw = r;
      }
      cursor = cursor === null ? last : Math.max(cursor, last);
      // "الاثنين 9 نيسان" frames the narrative: bare weekdays after it look back from it
      framed = r.wd !== null && last >= cursor;
      // "20 يناير الماضي": the month is over
      if (r.mod === 'past' && r.y === null) after = Math.max(after, dayOf(ymd(n).y, r.m! + 1, 1));
      if (r.mod === 'this') {
        const p = ymd(n);
        after = Math.max(after, dayOf(p.y, p.m, 1));
        upper = Math.min(upper, dayOf(p.y, p.m + 1, 0));
      }
      continue;
    }
    if (r.d === null && r.m !== null && r.mod === 'past') {
      if (r.y !== null) after = Math.max(after, dayOf(r.y, r.m + 1, 1));
      else pendingPast.push(r); // "يناير الماضي": placed once the latest date is known
    }
    if (r.kind === 'weekday' && r.wd !== null && r.d === null) {
      if (r.anchor === 0) {
        todayWd = r.wd;
        todayRaw = r;
        continue;
      }
      if (r.anchor !== null) {
        // "أمس السبت": today is the day after
        todayWd = (r.wd + 7 - r.anchor) % 7;
        todayRaw = r;
        continue;
      }
      if (r.mod === 'next') continue;
      if (cursor === null) {
        if (r.mod === 'past') pendingPast.push(r);
        else if (!lede) lede = r;
        continue;
      }
      if (framed && r.mod === null) continue;
      const wdLast = r.wd2 ?? r.wd;
      const day = onOrAfter(cursor, r.wd);
      const dayLast = onOrAfter(cursor, wdLast);
      if (dayLast > cursor) pushed = r;
      cursor = Math.max(cursor, dayLast);
      if (r.mod === 'past') after = Math.max(after, day + 1);
    }
  }
  if (low === null || lowRaw === null)
    return { date: null, precision: null, how: 'unbounded', evidence: null };
  for (const r of pendingPast) {
    if (r.wd !== null) after = Math.max(after, onOrAfter(low, r.wd) + 1);
    else if (r.m !== null) {
      // the latest such month that has begun by then is over
      const at = ymd(cursor ?? low);
      const y = r.m <= at.m ? at.y : at.y - 1;
      after = Math.max(after, dayOf(y, r.m + 1, 1));
    }
  }
  let best = Math.max(cursor ?? low, after);
  let how = pushed ? 'weekday-after-anchor' : 'latest-mention';
  let ev: Raw = pushed ?? lowRaw;
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
  if (best > upper) best = upper;
  return { date: isoDay(best), precision: 'days', how, evidence: span(ev) };
}
