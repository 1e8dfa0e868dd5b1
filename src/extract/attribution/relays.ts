// Relays: the markers that name who passed a statement on (بحسب، نقلا عن، وفقا لـ، حسبما ذكرت).

import { lexicons, theWord, wordSet } from '../../lexicon/index.js';
import { codeUnitAt } from '../../text/char-classes.js';
import type { Mention, Token } from '../../types.js';
import { firstStartingIn } from '../sorted-spans.js';
import { isRelayLead, STATEMENT_BY, verbAt, verbWithObjectPronoun, WHAT_WITH_CLITIC } from './words.js';

const WHAT_WORD = theWord('rule-words', 'what');
const RELAY_FILLER = wordSet('attribution-words', 'relay_filler');

/** First words of the relay markers (filled on first use by attribute). */
export const relayFirst = new Set<string>();
/** The same words after a و or ف (filled with relayFirst): a word with that letter is looked up whole,
 *  without a copy of it made for the look-up (performance: relayAt runs at every token). */
export const relayFirstAfterConjunction = new Set<string>();

/** "…، حسبما ذكرت وكالة X" / "…، وفق X" at the end of a statement: X relays it; "نقلا عن X" (quoting): X is
 *  the source and the statement's own speaker relays. */
export function trailingRelay(
  tokens: Token[],
  from: number,
  end: number,
  mentions: Mention[],
): { mention: Mention; quoting: boolean } | null {
  for (let i = from; i < end; i++) {
    const w = tokens[i]!.norm;
    if (!isRelayLead(w)) continue;
    let j = i + 1;
    while (j < end && (RELAY_FILLER.has(tokens[j]!.norm) || verbAt(tokens[j]!) || !tokens[j]!.word)) j++;
    const m = tokens[j]
      ? firstStartingIn(mentions, tokens[j]!.start, (tokens[Math.min(end - 1, j + 3)]?.end ?? 0) - 1)
      : undefined;
    // (نقلا عن X: X is where the words came from, the one who wrote them relays)
    if (m) return { mention: m, quoting: relayAt(tokens, i, end)?.role === 'from' };
  }
  return null;
}

/** Token t is a relay marker's first word, as written or after a و/ف (bareForms(t.norm) tested without
 *  building its array): a necessary test for relayAt. */
export function mayOpenRelay(t: Token): boolean {
  if (!t.word) return false;
  const w0 = t.norm;
  const c0 = codeUnitAt(w0, 0);
  const conj = w0.length > 2 && (c0 === 0x648 || c0 === 0x641);
  return relayFirst.has(w0) || (conj && relayFirstAfterConjunction.has(w0));
}

/** A relay marker (بحسب، نقلا عن، وفقا لـ) at token i: its role and the token after it. */
export function relayAt(toks: Token[], i: number, end: number) {
  const t0 = toks[i];
  if (!t0 || !mayOpenRelay(t0)) return null;
  const w0 = t0.norm;
  const c0 = codeUnitAt(w0, 0);
  const conj = w0.length > 2 && (c0 === 0x648 || c0 === 0x641);
  // the first word as bareForms reads it: the word, or without its و/ف, when either is the marker's
  const bare = conj ? w0.slice(1) : null;
  for (const r of lexicons().relays) {
    let j = i,
      k = 0,
      glued = false;
    while (k < r.words.length && j < end) {
      const tk = toks[j]!;
      if (!tk.word) {
        if (k === 0) break;
        j++;
        continue;
      }
      const first = r.words[0]!;
      const w = k === 0 ? (w0 === first || bare === first ? first : w0) : tk.norm;
      const want = r.words[k]!;
      if (w === want) {
        k++;
        j++;
      } else if (k === r.words.length - 1 && want === 'ل' && w.startsWith('ل')) {
        k++;
        if (w.length <= 1) j++;
        else glued = true;
      } // وفقا لـ X / وفقا للبيان: the name starts in the glued word
      else if (k === 0 && w.startsWith(want) && want.length >= 3 && /^(ل|لـ)?$/.test(w.slice(want.length))) {
        k++;
        j++;
      } else break;
    }
    if (k === r.words.length) return { role: r.role, next: j, glued };
  }
  return null;
}

/** "بحسب بيان للجيش"، "وفق تصريحات لمسؤول": after a relay marker, a statement and the ل of its author; the
 *  source starts at the author (`glued` when the ل is written on it). */
export function authorAfterStatement(
  tokens: Token[],
  from: number,
  end: number,
  glued: boolean,
): { from: number; glued: boolean } {
  if (from + 1 >= end || !STATEMENT_BY.has(tokens[from]!.norm)) return { from, glued };
  const lam = tokens[from + 1]!;
  if (/^لـ?$/.test(lam.norm)) return { from: from + 2, glued: false };
  if (/^ل.{2,}/.test(lam.norm)) return { from: from + 1, glued: true }; // (a pronoun, لها: no source)
  // its author is the subject of a verb that points back at it, past an adjective (وفق حصيلة جديدة
  // أعلنها الوزير، بحسب تقرير نشرته الوكالة)
  for (let k = from + 1; k < Math.min(end - 1, from + 3); k++) {
    const t = tokens[k]!;
    if (!t.word || /^[وفبل]|^ال/.test(t.norm)) break;
    if (verbWithObjectPronoun(t)) return { from: k + 1, glued: false };
  }
  return { from, glued };
}

/** Where the source after a relay marker starts: past ما and its verb (بحسب ما أعلنته X، وفقا لما رواه X;
 *  a marker ending with ما: بحسب ما نقلته X), with whether its ل is glued to the source's first word
 *  (وفقا للمرصد; not after لما) and whether a ما was read. */
export function sourceStart(
  tokens: Token[],
  relay: { next: number; glued: boolean },
): { from: number; glued: boolean; what: boolean } {
  const from = relay.next;
  if (WHAT_WITH_CLITIC.test(tokens[from]?.norm ?? '')) return { from: from + 2, glued: false, what: true };
  if (tokens[from - 1]?.norm === WHAT_WORD) return { from: from + 1, glued: relay.glued, what: true };
  return { from, glued: relay.glued, what: false };
}
