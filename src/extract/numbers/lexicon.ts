// Number words, qualifiers, dual nouns and not-count units from the lexicons, indexed once.

import { loadTsv, many } from '../../lexicon/index.js';
import { normalize } from '../../text/normalize.js';
import type { NumberMention } from '../../types.js';

// Lexicons, indexed once.

export type WordKind =
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
export interface WordInfo {
  kind: WordKind;
  value: number;
  plural: boolean;
}
/** A classified token: the number-word info plus the clitics that were stripped to find it. */
export interface Classified extends WordInfo {
  conj: boolean; // و / ف in front
  def: boolean; // ال in front
  pre: number; // length of the stripped و/ف/ب/ل/ك (kept out of the number's own span)
}

export interface Phrase {
  words: string[]; // normalised; "*" = any word
  qualifier: string;
}
export type NotCount = NonNullable<NumberMention['notCount']>;

export interface Lex {
  words: Map<string, WordInfo>;
  before: Map<string, Phrase[]>; // by last word, longest first
  after: Phrase[]; // longest first
  duals: Map<string, string>; // dual form → singular (normalised)
  ncBefore: Map<string, NotCount>;
  ncAfter: Map<string, NotCount | 'count'>; // one- or multi-word phrases (space-joined); 'count': a
  // longer phrase that is a count although a shorter one it starts with is not (برميل متفجر)
  ncNear: Set<string>; // age cues within a few words
  months: Set<string>; // one- and two-word month names
}

export let LEX: Lex | null = null;

export const N = (s: string) => normalize(s);
export const splitWords = (s: string) => N(s).split(' ').filter(Boolean);

export function buildMonths(): Set<string> {
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

export function lex(): Lex {
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
  const ncAfter = new Map<string, NotCount | 'count'>();
  const ncNear = new Set<string>();
  for (const r of loadTsv('not-count-units')) {
    const kind = r.kind as NotCount | 'count';
    for (const f of many(r.phrase)) {
      const k = N(f);
      if (kind === 'count') ncAfter.set(k, kind);
      else if (r.position === 'before') ncBefore.set(k, kind);
      else if (r.position === 'after') ncAfter.set(k, kind);
      else ncNear.add(k);
    }
  }
  LEX = { words, before, after, duals, ncBefore, ncAfter, ncNear, months: buildMonths() };
  return LEX;
}
