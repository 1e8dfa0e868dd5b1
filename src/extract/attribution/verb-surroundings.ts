// What stands around a reporting verb whose subject comes first: where it was said between commas before
// it (وكان الرئيس، فلان، في بيان، قال) and, for a relay verb, the source after its عن (وكانت الصحيفة نقلت
// عن مصادر أن …); the place after a subject (وكان شهود عيان في مدينة عدن قد أفادوا) and a day alone between the
// verb and its complement (وكان الرئيس فلان، توعد الأحد، بأنه); a second subject joined with و and an
// abbreviation in parentheses closing the subject. Read by subject-first.ts.

import { relativePronouns, theWord, type VerbInfo } from '../../lexicon/index.js';
import type { Attribution } from '../../types.js';
import { firstStartingIn, spansHolding } from '../sorted-spans.js';
import { type AttributionContext, speakerIn } from './context.js';
import { narrationBreak } from './narration-break.js';
import { occasionAt } from './speaker-end.js';
import { attribution } from './statement-at.js';
import { isImpersonal } from './subject.js';
import type { Complement } from './verb-statement.js';
import { COMPLEMENT, firstWordFrom, isCommaTok } from './words.js';

const ABOUT_WORD = theWord('rule-words', 'about');
const IN_WORD = theWord('rule-words', 'in');

/** Where the subject before the verb at i may end, past an occasion between commas right before it (X، في
 *  بيان، قال: the token after X's comma); else i. */
export function occasionBefore(ctx: AttributionContext, a: number, i: number): number {
  const { tokens } = ctx;
  const comma = (k: number) => isCommaTok(tokens[k]);
  let close = i - 1;
  while (close > a && !tokens[close]!.word && !comma(close)) close--;
  if (close <= a || !comma(close)) return i;
  for (let k = close - 1; k > a && close - k <= 5; k--)
    if (comma(k)) return occasionAt(tokens, k + 1) ? k + 1 : i;
  return i;
}

/** A relay verb with its source after عن (وكانت الصحيفة نقلت عن مصادر عسكرية أن …): the source speaks,
 *  the subject before the verb relays it. */
export function relayedSource(
  ctx: AttributionContext,
  i: number,
  v: VerbInfo,
  comp: Complement,
  att: Attribution,
): Attribution {
  const { tokens } = ctx;
  if (v.kind !== 'relay' || !comp || !att.speaker || tokens[i + 1]?.norm !== ABOUT_WORD) return att;
  const found = comp.subjectEnd > i + 2 ? speakerIn(ctx, i + 2, comp.subjectEnd, null) : null;
  if (!found || isImpersonal(found.speaker)) return att;
  ctx.addSpeaker(found.speaker);
  return attribution(found.speaker, [att.speaker], att.verb, att.stance, att.how);
}

/** The words [from, end) are where the subject is (في مدينة عدن، في الموصل): في, a head word at most, and a
 *  place that ends them (وكان شهود عيان في مدينة عدن قد أفادوا). */
export function placeUpTo(ctx: AttributionContext, from: number, end: number): boolean {
  const { tokens, mentions } = ctx;
  let k = end;
  while (k > 0 && tokens[k - 1]!.start >= from) k--; // the first token from `from`
  k = firstWordFrom(tokens, k, end);
  if (k + 1 >= end || tokens[k]!.norm !== IN_WORD) return false;
  const last = tokens[end - 1]!;
  const place = firstStartingIn(
    mentions,
    tokens[k + 1]!.start,
    tokens[Math.min(k + 2, end - 1)]!.start,
    (m) => m.type === 'location',
  );
  return !!place && place.end >= last.end;
}

/** After the verb at i, only when it was said before its complement (وكان الرئيس فلان، توعد الأحد، بأنه …):
 *  the verb has no subject of its own, so the one before its comma is it. */
export function whenThenComplement(ctx: AttributionContext, kana: number, i: number, b: number): boolean {
  const { tokens } = ctx;
  // (not كان of a relative clause, التي كانت مشاركة في المسيرات، فتؤكد: its subject is the noun before)
  const before = tokens[kana - 1];
  if (before?.word && relativePronouns().has(before.norm)) return false;
  for (let k = i + 1, words = 0; k < b && words <= 3; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (COMPLEMENT.has(t.norm)) return true;
    if (!spansHolding(ctx.dates, t.start).some((d) => d.end >= t.end)) return false;
    words++;
  }
  return false;
}

/** The first word from offset `from` up to token `end` is joined with و (a second subject). */
export function joinedAfter(tokens: AttributionContext['tokens'], from: number, end: number): boolean {
  let k = end;
  while (k > 0 && tokens[k - 1]!.start >= from) k--; // the first token from `from`
  while (k < end && !tokens[k]!.word) k++;
  return k < end && tokens[k]!.norm.startsWith('و') && tokens[k]!.norm.length > 3;
}

/** The end of a subject [a, end) without the parenthesised abbreviation that closes it (وكانت وكالة الأنباء
 *  الفلسطينية (وفا) ذكرت): the index of its opening parenthesis, or `end` when there is none. */
export function beforeAbbreviation(tokens: AttributionContext['tokens'], a: number, end: number): number {
  let k = end;
  while (k > a && !tokens[k - 1]!.word && tokens[k - 1]!.norm !== ')') k--;
  if (k <= a || tokens[k - 1]!.norm !== ')') return end;
  for (let open = k - 2; open > a && open >= k - 5; open--) if (tokens[open]!.norm === '(') return open;
  return end;
}

/** Where what a verb at i announced with no complement gives way to the narration (…، إلا أن التنظيم عاود …),
 *  read from its second word, past an aside right after the verb (أعلن، قبل أيام، بدء عملية); -1 with a
 *  complement, whose statement runs to the sentence's end. */
export function objectNarration(
  tokens: AttributionContext['tokens'],
  i: number,
  b: number,
  comp: Complement,
): number {
  if (comp) return -1;
  const second = firstWordFrom(tokens, firstWordFrom(tokens, i + 1, b) + 1, b);
  return narrationBreak(tokens, second, b, true);
}
