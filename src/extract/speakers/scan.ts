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
  /** Set when a role's name was read from words no mention covers (المتحدث باسم إدارة مكافحة الفيضانات:
   *  "مكافحة الفيضانات" taken for a name): the body the whole phrase after the role would be. A name in
   *  an apposition after it (، ماركو بيلوتي،) then names the person. */
  guessed?: { body: Mention | null };
}

/** One part of the phrase: its word tokens [a, b), their offsets and the mentions inside them. */
export interface PartSpan {
  a: number;
  b: number;
  start: number;
  end: number;
  inside: Mention[];
}
