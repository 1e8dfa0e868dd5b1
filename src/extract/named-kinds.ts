// Things of a kind that carry a name of their own after the kind's noun: إعصار "ميكونو"، الإعصار مكونو،
// عاصفة ماكانو. The heads are the rows of lexicons/kind-heads.tsv of type "other"; the name (one word, or
// up to three between quotes) is the mention's key and another name of it, so every form the story uses
// for the same name is one referent, and the bare name (مكونو) joins it.

import { matchForm, placeNameWords } from '../lexicon/gazetteer.js';
import { loadTsv } from '../lexicon/index.js';
import { looseKey, normalize } from '../text/normalize.js';
import { stemAfterProclitics } from '../text/tokens.js';
import type { Mention, Token } from '../types.js';
import { overlapTest } from './sorted-spans.js';
import { anyStemIn } from './stem-sets.js';

let heads: Set<string> | null = null;
/** The nouns of lexicons/kind-heads.tsv of type other (إعصار، عاصفة), normalised, bare and with ال. */
function namedKindHeads(): Set<string> {
  if (heads) return heads;
  heads = new Set();
  for (const row of loadTsv('kind-heads')) {
    if (row.type !== 'other') continue;
    const head = normalize(row.head!);
    heads.add(head);
    heads.add(`ال${head}`);
  }
  return heads;
}

const isQuote = (t: Token | undefined) => !!t && !t.word && /^["“”«»]$/.test(t.norm);

/** Could this word, unquoted, be a name? Not a function or time word, not an adjective (مدارية، المداري،
 *  استوائي), not a number. */
function plainNameWord(norm: string): boolean {
  if (norm.length < 3 || norm.startsWith('ال') || /[0-9]/.test(norm)) return false;
  if (/ه$/.test(norm) || (norm.length >= 4 && /ي$/.test(norm))) return false;
  return !placeNameWords().notName.has(matchForm(norm));
}

/** Where the name after a head at token i ends (exclusive token index), with its first token; null when
 *  no name follows. */
function nameAfter(tokens: Token[], i: number): [number, number] | null {
  let j = i + 1;
  if (!isQuote(tokens[j])) {
    const t = tokens[j];
    if (!t?.word || t.start !== tokens[i]!.end + 1 || !plainNameWord(t.norm)) return null;
    return [j, j + 1];
  }
  j++;
  let k = j;
  while (k < tokens.length && k - j < 3 && tokens[k]!.word) k++;
  return k > j && isQuote(tokens[k]) ? [j, k] : null;
}

/** Mentions of named things of a kind (type other) in one document; `known` mentions win over these. */
export function findNamedKinds(doc: string, text: string, tokens: Token[], known: Mention[]): Mention[] {
  const kindHeads = namedKindHeads();
  const overlapsKnown = overlapTest(known);
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !anyStemIn(tokens, i, kindHeads)) continue;
    const head = stemAfterProclitics(t, /^[وف]?[بلك]?$/, (f) => kindHeads.has(f));
    if (!head) continue;
    const found = nameAfter(tokens, i);
    if (!found) continue;
    const [first, end] = found;
    const start = t.start + (t.norm.length - head.length);
    const last = isQuote(tokens[end]) ? tokens[end]!.end : tokens[end - 1]!.end;
    if (overlapsKnown(start, last)) continue;
    const name = text.slice(tokens[first]!.start, tokens[end - 1]!.end);
    const surface = text.slice(start, last);
    out.push({
      doc,
      start,
      end: last,
      type: 'other',
      surface,
      key: looseKey(name),
      lexId: null,
      how: 'head',
      aliases: [name],
    });
    i = end - 1;
  }
  return out;
}
