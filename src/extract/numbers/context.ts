// What stands around a number: qualifiers before and after, not-count cues, the counted noun.

import { theWord, wordSet } from '../../lexicon/index.js';
import type { NumberMention, Qualifier } from '../../types.js';
import type { NotCount } from './lexicon.js';
import { type Parsed, parseAt, type Scan } from './parse.js';
import { CLITIC_TOKENS, LATIN, NOT_NOUN, T } from './tokens.js';
import { classify, isNumberish } from './words.js';

const FROM_WORD = theWord('rule-words', 'from');
/** An hour written as a word: an ordinal with ال and ه (الثالثه), or عشره. */
const HOUR_WORD = new RegExp(`^ال\\S+ه$|^${theWord('rule-words', 'ten')}$`);

/** The word at token k, or null when k is out of range or not a word. */
function wordAt(scan: Scan, k: number): string | null {
  const { toks, n } = scan;
  return k >= 0 && k < n && toks[k]!.t === T.Word ? toks[k]!.w : null;
}

/** Token index just before the number, skipping a clitic token glued to it (و223، الـ20، بـ 20). */
function beforeClitic(scan: Scan, i0: number): { k: number; clitic: string | null } {
  const { toks } = scan;
  const p = toks[i0 - 1];
  if (
    p &&
    p.t === T.Word &&
    CLITIC_TOKENS.has(p.w) &&
    (!toks[i0]!.gap || p.w === 'ال' || p.w === 'ب' || p.w === 'ل')
  )
    return { k: i0 - 2, clitic: p.w };
  return { k: i0 - 1, clitic: null };
}

/** A "before" qualifier phrase listed under `key` that ends at token k (the last word as written, or
 *  for one-word phrases with a clitic in front: بنحو، لأكثر); returns its first token index. */
