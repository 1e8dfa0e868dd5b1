// The number finder: every number of a text (digits in three scripts, number words, mixed forms,
// duals, orders of magnitude) with its qualifier as an interval, the counted noun after it, and a
// "not a count" mark for years, times, dates, ages, percentages, money, measures, ordinals and phones.
//
// One pass: the text is normalised with an offset map (digits → ASCII, hamza/ى/ة folded, tatweel and
// diacritics dropped, so "الـ٢٠" becomes "ال20"), cut into tokens with one precompiled regex (which also
// splits letters from digits: "374من", "و223″"), and the tokens are read left to right with lookups in
// maps built once from the lexicons (number-words, qualifiers, dual-nouns, not-count-units).

import type { NumberMention, Qualifier } from '../../types.js';
import { numberContext } from './context.js';
import { lex } from './lexicon.js';
import { numberParser, type Parsed, type Scan } from './parse.js';
import { normalizeFast, RANGE_TO, T, TWO, tokens } from './tokens.js';
import { isNumberish } from './words.js';

/** Every number of text[start, end), in reading order. */
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
  const scan: Scan = { text, m, toks, n, L, out };
  const { parseAt } = numberParser(scan);
  const { word, beforeClitic, matchBefore, matchAfter, stripClitic, notCountOf, nounAfter, emit } =
    numberContext(scan);

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
