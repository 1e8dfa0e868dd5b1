// The number finder: every number of a text (digits in three scripts, number words, mixed forms,
// duals, orders of magnitude) with its qualifier as an interval, the counted noun after it, and a
// "not a count" mark for years, times, dates, ages, percentages, money, measures, ordinals and phones.
//
// One pass: the text is normalised with an offset map (digits → ASCII, hamza/ى/ة folded, tatweel and
// diacritics dropped, so "الـ٢٠" becomes "ال20"), cut into tokens with one precompiled regex (which also
// splits letters from digits: "374من", "و223″"), and the tokens are read left to right with lookups in
// maps built once from the lexicons (number-words, qualifiers, dual-nouns, not-count-units).

import { loadTsv, many } from '../lexicon/index.js';
import { foldChar, normalize } from '../text/normalize.js';
import type { NumberMention, Qualifier } from '../types.js';

// ------------------------------------------------------------------------------------------------
// Lexicons, indexed once.

type WordKind =
  | 'unit'
  | 'teen_head'
  | 'teen_tail'
  | 'tens'
  | 'hundred'
  | 'scale'
  | 'magnitude'
  | 'few'
  | 'ordinal'
  | 'not_number';
interface WordInfo {
  kind: WordKind;
  value: number;
  plural: boolean;
}
/** A classified token: the number-word info plus the clitics that were stripped to find it. */
interface Classified extends WordInfo {
  conj: boolean; // و / ف in front
  def: boolean; // ال in front
  pre: number; // length of the stripped و/ف/ب/ل/ك (kept out of the number's own span)
}

interface Phrase {
  words: string[]; // normalised; "*" = any word
  qualifier: string;
}
type NotCount = NonNullable<NumberMention['notCount']>;

interface Lex {
  words: Map<string, WordInfo>;
  before: Map<string, Phrase[]>; // by last word, longest first
  after: Phrase[]; // longest first
  duals: Map<string, string>; // dual form → singular (normalised)
  ncBefore: Map<string, NotCount>;
  ncAfter: Map<string, NotCount>; // one- or multi-word phrases (space-joined)
  ncNear: Set<string>; // age cues within a few words
  months: Set<string>; // one- and two-word month names
}

let LEX: Lex | null = null;

const N = (s: string) => normalize(s);
const splitWords = (s: string) => N(s).split(' ').filter(Boolean);

function buildMonths(): Set<string> {
  const out = new Set<string>();
  const locales = ['ar', 'ar-SY', 'ar-IQ', 'ar-LB', 'ar-JO', 'ar-DZ', 'ar-MA', 'ar-TN', 'ar-EG', 'en'];
  for (const loc of locales) {
    for (const month of ['long', 'short'] as const) {
      const f = new Intl.DateTimeFormat(loc, { month, timeZone: 'UTC' });
      for (let m = 0; m < 12; m++) out.add(N(f.format(new Date(Date.UTC(2020, m, 15)))));
    }
  }
  // Hijri months (شوال، ذو الحجة ...): step through a year of the Islamic calendar.
  const h = new Intl.DateTimeFormat('ar-SA-u-ca-islamic', { month: 'long', timeZone: 'UTC' });
  for (let d = 0; d < 380; d += 10) out.add(N(h.format(new Date(Date.UTC(2020, 0, 1 + d)))));
  try {
    for (const r of loadTsv('months-extra')) for (const f of many(r.forms)) out.add(N(f));
  } catch {
    // months-extra.tsv is optional here (it belongs to the dates stage).
  }
  out.delete('');
  return out;
}

function lex(): Lex {
  if (LEX) return LEX;
  const words = new Map<string, WordInfo>();
  for (const r of loadTsv('number-words')) {
    const kind = r.kind as WordKind;
    const info: WordInfo = { kind, value: Number(r.value), plural: r.plural === 'yes' };
    if (!Number.isFinite(info.value))
      throw new Error(`lexicon number-words.tsv: bad value "${r.value}" for ${r.form}`);
    for (const f of many(r.form)) if (!words.has(N(f))) words.set(N(f), info);
  }
  const before = new Map<string, Phrase[]>();
  const after: Phrase[] = [];
  for (const r of loadTsv('qualifiers')) {
    const w = splitWords(r.phrase ?? '');
    if (!w.length) continue;
    const p: Phrase = { words: w, qualifier: r.qualifier! };
    if (r.position === 'after') after.push(p);
    else {
      const last = w[w.length - 1]!;
      const list = before.get(last) ?? [];
      list.push(p);
      before.set(last, list);
    }
  }
  for (const l of before.values()) l.sort((a, b) => b.words.length - a.words.length);
  after.sort((a, b) => b.words.length - a.words.length);
  const duals = new Map<string, string>();
  for (const r of loadTsv('dual-nouns')) for (const f of many(r.duals)) duals.set(N(f), N(r.singular!));
  const ncBefore = new Map<string, NotCount>();
  const ncAfter = new Map<string, NotCount>();
  const ncNear = new Set<string>();
  for (const r of loadTsv('not-count-units')) {
    const kind = r.kind as NotCount;
    for (const f of many(r.phrase)) {
      const k = N(f);
      if (r.position === 'before') ncBefore.set(k, kind);
      else if (r.position === 'after') ncAfter.set(k, kind);
      else ncNear.add(k);
    }
  }
  LEX = { words, before, after, duals, ncBefore, ncAfter, ncNear, months: buildMonths() };
  return LEX;
}

