// What parsing one speaker phrase carries: the document, and what its parts have found so far.

import type { Mention, Token } from '../../types.js';

export interface SpeakerScan {
  doc: string;
  text: string;
  tokens: Token[];
  /** The document's lexicon mentions. */
  mentions: Mention[];
  /** From the verb (قالت → f). */
  gender: 'm' | 'f' | null;
  /** The first person named, the body of a role and the role's title, the first other speaker. */
  person: Mention | null;
  roleOrg: Mention | null;
  roleTitle: string | null;
  first: Mention | null;
  aliases: string[];
}

/** One part of the phrase: its word tokens [a, b), their offsets and the mentions inside them. */
export interface PartSpan {
  a: number;
  b: number;
  start: number;
  end: number;
  inside: Mention[];
}