function beforeFromList(
  scan: Scan,
  k: number,
  key: string,
  clitic: boolean,
): { q: string; k0: number } | null {
  const { toks, L } = scan;
  for (const p of L.before.get(key) ?? []) {
    if (clitic && p.words.length > 1) continue;
    let ok = true;
    let j = k;
    for (let x = p.words.length - 1; x >= 0; x--, j--) {
      const tw = wordAt(scan, j);
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
}

/** Match a "before" qualifier phrase ending at token k; returns its first token index. */
function matchBefore(scan: Scan, k: number): { q: string; k0: number } | null {
  const last = wordAt(scan, k);
  if (last === null) return null;
  const r = beforeFromList(scan, k, last, false);
  if (r) return r;
  const m2 = /^(?:و|ف|ب|ل|وب|ول|فب|فل)(.{2,})$/.exec(last);
  return m2 ? beforeFromList(scan, k, m2[1]!, true) : null;
}

/** Match an "after" qualifier at token k. Returns the last token index. */
function matchAfter(scan: Scan, k: number): { q: string; k1: number } | null {
  for (const p of scan.L.after) {
    let j = k;
    let ok = true;
    for (const pw of p.words) {
      if (wordAt(scan, j) !== pw) {
        ok = false;
        break;
      }
      j++;
    }
    // "وأكثر من 30" starts a new qualified number; it does not qualify this one (but على الأقل من مقاتلين
    // does: من opens who is counted)
    if (ok && wordAt(scan, j) === FROM_WORD && numberAt(scan, j + 1)) ok = false;
    if (ok) return { q: p.qualifier, k1: j - 1 };
  }
  return null;
}

/** A number starts at token k: digits or a number word. */
function numberAt(scan: Scan, k: number): boolean {
  const t = scan.toks[k];
  if (!t) return false;
  if (t.t === T.Num) return true;
  const w = wordAt(scan, k);
  return w !== null && isNumberish(classify(w));
}

/** The not-count phrase after token k: tries 3, 2, then 1 tokens ('count': the longest phrase says it
 *  is a count after all). */
function ncAfterAt(scan: Scan, k: number): NotCount | 'count' | null {
  const { toks, n, L } = scan;
  for (let len = 3; len >= 1; len--) {
    if (k + len > n) continue;
    let s = '';
    for (let j = k; j < k + len; j++) s += (j > k ? ' ' : '') + toks[j]!.w;
    const hit = L.ncAfter.get(s);
    if (hit) return hit;
  }
  return null;
}

function isMonthAt(scan: Scan, k: number): boolean {
  const w = wordAt(scan, k);
  if (w === null) return false;
  if (scan.L.months.has(w)) return true;
  const w2 = wordAt(scan, k + 1);
  return w2 !== null && scan.L.months.has(w + ' ' + w2);
}

function monthBefore(scan: Scan, k: number): boolean {
  // (a month's other name in parentheses: مارس (آذار) 2014)
  if (scan.toks[k]?.w === ')' && scan.toks[k - 2]?.w === '(' && monthBefore(scan, k - 1)) return true;
  const w = wordAt(scan, k);
  if (w === null) return false;
  if (scan.L.months.has(w)) return true;
  const w0 = wordAt(scan, k - 1);
  return w0 !== null && scan.L.months.has(w0 + ' ' + w);
}

/** The word at k is a counted noun in the accusative (مايو 25 اسلاميا: after the month, a count, not its
 *  day): an ending alif on a word of four letters or more. */
function countedAfter(scan: Scan, k: number): boolean {
  const w = wordAt(scan, k);
  return w !== null && w.length >= 4 && w.endsWith('ا') && !scan.L.months.has(w);
}

function stripClitic(w: string): string[] {
  const out = [w];
  const m1 = /^(?:و|ف)(.{2,})$/.exec(w);
  const r = m1 ? m1[1]! : w;
  if (m1) out.push(r);
  const m2 = /^(?:ب|ل|ك)(.{3,})$/.exec(r);
  if (m2) out.push(m2[1]!);
  return out;
}

function ncBeforeWord(scan: Scan, k: number): NotCount | null {
  const t = scan.toks[k];
  if (!t) return null;
  if (t.t === T.Punct) return scan.L.ncBefore.get(t.w) ?? null;
  for (const f of stripClitic(t.w)) {
    const hit = scan.L.ncBefore.get(f);
    if (hit) return hit;
  }
  return null;
}

const YEAR_AFTER_WORDS = wordSet('number-context', 'year_after');
const AGE_MONTHS = wordSet('number-context', 'age_months');

/** What stands around a number: the first token after it, the word right before it (and its clitic),
 *  the not-count cues after and before it. */
interface Surroundings {
  a: number;
  b: number;
  after: NotCount | null;
  bw: NotCount | null;
  clitic: string | null;
}

/** Decide notCount for a number spanning tokens [i0, i1] whose qualifier starts at q0. */
function notCountOf(
  scan: Scan,
  p: Parsed,
  q0: number,
  hasQual: boolean,
  clitic: string | null,
): NotCount | undefined {
  if (p.composite) return p.composite;
  const a = p.i1 + 1; // first token after
  const found = ncAfterAt(scan, a);
  if (found === 'count') return undefined;
  const after = found;
  if (after === 'percent' || after === 'money' || after === 'measure') return after;
  const b = clitic ? p.i0 - 2 : p.i0 - 1; // word right before the number
  const bq = q0 - 1; // word before the qualifier
  // a parenthesis may stand between the word and the number: القرار (2216)، الرقم ( 990 ); a dash
  // between a code's letters and its number: إم إتش - 370
  const bb = scan.toks[b]?.w === '(' || scan.toks[b]?.w === '-' ? b - 1 : b;
  const bw = ncBeforeWord(scan, bb) ?? (bq !== b ? ncBeforeWord(scan, bq) : null);
  if (bw === 'percent' || bw === 'money') return bw;
  const around: Surroundings = { a, b, after, bw, clitic };
  return dateTimeOrAge(scan, p, around) ?? yearOrOther(scan, p, around, hasQual);
}

const MINUTES = wordSet('number-context', 'minutes');

/** The minutes of a clock time: "العاشرة وعشرين دقيقة", "الساعة 9 و45 دقيقة" (و, then minutes, after an
 *  hour written as a feminine ordinal or a number). */
function minutesOfClock(scan: Scan, p: Parsed, around: Surroundings): boolean {
  const first = scan.toks[p.i0]!;
  const glued = first.t === T.Word && first.w.startsWith('و') && (first.c?.pre ?? 0) > 0; // وعشرين
  if (!MINUTES.has(wordAt(scan, around.a) ?? '') || p.value >= 60) return false;
  if (around.clitic !== 'و' && !glued) return false;
  const hour = scan.toks[around.b];
  return !!hour && (hour.t === T.Num || (hour.t === T.Word && HOUR_WORD.test(hour.w)));
}

/** Phones, dates, times and ages. */
function dateTimeOrAge(scan: Scan, p: Parsed, around: Surroundings): NotCount | undefined {
  const { toks } = scan;
  const { a, b, after, bw } = around;
  const t0 = toks[p.i0]!;
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
    (isMonthAt(scan, a) ||
      (wordAt(scan, a) === FROM_WORD && isMonthAt(scan, a + 1)) ||
      (monthBefore(scan, b) && !countedAfter(scan, a)))
  )
    return 'date';
  if (after === 'date' && int && v >= 1 && v <= 31) return 'date';
  // times
  if (bw === 'time' || (after === 'time' && v <= 24) || minutesOfClock(scan, p, around)) return 'time';
  // ages: (25 عاما)، عمره 18 عاما، تقل أعمارهم عن 18 عاما، البالغ من العمر 30
  if (after === 'age') return 'age';
  const yearWordAfter = YEAR_AFTER_WORDS.has(wordAt(scan, a) ?? '');
  const ageWordAfter = yearWordAfter || AGE_MONTHS.has(wordAt(scan, a) ?? ''); // (8 شهور)
  if (ageWordAfter && toks[p.i0 - 1]?.w === '(' && toks[a + 1]?.w === ')') return 'age';
  for (let j = b, seen = 0; j >= 0 && seen < 5; j--) {
    const t = toks[j]!;
    if (t.t !== T.Word) break;
    seen++;
    if (stripClitic(t.w).some((f) => scan.L.ncNear.has(f)) && (seen === 1 || yearWordAfter)) return 'age';
  }
  return undefined;
}

/** Years, ordinals, phones after a phone word, and numbers in Latin context. */
function yearOrOther(scan: Scan, p: Parsed, around: Surroundings, hasQual: boolean): NotCount | undefined {
  const { toks } = scan;
  const { a, b, after, bw, clitic } = around;
  const t0 = toks[p.i0]!;
  const v = p.value;
  const int = Number.isInteger(v);
  // years: 4-digit numbers 1000-2100 after a year cue, before هـ/م or a month, or standing alone
  if (int && v >= 1000 && v <= 2100 && t0.t === T.Num && /^[0-9]{4}$/.test(t0.w) && p.i0 === p.i1) {
    if (after === 'year' || monthBefore(scan, b)) return 'year';
    if (
      !hasQual &&
      (bw === 'year' || bw === null) &&
      (bw === 'year' || a >= scan.n || toks[a]!.t !== T.Word || clitic === 'ال')
    )
      return 'year';
    if (!hasQual && wordAt(scan, b) === 'و' && toks[b - 1]?.t === T.Num) return 'year';
  }
  if (bw === 'ordinal' || bw === 'code') return bw;
  if (bw === 'phone' && t0.t === T.Num && t0.w.length >= 6) return 'phone';
  if (bw === 'other') return 'other';
  if (after === 'time' && v <= 24) return 'time';
  // Latin context: iPhone 6, Windows 10, 1px
  const pl = wordAt(scan, b);
  const nl = wordAt(scan, a);
  if ((pl && LATIN.test(pl)) || (nl && LATIN.test(nl) && !toks[a]!.gap)) return 'other';
  return undefined;
}

/** The counted noun after token i1 (skipping من), normalised, without the article. */
function nounAfter(scan: Scan, i1: number): string | undefined {
  let k = i1 + 1;
  if (wordAt(scan, k) === FROM_WORD) k++;
  const w = wordAt(scan, k);
  if (!w || NOT_NOUN.has(w) || LATIN.test(w)) return undefined;
  if (isNumberish(classify(w))) return undefined;
  // و/ف + article or verb prefix is a new clause (وأصيب، والمادة، ويقول), not the counted noun
  if (/^[وف](?:ال|[اتينلبقكس])/.test(w)) return undefined;
  return w.startsWith('ال') && w.length > 3
    ? w.slice(2)
    : w.startsWith('لل') && w.length > 3
      ? w.slice(2)
      : w;
}

/** Length of the clitic (و، ب، ل ...) glued in front of the number word or dual at token k. */
function preOf(scan: Scan, k: number): number {
  const t = scan.toks[k]!;
  if (t.t !== T.Word) return 0;
  const c = t.c;
  if (c) return c.pre;
  for (let x = 0; x <= 2; x++) if (scan.L.duals.has(t.w.slice(x))) return x;
  return 0;
}

type Reading = { low: number | null; high: number | null; qualifier: Qualifier; form: NumberMention['form'] };

/** Adds the number of tokens [ns, ne] whose phrase (with its qualifier) spans tokens [s, e]. */
function emit(
  scan: Scan,
  s: number,
  e: number,
  ns: number,
  ne: number,
  p: Reading,
  noun?: string,
  nc?: NotCount,
): void {
  const { m, toks } = scan;
  const pre = preOf(scan, ns);
  const mm: NumberMention = {
    start: m.map[toks[s]!.s + (s === ns ? pre : 0)]!,
    end: m.map[toks[e]!.e - 1]! + 1,
    numStart: m.map[toks[ns]!.s + pre]!,
    numEnd: m.map[toks[ne]!.e - 1]! + 1,
    low: p.low,
    high: p.high,
    qualifier: p.qualifier,
    form: p.form,
    // both always there, undefined when absent (JSON leaves them out): every number has one shape, so its
    // readers (claims, their context) see one kind of object, not four (performance)
    noun: noun || undefined,
    notCount: nc || undefined,
  };
  scan.out.push(mm);
}

/** The readers of one scan: one class, so every text's readers share one shape and the methods are
 *  compiled once (an object of fresh closures per text made a new map per text: deopts, recompiles). */
export class NumberReaders {
  constructor(readonly scan: Scan) {}
  word(k: number): string | null {
    return wordAt(this.scan, k);
  }
  beforeClitic(i0: number): { k: number; clitic: string | null } {
    return beforeClitic(this.scan, i0);
  }
  matchBefore(k: number): { q: string; k0: number } | null {
    return matchBefore(this.scan, k);
  }
  matchAfter(k: number): { q: string; k1: number } | null {
    return matchAfter(this.scan, k);
  }
  stripClitic(w: string): string[] {
    return stripClitic(w);
  }
  notCountOf(p: Parsed, q0: number, hasQual: boolean, clitic: string | null): NotCount | undefined {
    return notCountOf(this.scan, p, q0, hasQual, clitic);
  }
  nounAfter(i1: number): string | undefined {
    return nounAfter(this.scan, i1);
  }
  emit(s: number, e: number, ns: number, ne: number, p: Reading, noun?: string, nc?: NotCount): void {
    emit(this.scan, s, e, ns, ne, p, noun, nc);
  }
  parseAt(i: number): Parsed | null {
    return parseAt(this.scan, i);
  }
}
