// Date expressions as written (raw parses, before resolution), found in one pass gated by letter runs.
import { theWord, wordList, wordSet } from '../../lexicon/index.js';
import { type MappedText, normalizeWithMap, toOriginal } from '../../text/normalize.js';
import type { DateMention, DatePrecision, Span } from '../../types.js';
import { runMask, runStarts } from './gates.js';
import {
  FUTURE_CUE,
  key,
  modKind,
  notADay,
  type PartOfDay,
  periodBefore,
  type Vocab,
  vocab,
} from './vocabulary.js';

const THE_MONTH = theWord('date-words', 'the_month');
/** The proclitics (و، ف، ب، ل) glued to the first word of a date. */
const CLITICS_BEFORE_DATE = new RegExp(`^[وف]?[بل]?(?=ال|${theWord('rule-words', 'day')}|[0-9])`);

// Raw parses (before resolution)

export interface Raw extends Span {
  kind: DateMention['kind'];
  y: number | null;
  m: number | null;
  d: number | null;
  d2: number | null;
  wd: number | null;
  wd2: number | null;
  /** الماضي / المقبل / الجاري after the expression. */
  mod: 'past' | 'next' | 'this' | null;
  /** Weeks further back than the last such weekday ("قبل الماضي", the one before last: 1). */
  weeksBack: number;
  /** اليوم / أمس / غدا before a weekday or date: offset from the publication date. */
  anchor: number | null;
  rel: { unit: 'day' | 'week' | 'month' | 'year'; offset: number; precision: DatePrecision } | null;
  /** "20 من الشهر الجاري": day of a month relative to publication. */
  relMonth: number | null;
  part: PartOfDay;
  /** Announced or scheduled (future) by the words before it. */
  future: boolean;
}

let anchorOffsets: Map<string, number> | null = null;
/** The day offset of an anchor word (اليوم، أمس، غدا: lexicons/date-words.tsv), from its relative date. */
function anchorOffset(v: Vocab, anchor: string): number | null {
  anchorOffsets ??= new Map(
    wordList('date-words', 'anchor').map((w) => {
      const rel = v.rel.get(key(w));
      if (rel?.unit !== 'day')
        throw new Error(`lexicon relative-dates.tsv: no day offset for the anchor "${w}"`);
      return [key(w), rel.offset];
    }),
  );
  return anchorOffsets.get(anchor) ?? null;
}

export function monthOf(v: Vocab, s: string | undefined): number | null {
  if (!s) return null;
  const first = key(s).split(/\s*[/(\-–،)]\s*/)[0]!;
  return v.months.get(first) ?? v.months.get(first.replace(/\.$/, '')) ?? null;
}

/** Month names that are also common words: accepted alone only with شهر, a year or a modifier. */
export const AMBIGUOUS_MONTH: ReadonlySet<string> = wordSet('date-words', 'ambiguous_month');

/** One scan of a text for dates: the vocabulary, the normalised text with its map, the letter/digit
 *  runs with the gates each passes, and the raw dates found. */
interface DateScan {
  v: Vocab;
  N: MappedText;
  t: string;
  out: Raw[];
  runs: ReturnType<typeof runStarts>;
  masks: Int32Array;
  /** The indexes of the runs whose mask is not 0, in order: the only runs a gated pattern is tried at
   *  (performance: most runs open no pattern, and each pattern's scan of all runs read their masks). */
  live: Int32Array;
  /** The bits of all masks together: a pattern whose bit is not in it is not tried at all. */
  anyMask: number;
}

type RawFields = Omit<Raw, 'start' | 'end' | 'future'>;

/** A match's fields, all of them, null but its kind: every match fills one such object, so pushRaw reads
 *  one object shape (spreads of a base with a pattern's own fields over it made a shape per pattern, and
 *  pushRaw's reads megamorphic). */
function fieldsOf(kind: Raw['kind']): RawFields {
  return {
    kind,
    y: null,
    m: null,
    d: null,
    d2: null,
    wd: null,
    wd2: null,
    mod: null,
    weeksBack: 0,
    anchor: null,
    rel: null,
    relMonth: null,
    part: null,
  };
}

const groupOf = (mt: RegExpExecArray, k: string) => mt.groups?.[k];
const num = (s: string | undefined) => (s === undefined ? null : Number(s));

/** The fields of `kind` with the weekday, anchor, part of day and modifier a match names. */
function commonOf(v: Vocab, mt: RegExpExecArray, kind: Raw['kind']): RawFields {
  const f = fieldsOf(kind);
  f.wd = groupOf(mt, 'wd') ? (v.weekdays.get(key(groupOf(mt, 'wd')!)) ?? null) : null;
  f.anchor = groupOf(mt, 'anchor') ? anchorOffset(v, key(groupOf(mt, 'anchor')!)) : null;
  f.part = groupOf(mt, 'dp') ? (v.parts.get(key(groupOf(mt, 'dp')!)) ?? null) : null;
  f.mod = modKind(groupOf(mt, 'mod'));
  return f;
}

