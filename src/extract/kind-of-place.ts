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
import { nameLike } from './speakers/words.js';

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

let bodyHeads: Set<string> | null = null;
/** The kind nouns of an organisation (lexicons/kind-heads.tsv, type organization: حكومة، شرطة، سلطات),
 *  definite and normalised: before a town's name they name that town's body. */
function placeBodyHeads(): Set<string> {
  bodyHeads ??= new Set(
    loadTsv('kind-heads')
      .filter((r) => r.type === 'organization')
      .map((r) => `ال${normalize(r.head!)}`),
  );
  return bodyHeads;
}

/** The token right after the place that ends at `end` (glued to it by one space), or null. */
function wordAfter(tokens: Token[], from: number, end: number): Token | null {
  let k = from;
  while (k < tokens.length && tokens[k]!.end <= end) k++;
  const next = tokens[k];
  return next?.word && next.start === end + 1 ? next : null;
}

/** Does a word glued to لل follow the place? Then the name goes on. */
const nameGoesOn = (tokens: Token[], from: number, end: number) =>
  /^و?لل/.test(wordAfter(tokens, from, end)?.norm ?? '');

/** Is the word right after the place name-like, so the name may go on? */
function nameRunsOn(tokens: Token[], from: number, end: number): boolean {
  const next = wordAfter(tokens, from, end);
  return !!next && nameLike(next);
}

/** "NOUN COUNTRY" (سفارة الولايات المتحدة، بسفارة إيران): a mention of the noun's type keyed like "NOUN
 *  ADJECTIVE"; "NOUN PLACE" (شرطة كابل، حكومة طرابلس) for a body's noun and any known place, keyed by the
 *  place's lexicon id, so two spellings of the place make one body. `heads` maps a definite noun (السفاره)
 *  to its type; `lexical` are the lexicon's mentions and the tagger's places (keyed by their words). */
export function findKindOfCountry(
  doc: string,
  text: string,
  tokens: Token[],
  lexical: Mention[],
  heads: Map<string, Mention['type']>,
): Mention[] {
  const out: Mention[] = [];
  for (const place of lexical) {
    if (place.type !== 'location' || !(place.lexId || place.how === 'model')) continue;
    const country = !!place.lexId?.startsWith('country:');
    const i = tokenIndexAt(tokens, place.start);
    const t = i > 0 ? tokens[i - 1] : undefined; // (no read before the start: a deopt)
    if (!t?.word || tokens[i]?.start !== place.start || place.start !== t.end + 1) continue;
    const head = stemAfterProclitics(t, /^[وف]?[بلك]?$/, (f) => heads.has(`ال${f}`));
    const type = head && heads.get(`ال${head}`);
    if (!head || !type || type === 'location') continue;
    // a town or region after a body's kind noun (شرطة كابل، حكومة طرابلس), not after a name's head, whose
    // name may go on (هيئة أبوظبي للسياحة، قناة السويس), nor before more of a name (مكتب دبي للإعلام)
    if (!country && (!placeBodyHeads().has(`ال${head}`) || nameGoesOn(tokens, i, place.end))) continue;
    // (a place only the tagger saw, when its name goes on after it: شرطة خان | بني سعد, tagged in part)
    if (!place.lexId && nameRunsOn(tokens, i, place.end)) continue;
    const start = t.start + (t.norm.length - head.length);
    const m = descMention(doc, text, start, place.end, type, null, 'pattern');
    m.key = `${looseKey(`ال${head}`)} ${place.lexId ?? looseKey(place.surface)}`;
    out.push(m);
  }
  return out;
}
