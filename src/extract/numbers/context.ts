// What stands around a number: qualifiers before and after, not-count cues, the counted noun.

import type { NumberMention, Qualifier } from '../../types.js';
import type { NotCount } from './lexicon.js';
import type { Parsed, Scan } from './parse.js';
import { CLITIC_TOKENS, LATIN, NOT_NOUN, T } from './tokens.js';
import { classify, isNumberish } from './words.js';

/** The context readers of one scan. */
export function numberContext(scan: Scan) {
  const { m, toks, n, L, out } = scan;
  const word = (k: number): string | null => (k >= 0 && k < n && toks[k]!.t === T.Word ? toks[k]!.w : null);

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

  return { word, beforeClitic, matchBefore, matchAfter, stripClitic, notCountOf, nounAfter, emit };
}
