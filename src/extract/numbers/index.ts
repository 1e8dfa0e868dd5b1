// The number finder: every number of a text (digits in three scripts, number words, mixed forms,
// duals, orders of magnitude) with its qualifier as an interval, the counted noun after it, and a
// "not a count" mark for years, times, dates, ages, percentages, money, measures, ordinals and phones.
//
// One pass: the text is normalised with an offset map (digits → ASCII, hamza/ى/ة folded, tatweel and
// diacritics dropped, so "الـ٢٠" becomes "ال20"), cut into tokens with one precompiled regex (which also
// splits letters from digits: "374من", "و223″"), and the tokens are read left to right with lookups in
// maps built once from the lexicons (number-words, qualifiers, dual-nouns, not-count-units).

import { theWord } from '../../lexicon/index.js';
import { type MappedText, normalizeWithMap } from '../../text/normalize.js';
import type { NumberMention, Qualifier, Token } from '../../types.js';
import { NumberReaders } from './context.js';
import { lex, type NotCount } from './lexicon.js';
import type { Parsed, Scan } from './parse.js';
import { RANGE_TO, T, type Tok, TWO, tokens, tokensOfDoc } from './tokens.js';
import { isNumberish } from './words.js';

const OR_WORD = theWord('rule-words', 'or');
/** و and the article glued before the second number of a range (بين 20 والـ25): clitics only. */
const WITH_THE = 'وال';

/** A number read with its qualifier: the tokens of its phrase [q0, last], of the number [i0, numEnd]. */
interface Qualified {
  q0: number;
  qual: Qualifier;
  low: number | null;
  high: number | null;
  form: NumberMention['form'];
  last: number;
  numEnd: number;
  hasQual: boolean;
  rangeB: Parsed | null;
}

/** Every number of text[start, end), in reading order. `normalized`, when given, is
 *  normalizeWithMap(text, start, end), made already; `docTokens`, when given with the whole text, are its
 *  tokens (text/tokens' tokenize), read instead of cutting the normalised text again. */
export function findNumbers(
  text: string,
  start = 0,
  end = text.length,
  normalized?: MappedText,
  docTokens?: readonly Token[],
): NumberMention[] {
  if (typeof text !== 'string') throw new Error('findNumbers: text must be a string');
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  if (end <= start) return [];
  const L = lex();
  const m = normalized ?? normalizeWithMap(text, start, end);
  const whole = docTokens !== undefined && start === 0 && end === text.length;
  const toks = (whole ? tokensOfDoc(docTokens, m) : null) ?? tokens(m.text);
  const out: NumberMention[] = [];
  const n = toks.length;
  const scan: Scan = { text, m, toks, n, L, out };
  const r = new NumberReaders(scan);
  let i = 0;
  let taken = -1; // the last token of the number before: its qualifier after it is none of the next one's
  while (i < n) {
    const t = toks[i]!;
    const p = characterReference(m.text, t) ? null : r.parseAt(i);
    if (!p) {
      if (t.t === T.Word) taken = Math.max(taken, dualAlone(scan, r, i));
      i++;
      continue;
    }
    // "انتحاريين اثنين": the number two names the dual noun before it
    let dualNoun: string | undefined;
    if (TWO.has(t.w)) dualNoun = (r.word(i - 1) !== null ? toks[i - 1]!.d : null) ?? undefined;
    const { k: kb, clitic } = r.beforeClitic(p.i0);
    const q = qualify(scan, r, p, kb, taken);
    const nc = notCountWithRange(scan, r, p, q, clitic);
    const noun = dualNoun ?? r.nounAfter(q.numEnd);
    const phraseEnd = Math.max(q.last, q.numEnd);
    r.emit(
      q.q0,
      phraseEnd,
      p.i0,
      q.numEnd,
      { low: q.low, high: q.high, qualifier: q.qual, form: q.form },
      noun,
      nc,
    );
    i = phraseEnd + 1;
    taken = phraseEnd;
  }
  return out;
}