// ------------------------------------------------------------------------------------------------
// Normalisation with an offset map, as text/normalize's normalizeWithMap but table-driven: foldChar is
// evaluated once per UTF-16 code unit into a table (same result, no regex per character).

let FOLD_TAB: Int32Array | null = null; // -1 = drop, else the folded code unit (filled lazily)
function foldTable(): Int32Array {
  if (FOLD_TAB) return FOLD_TAB;
  return (FOLD_TAB = new Int32Array(65536).fill(-2)); // -2 = not computed yet
}
function foldCode(t: Int32Array, c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return c; // surrogate halves pass through
  const f = foldChar(String.fromCharCode(c));
  return (t[c] = f === '' ? -1 : f.length === 1 ? f.charCodeAt(0) : c);
}
const UTF16 = new TextDecoder('utf-16le');

function normalizeFast(text: string, start: number, end: number): { text: string; map: Int32Array } {
  const tab = foldTable();
  const buf = new Uint16Array(end - start);
  const map = new Int32Array(end - start + 1);
  let n = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    let f = tab[code]!;
    if (f === -2) f = foldCode(tab, code);
    if (f < 0) continue;
    buf[n] = f;
    map[n++] = i;
  }
  map[n] = end;
  return { text: UTF16.decode(buf.subarray(0, n)), map };
}

// ------------------------------------------------------------------------------------------------
// Tokens of the normalised text.

enum T {
  Num,
  Word,
  Punct,
}
interface Tok {
  s: number; // offsets in the normalised text
  e: number;
  t: T;
  w: string;
  gap: boolean; // whitespace between this token and the previous one
  c: Classified | null; // number-word reading (words only)
  d: string | null; // dual noun → singular (words only)
}

// digits with inner . , : / (12.5  3,000  21:28  24/01/2022), Latin/Arabic words, any other symbol.
// tokenSpans below scans these by hand.
const LATIN = /^[a-z]+$/;
const CLITIC_TOKENS = new Set([
  'و',
  'ف',
  'ب',
  'ل',
  'ك',
  'ال',
  'لل',
  'بال',
  'وال',
  'وب',
  'ول',
  'فب',
  'فل',
  'كال',
  'وبال',
  'ولل',
  'فال',
]);
const RANGE_TO = new Set(['الي', 'حتي', 'ل', 'لغايه']);
const TWO = new Set(['اثنين', 'اثنان', 'اثنتين', 'اثنتان']);
/** Words after a number that are not the counted noun (grammar, not knowledge). */
const NOT_NOUN = new Set([
  'في',
  'على',
  'علي',
  'عن',
  'الي',
  'منذ',
  'خلال',
  'بعد',
  'قبل',
  'حتي',
  'او',
  'و',
  'ان',
  'انه',
  'ما',
  'لا',
  'لم',
  'لن',
  'قد',
  'كما',
  'مع',
  'بين',
  'عند',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'الذي',
  'التي',
  'الذين',
  'فقط',
  'تقريبا',
  'من',
  'ثم',
  'بل',
  'اي',
  'كل',
]);

/** Character classes of the BMP for the token scan: 1 = \p{L}, 2 = \p{M}, 4 = \s (surrogates: 0). */
let CLS: Uint8Array | null = null;
function charClasses(): Uint8Array {
  if (CLS) return CLS;
  CLS = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    CLS[c] = (/\p{L}/u.test(ch) ? 1 : 0) | (/\p{M}/u.test(ch) ? 2 : 0) | (/\s/u.test(ch) ? 4 : 0);
  }
  return CLS;
}
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Class bits of the code point at i (a surrogate pair is tested whole) and its length in code units. */
function classAt(cls: Uint8Array, text: string, i: number): [number, number] {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
    const ch = text.slice(i, i + 2);
    return [(/\p{L}/u.test(ch) ? 1 : 0) | (/\p{M}/u.test(ch) ? 2 : 0), 2];
  }
  return [cls[c]!, 1];
}

/** The matches of TOKEN, in order, scanned by hand (same result, no match objects: performance). */
function tokenSpans(text: string): number[] {
  const cls = charClasses();
  const out: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const s = i;
    if (isDigit(c)) {
      // [0-9]+(?:[.,:/][0-9]+)*
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      for (;;) {
        const sep = text.charCodeAt(i);
        if (
          !(sep === 46 || sep === 44 || sep === 58 || sep === 47) ||
          i + 1 >= n ||
          !isDigit(text.charCodeAt(i + 1))
        )
          break;
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
    } else {
      let [k, w] = classAt(cls, text, i);
      if (k & 3) {
        // [\p{L}\p{M}]+
        do {
          i += w;
          if (i >= n) break;
          [k, w] = classAt(cls, text, i);
        } while (k & 3);
      } else if (k & 4) {
        i += w; // whitespace: no token
        continue;
      } else i += w; // \S: any other code point
    }
    out.push(s, i);
  }
  return out;
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  let prevEnd = 0;
  const spans = tokenSpans(text);
  for (let x = 0; x < spans.length; x += 2) {
    const s = spans[x]!;
    const w = text.slice(s, spans[x + 1]!);
    const c = w.charCodeAt(0);
    const t = c >= 48 && c <= 57 ? T.Num : w.length > 1 || /\p{L}/u.test(w) ? T.Word : T.Punct;
    const info = t === T.Word ? wordInfo(w) : undefined;
    out.push({
      s,
      e: s + w.length,
      t,
      w,
      gap: s > prevEnd,
      c: info ? info.c : null,
      d: info ? info.d : null,
    });
    prevEnd = s + w.length;
  }
  return out;
}

