// Resolution of a raw date against a publication date.

import type { DateMention } from '../../types.js';
import { isoDay, isoMonth, onOrAfter, onOrBefore, pad, validDay, weekdayOf, ymd } from './days.js';
import { HIJRI_MONTH, hijriDay, hijriYearFor, isHijriYear } from './hijri.js';
import type { Raw } from './scan.js';

// Resolution against a publication date

/** Year for a day/month without one: the one that puts it nearest before (or at) `ref`; a date at most
 *  10 days after `ref`, or one announced as future, is taken in the coming days instead. */
export function yearFor(m: number, d: number, ref: number, future: boolean, wd: number | null): number {
  const y0 = ymd(ref).y;
  const cands = [y0 - 1, y0, y0 + 1].map((y) => ({ y, n: validDay(y, m, d === 29 && m === 2 ? 28 : d)! }));
  if (wd !== null) {
    // a weekday with the date fixes the year when one of the neighbours matches
    const hit = cands
      .filter((c) => weekdayOf(c.n) === wd)
      .sort((a, b) => Math.abs(a.n - ref) - Math.abs(b.n - ref))[0];
    if (hit) return hit.y;
  }
  const next = cands.find((c) => c.n >= ref)!;
  if (future && next.n - ref <= 183) return next.y;
  const soon = cands.find((c) => c.n > ref && c.n - ref <= 10);
  if (soon) return soon.y;
  return [...cands].reverse().find((c) => c.n <= ref)!.y;
}

/** Year for a month without one: the latest such month before (past), at (this) or after (next) the
 *  publication month; a bare month: on or before, unless within the next 3 months. */
export function yearForMonth(m: number, ref: number, mod: Raw['mod']): number {
  const r = ymd(ref);
  if (mod === 'this') return r.y;
  if (mod === 'past') return m < r.m ? r.y : r.y - 1;
  if (mod === 'next') return m > r.m ? r.y : r.y + 1;
  if (m <= r.m) return r.y;
  return m - r.m <= 3 ? r.y : r.y - 1;
}

/** The Hijri month (1..12) of a raw date: a Hijri month name, or a numeric date with a Hijri year
 *  (19/6/1436); null for a Gregorian date. */
function hijriMonthOf(r: Raw): number | null {
  if (r.m === null) return null;
  if (r.m > HIJRI_MONTH) return r.m - HIJRI_MONTH;
  return r.kind === 'numeric' && isHijriYear(r.y) ? r.m : null;
}

/** The Saturday–Friday week containing day n. */
export const weekSpan = (n: number): [number, number] => {
  const s = onOrBefore(n, 6);
  return [s, s + 6];
};

export function resolve(r: Raw, ref: number | null): DateMention {
  const out: DateMention = {
    start: r.start,
    end: r.end,
    value: null,
    precision: 'day',
    kind: r.kind,
    partOfDay: r.part,
    // set for a span of days; there from the start (JSON leaves it out when undefined): one shape of date
    // for every reader, not two (performance)
    until: undefined,
  };
  const day = (n: number | null) => {
    out.value = n === null ? null : isoDay(n);
    return out;
  };
  if (r.rel) {
    out.precision = r.rel.precision;
    if (ref === null) return out;
    const { unit, offset } = r.rel;
    if (unit === 'day') return day(ref + offset);
    if (unit === 'week') {
      const [s, e] = weekSpan(ref + 7 * offset);
      out.until = isoDay(e);
      return day(s);
    }
    const p = ymd(ref);
    if (unit === 'month') {
      const k = p.y * 12 + (p.m - 1) + offset;
      out.value = isoMonth(Math.floor(k / 12), (k % 12) + 1);
      return out;
    }
    out.value = pad(p.y + offset, 4);
    return out;
  }
  if (r.relMonth !== null && r.d !== null) {
    if (ref === null) return day(null);
    const p = ymd(ref);
    const k = p.y * 12 + (p.m - 1) + r.relMonth;
    return day(validDay(Math.floor(k / 12), (k % 12) + 1, r.d));
  }
  const hijri = hijriMonthOf(r);
  if (hijri !== null && r.d !== null) {
    let y = isHijriYear(r.y) ? r.y : null;
    if (y === null && ref !== null) y = hijriYearFor(hijri, r.d, ref, r.mod, r.future);
    const n = y === null ? null : hijriDay(y, hijri, r.d);
    const until = y === null || r.d2 === null ? null : hijriDay(y, hijri, r.d2);
    if (n !== null && until !== null) {
      out.precision = 'days';
      out.until = isoDay(until);
    }
    return day(n);
  }
  if (r.d !== null && r.m !== null) {
    // a day of a month
    let y: number | null = isHijriYear(r.y) ? null : r.y; // a Gregorian month with a Hijri year: the year is not known
    if (y === null && r.mod === 'this' && ref !== null) y = ymd(ref).y;
    // (12 يوليو الماضي written on 23 July: the 12th of this July, already past)
    if (y === null && r.mod === 'past' && ref !== null)
      y = r.m === ymd(ref).m && r.d < ymd(ref).d ? ymd(ref).y : yearForMonth(r.m, ref, 'past');
    if (y === null && ref !== null) y = yearFor(r.m, r.d, ref, r.future || r.mod === 'next', r.wd);
    if (y === null) return day(null);
    const n = validDay(y, r.m, r.d);
    if (r.d2 !== null && n !== null) {
      out.precision = 'days';
      out.until = isoDay(validDay(y, r.m, r.d2) ?? n);
    }
    return day(n);
  }
  if (r.m !== null) {
    out.precision = 'month';
    const y = r.y ?? (ref !== null ? yearForMonth(r.m, ref, r.mod) : null);
    out.value = y === null ? null : isoMonth(y, r.m);
    return out;
  }
  if (r.y !== null) {
    out.precision = 'year';
    out.value = pad(r.y, 4);
    return out;
  }
  if (r.wd !== null) {
    if (ref === null) return day(null);
    let n: number;
    if (r.anchor !== null)
      n = ref + r.anchor; // اليوم الأحد, أمس السبت: the anchor wins
    else if (r.mod === 'past') n = onOrBefore(ref - 1, r.wd) - 7 * r.weeksBack;
    else if (r.mod === 'next') n = onOrAfter(ref + 1, r.wd);
    else if (r.future) n = onOrAfter(ref, r.wd);
    else n = onOrBefore(ref, r.wd);
    if (r.wd2 !== null) {
      out.precision = 'days';
      out.until = isoDay(n + ((r.wd2 - r.wd + 7) % 7));
    }
    return day(n);
  }
  return out;
}
