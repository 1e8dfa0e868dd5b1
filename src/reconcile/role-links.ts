// A role names its organisation with one of several links: المتحدث الأمني لوزارة الداخلية، المتحدث الأمني
// بوزارة الداخلية، المتحدث الأمني في وزارة الداخلية. Where one of them is a person's own role, the others, as
// the story's articles write them (with the nisba adjectives after: في وزارة الداخلية السعودية), are
// forms of the same person. Each role is looked up once per other link: linear in the roles.

import { theWord } from '../lexicon/index.js';
import { normalize } from '../text/normalize.js';
import { isNameAdjective } from './organisation-forms.js';
import { findName, normAt, surfaceOf, type WordIndex } from './story-index.js';

const IN_WORD = theWord('rule-words', 'in');

/** The words of a role, normalised, with its link written each other way (لوزاره → بوزاره، في وزاره). */
export function linkVariants(role: string): string[][] {
  const words = normalize(role).split(' ');
  const out: string[][] = [];
  words.forEach((word, at) => {
    if (at < 1) return;
    let rest: string | null = null;
    if (word === IN_WORD && words[at + 1]) rest = words[at + 1]!;
    else if (/^[بل][^ال].{2,}$/.test(word) || /^لل.{3,}$/.test(word) || /^بال.{3,}$/.test(word))
      rest = word.startsWith('لل') ? `ال${word.slice(2)}` : word.slice(1);
    if (!rest) return;
    const skip = word === IN_WORD ? 2 : 1;
    const before = words.slice(0, at);
    const after = words.slice(at + skip);
    const glued = (clitic: string) =>
      rest!.startsWith('ال') && clitic === 'ل' ? `لل${rest!.slice(2)}` : clitic + rest;
    for (const variant of [
      [...before, glued('ب'), ...after],
      [...before, glued('ل'), ...after],
      [...before, IN_WORD, rest, ...after],
    ])
      if (variant.join(' ') !== words.join(' ')) out.push(variant);
  });
  return out;
}

/** The story's forms of a role written with another link, as written, with the adjectives after. */
export function roleLinkForms(role: string, where: WordIndex): string[] {
  const out = new Set<string>();
  for (const words of linkVariants(role))
    for (const { text, index, length } of findName(words, where)) {
      let end = index + length;
      while (
        end < index + length + 2 &&
        end < text.ids.length &&
        !text.gaps[end] &&
        isNameAdjective(normAt(text, end)!)
      )
        end++;
      const from = text.ends[index]! - surfaceOf(text, index, words[0]!).length;
      out.add(text.text.slice(from, text.ends[end - 1]!).replace(/\s+/g, ' '));
      if (out.size >= 6) return [...out];
    }
  return [...out];
}
