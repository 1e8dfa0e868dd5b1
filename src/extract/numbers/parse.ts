// Reading one number: digits or number words, continued by teens, hundreds, scales and و.

import { theWord } from '../../lexicon/index.js';
import type { NumberMention, Qualifier } from '../../types.js';
import type { Classified, Lex, NotCount, WordKind } from './lexicon.js';
import { T, type Tok } from './tokens.js';
import { COMPOSITE_TIME, isNumberish, literal } from './words.js';

const ONE_WORD = theWord('rule-words', 'one');

/** One findNumbers pass: the normalised text, its tokens and the numbers found so far. */
export interface Scan {
  text: string;
  m: { text: string; map: Int32Array };
  toks: Tok[];
  n: number;
  L: Lex;
  out: NumberMention[];
}

export interface Parsed {
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
  /** what a composite of digits is (a time, a date, other), undefined for a number: always there, so every
   *  parse has one shape (a key added to some made qualify's reads megamorphic) */
  composite: NotCount | undefined;
}

/** The classification of token k's word, or null outside the text. */
function classAt(scan: Scan, k: number): Classified | null {
  return k >= 0 && k < scan.n ? scan.toks[k]!.c : null;
}

/** The value of an unconjoined scale word at token k (ألف، مليون), else 0. */
function scaleAt(scan: Scan, k: number): number {
  const c = classAt(scan, k);
  return c && c.kind === 'scale' && !c.conj ? c.value : 0;
}

/** Digits, a dot and one group of three (10.000، 1.500). */
const ONE_DOT_GROUP = /^[0-9]{1,3}\.[0-9]{3}$/;

const isDual = (v: number) => v === 2000 || v === 2e6 || v === 2e9;

/** A parse with the same low and high and no scale: a composite, a magnitude or a few. */
function fixed(
  i0: number,
  i1: number,
  value: number,
  form: NumberMention['form'],
  qualifier: Qualifier,
  high: number | null,
): Parsed {
  return { i0, i1, value, form, qualifier, low: value, high, scale: 1, base: value, composite: undefined };
}

/** Parse the number that starts at token i (digits or number words), or null. */
export function parseAt(scan: Scan, i: number): Parsed | null {
  const { text, m, toks } = scan;
  const t = toks[i]!;
  if (t.t === T.Num) return digitsAt(scan, i);
  if (t.t !== T.Word) return null;
  const c = t.c;
  if (!c || !isNumberish(c)) return null;
  // "وأحد" (and one of) folds to "واحد" (one): the hamza in the original tells them apart
  if (t.w.startsWith(ONE_WORD) && text.charCodeAt(m.map[t.s + 1]!) === 0x0623) return null;
  if (c.kind === 'magnitude' || (c.kind === 'scale' && c.plural)) {
    // عشرات / مئات / آلاف, optionally × الآلاف / الملايين
    let v = c.value;
    let i1 = i;
    const nx = classAt(scan, i + 1);
    if (nx && !nx.conj && (nx.kind === 'magnitude' || nx.kind === 'scale') && nx.plural && nx.value >= 1000) {
      v *= nx.value;
      i1 = i + 1;
    }
    return fixed(i, i1, v, 'magnitude', 'magnitude', null);
  }
  if (c.kind === 'few') {
    const nx = classAt(scan, i + 1);
    if (nx && !nx.conj && nx.kind === 'scale' && nx.plural)
      return fixed(i, i + 1, nx.value, 'magnitude', 'magnitude', null);
    return fixed(i, i, 3, 'words', 'range', 9);
  }
  if (c.kind === 'teen_head') {
    const nx = classAt(scan, i + 1);
    if (nx?.kind !== 'teen_tail' || nx.conj) return null; // lone أحد = "one of", not a number
    return continueNumber(scan, i + 1, c.value + 10, 'words', true, { i0: i });
  }
  if (
    c.kind === 'teen_tail' ||
    c.kind === 'unit' ||
    c.kind === 'tens' ||
    c.kind === 'hundred' ||
    c.kind === 'scale'
  ) {
    // عشر right after an ordinal is part of it (الحادي عشر، الثاني عشر)
    if (c.kind === 'teen_tail') {
      const pv = classAt(scan, i - 1);
      if (pv && pv.kind === 'ordinal') return null;
    }
    return continueNumber(scan, i, c.value, 'words', false, null, c.kind);
  }
  return null;
}

/** Digits at token i: a number, or a composite (a time 10:30, a date 23/1/2022) that is no count. */
function digitsAt(scan: Scan, i: number): Parsed {
  const t = scan.toks[i]!;
  // one group of three after a dot is a thousands separator (10.000 شخص), unless a scale word follows and
  // makes it a fraction of that scale (1.500 مليون)
  const grouped = ONE_DOT_GROUP.test(t.w) && !scaleAt(scan, i + 1);
  const v = grouped ? Number(t.w.replace('.', '')) : literal(t.w);
  if (v !== null) return continueNumber(scan, i, v, 'digits', false, null);
  const comp: NotCount = COMPOSITE_TIME.test(t.w)
    ? 'time'
    : /^[0-9]+(?:[./][0-9]+){2}$/.test(t.w)
      ? 'date'
      : 'other';
  const lead = Number(t.w.match(/^[0-9]+/)![0]);
  const parsed = fixed(i, i, lead, 'digits', 'exact', lead);
  parsed.composite = comp;
  return parsed;
}

/** A number being read: the sum of closed groups, the open group, and what came last. */
interface Reading {
  total: number;
  group: number;
  lastKind: WordKind | 'digits';
  lastScale: number;
  i1: number;
  hasDigits: boolean;
  hasWords: boolean;
  scale: number;
  base: number;
}