/** Digits inside an HTML character reference left in the text (&#8221; for a quote mark): no number. */
function characterReference(text: string, t: Tok): boolean {
  return (
    t.t === T.Num &&
    text.charCodeAt(t.s - 1) === 0x23 &&
    text.charCodeAt(t.s - 2) === 0x26 &&
    text.charCodeAt(t.e) === 0x3b
  );
}

/** A dual noun: سيارتين = 2, unless a number stands right before it or it agrees with a dual. */
function dualAlone(scan: Scan, r: NumberReaders, i: number): number {
  const { toks } = scan;
  const t = toks[i]!;
  const sing = t.d;
  const prev = toks[i - 1];
  const prevNum = prev && (prev.t === T.Num || isNumberish(prev.c));
  const prevDual = prev && prev.t === T.Word && prev.d !== null;
  if (!sing || prevNum || prevDual || TWO.has(r.word(i + 1) ?? '')) return -1;
  const mb = r.matchBefore(i - 1);
  const q = mb && !mb.q.startsWith('range') && mb.q !== 'no_range' ? mb : null;
  // or right after it, or after its adjective: قتل شخصان على الأقل، أصيب مواطنان أميركيان على الأقل
  const adjective = toks[i + 1]?.t === T.Word && !isNumberish(toks[i + 1]!.c);
  const qa = q ? null : (r.matchAfter(i + 1) ?? (adjective ? r.matchAfter(i + 2) : null));
  const qual = (q?.q ?? qa?.q ?? 'exact') as Qualifier;
  const low = qual === 'less_than' || qual === 'at_most' ? null : 2;
  const high = qual === 'more_than' || qual === 'at_least' ? null : 2;
  r.emit(q ? q.k0 : i, qa ? qa.k1 : i, i, i, { low, high, qualifier: qual, form: 'dual' }, sing);
  return qa ? qa.k1 : i;
}

/** The second number of a range after number p (بين A و B، من A إلى B، A-B), or null. */
function tryRange(scan: Scan, r: NumberReaders, p: Parsed, marker: string | null): Parsed | null {
  const { toks, n } = scan;
  let k = p.i1 + 1;
  const cw = r.word(k);
  const bw = k < n ? toks[k] : undefined; // (no read past the end: a deopt)
  let okConn = false;
  if (
    (bw && bw.t === T.Punct && (bw.w === '-' || bw.w === '–')) ||
    ((cw === 'و' || cw === WITH_THE) && marker === 'range_between') || // (بين 20 والـ25)
    (cw && RANGE_TO.has(cw) && marker)
  ) {
    okConn = true;
    k++;
  } else if (marker === 'range_between' && toks[k]?.t === T.Word) {
    // وخمسة (conjunction glued to a number word)
    const c = toks[k]!.c;
    if (c?.conj) okConn = true;
  } else if (cw === OR_WORD && marker === null) {
    okConn = true;
    k++;
  }
  if (!okConn || k >= n) return null;
  const q = r.parseAt(k);
  if (!q || q.composite || q.qualifier !== 'exact') return null;
  // a date 2022-01-23 is not a range
  if (toks[q.i1 + 1]?.w === '-' && toks[q.i1 + 2]?.t === T.Num) return null;
  let a = p.value;
  if (q.scale > 1 && p.scale === 1 && a < q.base) a *= q.scale; // بين 150 و200 ألف
  if (!(q.value > a)) return null;
  // a dash joins digits only; "أو" joins two numbers of the same writing
  if ((bw?.w === '-' || bw?.w === '–') && (toks[p.i0]!.t !== T.Num || toks[q.i0]!.t !== T.Num)) return null;
  if (cw === OR_WORD && p.form !== q.form) return null;
  p.low = a;
  return q;
}

/** A "من A" range blocked by a one-word no_range qualifier up to four words before it. */
function rangeBlocked(scan: Scan, r: NumberReaders, k0: number): boolean {
  let blocked = false;
  for (let j = k0 - 1; j >= Math.max(0, k0 - 4); j--) {
    const w = r.word(j);
    if (
      w &&
      r
        .stripClitic(w)
        .some((f) => scan.L.before.get(f)?.some((x) => x.qualifier === 'no_range' && x.words.length === 1))
    )
      blocked = true;
  }
  return blocked;
}

