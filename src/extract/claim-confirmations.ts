// A source that confirms the figures before it: "وأكد المتحدث باسم الولاية هذه الحصيلة" (or "وأكد هذه
// الحصيلة X"). Each figure of the sentence before is that source's claim too, beside whoever gave it first.

import type { Claim, Sentence, Statement, Token } from '../types.js';
import { wordsBetween } from './attribution/phrases.js';
import { tallyAt } from './attribution/words.js';
import { firstStartingAt } from './sorted-spans.js';

/** The claims the confirming statements of `statements` add: a copy of each claim of the sentence before
 *  the confirmation (and of its own sentence before it), with the confirming source and stance. */
export function confirmedClaims(
  tokens: Token[],
  sentences: Sentence[],
  claims: Claim[],
  statements: Statement[],
): Claim[] {
  const added: Claim[] = [];
  for (const statement of statements) {
    if (!statement.attribution.speaker || statement.direct) continue;
    let first = firstStartingAt(tokens, statement.start);
    while (first < tokens.length && !tokens[first]!.word) first++;
    if (
      !tallyAt(tokens, first) ||
      wordsBetween(tokens, first + 2, firstStartingAt(tokens, statement.end)) > 0
    )
      continue;
    // (only a confirmation reaches here: the claims before it are read once per confirmation)
    const at = firstStartingAt(sentences, statement.start + 1) - 1;
    if (at < 0) continue;
    const from = sentences[Math.max(0, at - 1)]!.start;
    const speaker = statement.attribution.speaker.key;
    const before = claims.filter(
      (c) =>
        c.start >= from && c.end <= statement.start && !c.implied && c.attribution.speaker?.key !== speaker,
    );
    for (const claim of before)
      added.push({ ...claim, attribution: statement.attribution, stance: statement.attribution.stance });
  }
  return added;
}
