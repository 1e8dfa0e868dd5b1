// Reading one number: digits or number words, continued by teens, hundreds, scales and و.

import type { NumberMention, Qualifier } from '../../types.js';
import type { Classified, Lex, NotCount, WordKind } from './lexicon.js';
import { T, type Tok } from './tokens.js';
import { COMPOSITE_TIME, isNumberish, literal } from './words.js';

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
  composite?: NotCount;
}

/** The number parser of one scan. */
export function numberParser(scan: Scan) {
  const { text, m, toks, n } = scan;
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

  return { parseAt, ck };
}