/** The qualifier of number p (before it, a range, or after it) and the interval it gives. */
function qualify(scan: Scan, r: NumberReaders, p: Parsed, kb: number, taken: number): Qualified {
  const q: Qualified = {
    q0: p.i0,
    qual: p.qualifier,
    low: p.low,
    high: p.high,
    form: p.form,
    last: p.i1,
    numEnd: p.i1,
    hasQual: false,
    rangeB: null,
  };
  if (p.qualifier === 'magnitude' || p.composite || p.qualifier === 'range') return q;
  const before = r.matchBefore(kb);
  const mb = before && before.k0 > taken ? before : null;
  if (mb && (mb.q === 'range_between' || mb.q === 'range_from')) {
    const blocked = mb.q === 'range_from' && rangeBlocked(scan, r, mb.k0);
    q.rangeB = blocked ? null : tryRange(scan, r, p, mb.q);
    if (q.rangeB) q.q0 = mb.k0;
  } else {
    q.rangeB = tryRange(scan, r, p, null);
    if (!q.rangeB && mb && mb.q !== 'no_range') {
      q.q0 = mb.k0;
      q.qual = mb.q as Qualifier;
      q.hasQual = true;
    }
  }
  if (q.rangeB) {
    q.qual = 'range';
    q.low = p.low;
    q.high = q.rangeB.value;
    q.last = q.rangeB.i1;
    q.numEnd = q.rangeB.i1;
    q.hasQual = true;
    if (q.rangeB.form !== q.form) q.form = 'mixed';
  } else if (!q.hasQual) qualifierAfter(scan, r, p, q);
  if (q.qual === 'more_than' || q.qual === 'at_least') q.high = null;
  else if (q.qual === 'less_than' || q.qual === 'at_most') {
    q.high = p.value;
    q.low = null;
  } else if (q.qual !== 'range') {
    q.low = p.value;
    q.high = p.value;
  }
  return q;
}

/** after: 20 شخصا على الأقل، 300 تقريبا، 50 أو أكثر */
function qualifierAfter(scan: Scan, r: NumberReaders, p: Parsed, q: Qualified): void {
  const { toks, n } = scan;
  for (let k = p.i1 + 1, skipped = 0; k < n && skipped <= 2; k++, skipped++) {
    const ma = r.matchAfter(k);
    if (ma) {
      q.qual = ma.q as Qualifier;
      q.last = ma.k1;
      q.hasQual = true;
      break;
    }
    const tk = toks[k]!;
    // (a closing quotation mark passes: تتضمن "20 طفلا" على الأقل)
    if (tk.t === T.Punct && CLOSING_QUOTE.test(tk.w)) continue;
    if (tk.t !== T.Word || isNumberish(tk.c)) break;
  }
}
const CLOSING_QUOTE = /^["”»]$/;

/** Whether number p is no count, with what its range's second number or a dash beside it says. */
function notCountWithRange(
  scan: Scan,
  r: NumberReaders,
  p: Parsed,
  q: Qualified,
  clitic: string | null,
): NotCount | undefined {
  const { toks } = scan;
  const { rangeB } = q;
  // a dash between two digit numbers that is not a range (a score 2-1): both are "other"
  let dashOther = false;
  if (
    !rangeB &&
    p.i1 + 2 < scan.n &&
    toks[p.i1 + 1]!.w === '-' &&
    toks[p.i1 + 2]!.t === T.Num &&
    toks[p.i0]!.t === T.Num
  )
    dashOther = true;
  if (!rangeB && toks[p.i0 - 1]?.w === '-' && toks[p.i0 - 2]?.t === T.Num) dashOther = true;
  let nc = r.notCountOf(p, q.q0, q.hasQual, clitic);
  if (rangeB && !nc) {
    const ncB = r.notCountOf(rangeB, rangeB.i0, true, null);
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
  return nc;
}