function pushRaw(sc: DateScan, mt: RegExpExecArray, r: RawFields): void {
  const { t, N } = sc;
  // the span starts after any proclitic (و، ب، ل) glued to the first word
  let s = mt.index;
  const lead = CLITICS_BEFORE_DATE.exec(mt[0]);
  if (lead) s += lead[0].length;
  const e = mt.index + mt[0].length;
  const o = toOriginal(N, s, e);
  const before = t.slice(Math.max(0, s - 80), s);
  const sentBefore = before.slice(
    Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf('؟')) + 1,
  );
  // fields one by one (performance: no object spread per match)
  sc.out.push({
    start: o.start,
    end: o.end,
    kind: r.kind,
    y: r.y,
    m: r.m,
    d: r.d,
    d2: r.d2,
    wd: r.wd,
    wd2: r.wd2,
    mod: r.mod,
    weeksBack: r.weeksBack,
    anchor: r.anchor,
    rel: r.rel,
    relMonth: r.relMonth,
    part: r.part,
    future: r.mod === 'next' || (r.anchor ?? 0) > 0 || FUTURE_CUE.test(sentBefore),
  });
}

/** Calls f on every match of re; `need` false skips the whole scan (cheap pre-checks, performance). */
function runPattern(sc: DateScan, re: RegExp, f: (mt: RegExpExecArray) => void, need = true): void {
  if (!need) return;
  const { v, t, runs, masks, live } = sc;
  const bit = v.gates.get(re);
  let mt: RegExpExecArray | null;
  if (bit !== undefined && !(sc.anyMask & bit)) return;
  if (bit === undefined) {
    re.lastIndex = 0;
    while ((mt = re.exec(t))) f(mt);
    return;
  }
  // Same matches as the global scan above: the pattern tried (sticky) only at the letter/digit runs
  // its gate admits, resuming after each match as exec does.
  const sticky = v.sticky.get(re)!;
  let from = 0;
  for (let l = 0; l < live.length; l++) {
    const k = live[l]!;
    if (!(masks[k]! & bit)) continue;
    const p = runs[2 * k]!;
    if (p < from) continue;
    sticky.lastIndex = p;
    if ((mt = sticky.exec(t))) {
      f(mt);
      from = p + mt[0].length;
    }
  }
}

/** The raw dates of text[start, end); `normalized`, when given, is normalizeWithMap(text, start, end). */
export function scan(text: string, start: number, end: number, normalized?: MappedText): Raw[] {
  const v = vocab();
  const N: MappedText = normalized ?? normalizeWithMap(text, start, end);
  const t = N.text;
  // the letter/digit runs of t and, per run, the gates it passes
  const runs = runStarts(t);
  const masks = new Int32Array(runs.length >> 1);
  let anyMask = 0;
  let liveCount = 0;
  for (let k = 0; k < runs.length; k += 2) {
    const mask = runMask(v.gate, t, runs[k]!, runs[k + 1]!);
    masks[k >> 1] = mask;
    anyMask |= mask;
    if (mask) liveCount++;
  }
  const live = new Int32Array(liveCount);
  for (let k = 0, l = 0; l < liveCount; k++) if (masks[k]) live[l++] = k;
  const sc: DateScan = { v, N, t, out: [], runs, masks, live, anyMask };
  const hasDigit = /\d/.test(t);
  dayMonthDates(sc, hasDigit);
  monthYearDates(sc);
  numericDates(sc, hasDigit);
  runPattern(
    sc,
    v.reYear,
    (mt) => {
      const f = fieldsOf('absolute');
      f.y = num(groupOf(mt, 'y'));
      pushRaw(sc, mt, f);
    },
    hasDigit,
  );
  weekdaysAndRelative(sc);
  return keepLongest(sc.out);
}

/** [صباح] [اليوم|أمس] [الأحد] 20 [و21] كانون الثاني [2022] [الماضي], السابع من يوليو, and 20 من الشهر
 *  الجاري. */
function dayMonthDates(sc: DateScan, hasDigit: boolean): void {
  const { v, t } = sc;
  runPattern(
    sc,
    v.reDM,
    (mt) => {
      const d = num(groupOf(mt, 'd'))!,
        d2 = num(groupOf(mt, 'd2'));
      if (d < 1 || d > 31 || (d2 !== null && (d2 <= d || d2 > 31))) return;
      const f = commonOf(v, mt, 'absolute');
      f.d = d;
      f.d2 = d2;
      f.m = monthOf(v, groupOf(mt, 'm'));
      f.y = num(groupOf(mt, 'y'));
      pushRaw(sc, mt, f);
    },
    hasDigit,
  );
  // the day as an ordinal word (السابع من يوليو الماضي)
  runPattern(sc, v.reODM, (mt) => {
    const d = v.ordinalDays.get(key(groupOf(mt, 'dw')!));
    if (d === undefined || periodBefore(sc.t.slice(Math.max(0, mt.index - 12), mt.index))) return;
    const f = commonOf(v, mt, 'absolute');
    f.d = d;
    f.m = monthOf(v, groupOf(mt, 'm'));
    f.y = num(groupOf(mt, 'y'));
    pushRaw(sc, mt, f);
  });
  runPattern(
    sc,
    v.reDRel,
    (mt) => {
      const d = num(groupOf(mt, 'd'))!;
      const f = commonOf(v, mt, 'relative');
      if (d < 1 || d > 31) return;
      f.d = d;
      f.relMonth = f.mod === 'past' ? -1 : f.mod === 'next' ? 1 : 0;
      f.mod = null;
      pushRaw(sc, mt, f);
    },
    hasDigit && t.includes(THE_MONTH),
  );
}

