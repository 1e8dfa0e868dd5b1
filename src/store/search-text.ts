// Search over Arabic normalised the way isnad normalises (hamza forms, ta marbuta, alif maqsura,
// diacritics, tatweel: src/text) and with the proclitics taken off (و ف ب ل ك ال), so that
// "القتلى", "للقتلى" and "قتلى" find each other. The index holds each article's words in that form;
// a query is put in the same form before it reaches SQLite FTS5.
import { normalize, normalizeWithMap, stems } from '../text/index.js';

const WORD = /[\p{L}\p{N}]+/gu;
export const SNIPPET_WINDOW = 2000;

function stemOf(word: string): string {
  const s = stems(word);
  return s[s.length - 1]!;
}

/** The text as the search index takes it: normalised stems separated by spaces. */
export function searchText(text: string): string {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(WORD)) out.push(stemOf(m[0]));
  return out.join(' ');
}

/** The words of a query in index form (at most 12). */
export function queryTerms(q: string): string[] {
  const terms: string[] = [];
  for (const m of normalize(q).matchAll(WORD)) {
    const t = stemOf(m[0]);
    if (!terms.includes(t)) terms.push(t);
  }
  return terms.slice(0, 12);
}

/** An FTS5 MATCH expression: every word must occur (each quoted, so no word is an operator). */
export function ftsQuery(terms: string[]): string {
  return terms.map((t) => `"${t.replace(/"/g, '""')}"`).join(' AND ');
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where the first of the terms occurs in the original text ([start, end) of its word), or null. */
export function firstHit(text: string, terms: string[]): { start: number; end: number } | null {
  // the snippet comes from the first SNIPPET_WINDOW characters (the lead), not the whole text
  const m = normalizeWithMap(text, 0, Math.min(text.length, SNIPPET_WINDOW));
  let at = -1;
  let len = 0;
  for (const t of terms) {
    const i = m.text.indexOf(t);
    if (i >= 0 && (at < 0 || i < at)) [at, len] = [i, t.length];
  }
  if (at < 0) return null;
  let a = at;
  let b = at + len;
  while (a > 0 && WORD_CHAR.test(m.text[a - 1]!)) a--;
  while (b < m.text.length && WORD_CHAR.test(m.text[b]!)) b++;
  return { start: m.map[a]!, end: m.map[b - 1]! + 1 };
}

/** About `width` characters of text around [start, end). */
export function snippetAround(
  text: string,
  span: { start: number; end: number } | null,
  width = 180,
): string {
  if (!span) return text.slice(0, width);
  const from = Math.max(0, span.start - width / 2);
  const to = Math.min(text.length, span.end + width / 2);
  return (from > 0 ? '…' : '') + text.slice(from, to) + (to < text.length ? '…' : '');
}
