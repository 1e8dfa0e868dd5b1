// Speakers and titled persons as mentions: a person with title and body, a description.

import type { TitleInfo } from '../../lexicon/index.js';
import { looseKey } from '../../text/normalize.js';
import type { Mention, Token } from '../../types.js';
import { familyName, lastWord, nameRunEnd, titleAt } from './words.js';

const OPENING = /["«“]/g;
const CLOSING = /["»”]/;
/** A name whose last words are in quote marks (قناة "النهار"، وكالة «فارس») takes in the closing mark right
 *  after it: a name with one mark open is no form any reader writes. */
export function withClosingQuote(text: string, start: number, end: number): number {
  const marks = text.slice(start, end).match(OPENING)?.length ?? 0;
  // straight quotes open and close alike: an odd count is one left open
  return marks % 2 === 1 && CLOSING.test(text.charAt(end)) ? end + 1 : end;
}

/** The source named right after a relay whose ل is glued to it (وفقا لمركز X، وفقا للمرصد): the name
 *  without the preposition (مركز X، المرصد), its span starting after the ل. */
export function withoutGluedLam(text: string, m: Mention): Mention {
  const surface = m.surface;
  if (!surface.startsWith('ل') || surface.length < 4) return m;
  if (surface.startsWith('لل')) {
    const name = `ال${surface.slice(2)}`;
    return { ...m, start: m.start + 2, surface: name, key: looseKey(name) };
  }
  const name = text.slice(m.start + 1, m.end);
  return { ...m, start: m.start + 1, surface: name, key: looseKey(name) };
}

export function personMention(
  doc: string,
  text: string,
  tokens: Token[],
  a: number,
  b: number,
  title: TitleInfo | null,
  titleStart: number,
  gender: 'm' | 'f' | null,
): Mention {
  const e = lastWord(tokens, a, b);
  let s = a;
  while (s < e && !tokens[s]!.word) s++;
  const start = tokens[s]!.start,
    end = withClosingQuote(text, start, tokens[e - 1]!.end);
  const surface = text.slice(start, end);
  return {
    doc,
    start,
    end,
    type: 'person',
    surface,
    key: looseKey(surface),
    title: title
      ? text
          .slice(tokens[titleStart]!.start, tokens[s]!.start)
          .trim()
          .replace(/[،,\s]+$/, '')
      : null,
    gender: title?.gender ?? gender,
    lexId: null,
    how: title ? 'title' : 'verb',
  };
}

export function descMention(
  doc: string,
  text: string,
  start: number,
  end: number,
  type: Mention['type'],
  gender: 'm' | 'f' | null,
  how: string,
  org?: Mention | null,
): Mention {
  end = withClosingQuote(text, start, end);
  const surface = text.slice(start, end);
  return {
    doc,
    start,
    end,
    type,
    surface,
    key: looseKey(surface),
    title: null,
    gender,
    lexId: null,
    how,
    org: org ? (org.lexId ?? org.key) : null,
  };
}

/** Persons introduced by a rank or honorific anywhere in the text (اللواء X Y، العقيد X). */
/** A person a name finder named: the tagger, the lexicon, or a title before the name (not a description). */
export const isNamedPerson = (m: Mention): boolean =>
  m.type === 'person' && (m.how === 'model' || m.how === 'lexicon' || m.how === 'title');

export function findTitledPersons(doc: string, text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const ttl = titleAt(tokens, i, Math.min(tokens.length, i + 6));
    if (!ttl || (ttl.title.kind !== 'rank' && ttl.title.kind !== 'honorific')) continue;
    let k = nameRunEnd(tokens, ttl.next, tokens.length, 3);
    if (k > ttl.next && k < tokens.length && familyName(tokens, k, tokens.length, [])) k++; // العميد تركي المالكي
    if (k > ttl.next) {
      out.push(personMention(doc, text, tokens, ttl.next, k, ttl.title, i, null));
      i = k - 1;
    }
  }
  return out;
}
