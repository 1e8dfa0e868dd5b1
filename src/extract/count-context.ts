// Where a count stops and what follows it: a breakdown between commas, and the counted noun that makes a
// number with no measure cue a claim of "other". Part of the claims component.

import { loadTsv, theWord, wordSet } from '../lexicon/index.js';
import { normalize } from '../text/normalize.js';
import type { NumberMention, Token } from '../types.js';

const FROM_WORD = theWord('rule-words', 'from');

const LINK = wordSet('claim-words', 'among', 'and_word', 'addition');
const BOUNDARY = /^[.؛;!?؟]$/;
const COMMA = /^[،,]$/;

/** Where a breakdown that starts at token i ends: "، بينهم 6 أطفال،" (after a comma and a link word,
 *  closed by the next comma), as the index of the token after its closing comma; -1 if it is none. */
export function breakdownEnd(tokens: Token[], i: number, last: number): number {
  let back = i - 1;
  let links = 0;
  while (
    back >= 0 &&
    tokens[back]!.word &&
    (LINK.has(tokens[back]!.norm) || tokens[back]!.norm === FROM_WORD) &&
    links < 3
  ) {
    back--;
    links++;
  }
  if (!links || back < 0 || !COMMA.test(tokens[back]!.norm)) return -1;
  for (let j = i + 1; j <= last; j++) {
    const t = tokens[j]!;
    if (t.word) continue;
    if (BOUNDARY.test(t.norm)) return -1;
    if (COMMA.test(t.norm)) return j + 1 <= last ? j + 1 : -1;
  }
  return -1;
}

let notCounted: Set<string> | null = null;

/** A number with no measure cue is still a claim (of "other") when a counted noun follows it:
 *  400 ألف مدني، 4 مستشفيات، 40 من النساء; not a bare number, nor واحد/واحدة (عائلة واحدة). */
export function countedNounFollows(tokens: Token[], n: NumberMention, from: number, last: number): boolean {
  if (n.form === 'words' && n.low === 1 && n.high === 1) return false;
  if (n.qualifier === 'magnitude') return true; // عشرات، آلاف: the word is its own noun
  notCounted ??= new Set(loadTsv('not-counted').map((r) => normalize(r.word!)));
  let skippedOf = false;
  for (let i = from; i <= last && i < from + 4; i++) {
    const t = tokens[i]!;
    if (!t.word) {
      if (BOUNDARY.test(t.norm) || COMMA.test(t.norm) || t.norm === ':') return false;
      continue;
    }
    if (/^[0-9\u0660-\u0669\u06F0-\u06F9]/.test(t.norm)) return false;
    if (t.norm === FROM_WORD && !skippedOf) {
      skippedOf = true;
      continue;
    }
    const bare = t.norm.replace(/^[وف](?=..)/, '');
    return !notCounted.has(t.norm) && !notCounted.has(bare);
  }
  return false;
}
