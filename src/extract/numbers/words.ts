// Digit literals and number words, classified with their clitics stripped.

import { type Classified, lex, type WordKind } from './lexicon.js';

/** Value of a digit literal; null for composites (time, date, fraction). */
export function literal(w: string): number | null {
  if (/^[0-9]+$/.test(w)) return Number(w);
  if (/^[0-9]{1,3}(?:,[0-9]{3})+$/.test(w)) return Number(w.replace(/,/g, '')); // 3,000
  if (/^[0-9]{1,3}(?:\.[0-9]{3}){2,}$/.test(w)) return Number(w.replace(/\./g, '')); // 3.000.000
  if (/^[0-9]+[.,][0-9]+$/.test(w)) return Number(w.replace(',', '.')); // 12.5, 2,5
  return null;
}
export const COMPOSITE_TIME = /^[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?$/;

// ------------------------------------------------------------------------------------------------
// Word classification with clitics stripped (memoised: the same words recur across articles).

export const DEF_OK = new Set<WordKind>(['unit', 'teen_tail', 'tens', 'magnitude', 'few']);

/** Slow path: strip the clitics and look the word up. Only used to build SURFACE below. */
export function classifySlow(w: string): Classified | null {
  const L = lex();
  let res: Classified | null = null;
  const tryForm = (f: string, conj: boolean, def: boolean, pre: number): boolean => {
    const info = L.words.get(f);
    if (!info) return false;
    if (def && !(DEF_OK.has(info.kind) || (info.kind === 'scale' && info.plural))) return false;
    // الآلاف / الملايين with the article are magnitudes
    const kind: WordKind = def && info.kind === 'scale' ? 'magnitude' : info.kind;
    // one object literal (not a spread of info): every classified word then shares one shape
    res = { kind, value: info.value, plural: info.plural, conj, def, pre };
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
export let SURFACE: Map<string, Classified> | null = null;
export let DUAL_SURFACE: Map<string, string> | null = null;
/** Both readings of a surface form in one map (one lookup per token; most tokens are in neither). */
export let WORD_INFO: Map<string, { c: Classified | null; d: string | null }> | null = null;
/** A cheap necessary test before the map (most tokens are not number words, and hashing a fresh string
 *  costs): bit tailHash(key) of TAIL is set for every key (hasTail), and keys are minLen..maxLen long.
 *  A bit per hash, 8 KB: small enough to stay in the cache, read at every word. */
export const TAIL = new Uint32Array(1 << 11);
export let minLen = Infinity,
  maxLen = 0;
export const tailHash = (w: string): number => {
  const n = w.length;
  const h =
    ((n >= 3 ? w.charCodeAt(n - 3) : 0) * 31 + (n >= 2 ? w.charCodeAt(n - 2) : 0)) * 31 + w.charCodeAt(n - 1);
  return h & 0xffff;
};
export const hasTail = (h: number): boolean => (TAIL[h >>> 5]! & (1 << (h & 31))) !== 0;
export function surfaces(): void {
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
    const h = tailHash(w);
    TAIL[h >>> 5]! |= 1 << (h & 31);
  }
}
export function classify(w: string): Classified | null {
  if (!SURFACE) surfaces();
  return SURFACE!.get(w) ?? null;
}
export function wordInfo(w: string): { c: Classified | null; d: string | null } | undefined {
  if (!WORD_INFO) surfaces();
  if (w.length < minLen || w.length > maxLen) return undefined;
  if (!hasTail(tailHash(w))) return undefined;
  return WORD_INFO!.get(w);
}

export function dualSlow(w: string): string | null {
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
export const isNumberish = (c: Classified | null) => !!c && c.kind !== 'ordinal' && c.kind !== 'not_number';
