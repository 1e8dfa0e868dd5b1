// Dates: every date expression of a text (absolute, numeric, weekday, relative), resolved against the
// publication date, and the publication date itself (from the input, a dateline, or inferred from the text).
//
// Month and weekday names are generated from ICU (Intl.DateTimeFormat) for many Arabic locales, so the
// Egyptian/Gulf (يناير)، Levantine/Iraqi (كانون الثاني)، Maghrebi (جانفي، فيفري، أوت، غشت) calendars are all
// known; lexicons/months-extra.tsv adds spellings ICU lacks. Matching runs on the normalised text
// (src/text/normalize.ts: hamza/taa-marbuta/digit folding) and maps back to original offsets.
//
// Dates are handled as day numbers (days since 1970-01-01, UTC), which makes weekday and offset arithmetic trivial.

import { loadTsv, many } from '../lexicon/index.js';
import { type MappedText, normalize, normalizeWithMap, toOriginal } from '../text/normalize.js';
import type { DateMention, DatePrecision, PublishedDate, Span } from '../types.js';

// ------------------------------------------------------------------------------------------------
// Day arithmetic

const DAY_MS = 86_400_000;
const dayOf = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
const ymd = (n: number): { y: number; m: number; d: number } => {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const isoDay = (n: number): string => {
  const { y, m, d } = ymd(n);
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
};
const isoMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`;
/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7;
/** A valid calendar day, or null (31 February). */
function validDay(y: number, m: number, d: number): number | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1000 || y > 2999) return null;
  const n = dayOf(y, m, d);
  const back = ymd(n);
  return back.m === m && back.d === d ? n : null;
}
/** Parse an ISO date (or date-time) to a day number. */
function isoToDay(s: string | null | undefined): number | null {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim()) : null;
  return m ? validDay(+m[1]!, +m[2]!, +m[3]!) : null;
}
/** First day ≥ from that falls on weekday wd. */
const onOrAfter = (from: number, wd: number) => from + ((wd - weekdayOf(from) + 7) % 7);
/** Last day ≤ from that falls on weekday wd. */
const onOrBefore = (from: number, wd: number) => from - ((weekdayOf(from) - wd + 7) % 7);

// ------------------------------------------------------------------------------------------------
// Vocabulary (built once, on first use)

const AR_LOCALES = [
  'ar',
  'ar-EG',
  'ar-SA',
  'ar-AE',
  'ar-KW',
  'ar-QA',
  'ar-BH',
  'ar-OM',
  'ar-YE',
  'ar-SD',
  'ar-SY',
  'ar-LB',
  'ar-IQ',
  'ar-JO',
  'ar-PS',
  'ar-DZ',
  'ar-MA',
  'ar-TN',
  'ar-LY',
  'ar-MR',
  'ar-EH',
  'ar-SO',
  'ar-DJ',
  'ar-KM',
];

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Regex alternation of phrases (normalised), longest first, inner spaces matching any whitespace. */
const alt = (phrases: Iterable<string>) =>
  [...new Set(phrases)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => esc(p).replace(/ /g, '\\s+'))
    .join('|');
/** Normalised lookup key of a matched phrase (collapses whitespace). */
const key = (s: string) => normalize(s).replace(/\s+/g, ' ');

/** Month modifiers and weekday modifiers. */
const PAST_MOD = ['الماضي', 'الماضيه', 'الفائت', 'المنصرم', 'السابق', 'المنقضي'];
const NEXT_MOD = ['المقبل', 'القادم', 'المقبله', 'القادمه'];
const THIS_MOD = ['الجاري', 'الحالي', 'هذا'];
const modKind = (s: string | undefined): 'past' | 'next' | 'this' | null => {
  if (!s) return null;
  const k = key(s);
  return PAST_MOD.includes(k) ? 'past' : NEXT_MOD.includes(k) ? 'next' : THIS_MOD.includes(k) ? 'this' : null;
};

/** Words just before a date that put it in the future (announced, scheduled, "starting from"). */
const FUTURE_CUE =
  /(?:^|[^\p{L}])(?:المقرر|المزمع|المرتقب|المنتظر|المتوقع|ابتداء|اعتبارا|بدءا|سوف|يعتزم|تعتزم|ستعقد|سيعقد|ستجري|سيجري|ستبدا|سيبدا|ستنطلق|سينطلق|موعد|بحلول|قبل|يوم\s+غد)(?:[^\p{L}]|$)/u;

interface Vocab {
  months: Map<string, number>; // normalised name → 1..12
  weekdays: Map<string, number>; // normalised "الاحد" → 0..6
  rel: Map<
    string,
    { unit: 'day' | 'week' | 'month' | 'year'; offset: number; precision: DatePrecision; part: PartOfDay }
  >;
  parts: Map<string, PartOfDay>;
  reDM: RegExp;
  reDRel: RegExp;
  reMY: RegExp;
  reEN1: RegExp;
  reEN2: RegExp;
  reYMD: RegExp;
  reDMY: RegExp;
  reYear: RegExp;
  reWD: RegExp;
  reRel: RegExp;
  /** Sticky copies of the word patterns, tried only where their gate allows (see `gates`). */
  sticky: Map<RegExp, RegExp>;
  /** Per word pattern, its bit in the gate masks (see runMask). */
  gates: Map<RegExp, number>;
  gate: Gate;
}
type PartOfDay = 'night' | 'morning' | 'evening' | 'late' | null;

let V: Vocab | null = null;

function vocab(): Vocab {
  if (V) return V;
  const months = new Map<string, number>();
  const addMonth = (name: string, m: number) => {
    const k = key(name).replace(/\.$/, '');
    if (k) months.set(k, m);
  };
  for (const loc of [...AR_LOCALES, 'en']) {
    for (const style of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(loc, { month: style, timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) addMonth(f.format(new Date(Date.UTC(2021, m - 1, 15))), m);
    }
  }
  addMonth('sept', 9);
  for (const row of loadTsv('months-extra')) {
    const m = Number(row.month);
    if (!(m >= 1 && m <= 12)) throw new Error(`lexicon months-extra.tsv: bad month "${row.month}"`);
    for (const f of many(row.forms)) addMonth(f, m);
  }
  const weekdays = new Map<string, number>();
  for (const loc of ['ar', 'ar-MA', 'ar-DZ', 'ar-SY']) {
    const f = new Intl.DateTimeFormat(loc, { weekday: 'long', timeZone: 'UTC' });
    for (let i = 0; i < 7; i++) weekdays.set(key(f.format(new Date(Date.UTC(2021, 0, 3 + i)))), i); // 2021-01-03 was a Sunday
  }
  const rel: Vocab['rel'] = new Map();
  for (const row of loadTsv('relative-dates')) {
    const unit = row.unit as 'day' | 'week' | 'month' | 'year';
    if (!['day', 'week', 'month', 'year'].includes(unit))
      throw new Error(`lexicon relative-dates.tsv: bad unit "${row.unit}"`);
    const v = {
      unit,
      offset: Number(row.offset),
      precision: row.precision as DatePrecision,
      part: (row.part || null) as PartOfDay,
    };
    for (const p of many(row.phrase)) rel.set(key(p), v);
  }
  const parts: Vocab['parts'] = new Map();
  for (const row of loadTsv('day-parts'))
    for (const p of many(row.phrase)) parts.set(key(p), (row.part || null) as PartOfDay);

  const arMonths = [...months.keys()].filter((k) => /[\u0621-\u064A]/.test(k));
  const enMonths = [...months.keys()].filter((k) => /^[a-z]/.test(k));
  const M = alt(arMonths);
  // "كانون الثاني/يناير", "يناير (كانون الثاني)", "كانون الثاني - يناير": the second name must be a month too.
  const MX = `(?:${M})(?:\\s*(?:/|\\(|-|–|،)\\s*(?:${M})\\s*\\)?)?`;
  const WD = alt(weekdays.keys());
  const DP = alt(parts.keys());
  const MODS = alt([...PAST_MOD, ...NEXT_MOD, 'الجاري', 'الحالي']);
  const B = '(?<![\\p{L}\\p{N}])'; // start of a word (clitics handled per pattern)
  const E = '(?![\\p{L}\\p{N}])'; // end of a word
  const CL = '(?:[وف]?[بل]?)'; // proclitics before a word starting with ال
  const ANCHOR = '(?<anchor>اليوم|امس|يوم\\s+امس|بالامس|الامس|غدا|يوم\\s+غد)';
  const YEAR = `(?:\\s*[,،]?\\s*(?:من\\s+)?(?:عام|سنه|العام|السنه)?\\s*(?<y>(?:1[89]|2[01])\\d{2})(?!\\d)(?:\\s*م${E})?)`;
  const PRE = `(?:(?<dp>${DP})\\s+(?:يوم\\s+)?)?(?:${ANCHOR}\\s*[,،]?\\s+)?(?:(?:يوم\\s+)?(?<wd>${WD})\\s*[,،]?\\s*)?`;
  const NOT_NUM = '(?!\\s+(?:عشر|عشره|معا|منهما|منهم|كليهما|كلاهما)' + E + ')';
  const u = 'gu';
  // Gates (performance only): each word pattern below starts at a word start (its lookbehind B) with a
  // letter or digit, so a match can only begin where a letter/digit run begins with a word that opens
  // the pattern, possibly after the proclitics CL. `leads` gives the opening runs of phrases; null when
  // a phrase opens with something else, and then the pattern is tried at every run.
  const leads = (phrases: Iterable<string>): string[] | null => {
    const out: string[] = [];
    for (const p of phrases) {
      const l = /^[\p{L}\p{N}]*/u.exec(p)![0];
      if (!l) return null;
      out.push(l);
    }
    return out;
  };
  const cat = (...ls: (string[] | null)[]): string[] | null =>
    ls.includes(null) ? null : (ls.flat() as string[]);
  const DIGITS = [...'0123456789'];
  const DPL = leads(parts.keys()),
    WDL = leads(weekdays.keys()),
    ANL = ['اليوم', 'امس', 'يوم', 'بالامس', 'الامس', 'غدا'];
  const v: Vocab = {
    months,
    weekdays,
    rel,
    parts,
    sticky: new Map(),
    gates: new Map(),
    gate: { root: { mask: 0, next: new Map() }, clBits: 0, always: 0 },
    // [صباح] [اليوم|أمس] [الأحد] [الـ]20 [و21] [من] [شهر] كانون الثاني/يناير [2022] [الماضي]
    reDM: new RegExp(
      `${B}${CL}${PRE}(?:ال)?(?<d>[0-3]?\\d)(?:\\s*(?:و|-|–|الي|حتي)\\s*(?:ال)?(?<d2>[0-3]?\\d))?\\s*(?:من\\s+)?(?:شهر\\s+)?(?<m>${MX})${E}${YEAR}?(?:\\s+(?<mod>${MODS})${E})?`,
      u,
    ),
    // 20 من الشهر الجاري / الماضي
    reDRel: new RegExp(
      `${B}${CL}${PRE}(?:ال)?(?<d>[0-3]?\\d)\\s*(?:من\\s+)?(?:هذا\\s+)?الشهر(?:\\s+(?<mod>${MODS}))?${E}`,
      u,
    ),
    // [شهر] يناير 2022 | [شهر] يناير الماضي | شهر يناير
    reMY: new RegExp(`${B}${CL}(?:(?<sh>شهر)\\s+)?(?<m>${MX})${E}(?:${YEAR}|\\s+(?<mod>${MODS})${E})?`, u),
    reEN1: new RegExp(
      `${B}(?<m>${alt(enMonths)})\\.?\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+(?<y>(?:1[89]|2[01])\\d{2})(?!\\d)`,
      u,
    ),
    reEN2: new RegExp(
      `${B}(?<d>[0-3]?\\d)\\s+(?<m>${alt(enMonths)})\\.?,?\\s+(?<y>(?:1[89]|2[01])\\d{2})(?!\\d)`,
      u,
    ),
    reYMD: new RegExp(
      `(?<![\\d./:-])(?<y>(?:1[89]|2[01])\\d{2})(?<s>[-/.])(?<m>[01]?\\d)\\k<s>(?<d>[0-3]?\\d)(?![\\d:]|[./-]\\d)`,
      u,
    ),
    reDMY: new RegExp(
      `(?<![\\d./:-])(?<d>[0-3]?\\d)(?<s>[-/.])(?<m>[01]?\\d)\\k<s>(?<y>(?:1[89]|2[01])\\d{2})(?![\\d]|[./-]\\d)`,
      u,
    ),
    reYear: new RegExp(`${B}${CL}(?:عام|سنه|العام|السنه)\\s+(?<y>(?:1[89]|2[01])\\d{2})(?!\\d)`, u),
    // [ليلة] [اليوم|أمس] [يوم] الأحد [-الاثنين] [الماضي]
    reWD: new RegExp(
      `${B}${CL}(?:(?<dp>${DP})\\s+(?:يوم\\s+)?)?(?:${ANCHOR}\\s*[,،]?\\s+)?(?:يوم\\s+)?(?<wd>${WD})${E}${NOT_NUM}(?:\\s*(?:-|–|/|الي|علي)\\s*(?<wd2>${WD})${E})?(?:\\s+(?<mod>${MODS})${E})?`,
      u,
    ),
    // relative phrases (اليوم، أمس، الأسبوع الماضي …), optionally after a part of day
    reRel: new RegExp(
      `${B}${CL}(?:(?<dp>${DP})\\s+(?:يوم\\s+)?)?(?<rel>${alt(rel.keys())})${E}(?!\\s+(?:التالي|الاول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الاخير|العالمي|الوطني|الدولي|نفسه|ذاته|السابق|الذي|الموعود|المشهود)${E})`,
      u,
    ),
  };
  const lDM = cat(
    DPL,
    ANL,
    WDL,
    DIGITS,
    DIGITS.map((d) => 'ال' + d),
  );
  const gates: [RegExp, boolean, string[] | null][] = [
    [v.reDM, true, lDM],
    [v.reDRel, true, lDM],
    [v.reMY, true, cat(['شهر'], leads(arMonths))],
    [v.reEN1, false, leads(enMonths)],
    [v.reEN2, false, DIGITS],
    [v.reYear, true, ['عام', 'سنه', 'العام', 'السنه']],
    [v.reWD, true, cat(DPL, ANL, WDL)],
    [v.reRel, true, cat(DPL, leads(rel.keys()))],
  ];
  gates.forEach(([re, cl, words], i) => {
    const bit = 1 << i;
    v.sticky.set(re, new RegExp(re.source, 'uy'));
    v.gates.set(re, bit);
    if (cl) v.gate.clBits |= bit;
    if (!words) v.gate.always |= bit;
    else
      for (const w of words) {
        let node = v.gate.root;
        for (let k = 0; k < w.length; k++) {
          const c = w.charCodeAt(k);
          let nx = node.next.get(c);
          if (!nx) node.next.set(c, (nx = { mask: 0, next: new Map() }));
          node = nx;
        }
        node.mask |= bit;
      }
  });
  V = v;
  return v;
}

// ------------------------------------------------------------------------------------------------
// Raw parses (before resolution)

interface Raw extends Span {
  kind: DateMention['kind'];
  y: number | null;
  m: number | null;
  d: number | null;
  d2: number | null;
  wd: number | null;
  wd2: number | null;
  /** الماضي / المقبل / الجاري after the expression. */
  mod: 'past' | 'next' | 'this' | null;
  /** اليوم / أمس / غدا before a weekday or date: offset from the publication date. */
  anchor: number | null;
  rel: { unit: 'day' | 'week' | 'month' | 'year'; offset: number; precision: DatePrecision } | null;
  /** "20 من الشهر الجاري": day of a month relative to publication. */
  relMonth: number | null;
  part: PartOfDay;
  /** Announced or scheduled (future) by the words before it. */
  future: boolean;
}

const ANCHOR_OFFSET: Record<string, number> = {
  اليوم: 0,
  امس: -1,
  'يوم امس': -1,
  بالامس: -1,
  الامس: -1,
  غدا: 1,
  'يوم غد': 1,
};

function monthOf(v: Vocab, s: string | undefined): number | null {
  if (!s) return null;
  const first = key(s).split(/\s*[/(\-–،)]\s*/)[0]!;
  return v.months.get(first) ?? v.months.get(first.replace(/\.$/, '')) ?? null;
}

/** Month names that are also common words: accepted alone only with شهر, a year or a modifier. */
const AMBIGUOUS_MONTH = new Set([
  'اب',
  'مارس',
  'ماي',
  'may',
  'mar',
  'jun',
  'sep',
  'dec',
  'oct',
  'nov',
  'jan',
  'feb',
  'apr',
  'aug',
  'jul',
]);

/** The last scan, so findDates and inferPublished on the same text scan it once. */
let lastScan: { text: string; start: number; end: number; raws: Raw[] } | null = null;

function scan(text: string, start: number, end: number): Raw[] {
  if (lastScan && lastScan.text === text && lastScan.start === start && lastScan.end === end)
    return lastScan.raws;
  const raws = scanUncached(text, start, end);
  lastScan = { text, start, end, raws };
  return raws;
}

// ------------------------------------------------------------------------------------------------
// Letter/digit runs, for the gates (performance only).

/** LN[c] = 1 when the BMP code point c is \p{L} or \p{N} (surrogates: 0, pairs are tested apart). */
let LN: Uint8Array | null = null;
const LN_RE = /^[\p{L}\p{N}]$/u;
function lnTable(): Uint8Array {
  if (LN) return LN;
  LN = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++)
    if ((c < 0xd800 || c > 0xdfff) && LN_RE.test(String.fromCharCode(c))) LN[c] = 1;
  return LN;
}

/** [start, end, start, end, ...] of the maximal runs of letters and digits (by code point) of t: the only
 *  places where a pattern opening with (?<![\p{L}\p{N}]) and a letter or digit can match. */
function runStarts(t: string): number[] {
  const tab = lnTable();
  const out: number[] = [];
  let inRun = false;
  for (let i = 0; i < t.length; ) {
    const c = t.charCodeAt(i);
    let ln: boolean,
      w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < t.length && (t.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      w = 2;
      ln = LN_RE.test(t.slice(i, i + 2));
    } else ln = tab[c] === 1;
    if (ln !== inRun) {
      out.push(i);
      inRun = ln;
    }
    i += w;
  }
  if (inRun) out.push(t.length);
  return out;
}

/** A trie of the words that open the patterns; a node's mask has the bits of the patterns one of whose
 *  opening words ends there. clBits: patterns that allow the proclitics CL; always: ungated patterns. */
interface TrieNode {
  mask: number;
  next: Map<number, TrieNode>;
}
interface Gate {
  root: TrieNode;
  clBits: number;
  always: number;
}

/** Bits of the patterns whose opening word is a prefix of t[i, e). */
function prefixMask(g: Gate, t: string, i: number, e: number): number {
  let node: TrieNode | undefined = g.root;
  let mask = 0;
  for (; i < e; i++) {
    node = node.next.get(t.charCodeAt(i));
    if (!node) break;
    mask |= node.mask;
  }
  return mask;
}

const W = 0x648,
  F = 0x641,
  BA = 0x628,
  LAM = 0x644; // و ف ب ل
/** Bits of the patterns that may match at the start of the letter/digit run t[s, e). */
function runMask(g: Gate, t: string, s: number, e: number): number {
  const mask = g.always | prefixMask(g, t, s, e);
  // after the proclitics [وف]?[بل]?
  const c0 = t.charCodeAt(s);
  let cl = 0;
  if (c0 === W || c0 === F) {
    cl |= prefixMask(g, t, s + 1, e);
    const c1 = t.charCodeAt(s + 1);
    if (s + 1 < e && (c1 === BA || c1 === LAM)) cl |= prefixMask(g, t, s + 2, e);
  } else if (c0 === BA || c0 === LAM) cl |= prefixMask(g, t, s + 1, e);
  return mask | (cl & g.clBits);
}

function scanUncached(text: string, start: number, end: number): Raw[] {
  const v = vocab();
  const N: MappedText = normalizeWithMap(text, start, end);
  const t = N.text;
  const out: Raw[] = [];
  const push = (mt: RegExpExecArray, r: Omit<Raw, 'start' | 'end' | 'future'>) => {
    // the span starts after any proclitic (و، ب، ل) glued to the first word
    let s = mt.index;
    const lead = /^[وف]?[بل]?(?=ال|يوم|[0-9])/.exec(mt[0]);
    if (lead) s += lead[0].length;
    const e = mt.index + mt[0].length;
    const o = toOriginal(N, s, e);
    const before = t.slice(Math.max(0, s - 80), s);
    const sentBefore = before.slice(
      Math.max(before.lastIndexOf('.'), before.lastIndexOf('\n'), before.lastIndexOf('؟')) + 1,
    );
    // fields one by one (performance: no object spread per match)
    out.push({
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
      anchor: r.anchor,
      rel: r.rel,
      relMonth: r.relMonth,
      part: r.part,
      future: r.mod === 'next' || (r.anchor ?? 0) > 0 || FUTURE_CUE.test(sentBefore),
    });
  };
  const g = (mt: RegExpExecArray, k: string) => mt.groups?.[k];
  const num = (s: string | undefined) => (s === undefined ? null : Number(s));
  const base = {
    y: null,
    m: null,
    d: null,
    d2: null,
    wd: null,
    wd2: null,
    mod: null,
    anchor: null,
    rel: null,
    relMonth: null,
    part: null,
  } as const;
  const common = (mt: RegExpExecArray) => ({
    wd: g(mt, 'wd') ? (v.weekdays.get(key(g(mt, 'wd')!)) ?? null) : null,
    anchor: g(mt, 'anchor') ? (ANCHOR_OFFSET[key(g(mt, 'anchor')!)] ?? null) : null,
    part: g(mt, 'dp') ? (v.parts.get(key(g(mt, 'dp')!)) ?? null) : null,
    mod: modKind(g(mt, 'mod')),
  });
  const hasDigit = /\d/.test(t);
  // the letter/digit runs of t and, per run, the gates it passes
  const runs = runStarts(t);
  const masks = new Int32Array(runs.length >> 1);
  for (let k = 0; k < runs.length; k += 2) masks[k >> 1] = runMask(v.gate, t, runs[k]!, runs[k + 1]!);
  const run = (re: RegExp, f: (mt: RegExpExecArray) => void, need: boolean = true) => {
    if (!need) return; // cheap pre-checks skip whole scans (performance)
    const bit = v.gates.get(re);
    let mt: RegExpExecArray | null;
    if (bit === undefined) {
      re.lastIndex = 0;
      while ((mt = re.exec(t))) f(mt);
      return;
    }
    // Same matches as the global scan above: the pattern tried (sticky) only at the letter/digit runs
    // its gate admits, resuming after each match as exec does.
    const sticky = v.sticky.get(re)!;
    let from = 0;
    for (let k = 0; k < masks.length; k++) {
      if (!(masks[k]! & bit)) continue;
      const p = runs[2 * k]!;
      if (p < from) continue;
      sticky.lastIndex = p;
      if ((mt = sticky.exec(t))) {
        f(mt);
        from = p + mt[0].length;
      }
    }
  };
  run(
    v.reDM,
    (mt) => {
      const d = num(g(mt, 'd'))!,
        d2 = num(g(mt, 'd2'));
      if (d < 1 || d > 31 || (d2 !== null && (d2 <= d || d2 > 31))) return;
      push(mt, {
        ...base,
        ...common(mt),
        kind: 'absolute',
        d,
        d2,
        m: monthOf(v, g(mt, 'm')),
        y: num(g(mt, 'y')),
      });
    },
    hasDigit,
  );
  run(
    v.reDRel,
    (mt) => {
      const d = num(g(mt, 'd'))!;
      const c = common(mt);
      if (d < 1 || d > 31) return;
      push(mt, {
        ...base,
        ...c,
        kind: 'relative',
        d,
        relMonth: c.mod === 'past' ? -1 : c.mod === 'next' ? 1 : 0,
        mod: null,
      });
    },
    hasDigit && t.includes('الشهر'),
  );
  run(v.reMY, (mt) => {
    const m = monthOf(v, g(mt, 'm'));
    const y = num(g(mt, 'y'));
    const mod = modKind(g(mt, 'mod'));
    if (!g(mt, 'sh') && y === null && !mod) return; // a bare month name: too often a word (مارس، آب)
    if (
      AMBIGUOUS_MONTH.has(key(g(mt, 'm')!)) &&
      !g(mt, 'sh') &&
      y === null &&
      mod !== 'past' &&
      mod !== 'this'
    )
      return;
    push(mt, { ...base, kind: 'absolute', m, y, mod });
  });
  const hasLatin = hasDigit && /[a-z]/.test(t);
  const hasNumeric = /\d[-/.]\d/.test(t);
  for (const re of [v.reEN1, v.reEN2])
    run(
      re,
      (mt) =>
        push(mt, {
          ...base,
          kind: 'absolute',
          d: num(g(mt, 'd')),
          m: monthOf(v, g(mt, 'm')),
          y: num(g(mt, 'y')),
        }),
      hasLatin,
    );
  run(
    v.reYMD,
    (mt) =>
      push(mt, { ...base, kind: 'numeric', d: num(g(mt, 'd')), m: num(g(mt, 'm')), y: num(g(mt, 'y')) }),
    hasNumeric,
  );
  run(
    v.reDMY,
    (mt) => {
      let d = num(g(mt, 'd'))!,
        m = num(g(mt, 'm'))!;
      if (m > 12 && d <= 12) [d, m] = [m, d]; // 01/24/2022 (US order) when unambiguous
      push(mt, { ...base, kind: 'numeric', d, m, y: num(g(mt, 'y')) });
    },
    hasNumeric,
  );
  run(v.reYear, (mt) => push(mt, { ...base, kind: 'absolute', y: num(g(mt, 'y')) }), hasDigit);
  run(v.reWD, (mt) => {
    const c = common(mt);
    const wd2 = g(mt, 'wd2') ? (v.weekdays.get(key(g(mt, 'wd2')!)) ?? null) : null;
    // "الاثنين" after هذين/كلا/بين is the number two, not Monday
    const prev = t.slice(Math.max(0, mt.index - 8), mt.index);
    if (c.wd === 1 && c.anchor === null && !g(mt, 'dp') && /(?:هذين|هذان|كلا|بين)\s*$/.test(prev)) return;
    push(mt, { ...base, ...c, kind: 'weekday', wd2 });
  });
  run(v.reRel, (mt) => {
    const r = v.rel.get(key(g(mt, 'rel')!))!;
    const part = g(mt, 'dp') ? (v.parts.get(key(g(mt, 'dp')!)) ?? null) : r.part;
    push(mt, { ...base, kind: 'relative', rel: r, part, future: false } as Omit<
      Raw,
      'start' | 'end' | 'future'
    >);
  });
  // keep the longest of overlapping parses (the most specific), then text order
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

// ------------------------------------------------------------------------------------------------
// Resolution against a publication date

/** Year for a day/month without one: the one that puts it nearest before (or at) `ref`; a date at most
 *  10 days after `ref`, or one announced as future, is taken in the coming days instead. */
function yearFor(m: number, d: number, ref: number, future: boolean, wd: number | null): number {
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
function yearForMonth(m: number, ref: number, mod: Raw['mod']): number {
  const r = ymd(ref);
  if (mod === 'this') return r.y;
  if (mod === 'past') return m < r.m ? r.y : r.y - 1;
  if (mod === 'next') return m > r.m ? r.y : r.y + 1;
  if (m <= r.m) return r.y;
  return m - r.m <= 3 ? r.y : r.y - 1;
}

/** The Saturday–Friday week containing day n. */
const weekSpan = (n: number): [number, number] => {
  const s = onOrBefore(n, 6);
  return [s, s + 6];
};

function resolve(r: Raw, ref: number | null): DateMention {
  const out: DateMention = {
    start: r.start,
    end: r.end,
    value: null,
    precision: 'day',
    kind: r.kind,
    partOfDay: r.part,
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
  if (r.d !== null && r.m !== null) {
    // a day of a month
    let y = r.y;
    if (y === null && r.mod === 'this' && ref !== null) y = ymd(ref).y;
    if (y === null && r.mod === 'past' && ref !== null) y = yearForMonth(r.m, ref, 'past');
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
    else if (r.mod === 'past') n = onOrBefore(ref - 1, r.wd);
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

// ------------------------------------------------------------------------------------------------
// Publication date

/** Parse a JSONL `published`/`time` value: ISO, "2015-07-21 02:51:32", RFC-822, or Arabic text. The date is
 *  taken as written (local to the outlet), not converted to UTC. */
function parseInput(input: string): number | null {
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
const DATELINE_ZONE = 700;
const DATELINE_LINE_OFFSET = 50;
/** Dated mentions this near the top (caption, lede) are trusted as anchors for inference. */
const TOP_ZONE = 300;

/** The dateline: a full date (day, month, year) near the top, at the start of its line or alone on a short line. */
function findDateline(text: string, raws: Raw[]): Raw | null {
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

const span = (r: Raw): Span => ({ start: r.start, end: r.end });

/** Every date expression in text[start,end), resolved against `ref` (ISO publication date) when given. */
export function findDates(text: string, ref: string | null, start = 0, end = text.length): DateMention[] {
  const raws = scan(text, start, end);
  const r0 = isoToDay(ref);
  const dl = start === 0 ? findDateline(text, raws) : null;
  return raws.map((r) => {
    const m = resolve(r, r0);
    if (r === dl) m.kind = 'dateline';
    return m;
  });
}

/** The publication date: from `input` (a JSONL `published`/`time` field: ISO, RFC-822 like "Sun, 18 Feb 2018 21:35:43 +0400", or "2015-07-21 02:51:32") if given; else a dateline near the top of the text; else inferred from the text.
 *  `hint` (optional, ISO): a date near the story (e.g. other articles' dates), used only to pick the year
 *  when the text names none. */
export function inferPublished(text: string, input?: string | null, hint?: string | null): PublishedDate {
  if (input?.trim()) {
    const n = parseInput(input);
    if (n !== null) return { date: isoDay(n), precision: 'day', how: 'input', evidence: null };
  }
  const raws = scan(text, 0, text.length);
  const dl = findDateline(text, raws);
  if (dl)
    return {
      date: isoDay(validDay(dl.y!, dl.m!, dl.d!)!),
      precision: 'day',
      how: 'dateline',
      evidence: span(dl),
    };
  return infer(raws, isoToDay(hint));
}

/** Inference from the body (see the module notes in the report): stated "today", yesterday-anchor, then the
 *  latest explicit past date pushed forward by later past weekdays and bounded by month words. */
function infer(raws: Raw[], hint: number | null): PublishedDate {
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
