// What attribution carries through one document (the statements found so far, the speakers, the
// last speaker of each gender) and through one sentence (its token range and how far it is covered).

import type { Attribution, Mention, Quote, Sentence, Span, Statement, Token } from '../../types.js';
import { parseSpeaker, withoutGluedLam } from '../speakers/index.js';
import type { SpeakerParse } from '../speakers/words.js';
import { pushSegment } from './phrases.js';
import { NOT_SOURCE, type State } from './words.js';

export interface AttributionContext {
  doc: string;
  text: string;
  tokens: Token[];
  mentions: Mention[];
  segments: Statement[];
  quotes: Quote[];
  /** Speakers and relays found, in order. */
  speakers: Mention[];
  isSpeaker: (m: Mention) => boolean;
  addSpeaker: (m: Mention) => void;
  aliases: [Mention, string][];
  state: State;
  /** nextCue[i]: the first token at or after i that is a reporting verb or may open a relay marker
   *  (tokens.length when none; size tokens.length + 1): the only tokens a sentence's scan acts at. */
  nextCue: Int32Array;
  /** The dates the dates stage found (أول من أمس): a speaker's phrase ends before one, and a subject never
   *  begins with one. */
  dates: readonly Span[];
}

/** One sentence under attribution: tokens [a, b), and how far statements already reach in it. */
export interface SentenceRun {
  sentence: Sentence;
  a: number;
  b: number;
  /** Token index up to which a statement of this sentence already reaches (-1: none yet). */
  covered: number;
  /** Token index up to which a denial of this sentence reaches. */
  deniedUntil: number;
  /** The source an opening relay named when a reporting verb with its own subject follows it (بحسب وكالة X،
   *  قال الوزير …): it relays that verb's statement. */
  relayedBy?: Mention;
  /** An opening relay (بحسب X فإن …) made the sentence's statement: no relay inside it makes another. */
  openedByRelay?: boolean;
}

/** The speaker named by tokens [a, b), if any. */
export function speakerIn(
  ctx: AttributionContext,
  a: number,
  b: number,
  gender: 'm' | 'f' | null,
): SpeakerParse | null {
  return parseSpeaker(ctx.doc, ctx.text, ctx.tokens, a, b, ctx.mentions, gender);
}

/** The source a relay marker names in tokens [a, b): a marker whose ل is glued to the name (وفقا لمركز X)
 *  leaves the ل out of a name no lexicon knows. */
export function relaySourceIn(
  ctx: AttributionContext,
  glued: boolean,
  a: number,
  b: number,
): SpeakerParse | null {
  const first = ctx.tokens[a];
  // وفقا للتطورات، وفق الآتي: what a thing follows, not who says it
  if (first?.word && NOT_SOURCE.test(first.norm.replace(/^و?لل/, 'ال'))) return null;
  // وفق التواريخ الآتية، حسب الجدول التالي: "the following …"
  // بيان لها: a pronoun, no name (the marker's own ل with a possessive)
  if (first?.word && /^ل(ه|ها|هم|هما)$/.test(first.norm)) return null;
  const second = b > a + 1 ? ctx.tokens[a + 1] : undefined;
  if (second?.word && NOT_SOURCE.test(second.norm)) return null;
  const found = b > a ? speakerIn(ctx, a, b, null) : null;
  if (!found || !glued || found.speaker.start !== ctx.tokens[a]!.start || found.speaker.how === 'lexicon')
    return found;
  return { ...found, speaker: withoutGluedLam(ctx.text, found.speaker) };
}

/** Adds a statement from token `from` (see pushSegment); returns the token index where it ends. */
export function addStatement(
  ctx: AttributionContext,
  from: number,
  b: number,
  sentenceEnd: number,
  att: Attribution,
): number {
  return pushSegment(ctx.segments, ctx.quotes, ctx.doc, ctx.text, ctx.tokens, from, b, sentenceEnd, att);
}

/** Records a speaker with the further names its phrase gave. */
export function addSpeakerWithAliases(ctx: AttributionContext, found: SpeakerParse, speaker: Mention): void {
  ctx.addSpeaker(speaker);
  for (const alias of found.aliases) ctx.aliases.push([speaker, alias]);
}