/** [شهر] يناير 2022 | [شهر] يناير الماضي | شهر يناير (a bare month name is too often a word). */
function monthYearDates(sc: DateScan): void {
  const { v } = sc;
  runPattern(sc, v.reMY, (mt) => {
    const m = monthOf(v, groupOf(mt, 'm'));
    const y = num(groupOf(mt, 'y'));
    const mod = modKind(groupOf(mt, 'mod'));
    const sh = groupOf(mt, 'sh');
    if (m === null || m > 12) return; // a Hijri month is read only after a day number
    if (!sh && y === null && !mod) return; // a bare month name: too often a word (مارس، آب)
    if (AMBIGUOUS_MONTH.has(key(groupOf(mt, 'm')!)) && !sh && y === null && mod !== 'past' && mod !== 'this')
      return;
    const f = fieldsOf('absolute');
    f.m = m;
    f.y = y;
    f.mod = mod;
    pushRaw(sc, mt, f);
  });
}

/** English dates (January 26, 2022; 26 January 2022) and numeric ones (2022-01-26, 26/1/2022). */
function numericDates(sc: DateScan, hasDigit: boolean): void {
  const { v, t } = sc;
  const hasLatin = hasDigit && /[a-z]/.test(t);
  const hasNumeric = /\d[-/.]\d/.test(t);
  for (const re of [v.reEN1, v.reEN2])
    runPattern(
      sc,
      re,
      (mt) => {
        const f = fieldsOf('absolute');
        f.d = num(groupOf(mt, 'd'));
        f.m = monthOf(v, groupOf(mt, 'm'));
        f.y = num(groupOf(mt, 'y'));
        pushRaw(sc, mt, f);
      },
      hasLatin,
    );
  runPattern(
    sc,
    v.reYMD,
    (mt) => {
      const f = fieldsOf('numeric');
      f.d = num(groupOf(mt, 'd'));
      f.m = num(groupOf(mt, 'm'));
      f.y = num(groupOf(mt, 'y'));
      pushRaw(sc, mt, f);
    },
    hasNumeric,
  );
  runPattern(
    sc,
    v.reDMY,
    (mt) => {
      let d = num(groupOf(mt, 'd'))!,
        m = num(groupOf(mt, 'm'))!;
      if (m > 12 && d <= 12) [d, m] = [m, d]; // 01/24/2022 (US order) when unambiguous
      const f = fieldsOf('numeric');
      f.d = d;
      f.m = m;
      f.y = num(groupOf(mt, 'y'));
      pushRaw(sc, mt, f);
    },
    hasNumeric,
  );
}

/** Weekdays ([ليلة] [أمس] الأحد [-الاثنين] [الماضي]) and relative phrases (اليوم، الأسبوع الماضي …). */
function weekdaysAndRelative(sc: DateScan): void {
  const { v, t } = sc;
  runPattern(sc, v.reWD, (mt) => {
    const c = commonOf(v, mt, 'weekday');
    const wd2 = groupOf(mt, 'wd2') ? (v.weekdays.get(key(groupOf(mt, 'wd2')!)) ?? null) : null;
    // "الاثنين" after هذين/كلا/بين is the number two; after صلاة/مصل/خطبة a weekday names a prayer
    const prev = t.slice(Math.max(0, mt.index - 14), mt.index);
    const bare = c.anchor === null && !groupOf(mt, 'dp');
    if (bare && notADay(prev, c.wd === 1)) return;
    c.wd2 = wd2;
    if (groupOf(mt, 'beforeLast')) {
      c.mod = 'past'; // السبت قبل الماضي: the Saturday before last
      c.weeksBack = 1;
    }
    pushRaw(sc, mt, c);
  });
  runPattern(sc, v.reRel, (mt) => {
    const r = v.rel.get(key(groupOf(mt, 'rel')!))!;
    const part = groupOf(mt, 'dp') ? (v.parts.get(key(groupOf(mt, 'dp')!)) ?? null) : r.part;
    const f = fieldsOf('relative');
    f.rel = r;
    f.part = part;
    pushRaw(sc, mt, f);
  });
}

/** Keep the longest of overlapping parses (the most specific), then text order. */
function keepLongest(out: Raw[]): Raw[] {
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Raw[] = [];
  for (const r of out) {
    const last = kept[kept.length - 1];
    if (last && r.start < last.end) {
      if (r.end - r.start > last.end - last.start) kept[kept.length - 1] = r;
      continue;
    }
    kept.push(r);
  }
  return kept;
}
