// Lookups over lists of spans sorted by start (mentions, dates, segments), in logarithmic time
// instead of a scan of the whole list per question: a document of many sentences asks one question
// per sentence or per statement, and whole-list scans made those stages quadratic in its length.
// Every function gives exactly what the plain scan it replaces gives, in the same order; a list
// that is not sorted by start falls back to the scan.

interface Span {
  start: number;
  end: number;
}

/** How much of a list is known to be sorted by start (lists only grow at their end). */
const checked = new WeakMap<readonly Span[], { length: number; sorted: boolean }>();

export function sortedByStart(list: readonly Span[]): boolean {
  const known = checked.get(list);
  if (known && known.length === list.length) return known.sorted;
  let sorted = true;
  let from = 1;
  if (known && known.length < list.length) {
    if (!known.sorted) sorted = false;
    from = Math.max(1, known.length);
  }
  for (let i = from; sorted && i < list.length; i++) if (list[i - 1]!.start > list[i]!.start) sorted = false;
  checked.set(list, { length: list.length, sorted });
  return sorted;
}

/** Index of the first span whose start is at least `pos` (list sorted by start). */
export function firstStartingAt(list: readonly Span[], pos: number): number {
  let lo = 0,
    hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The spans lying inside [start, end]: `list.filter((x) => x.start >= start && x.end <= end)`. */
export function spansWithin<T extends Span>(list: readonly T[], start: number, end: number): T[] {
  if (!sortedByStart(list)) return list.filter((x) => x.start >= start && x.end <= end);
  const out: T[] = [];
  for (let i = firstStartingAt(list, start); i < list.length && list[i]!.start <= end; i++)
    if (list[i]!.end <= end) out.push(list[i]!);
  return out;
}

/**
 * The first span (in list order) whose start lies in [from, to] and that passes `test`:
 * `list.find((x) => x.start >= from && x.start <= to && test(x))`.
 */
export function firstStartingIn<T extends Span>(
  list: readonly T[],
  from: number,
  to: number,
  test: (x: T) => boolean = () => true,
): T | undefined {
  if (!sortedByStart(list)) return list.find((x) => x.start >= from && x.start <= to && test(x));
  for (let i = firstStartingAt(list, from); i < list.length && list[i]!.start <= to; i++)
    if (test(list[i]!)) return list[i];
  return undefined;
}

/** Spans sorted by start, with the furthest end reached by each prefix: answers "does any span…" fast. */
function reach(list: readonly Span[]): { sorted: Span[]; maxEnd: number[] } {
  const sorted = [...list].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  let m = -Infinity;
  for (const x of sorted) maxEnd.push((m = Math.max(m, x.end)));
  return { sorted, maxEnd };
}

/** A test "does any span of the list overlap [start, end)": `list.some((m) => m.start < end && start < m.end)`. */
export function overlapTest(list: readonly Span[]): (start: number, end: number) => boolean {
  const { sorted, maxEnd } = reach(list);
  return (start, end) => {
    const i = firstStartingAt(sorted, end); // spans before i start before `end`
    return i > 0 && maxEnd[i - 1]! > start;
  };
}

/** A test "does any span of the list contain [start, end]": `list.some((m) => m.start <= start && m.end >= end)`. */
export function containTest(list: readonly Span[]): (start: number, end: number) => boolean {
  const { sorted, maxEnd } = reach(list);
  return (start, end) => {
    const i = firstStartingAt(sorted, start + 1); // spans before i start at or before `start`
    return i > 0 && maxEnd[i - 1]! >= end;
  };
}

/** Per list: its items sorted by start (with their list index) and the prefix maxima of their ends. */
const holders = new WeakMap<readonly Span[], { length: number; order: number[]; maxEnd: number[] }>();

/**
 * The spans holding a position, in list order: `list.filter((x) => pos >= x.start && pos < x.end)`.
 * Meant for a list that no longer changes (it is indexed once per length).
 */
export function spansHolding<T extends Span>(list: readonly T[], pos: number): T[] {
  const { order, maxEnd } = holderIndex(list);
  const found: number[] = [];
  for (let k = lastStartingBy(list, order, pos); k >= 0 && maxEnd[k]! > pos; k--)
    if (list[order[k]!]!.end > pos) found.push(order[k]!);
  return found.sort((a, b) => a - b).map((i) => list[i]!);
}

/**
 * The span holding `pos` that `before` ranks first, the earliest in list order among equals (for a
 * strict weak order `before`): what a scan of spansHolding(list, pos) gives that keeps the first
 * span and takes a later one only when `before(later, kept)`. Without the list of holders made,
 * sorted and copied per question (performance).
 */
export function bestHolding<T extends Span>(
  list: readonly T[],
  pos: number,
  before: (a: T, b: T) => boolean,
): T | null {
  const { order, maxEnd } = holderIndex(list);
  let best = -1;
  for (let k = lastStartingBy(list, order, pos); k >= 0 && maxEnd[k]! > pos; k--) {
    const i = order[k]!;
    const x = list[i]!;
    if (x.end <= pos) continue;
    if (best < 0 || before(x, list[best]!) || (i < best && !before(list[best]!, x))) best = i;
  }
  return best < 0 ? null : list[best]!;
}

/** The list's holder index (made once per length). */
function holderIndex(list: readonly Span[]): { order: number[]; maxEnd: number[] } {
  let h = holders.get(list);
  if (!h || h.length !== list.length) {
    const order = list.map((_, i) => i).sort((a, b) => list[a]!.start - list[b]!.start || a - b);
    const maxEnd: number[] = [];
    let m = -Infinity;
    for (const i of order) maxEnd.push((m = Math.max(m, list[i]!.end)));
    h = { length: list.length, order, maxEnd };
    holders.set(list, h);
  }
  return h;
}

/** The last position of `order` whose span starts at or before `pos` (-1: none). */
function lastStartingBy(list: readonly Span[], order: number[], pos: number): number {
  let lo = 0,
    hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[order[mid]!]!.start <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
