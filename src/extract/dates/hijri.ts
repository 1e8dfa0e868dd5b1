// The Hijri calendar: day numbers (days since 1970-01-01, UTC) from Hijri dates and back, through ICU's
// Umm al-Qura calendar (the one Saudi Arabia uses officially; ICU falls back to the arithmetic calendar
// outside the years the tables cover). Month numbers of Hijri month names are 1..12 here; the scanner
// marks them by adding HIJRI_MONTH so that one Raw field carries both calendars.

/** Added to a Hijri month's number in a scanned date (Gregorian months are 1..12). */
export const HIJRI_MONTH = 100;

/** Years that are read as Hijri when a numeric date carries them (19/6/1436). */
export const isHijriYear = (y: number | null): y is number => y !== null && y >= 1300 && y < 1600;

let format: Intl.DateTimeFormat | null = null;

/** The Hijri date of day number n. */
export function hijriOf(n: number): { y: number; m: number; d: number } {
  format ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
  const parts = format.formatToParts(new Date(n * 86_400_000));
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  return { y: part('year'), m: part('month'), d: part('day') };
}

/** Mean length of a Hijri year and month in days, and the day number of 1 Muharram 1 AH. */
const YEAR_DAYS = 354.36667;
const MONTH_DAYS = 29.530589;
const EPOCH = -492_148;

/** Day number of a Hijri date, or null when it is not a day of that month. */
export function hijriDay(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 30 || !isHijriYear(y)) return null;
  const estimate = Math.round(EPOCH + (y - 1) * YEAR_DAYS + (m - 1) * MONTH_DAYS + (d - 1));
  for (let delta = 0; delta <= 4; delta++)
    for (const n of delta === 0 ? [estimate] : [estimate - delta, estimate + delta]) {
      const h = hijriOf(n);
      if (h.y === y && h.m === m && h.d === d) return n;
    }
  return null;
}

/** The Hijri year for a day and month without one, chosen as `yearFor` does for Gregorian dates: the
 *  current Hijri year (this), the latest before (past), the first after (next), else the nearest on or
 *  before the reference, or a day at most 10 days ahead. */
export function hijriYearFor(
  m: number,
  d: number,
  ref: number,
  mod: 'past' | 'next' | 'this' | null,
  future: boolean,
): number | null {
  const y0 = hijriOf(ref).y;
  if (mod === 'this') return y0;
  const candidates = [y0 - 1, y0, y0 + 1]
    .map((y) => ({ y, n: hijriDay(y, m, Math.min(d, 29)) }))
    .filter((c): c is { y: number; n: number } => c.n !== null);
  const after = candidates.find((c) => c.n > ref);
  if (mod === 'next' || (future && after && after.n - ref <= 183)) return after?.y ?? null;
  if (after && after.n - ref <= 10 && mod !== 'past') return after.y;
  return [...candidates].reverse().find((c) => c.n <= ref)?.y ?? null;
}
