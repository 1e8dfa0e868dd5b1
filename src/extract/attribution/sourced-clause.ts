// A clause the outlet opens after a statement (…، فيما B، بحسب X) that ends with the source it has from:
// B is X's words.

import {
  type AttributionContext,
  addSpeakerWithAliases,
  addStatement,
  relaySourceIn,
  type SentenceRun,
} from './context.js';
import { sourceAfterOpener } from './narration-break.js';
import { remember, verbSpan } from './phrases.js';
import { authorAfterStatement, relayAt, sourceStart } from './relays.js';
import { nounPhraseEnd } from './source-phrase.js';
import { attribution } from './statement-at.js';
import { isImpersonal } from './subject.js';

/** After the statement that narrationBreak ended at token `at` (a comma before فيما، بينما), the clause up
 *  to the relay marker that closes it is the marker's source's. */
export function sourcedClause(ctx: AttributionContext, run: SentenceRun, at: number): void {
  const { tokens, text } = ctx;
  const k = sourceAfterOpener(tokens, at, run.b);
  const relay = k >= 0 ? relayAt(tokens, k, run.b) : null;
  if (!relay) return;
  const start = sourceStart(tokens, relay);
  const np = nounPhraseEnd(tokens, start.from, run.b);
  const author = authorAfterStatement(tokens, start.from, np.end, start.glued);
  const found = relaySourceIn(ctx, author.glued, author.from, np.end);
  if (!found || isImpersonal(found.speaker)) return;
  addSpeakerWithAliases(ctx, found, found.speaker);
  const att = attribution(found.speaker, [], verbSpan(text, tokens, k, relay.next), 'asserts', 'bihasab');
  addStatement(ctx, at + 1, k - 1, tokens[k - 2]!.end, att);
  remember(ctx.state, att, null, tokens);
  run.covered = Math.max(run.covered, np.end);
}
