// A body or building of a country named two ways: by the kind's noun and the country's adjective (السفارة
// الأمريكية، السلطات العراقية) or by the noun and the country's name (سفارة الولايات المتحدة، سلطات
// العراق). Both get one key, the noun and the country's lexicon id, so the story's forms are one referent.
// Adjectives: lexicons/demonyms.tsv; nouns: lexicons/kind-heads.tsv and org-name-heads.tsv.

import { loadTsv, many } from '../lexicon/index.js';
import { tokenIndexAt } from '../text/doc.js';
import { looseKey, normalize } from '../text/normalize.js';
import { stemAfterProclitics } from '../text/tokens.js';
import type { Mention, Token } from '../types.js';
import { descMention } from './speakers/mentions.js';

let places: Map<string, string> | null = null;
/** Country lexicon id of a demonym in any of its forms (الأمريكي، الأمريكية، الأمريكيون), normalised. */
function demonyms(): Map<string, string> {
  if (places) return places;
  places = new Map();
  for (const row of loadTsv('demonyms'))
    for (const word of many(row.words)) {
      const w = normalize(word);
      for (const form of [w, `${w}ه`, `${w}ون`, `${w}ين`]) places.set(form, row.place!);
    }
  return places;
}

/** The key of a kind phrase whose one adjective is a country's (السفارة الأمريكية → "السفاره country:us"),
 *  or null. `head` is the definite head as matched, `words` the normalised adjectives. */
export function demonymKey(head: string, words: string[]): string | null {
  if (words.length !== 1) return null;
  const place = demonyms().get(words[0]!);
  return place ? `${looseKey(head)} ${place}` : null;
}

/** "NOUN COUNTRY" (سفارة الولايات المتحدة، بسفارة إيران): a mention of the noun's type keyed like "NOUN
 *  ADJECTIVE". `heads` maps a definite noun (السفاره) to its type; `lexical` are the lexicon mentions. */
export function findKindOfCountry(
  doc: string,
  text: string,
  tokens: Token[],
  lexical: Mention[],
  heads: Map<string, Mention['type']>,
): Mention[] {
  const out: Mention[] = [];
  for (const place of lexical) {
    if (!place.lexId?.startsWith('country:')) continue;
    const i = tokenIndexAt(tokens, place.start);
    const t = i > 0 ? tokens[i - 1] : undefined; // (no read before the start: a deopt)
    if (!t?.word || tokens[i]?.start !== place.start || place.start !== t.end + 1) continue;
    const head = stemAfterProclitics(t, /^[وف]?[بلك]?$/, (f) => heads.has(`ال${f}`));
    const type = head && heads.get(`ال${head}`);
    if (!head || !type || type === 'location') continue;
    const start = t.start + (t.norm.length - head.length);
    const m = descMention(doc, text, start, place.end, type, null, 'pattern');
    m.key = `${looseKey(`ال${head}`)} ${place.lexId}`;
    out.push(m);
  }
  return out;
}
