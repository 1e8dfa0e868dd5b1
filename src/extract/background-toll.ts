// A toll told as background: a count of dead or wounded in a relative clause about a happening (الهجوم الذي أسفر عن مقتل
// 25 شخصا، التفجير الذي أدى إلى إصابة 6) is the outlet's reminder of what is known, not what the speaker
// of the sentence says, even inside their statement (the annotators of all three evaluation sets read it
// so). Outside quote marks only.

import { singularRelativePronouns, wordSet } from '../lexicon/index.js';
import type { Token } from '../types.js';
import { isQuoteTok } from './attribution/words.js';

const OUTCOME_VERB = wordSet('claim-words', 'outcome_verb');
/** Words between the outcome verb and the figure at most (أسفر عن مقتل نحو 25: عن، مقتل، نحو). */
const MAX_WORDS_TO_FIGURE = 5;
/** Words between the relative pronoun and the verb at most (الذي أدى أيضا إلى). */
const MAX_WORDS_TO_VERB = 2;
/** … and from the relative pronoun to a verb joined with و at most. */
const MAX_WORDS_TO_JOINED_VERB = 10;

/** The figure starting at token `first` (in a sentence starting at `sFirst`) closes a relative clause of
 *  what a happening caused. */
export function backgroundToll(tokens: Token[], sFirst: number, first: number): boolean {
  let words = 0;
  for (let k = first - 1; k >= sFirst && words <= MAX_WORDS_TO_FIGURE; k--) {
    const t = tokens[k]!;
    if (isQuoteTok(t)) return false;
    if (!t.word) continue;
    words++;
    if (!OUTCOME_VERB.has(t.norm.replace(/^[وف](?=...)/, ''))) continue;
    // the relative pronoun before the verb, a word or two before it; or further when the verb joins the
    // clause with و (التفجير الذي وقع في قرية X، قرب Y، وأسفر عن مقتل …)
    const reach = t.norm.startsWith('و') ? MAX_WORDS_TO_JOINED_VERB : MAX_WORDS_TO_VERB;
    for (let j = k - 1, between = 0; j >= sFirst && between <= reach; j--) {
      const w = tokens[j]!;
      if (!w.word) {
        if (isQuoteTok(w)) return false;
        continue;
      }
      if (singularRelativePronouns().has(w.norm.replace(/^[وف](?=...)/, ''))) return true;
      between++;
    }
    return false;
  }
  return false;
}
