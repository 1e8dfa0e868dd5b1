// Where an unnamed speaker's description ends: before a relative clause or an adverbial (cutRelative), and
// before a clause about its last definite word that no relative pronoun opens (بيان للتنظيم | تداولته حسابات
// مؤيدة له). Read by untitled.ts.

import { prepositionWords, relativePronouns, theWord } from '../../lexicon/index.js';
import type { Token } from '../../types.js';
import { isNameAdjectiveWord } from '../descriptions.js';
import { cutRelative } from './words.js';

/** Where a description [a, b) ends: before a relative clause or an adverbial (cutRelative), and before a
 *  clause about its last definite word (clauseAfterDefinite). */
export function descriptionEnd(text: string, tokens: Token[], a: number, b: number): number {
  return clauseAfterDefinite(text, tokens, a, cutRelative(tokens, a, b));
}

/** Where a description ends before a word with an attached pronoun right after a word with the article
 *  (بيان للتنظيم | تداولته حسابات مؤيدة له): no adjective of it, a clause about it; `end` when there is none. */
function clauseAfterDefinite(text: string, tokens: Token[], a: number, end: number): number {
  const definite = (t: Token) => DEFINITE_AS_WRITTEN.test(text.slice(t.start, t.end)); // (not إلكتروني)
  // (a phrase headed by an indefinite noun takes its clause with no pronoun: استطلاع للآراء أجراه المعهد)
  if (!definite(tokens[a]!)) return end;
  let prev: Token | null = null;
  for (let k = a; k < tokens.length && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    if (
      prev &&
      definite(prev) &&
      !relativePronouns().has(prev.norm) && // (المعلومات التي | نشرتها: cutRelative's)
      !withPronoun(t.norm) && // (القائمون عليها)
      !/^(ال|[وفبلك])/.test(t.norm) &&
      ATTACHED_PRONOUN.test(text.slice(t.start, t.end)) &&
      !isNameAdjectiveWord(t.norm) &&
      !/^[0-9٠-٩]/.test(nextWord(tokens, k)?.norm ?? '') // (an age: المدافع البالغ عمره 29 عاما)
    )
      return prev.end;
    prev = t;
  }
  return end;
}

/** The first word after token k, or undefined. */
function nextWord(tokens: Token[], k: number): Token | undefined {
  for (let j = k + 1; j < tokens.length; j++) if (tokens[j]!.word) return tokens[j];
  return undefined;
}

/** A word with the article as written, after clitics (التنظيم، للتنظيم، وبالتنظيم): clitics only. */
const DEFINITE_AS_WRITTEN = /^[وف]?(?:[بك]?ال|لل)/;

/** A preposition with an attached pronoun (عليها، منه، فيهم), normalised. */
function withPronoun(norm: string): boolean {
  const stem = norm.replace(/(ه|ها|هم|هما)$/, '');
  return stem !== norm && (prepositionWords().has(stem) || stem === ON_WORD);
}
const ON_WORD = theWord('rule-words', 'on');

/** A word of four letters or more ending in an attached pronoun as written (ه، ها، هم; not ة), not a name
 *  ending in الله or يه (عبدالله، هيرفيه). */
const ATTACHED_PRONOUN =
  /^(?![\u0621-\u064A]*(?:\u0644\u0644|\u064A)\u0647$)[\u0621-\u064A]{3,}\u0647(?:\u0627|\u0645|\u0645\u0627)?$/;
