// The words of dates: months, weekdays, relative dates and parts of day (built once, on first use).

import { alternation, loadTsv, many, theWord, wordList } from '../../lexicon/index.js';
import { normalize } from '../../text/normalize.js';
import type { DatePrecision } from '../../types.js';
import type { Gate } from './gates.js';
import { HIJRI_MONTH } from './hijri.js';

// words the patterns name by their role (lexicons/rule-words.tsv, date-words.tsv)
const DAY = theWord('rule-words', 'day');
const FROM = theWord('rule-words', 'from');
const TO = theWord('rule-words', 'to');
const ON = theWord('rule-words', 'on');
const UNTIL = theWord('rule-words', 'until');
const THIS = theWord('date-words', 'this_demonstrative');
const MONTH_WORD = theWord('date-words', 'month_word');
const THE_MONTH = theWord('date-words', 'the_month');

// Vocabulary (built once, on first use)

export const AR_LOCALES = [
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

export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Regex alternation of phrases (normalised), longest first, inner spaces matching any whitespace. */
export const alt = (phrases: Iterable<string>) =>
  [...new Set(phrases)]
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((p) => esc(p).replace(/ /g, '\\s+'))
    .join('|');
/** Normalised lookup key of a matched phrase (collapses whitespace). */
export const key = (s: string) => normalize(s).replace(/\s+/g, ' ');

/** Month modifiers and weekday modifiers. */
export const PAST_MOD = wordList('date-words', 'past_modifier');
export const NEXT_MOD = wordList('date-words', 'next_modifier');
const CURRENT_MOD = wordList('date-words', 'current_modifier');
export const THIS_MOD = [...CURRENT_MOD, ...wordList('date-words', 'this_demonstrative')];
export const modKind = (s: string | undefined): 'past' | 'next' | 'this' | null => {
  if (!s) return null;
  const k = key(s);
  return PAST_MOD.includes(k) ? 'past' : NEXT_MOD.includes(k) ? 'next' : THIS_MOD.includes(k) ? 'this' : null;
};

/** Words just before a date that put it in the future (announced, scheduled, "starting from"). */
export const FUTURE_CUE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation('date-words', 'future_cue', true)})(?:[^\\p{L}]|$)`,
  'u',
);

/** Words before a weekday that make it the name of a prayer or a sermon (صلاة الجمعة), not a day. */
const PRAYER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation('date-words', 'prayer')})\\s+(?:${DAY}\\s+)?$`,
  'u',
);

