// Mentions of one document: lexicon names (organisations, places, head-introduced facilities) and
// persons introduced by a rank or honorific. Speakers found by attribution are added later.
import type { Mention, Token } from "../types.js";
import { findLexiconMentions } from "./gazetteer.js";
import { findTitledPersons } from "./speakers.js";

export function findMentions(doc: string, text: string, tokens: Token[]): Mention[] {
  const lexical = findLexiconMentions(doc, text, tokens);
  const persons = findTitledPersons(doc, text, tokens).filter((p) => !lexical.some((m) => m.start < p.end && p.start < m.end));
  return [...lexical, ...persons].sort((a, b) => a.start - b.start || b.end - a.end);
}
