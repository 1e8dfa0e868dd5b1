// Day arithmetic: dates as day numbers (days since 1970-01-01, UTC).

// Day arithmetic

export const DAY_MS = 86_400_000;
export const dayOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
export const ymd = (n: number): { y: number; m: number; d: number } => {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
export const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export const isoDay = (n: number): string => {
  const { y, m, d } = ymd(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};
export const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7;
/** A valid calendar day, or null (31 February). */
export function validDay(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2999) return null;
  const n = dayOf(y, m, d);
  const back = ymd(n);
  return back.m === m && back.d === d ? n : null;
}
/** Parse an ISO date (or date-time) to a day number. */
export function isoToDay(s: string | null | undefined): number | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim()) : null;
  return m ? validDay(+m[1]!, +m[2]!, +m[3]!) : null;
}
/** First day ≥ from that falls on weekday wd. */
export const onOrAfter = (from: number, wd: number) => from + ((wd - weekdayOf(from) + 7) % 7);
/** Last day ≤ from that falls on weekday wd. */
export const onOrBefore = (from: number, wd: number) => from - ((weekdayOf(from) - wd + 7) % 7);