/** Words right before "الاثنين" that make it the number two (هذين الاثنين، كلا الاثنين), not a weekday. */
const NOT_WEEKDAY_BEFORE = new RegExp(`(?:${alternation('date-words', 'not_weekday_before')})\\s*$`);
/** A period right before an ordinal (الأسبوع | الثاني من شباط): the ordinal counts weeks, not the day. */
const PERIOD_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${alternation('date-words', 'period_before')})\\s+$`,
  'u',
);
export const periodBefore = (before: string) => PERIOD_BEFORE.test(before);
/** Does the text before a weekday make it no day: a prayer (صلاة الجمعة), or the number two (هذين الاثنين)? */
export const notADay = (before: string, isMonday: boolean) =>
  (isMonday && NOT_WEEKDAY_BEFORE.test(before)) || PRAYER_BEFORE.test(before);

export interface Vocab {
  months: Map<string, number>; // normalised name → 1..12, Hijri months HIJRI_MONTH + 1..12
  weekdays: Map<string, number>; // normalised "الاحد" → 0..6
  ordinalDays: Map<string, number>; // normalised "السابع" → 7 (lexicons/ordinals.tsv): a day written in words
  rel: Map<
    string,
    { unit: 'day' | 'week' | 'month' | 'year'; offset: number; precision: DatePrecision; part: PartOfDay }
  >;
  parts: Map<string, PartOfDay>;
  reDM: RegExp;
  reDRel: RegExp;
  reODM: RegExp;
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
export type PartOfDay = 'night' | 'morning' | 'evening' | 'late' | null;

export let V: Vocab | null = null;

type WordLists = Pick<Vocab, 'months' | 'weekdays' | 'ordinalDays' | 'rel' | 'parts'>;

/** The word lists: month and weekday names (from Intl and lexicons/months-extra.tsv), relative phrases
 *  (lexicons/relative-dates.tsv) and parts of day (lexicons/day-parts.tsv). */
function wordLists(): WordLists {
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
  for (const row of loadTsv('hijri-months'))
    for (const f of many(row.forms)) addMonth(f, HIJRI_MONTH + Number(row.month));
  return {
    months,
    weekdays: weekdayNames(),
    ordinalDays: ordinalDays(),
    rel: relativePhrases(),
    parts: dayParts(),
  };
}

/** The ordinals of the days of a month (السابع، الحادي والعشرين), normalised, with their numbers. */
function ordinalDays(): Map<string, number> {
  const days = new Map<string, number>();
  for (const row of loadTsv('ordinals')) {
    const d = Number(row.value);
    if (d >= 1 && d <= 31) for (const f of many(row.ordinal)) days.set(key(f), d);
  }
  return days;
}

function weekdayNames(): Map<string, number> {
  const weekdays = new Map<string, number>();
  for (const loc of ['ar', 'ar-MA', 'ar-DZ', 'ar-SY']) {
    const f = new Intl.DateTimeFormat(loc, { weekday: 'long', timeZone: 'UTC' });
    for (let i = 0; i < 7; i++) weekdays.set(key(f.format(new Date(Date.UTC(2021, 0, 3 + i)))), i); // 2021-01-03 was a Sunday
  }
  return weekdays;
}

function relativePhrases(): Vocab['rel'] {
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
  return rel;
}

function dayParts(): Vocab['parts'] {
  const parts: Vocab['parts'] = new Map();
  for (const row of loadTsv('day-parts'))
    for (const p of many(row.phrase)) parts.set(key(p), (row.part || null) as PartOfDay);
  return parts;
}

/** The opening letter/digit runs of phrases, or null when one opens with something else. */
const leads = (phrases: Iterable<string>): string[] | null => {
  const out: string[] = [];
  for (const p of phrases) {
    const l = /^[\p{L}\p{N}]*/u.exec(p)![0];
    if (!l) return null;
    out.push(l);
  }
  return out;
};
/** The concatenation of opening lists (null when one of them is). */
const cat = (...ls: (string[] | null)[]): string[] | null =>
  ls.includes(null) ? null : (ls.flat() as string[]);

/** The date patterns over the word lists, with the opening words of each (for the gates). */
function patterns(lists: WordLists) {
  const { months, weekdays, ordinalDays, rel, parts } = lists;
  const arMonths = [...months.keys()].filter((k) => /[\u0621-\u064A]/.test(k));
  const enMonths = [...months.keys()].filter((k) => /^[a-z]/.test(k));
  const M = alt(arMonths);
  // "كانون الثاني/يناير", "يناير (كانون الثاني)", "كانون الثاني - يناير": the second name must be a month too.
  const MX = `(?:${M})(?:\\s*(?:/|\\(|-|–|،)\\s*(?:${M})\\s*\\)?)?`;
  const WD = alt(weekdays.keys());
  const DP = alt(parts.keys());
  const MODS = alt([...PAST_MOD, ...NEXT_MOD, ...CURRENT_MOD]);
  const BEFORE_LAST = alternation('date-words', 'before_last', true);
  const B = '(?<![\\p{L}\\p{N}])'; // start of a word (clitics handled per pattern)
  const E = '(?![\\p{L}\\p{N}])'; // end of a word
  const CL = '(?:[وف]?[بل]?)'; // proclitics before a word starting with ال
  const ANCHOR = `(?<anchor>${alternation('date-words', 'anchor', true)})`;
  const YEAR_WORD = alternation('date-words', 'year_word');
  const YEAR = `(?:\\s*[,،]?\\s*(?:${FROM}\\s+)?(?:${YEAR_WORD})?\\s*(?<y>(?:1[89]|2[01]|1[34])\\d{2})(?!\\d)(?:\\s*[مه]${E})?)`;
  const PRE = `(?:(?<dp>${DP})\\s+(?:${DAY}\\s+)?)?(?:${ANCHOR}\\s*[,،]?\\s+)?(?:(?:${DAY}\\s+)?(?<wd>${WD})\\s*[,،]?\\s*)?`;
  const NOT_NUM = `(?!\\s+(?:${alternation('date-words', 'not_weekday_after')})${E})`;
  const u = 'gu';
  // Gates (performance only): each word pattern below starts at a word start (its lookbehind B) with a
  // letter or digit, so a match can only begin where a letter/digit run begins with a word that opens
  // the pattern, possibly after the proclitics CL. `leads` gives the opening runs of phrases; null when
  // a phrase opens with something else, and then the pattern is tried at every run.
  const DIGITS = [...'0123456789'];
  const DPL = leads(parts.keys()),
    WDL = leads(weekdays.keys()),
    ANL = [...new Set(leads(wordList('date-words', 'anchor'))!)];
  const regexes = {
    // [صباح] [اليوم|أمس] [الأحد] [الـ]20 [و21] [من] [شهر] كانون الثاني/يناير [2022] [الماضي]
    reDM: new RegExp(
      `${B}${CL}${PRE}(?:ال)?(?<d>[0-3]?\\d)(?:\\s*(?:و|-|–|${TO}|${UNTIL})\\s*(?:ال)?(?<d2>[0-3]?\\d))?\\s*(?:${FROM}\\s+)?(?:${MONTH_WORD}\\s+)?(?<m>${MX})${E}${YEAR}?(?:\\s+(?<mod>${MODS})${E})?`,
      u,
    ),
    // [في] السابع من [شهر] يوليو [2015] [الماضي]: the day as an ordinal word, then من
    reODM: new RegExp(
      `${B}${CL}${PRE}(?<dw>${alt(ordinalDays.keys())})\\s+${FROM}\\s+(?:${MONTH_WORD}\\s+)?(?<m>${MX})${E}${YEAR}?(?:\\s+(?<mod>${MODS})${E})?`,
      u,
    ),
    // 20 من الشهر الجاري / الماضي
    reDRel: new RegExp(
      `${B}${CL}${PRE}(?:ال)?(?<d>[0-3]?\\d)\\s*(?:${FROM}\\s+)?(?:${THIS}\\s+)?${THE_MONTH}(?:\\s+(?<mod>${MODS}))?${E}`,
      u,
    ),
    // [شهر] يناير 2022 | [شهر] يناير الماضي | شهر يناير
    reMY: new RegExp(
      `${B}${CL}(?:(?<sh>${MONTH_WORD})\\s+)?(?<m>${MX})${E}(?:${YEAR}|\\s+(?<mod>${MODS})${E})?`,
      u,
    ),
    reEN1: new RegExp(
      `${B}(?<m>${alt(enMonths)})\\.?\\s+(?<d>[0-3]?\\d)(?:st|nd|rd|th)?,?\\s+(?<y>(?:1[89]|2[01])\\d{2})(?!\\d)`,
      u,
    ),
    reEN2: new RegExp(
      `${B}(?<d>[0-3]?\\d)\\s+(?<m>${alt(enMonths)})\\.?,?\\s+(?<y>(?:1[89]|2[01])\\d{2})(?!\\d)`,
      u,
    ),
    reYMD: new RegExp(
      `(?<![\\d./:-])(?<y>(?:1[89]|2[01]|1[34])\\d{2})(?<s>[-/.])(?<m>[01]?\\d)\\k<s>(?<d>[0-3]?\\d)(?![\\d:]|[./-]\\d)`,
      u,
    ),
    reDMY: new RegExp(
      `(?<![\\d./:-])(?<d>[0-3]?\\d)(?<s>[-/.])(?<m>[01]?\\d)\\k<s>(?<y>(?:1[89]|2[01]|1[34])\\d{2})(?![\\d]|[./-]\\d)`,
      u,
    ),
    reYear: new RegExp(`${B}${CL}(?:${YEAR_WORD})\\s+(?<y>(?:1[89]|2[01])\\d{2})(?!\\d)`, u),
    // [ليلة] [اليوم|أمس] [يوم] الأحد [-الاثنين] [الماضي]
    reWD: new RegExp(
      `${B}${CL}(?:(?<dp>${DP})\\s+(?:${DAY}\\s+)?)?(?:${ANCHOR}\\s*[,،]?\\s+)?(?:${DAY}\\s+)?(?<wd>${WD})${E}${NOT_NUM}(?:\\s*(?:-|–|/|${TO}|${ON})\\s*(?<wd2>${WD})${E})?(?:\\s+(?:(?<mod>${MODS})|(?<beforeLast>${BEFORE_LAST}))${E})?`,
      u,
    ),
    // relative phrases (اليوم، أمس، الأسبوع الماضي …), optionally after a part of day
    reRel: new RegExp(
      `${B}${CL}(?:(?<dp>${DP})\\s+(?:${DAY}\\s+)?)?(?<rel>${alt(rel.keys())})${E}(?!\\s+(?:${alternation('date-words', 'not_relative_after')})${E})`,
      u,
    ),
  };
  const gates = gateList(regexes, { DPL, ANL, WDL, DIGITS, arMonths, enMonths, lists });
  return { regexes, gates };
}

/** Each pattern, whether proclitics may precede it, and the words that may open it (see vocab's gate). */
function gateList(
  v: Pick<Vocab, 'reDM' | 'reDRel' | 'reODM' | 'reMY' | 'reEN1' | 'reEN2' | 'reYear' | 'reWD' | 'reRel'>,
  o: {
    DPL: string[] | null;
    ANL: string[];
    WDL: string[] | null;
    DIGITS: string[];
    arMonths: string[];
    enMonths: string[];
    lists: WordLists;
  },
): [RegExp, boolean, string[] | null][] {
  const { DPL, ANL, WDL, DIGITS, arMonths, enMonths, lists } = o;
  const lDM = cat(
    DPL,
    ANL,
    WDL,
    DIGITS,
    DIGITS.map((d) => 'ال' + d),
  );
  return [
    [v.reDM, true, lDM],
    [v.reDRel, true, lDM],
    [v.reODM, true, cat(DPL, ANL, WDL, leads(lists.ordinalDays.keys()))],
    [v.reMY, true, cat([MONTH_WORD], leads(arMonths))],
    [v.reEN1, false, leads(enMonths)],
    [v.reEN2, false, DIGITS],
    [v.reYear, true, [...wordList('date-words', 'year_word')]],
    [v.reWD, true, cat(DPL, ANL, WDL)],
    [v.reRel, true, cat(DPL, leads(lists.rel.keys()))],
  ];
}

export function vocab(): Vocab {
  if (V) return V;
  const lists = wordLists();
  const { regexes, gates } = patterns(lists);
  const v: Vocab = {
    ...lists,
    sticky: new Map(),
    gates: new Map(),
    gate: { root: { mask: 0, next: new Map() }, clBits: 0, always: 0 },
    ...regexes,
  };
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