/** Extend a number with the words that continue it: teens, ×مئة, ×ألف, وعشرون, و500 ... */
function continueNumber(
  scan: Scan,
  i: number,
  v0: number,
  form0: 'digits' | 'words',
  teen: boolean,
  startOver: { i0: number } | null,
  kind0?: WordKind,
): Parsed {
  const { toks, n } = scan;
  const r: Reading = {
    total: 0,
    group: v0,
    lastKind: form0 === 'digits' ? 'digits' : teen ? 'teen_tail' : (kind0 ?? 'unit'),
    lastScale: Infinity,
    i1: i,
    hasDigits: form0 === 'digits',
    hasWords: form0 === 'words',
    scale: 1,
    base: v0,
  };
  if (r.lastKind === 'scale') {
    // a lone ألف / ألفين / مليون starts a number by itself
    r.total = v0;
    r.group = 0;
    r.lastScale = v0 >= 2000 && v0 < 1e6 ? 1000 : v0 >= 2e6 && v0 < 1e9 ? 1e6 : v0 >= 2e9 ? 1e9 : v0;
  }
  for (;;) {
    let k = r.i1 + 1;
    let conj = false;
    if (k < n && toks[k]!.t === T.Word && toks[k]!.w === 'و') {
      conj = true;
      k++;
    }
    if (k >= n) break;
    if (!continues(scan, r, k, conj)) break;
  }
  const value = r.total + r.group;
  const form: NumberMention['form'] = r.hasDigits && r.hasWords ? 'mixed' : r.hasDigits ? 'digits' : 'words';
  return {
    i0: startOver ? startOver.i0 : i,
    i1: r.i1,
    value,
    form,
    qualifier: 'exact',
    low: value,
    high: value,
    scale: r.scale,
    base: r.base,
    composite: undefined,
  };
}

/** Whether token k (after و when `conj`) continues the number; if so it is added to the reading. */
function continues(scan: Scan, r: Reading, k: number, conj: boolean): boolean {
  const t = scan.toks[k]!;
  if (t.t === T.Num) {
    if (!conj) return false;
    const v = literal(t.w);
    // ألف و500 ، مئة و20: digits continue a scaled or hundred group
    if (
      v === null ||
      !(r.lastKind === 'scale' || r.lastKind === 'hundred') ||
      v >= r.lastScale ||
      (r.lastKind === 'hundred' && v >= 100)
    )
      return false;
    if (scaleAt(scan, k + 1) >= r.lastScale) return false; // 3 آلاف و12 ألفا: two numbers
    r.total += r.group;
    r.group = v;
    r.lastKind = 'digits';
    r.hasDigits = true;
    r.i1 = k;
    return true;
  }
  if (t.t !== T.Word) return false;
  const c = t.c;
  if (!c || !isNumberish(c) || c.def) return false;
  const cj = conj || c.conj;
  if (conj && c.conj) return false;
  const ok = cj ? joinedWord(scan, r, c, k) : gluedWord(r, c);
  if (!ok) return false;
  const k2 = c.kind;
  r.lastKind = k2 === 'teen_tail' && !cj ? 'teen_tail' : k2;
  if (k2 === 'teen_tail' && cj) r.lastKind = 'unit';
  r.hasWords = true;
  r.i1 = k;
  return true;
}

/** A number word with no و before it: a teen (خمسة عشر), ×مئة (ثلاث مئة), ×ألف. */
function gluedWord(r: Reading, c: Classified): boolean {
  const k2 = c.kind;
  if (k2 === 'teen_tail' && r.lastKind === 'unit' && r.group % 100 < 10) {
    r.group += 10;
    return true;
  }
  if (k2 === 'hundred' && c.value === 100 && r.lastKind === 'unit' && r.group >= 3 && r.group <= 9) {
    r.group *= 100; // ثلاث مئة
    return true;
  }
  if (
    k2 === 'scale' &&
    r.group > 0 &&
    c.value % 1000 === 0 &&
    (c.value === 1000 || c.value % 1e6 === 0) &&
    !isDual(c.value)
  ) {
    if (c.plural && !(r.group >= 3 && r.group <= 10)) return false; // آلاف only after 3-10
    if (c.value >= r.lastScale) return false;
    r.base = r.group;
    r.scale = c.value;
    r.total += Math.round(r.group * c.value * 1000) / 1000;
    r.group = 0;
    r.lastScale = c.value;
    return true;
  }
  return false;
}

/** A number word after و: tens after a unit (خمسة وعشرون), a smaller part after a hundred or a scale. */
function joinedWord(scan: Scan, r: Reading, c: Classified, k: number): boolean {
  const k2 = c.kind;
  if (k2 === 'tens' && r.lastKind === 'unit' && r.group % 100 < 10) {
    r.group += c.value; // خمسة وعشرون
    return true;
  }
  if (
    (k2 === 'unit' || k2 === 'tens' || k2 === 'hundred' || k2 === 'teen_tail') &&
    (r.lastKind === 'hundred' || r.lastKind === 'scale') &&
    c.value < Math.min(r.lastScale, r.lastKind === 'hundred' ? 100 : Infinity)
  ) {
    if (r.lastKind === 'scale' && scaleAt(scan, k + 1) >= r.lastScale) return false;
    if (r.lastKind === 'scale') {
      r.total += r.group;
      r.group = 0;
    }
    r.group += c.value; // مئة وخمسون، ألف ومئتان
    return true;
  }
  if (k2 === 'scale' && !c.plural && r.lastKind === 'scale' && c.value < r.lastScale && r.group === 0) {
    r.total += c.value; // مليون وألف
    return true;
  }
  return false;
}