/** Value of a digit literal; null for composites (time, date, fraction). */
function literal(w: string): number | null {
  if (/^[0-9]+$/.test(w)) return Number(w);
  if (/^[0-9]{1,3}(?:,[0-9]{3})+$/.test(w)) return Number(w.replace(/,/g, '')); // 3,000
  if (/^[0-9]{1,3}(?:\.[0-9]{3}){2,}$/.test(w)) return Number(w.replace(/\./g, '')); // 3.000.000
  if (/^[0-9]+[.,][0-9]+$/.test(w)) return Number(w.replace(',', '.')); // 12.5, 2,5
  return null;
}
const COMPOSITE_TIME = /^[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/;

// ------------------------------------------------------------------------------------------------
// Word classification with clitics stripped (memoised: the same words recur across articles).

const DEF_OK = new Set<WordKind>(['unit', 'teen_tail', 'tens', 'magnitude', 'few']);

/** Slow path: strip the clitics and look the word up. Only used to build SURFACE below. */
function classifySlow(w: string): Classified | null {
  const L = lex();
  let res: Classified | null = null;
  const tryForm = (f: string, conj: boolean, def: boolean, pre: number): boolean => {
    const info = L.words.get(f);
    if (!info) return false;
    if (def && !(DEF_OK.has(info.kind) || (info.kind === 'scale' && info.plural))) return false;
    // الآلاف / الملايين with the article are magnitudes
    const kind: WordKind = def && info.kind === 'scale' ? 'magnitude' : info.kind;
    res = { ...info, kind, conj, def, pre };
    return true;
  };
  const withDef = (f: string, conj: boolean): boolean => {
    const pre = w.length - f.length;
    if (tryForm(f, conj, false, pre)) return true;
    if (f.startsWith('ال') && f.length > 3 && tryForm(f.slice(2), conj, true, pre)) return true;
    if (f.startsWith('لل') && f.length > 3 && tryForm(f.slice(2), conj, true, pre + 1)) return true;
    return false;
  };
  const withPrep = (f: string, conj: boolean): boolean => {
    if (withDef(f, conj)) return true;
    // ب ل ك only before a word of 3+ letters (لست "I am not" is not ل + ست)
    if (/^[بلك]/.test(f) && f.length > 3 && withDef(f.slice(1), conj)) return true;
    return false;
  };
  if (!withPrep(w, false) && /^[وف]/.test(w) && w.length > 2) withPrep(w.slice(1), true);
  return res;
}

// Every surface form a number word or dual can take (lexicon form × و/ف × ب/ل/ك × ال/لل), resolved
// once with the slow functions: a lookup per token is then a single Map.get.
let SURFACE: Map<string, Classified> | null = null;
let DUAL_SURFACE: Map<string, string> | null = null;
/** Both readings of a surface form in one map (one lookup per token; most tokens are in neither). */
let WORD_INFO: Map<string, { c: Classified | null; d: string | null }> | null = null;
/** A cheap necessary test before the map (most tokens are not number words, and hashing a fresh string
 *  costs): TAIL[tailHash(key)] is set for every key, and keys are minLen..maxLen long. */
const TAIL = new Uint8Array(1 << 20);
let minLen = Infinity,
  maxLen = 0;
const tailHash = (w: string): number => {
  const n = w.length;
  const h =
    ((n >= 3 ? w.charCodeAt(n - 3) : 0) * 31 + (n >= 2 ? w.charCodeAt(n - 2) : 0)) * 31 + w.charCodeAt(n - 1);
  return h & 0xfffff;
};
function surfaces(): void {
  const L = lex();
  SURFACE = new Map();
  DUAL_SURFACE = new Map();
  for (const f of L.words.keys())
    for (const a of ['', 'و', 'ف'])
      for (const b of ['', 'ب', 'ل', 'ك'])
        for (const c of ['', 'ال', 'لل']) {
          const w = a + b + c + f;
          const r = classifySlow(w);
          if (r && !SURFACE.has(w)) SURFACE.set(w, r);
        }
  for (const f of L.duals.keys())
    for (const a of ['', 'و', 'ف', 'ب', 'ل'])
      for (const b of ['', 'ب', 'ل']) {
        const w = a + b + f;
        const r = dualSlow(w);
        if (r) DUAL_SURFACE.set(w, r);
      }
  WORD_INFO = new Map();
  for (const [w, c] of SURFACE) WORD_INFO.set(w, { c, d: DUAL_SURFACE.get(w) ?? null });
  for (const [w, d] of DUAL_SURFACE) if (!SURFACE.has(w)) WORD_INFO.set(w, { c: null, d });
  for (const w of WORD_INFO.keys()) {
    minLen = Math.min(minLen, w.length);
    maxLen = Math.max(maxLen, w.length);
    TAIL[tailHash(w)] = 1;
  }
}
function classify(w: string): Classified | null {
  if (!SURFACE) surfaces();
  return SURFACE!.get(w) ?? null;
}
function wordInfo(w: string): { c: Classified | null; d: string | null } | undefined {
  if (!WORD_INFO) surfaces();
  if (w.length < minLen || w.length > maxLen) return undefined;
  if (!TAIL[tailHash(w)]) return undefined;
  return WORD_INFO!.get(w);
}

function dualSlow(w: string): string | null {
  const L = lex();
  const d = L.duals.get(w);
  if (d) return d;
  if (/^[وفبل]/.test(w) && w.length > 4) {
    const r = w.slice(1);
    const d2 = L.duals.get(r) ?? (/^[بل]/.test(r) ? L.duals.get(r.slice(1)) : undefined);
    if (d2) return d2;
  }
  return null;
}

/** A number word that can start or continue a number (not ordinals, weekdays, lone أحد). */
const isNumberish = (c: Classified | null) => !!c && c.kind !== 'ordinal' && c.kind !== 'not_number';

// ------------------------------------------------------------------------------------------------
// The scanner.

interface Parsed {
  i0: number; // first and last token of the number
  i1: number;
  value: number;
  form: NumberMention['form'];
  qualifier: Qualifier;
  low: number | null;
  high: number | null;
  /** last scale applied (for "بين 150 و200 ألف"), and the value before it */
  scale: number;
  base: number;
  composite?: NotCount;
}

export function findNumbers(text: string, start = 0, end = text.length): NumberMention[] {
  if (typeof text !== 'string') throw new Error('findNumbers: text must be a string');
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  if (end <= start) return [];
  const L = lex();
  const m = normalizeFast(text, start, end);
  const toks = tokens(m.text);
  const out: NumberMention[] = [];
  const n = toks.length;
  const word = (k: number): string | null => (k >= 0 && k < n && toks[k]!.t === T.Word ? toks[k]!.w : null);
  const ck = (k: number): Classified | null => (k >= 0 && k < n ? toks[k]!.c : null);

  /** Parse the number that starts at token i (digits or number words), or null. */
  const parseAt = (i: number): Parsed | null => {
    const t = toks[i]!;
    if (t.t === T.Num) {
      const v = literal(t.w);
      if (v === null) {
        const comp: NotCount = COMPOSITE_TIME.test(t.w)
          ? 'time'
          : /^[0-9]+(?:[./][0-9]+){2}$/.test(t.w)
            ? 'date'
            : 'other';
        const lead = Number(t.w.match(/^[0-9]+/)![0]);
        return {
          i0: i,
          i1: i,
          value: lead,
          form: 'digits',
          qualifier: 'exact',
          low: lead,
          high: lead,
          scale: 1,
          base: lead,
          composite: comp,
        };
      }
      return continueNumber(i, v, 'digits', false, null);
    }
    if (t.t !== T.Word) return null;
    const c = t.c;
    if (!isNumberish(c)) return null;
    // "وأحد" (and one of) folds to "واحد" (one): the hamza in the original tells them apart
    if (t.w.startsWith('واحد') && text.charCodeAt(m.map[t.s + 1]!) === 0x0623) return null;
    if (c!.kind === 'magnitude' || (c!.kind === 'scale' && c!.plural)) {
      // عشرات / مئات / آلاف, optionally × الآلاف / الملايين
      let v = c!.value;
      let i1 = i;
      const nx = ck(i + 1);
      if (
        nx &&
        !nx.conj &&
        (nx.kind === 'magnitude' || nx.kind === 'scale') &&
        nx.plural &&
        nx.value >= 1000
      ) {
        v *= nx.value;
        i1 = i + 1;
      }
      return {
        i0: i,
        i1,
        value: v,
        form: 'magnitude',
        qualifier: 'magnitude',
        low: v,
        high: null,
        scale: 1,
        base: v,
      };
    }
    if (c!.kind === 'few') {
      const nx = ck(i + 1);
      if (nx && !nx.conj && nx.kind === 'scale' && nx.plural) {
        return {
          i0: i,
          i1: i + 1,
          value: nx.value,
          form: 'magnitude',
          qualifier: 'magnitude',
          low: nx.value,
          high: null,
          scale: 1,
          base: nx.value,
        };
      }
      return {
        i0: i,
        i1: i,
        value: 3,
        form: 'words',
        qualifier: 'range',
        low: 3,
        high: 9,
        scale: 1,
        base: 3,
      };
    }
    if (c!.kind === 'teen_head') {
      const nx = ck(i + 1);
      if (nx?.kind !== 'teen_tail' || nx.conj) return null; // lone أحد = "one of", not a number
      return continueNumber(i + 1, c!.value + 10, 'words', true, { i0: i });
    }
    if (
      c!.kind === 'teen_tail' ||
      c!.kind === 'unit' ||
      c!.kind === 'tens' ||
      c!.kind === 'hundred' ||
      c!.kind === 'scale'
    ) {
      // عشر right after an ordinal is part of it (الحادي عشر، الثاني عشر)
      if (c!.kind === 'teen_tail') {
        const pv = ck(i - 1);
        if (pv && pv.kind === 'ordinal') return null;
      }
      return continueNumber(i, c!.value, 'words', false, null, c!.kind);
    }
    return null;
  };

  /** Extend a number with the words that continue it: teens, ×مئة, ×ألف, وعشرون, و500 ... */
  function continueNumber(
    i: number,
    v0: number,
    form0: 'digits' | 'words',
    _teen: boolean,
    startOver: { i0: number } | null,
    kind0?: WordKind,
  ): Parsed {
    let total = 0;
    let group = v0;
    let lastKind: WordKind | 'digits' =
      form0 === 'digits' ? 'digits' : _teen ? 'teen_tail' : (kind0 ?? 'unit');
    let lastScale = Infinity;
    let i1 = i;
    let hasDigits = form0 === 'digits';
    let hasWords = form0 === 'words';
    let scale = 1;
    let base = v0;
    if (lastKind === 'scale') {
      // a lone ألف / ألفين / مليون starts a number by itself
      total = v0;
      group = 0;
      lastScale = v0 >= 2000 && v0 < 1e6 ? 1000 : v0 >= 2e6 && v0 < 1e9 ? 1e6 : v0 >= 2e9 ? 1e9 : v0;
    }
    for (;;) {
      let k = i1 + 1;
      let conj = false;
      if (k < n && toks[k]!.t === T.Word && toks[k]!.w === 'و') {
        conj = true;
        k++;
      }
      if (k >= n) break;
      const t = toks[k]!;
      if (t.t === T.Num) {
        if (!conj) break;
        const v = literal(t.w);
        // ألف و500 ، مئة و20: digits continue a scaled or hundred group
        if (
          v === null ||
          !(lastKind === 'scale' || lastKind === 'hundred') ||
          v >= lastScale ||
          (lastKind === 'hundred' && v >= 100)
        )
          break;
        if (scaleAt(k + 1) >= lastScale) break; // 3 آلاف و12 ألفا: two numbers
        total += group;
        group = v;
        lastKind = 'digits';
        hasDigits = true;
        i1 = k;
        continue;
      }
      if (t.t !== T.Word) break;
      const c = t.c;
      if (!isNumberish(c) || c!.def) break;
      const cj = conj || c!.conj;
      if (conj && c!.conj) break;
      const k2 = c!.kind;
      let ok = false;
      if (!cj) {
        if (k2 === 'teen_tail' && lastKind === 'unit' && group % 100 < 10) {
          group += 10;
          ok = true;
        } else if (k2 === 'hundred' && c!.value === 100 && lastKind === 'unit' && group >= 3 && group <= 9) {
          group *= 100; // ثلاث مئة
          ok = true;
        } else if (
          k2 === 'scale' &&
          group > 0 &&
          c!.value % 1000 === 0 &&
          (c!.value === 1000 || c!.value % 1e6 === 0) &&
          !isDual(c!.value)
        ) {
          if (c!.plural && !(group >= 3 && group <= 10)) break; // آلاف only after 3-10
          if (c!.value >= lastScale) break;
          base = group;
          scale = c!.value;
          total += Math.round(group * c!.value * 1000) / 1000;
          group = 0;
          lastScale = c!.value;
          ok = true;
        }
      } else {
        if (k2 === 'tens' && lastKind === 'unit' && group % 100 < 10) {
          group += c!.value; // خمسة وعشرون
          ok = true;
        } else if (
          (k2 === 'unit' || k2 === 'tens' || k2 === 'hundred' || k2 === 'teen_tail') &&
          (lastKind === 'hundred' || lastKind === 'scale') &&
          c!.value < Math.min(lastScale, lastKind === 'hundred' ? 100 : Infinity)
        ) {
          if (lastKind === 'scale' && scaleAt(k + 1) >= lastScale) break;
          if (lastKind === 'scale') {
            total += group;
            group = 0;
          }
          group += c!.value; // مئة وخمسون، ألف ومئتان
          ok = true;
        } else if (
          k2 === 'scale' &&
          !c!.plural &&
          lastKind === 'scale' &&
          c!.value < lastScale &&
          group === 0
        ) {
          total += c!.value; // مليون وألف
          ok = true;
        }
      }
      if (!ok) break;
      lastKind = k2 === 'teen_tail' && !cj ? 'teen_tail' : k2;
      if (k2 === 'teen_tail' && cj) lastKind = 'unit';
      hasWords = true;
      i1 = k;
    }
    const value = total + group;
    const form: NumberMention['form'] = hasDigits && hasWords ? 'mixed' : hasDigits ? 'digits' : 'words';
    return {
      i0: startOver ? startOver.i0 : i,
      i1,
      value,
      form,
      qualifier: 'exact',
      low: value,
      high: value,
      scale,
      base,
    };
  }
  const scaleAt = (k: number): number => {
    const c = ck(k);
    return c && c.kind === 'scale' && !c.conj ? c.value : 0;
  };
  const isDual = (v: number) => v === 2000 || v === 2e6 || v === 2e9;

  /** Token index just before the number, skipping a clitic token glued to it (و223، الـ20، بـ 20). */
  const beforeClitic = (i0: number): { k: number; clitic: string | null } => {
    const p = toks[i0 - 1];
    if (
      p &&
      p.t === T.Word &&
      CLITIC_TOKENS.has(p.w) &&
      (!toks[i0]!.gap || p.w === 'ال' || p.w === 'ب' || p.w === 'ل')
    )
      return { k: i0 - 2, clitic: p.w };
    return { k: i0 - 1, clitic: null };
  };

  /** Match a "before" qualifier phrase ending at token k; returns its first token index. */
  const matchBefore = (k: number): { q: string; k0: number } | null => {
    const last = word(k);
    if (last === null) return null;
    // the last word as written, or (for one-word phrases) with a clitic in front: بنحو، لأكثر
    const tryList = (key: string, clitic: boolean): { q: string; k0: number } | null => {
      for (const p of L.before.get(key) ?? []) {
        if (clitic && p.words.length > 1) continue;
        let ok = true;
        let j = k;
        for (let x = p.words.length - 1; x >= 0; x--, j--) {
          const tw = word(j);
          if (tw === null || (j < k && toks[j + 1]!.t !== T.Word)) {
            ok = false;
            break;
          }
          const pw = p.words[x]!;
          if (pw === '*' || tw === pw) continue;
          if (
            x === 0 &&
            tw.endsWith(pw) &&
            tw.length - pw.length <= 2 &&
            /^(?:و|ف|ب|ل|وب|ول|فب|فل|م)$/.test(tw.slice(0, tw.length - pw.length))
          )
            continue;
          ok = false;
          break;
        }
        if (ok) return { q: p.qualifier, k0: j + 1 };
      }
      return null;
    };
    const r = tryList(last, false);
    if (r) return r;
    const m2 = /^(?:و|ف|ب|ل|وب|ول|فب|فل)(.{2,})$/.exec(last);
    return m2 ? tryList(m2[1]!, true) : null;
  };

  /** Match an "after" qualifier at token k. Returns the last token index. */
  const matchAfter = (k: number): { q: string; k1: number } | null => {
    for (const p of L.after) {
      let j = k;
      let ok = true;
      for (const pw of p.words) {
        if (word(j) !== pw) {
          ok = false;
          break;
        }
        j++;
      }
      // "وأكثر من 30" starts a new qualified number; it does not qualify this one
      if (ok && word(j) === 'من') ok = false;
      if (ok) return { q: p.qualifier, k1: j - 1 };
    }
    return null;
  };

  /** The not-count phrase after token k: tries 3, 2, then 1 tokens. */
  const ncAfterAt = (k: number): NotCount | null => {
    for (let len = 3; len >= 1; len--) {
      if (k + len > n) continue;
      let s = '';
      for (let j = k; j < k + len; j++) s += (j > k ? ' ' : '') + toks[j]!.w;
      const hit = L.ncAfter.get(s);
      if (hit) return hit;
    }
    return null;
  };
  const isMonthAt = (k: number): boolean => {
    const w = word(k);
    if (w === null) return false;
    if (L.months.has(w)) return true;
    const w2 = word(k + 1);
    return w2 !== null && L.months.has(w + ' ' + w2);
  };
  const monthBefore = (k: number): boolean => {
    const w = word(k);
    if (w === null) return false;
    if (L.months.has(w)) return true;
    const w0 = word(k - 1);
    return w0 !== null && L.months.has(w0 + ' ' + w);
  };
  const stripClitic = (w: string): string[] => {
    const out = [w];
    const m1 = /^(?:و|ف)(.{2,})$/.exec(w);
    const r = m1 ? m1[1]! : w;
    if (m1) out.push(r);
    const m2 = /^(?:ب|ل|ك)(.{3,})$/.exec(r);
    if (m2) out.push(m2[1]!);
    return out;
  };
  const ncBeforeWord = (k: number): NotCount | null => {
    const t = toks[k];
    if (!t) return null;
    if (t.t === T.Punct) return L.ncBefore.get(t.w) ?? null;
    for (const f of stripClitic(t.w)) {
      const hit = L.ncBefore.get(f);
      if (hit) return hit;
    }
    return null;
  };

  const YEAR_AFTER_WORDS = new Set(['عام', 'عاما', 'سنه', 'سنوات', 'اعوام', 'ربيعا']);

  /** Decide notCount for a number spanning tokens [i0, i1] whose qualifier starts at q0. */
  const notCountOf = (
    p: Parsed,
    q0: number,
    hasQual: boolean,
    clitic: string | null,
  ): NotCount | undefined => {
    if (p.composite) return p.composite;
    const a = p.i1 + 1; // first token after
    const after = ncAfterAt(a);
    if (after === 'percent' || after === 'money' || after === 'measure') return after;
    const t0 = toks[p.i0]!;
    const b = clitic ? p.i0 - 2 : p.i0 - 1; // word right before the number
    const bq = q0 - 1; // word before the qualifier
    const bw = ncBeforeWord(b) ?? (bq !== b ? ncBeforeWord(bq) : null);
    if (bw === 'percent' || bw === 'money') return bw;
    const v = p.value;
    const int = Number.isInteger(v);
    // phones: long digit strings starting with 0, after +, or after a phone word
    if (
      t0.t === T.Num &&
      /^[0-9]{7,}$/.test(t0.w) &&
      (t0.w.startsWith('0') || toks[p.i0 - 1]?.w === '+' || bw === 'phone' || bw === 'ordinal')
    )
      return 'phone';
    // dates: 20 يناير، 26 كانون الثاني، يناير 26، الـ20 من الشهر
    if (
      int &&
      v >= 1 &&
      v <= 31 &&
      p.form === 'digits' &&
      (isMonthAt(a) || (word(a) === 'من' && isMonthAt(a + 1)) || monthBefore(b))
    )
      return 'date';
    if (after === 'date' && int && v >= 1 && v <= 31) return 'date';
    // times
    if (bw === 'time' || (after === 'time' && v <= 24)) return 'time';
    // ages: (25 عاما)، عمره 18 عاما، تقل أعمارهم عن 18 عاما، البالغ من العمر 30
    if (after === 'age') return 'age';
    const yearWordAfter = YEAR_AFTER_WORDS.has(word(a) ?? '');
    if (yearWordAfter && toks[p.i0 - 1]?.w === '(' && toks[a + 1]?.w === ')') return 'age';
    for (let j = b, seen = 0; j >= 0 && seen < 5; j--) {
      const t = toks[j]!;
      if (t.t !== T.Word) break;
      seen++;
      if (stripClitic(t.w).some((f) => L.ncNear.has(f)) && (seen === 1 || yearWordAfter)) return 'age';
    }
    // years: 4-digit numbers 1000-2100 after a year cue, before هـ/م or a month, or standing alone
    if (int && v >= 1000 && v <= 2100 && t0.t === T.Num && /^[0-9]{4}$/.test(t0.w) && p.i0 === p.i1) {
      if (after === 'year' || monthBefore(b)) return 'year';
      if (
        !hasQual &&
        (bw === 'year' || bw === null) &&
        (bw === 'year' || toks[a]?.t !== T.Word || clitic === 'ال')
      )
        return 'year';
      if (!hasQual && word(b) === 'و' && toks[b - 1]?.t === T.Num) return 'year';
    }
    if (bw === 'ordinal') return 'ordinal';
    if (bw === 'phone' && t0.t === T.Num && t0.w.length >= 6) return 'phone';
    if (bw === 'other') return 'other';
    if (after === 'time' && v <= 24) return 'time';
    // Latin context: iPhone 6, Windows 10, 1px
    const pl = word(b);
    const nl = word(a);
    if ((pl && LATIN.test(pl)) || (nl && LATIN.test(nl) && !toks[a]!.gap)) return 'other';
    return undefined;
  };

  /** The counted noun after token i1 (skipping من), normalised, without the article. */
  const nounAfter = (i1: number): string | undefined => {
    let k = i1 + 1;
    if (word(k) === 'من') k++;
    const w = word(k);
    if (!w || NOT_NOUN.has(w) || LATIN.test(w)) return undefined;
    if (isNumberish(classify(w))) return undefined;
    // و/ف + article or verb prefix is a new clause (وأصيب، والمادة، ويقول), not the counted noun
    if (/^[وف](?:ال|[اتينلبقكس])/.test(w)) return undefined;
    return w.startsWith('ال') && w.length > 3
      ? w.slice(2)
      : w.startsWith('لل') && w.length > 3
        ? w.slice(2)
        : w;
  };

  /** Length of the clitic (و، ب، ل ...) glued in front of the number word or dual at token k. */
  const preOf = (k: number): number => {
    const t = toks[k]!;
    if (t.t !== T.Word) return 0;
    const c = t.c;
    if (c) return c.pre;
    for (let x = 0; x <= 2; x++) if (L.duals.has(t.w.slice(x))) return x;
    return 0;
  };
  const emit = (
    s: number,
    e: number,
    ns: number,
    ne: number,
    p: { low: number | null; high: number | null; qualifier: Qualifier; form: NumberMention['form'] },
    noun?: string,
    nc?: NotCount,
  ) => {
    const pre = preOf(ns);
    const mm: NumberMention = {
      start: m.map[toks[s]!.s + (s === ns ? pre : 0)]!,
      end: m.map[toks[e]!.e - 1]! + 1,
      numStart: m.map[toks[ns]!.s + pre]!,
      numEnd: m.map[toks[ne]!.e - 1]! + 1,
      low: p.low,
      high: p.high,
      qualifier: p.qualifier,
      form: p.form,
    };
    if (noun) mm.noun = noun;
    if (nc) mm.notCount = nc;
    out.push(mm);
  };

  let i = 0;
  while (i < n) {
    const t = toks[i]!;
    const p = parseAt(i);
    if (!p) {
      // a dual noun: سيارتين = 2, unless a number stands right before it or it agrees with a dual
      if (t.t === T.Word) {
        const sing = t.d;
        const prev = toks[i - 1];
        const prevNum = prev && (prev.t === T.Num || isNumberish(prev.c));
        const prevDual = prev && prev.t === T.Word && prev.d !== null;
        if (sing && !prevNum && !prevDual && !TWO.has(word(i + 1) ?? '')) {
          const mb = matchBefore(i - 1);
          const q = mb && !mb.q.startsWith('range') && mb.q !== 'no_range' ? mb : null;
          const qual = (q?.q ?? 'exact') as Qualifier;
          const low = qual === 'less_than' || qual === 'at_most' ? null : 2;
          const high = qual === 'more_than' || qual === 'at_least' ? null : 2;
          emit(q ? q.k0 : i, i, i, i, { low, high, qualifier: qual, form: 'dual' }, sing);
        }
      }
      i++;
      continue;
    }
    // "انتحاريين اثنين": the number two names the dual noun before it
    let dualNoun: string | undefined;
    if (TWO.has(t.w)) dualNoun = (word(i - 1) !== null ? toks[i - 1]!.d : null) ?? undefined;

    const { k: kb, clitic } = beforeClitic(p.i0);
    let q0 = p.i0;
    let qual: Qualifier = p.qualifier;
    let low = p.low;
    let high = p.high;
    let form = p.form;
    let last = p.i1;
    let numEnd = p.i1;
    let hasQual = false;
    let rangeB: Parsed | null = null;

    if (p.qualifier !== 'magnitude' && !p.composite && !(p.qualifier === 'range')) {
      const mb = matchBefore(kb);
      // range: بين A و B، من A إلى B، A-B
      const conn = p.i1 + 1;
      const tryRange = (marker: string | null): Parsed | null => {
        let k = conn;
        const cw = word(k);
        const bw = toks[k];
        let okConn = false;
        if (
          (bw && bw.t === T.Punct && (bw.w === '-' || bw.w === '–')) ||
          (cw === 'و' && marker === 'range_between') ||
          (cw && RANGE_TO.has(cw) && marker)
        ) {
          okConn = true;
          k++;
        } else if (marker === 'range_between' && toks[k]?.t === T.Word) {
          // وخمسة (conjunction glued to a number word)
          const c = toks[k]!.c;
          if (c?.conj) okConn = true;
        } else if (cw === 'او' && marker === null) {
          okConn = true;
          k++;
        }
        if (!okConn || k >= n) return null;
        const q = parseAt(k);
        if (!q || q.composite || q.qualifier !== 'exact') return null;
        // a date 2022-01-23 is not a range
        if (toks[q.i1 + 1]?.w === '-' && toks[q.i1 + 2]?.t === T.Num) return null;
        let a = p!.value;
        if (q.scale > 1 && p!.scale === 1 && a < q.base) a *= q.scale; // بين 150 و200 ألف
        if (!(q.value > a)) return null;
        // a dash joins digits only; "أو" joins two numbers of the same writing
        if ((bw?.w === '-' || bw?.w === '–') && (toks[p!.i0]!.t !== T.Num || toks[q.i0]!.t !== T.Num))
          return null;
        if (cw === 'او' && p!.form !== q.form) return null;
        p!.low = a;
        return q;
      };
      if (mb && (mb.q === 'range_between' || mb.q === 'range_from')) {
        let blocked = false;
        if (mb.q === 'range_from') {
          for (let j = mb.k0 - 1; j >= Math.max(0, mb.k0 - 4); j--) {
            const w = word(j);
            if (
              w &&
              stripClitic(w).some((f) =>
                L.before.get(f)?.some((x) => x.qualifier === 'no_range' && x.words.length === 1),
              )
            )
              blocked = true;
          }
        }
        rangeB = blocked ? null : tryRange(mb.q);
        if (rangeB) q0 = mb.k0;
      } else {
        rangeB = tryRange(null);
        if (!rangeB && mb && mb.q !== 'no_range') {
          q0 = mb.k0;
          qual = mb.q as Qualifier;
          hasQual = true;
        }
      }
      if (rangeB) {
        qual = 'range';
        low = p.low;
        high = rangeB.value;
        last = rangeB.i1;
        numEnd = rangeB.i1;
        hasQual = true;
        if (rangeB.form !== form) form = 'mixed';
      } else if (!hasQual) {
        // after: 20 شخصا على الأقل، 300 تقريبا، 50 أو أكثر
        for (let k = p.i1 + 1, skipped = 0; k < n && skipped <= 2; k++, skipped++) {
          const ma = matchAfter(k);
          if (ma) {
            qual = ma.q as Qualifier;
            last = ma.k1;
            hasQual = true;
            break;
          }
          const tk = toks[k]!;
          if (tk.t !== T.Word || isNumberish(tk.c)) break;
        }
      }
      if (qual === 'more_than' || qual === 'at_least') high = null;
      else if (qual === 'less_than' || qual === 'at_most') {
        high = p.value;
        low = null;
      } else if (qual !== 'range') {
        low = p.value;
        high = p.value;
      }
    }
    // a dash between two digit numbers that is not a range (a score 2-1): both are "other"
    let dashOther = false;
    if (!rangeB && toks[p.i1 + 1]?.w === '-' && toks[p.i1 + 2]?.t === T.Num && toks[p.i0]!.t === T.Num)
      dashOther = true;
    if (!rangeB && toks[p.i0 - 1]?.w === '-' && toks[p.i0 - 2]?.t === T.Num) dashOther = true;

    let nc = notCountOf(p, q0, hasQual, clitic);
    if (rangeB && !nc) {
      const ncB = notCountOf(rangeB, rangeB.i0, true, null);
      if (ncB && ncB !== 'other') nc = ncB;
      if (
        !nc &&
        /^[0-9]{4}$/.test(toks[p.i0]!.w) &&
        /^[0-9]{4}$/.test(toks[rangeB.i0]!.w) &&
        p.value >= 1900 &&
        rangeB.value <= 2100
      )
        nc = 'year';
    }
    if (!nc && dashOther) {
      const v = p.value;
      // 2014-2015 are years; 011-4567 a phone; 2-1 a score
      nc = v >= 1900 && v <= 2100 ? 'year' : 'other';
    }
    const noun = dualNoun ?? nounAfter(numEnd);
    emit(q0, Math.max(last, numEnd), p.i0, numEnd, { low, high, qualifier: qual, form }, noun, nc);
    i = Math.max(last, numEnd) + 1;
  }
  return out;
}
