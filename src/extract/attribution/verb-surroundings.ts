// What stands around a reporting verb whose subject comes first: where it was said between commas before
// it (وكان الرئيس، فلان، في بيان، قال) and, for a relay verb, the source after its عن (وكانت الصحيفة نقلت
// عن مصادر أن …). Read by subject-first.ts.

import { theWord, type VerbInfo } from '../../lexicon/index.js';
import type { Attribution } from '../../types.js';
import { type AttributionContext, speakerIn } from './context.js';
import { occasionAt } from './speaker-end.js';
import { attribution } from './statement-at.js';
import { isImpersonal } from './subject.js';
import type { Complement } from './verb-statement.js';
import { isCommaTok } from './words.js';

const ABOUT_WORD = theWord('rule-words', 'about');

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
