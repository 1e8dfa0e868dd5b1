// Parts of a known place named by a compass word before it: جنوب العراق، جنوبي العراق، شرق مدينة الرياض،
// شمال شرقي سوريا. A part is a place of its own (not the place it is part of); every way of writing the
// same part of the same place has one key (جنوب/جنوبي, with or without the head مدينة), so the story's
// forms of it are one referent. Compass words: lexicons/geo/directions.tsv.

import { loadTsv } from '../lexicon/index.js';
import { tokenIndexAt } from '../text/doc.js';
import { normalize } from '../text/normalize.js';
import type { Mention, Token } from '../types.js';
import { descMention } from './speakers/mentions.js';

let compass: Set<string> | null = null;
/** The compass words, normalised (شمال، شمالي، جنوب …). */
function compassWords(): Set<string> {
  compass ??= new Set(loadTsv('geo/directions').map((row) => normalize(row.word!)));
  return compass;
}

/** The compass word a token holds after a clitic (بجنوب، وشرقي): [word, clitic letters], or null. */
function compassOf(t: Token | undefined): [string, number] | null {
  if (!t?.word) return null;
  if (compassWords().has(t.norm)) return [t.norm, 0];
  const bare = t.norm.slice(1);
  return /^[وفبل]/.test(t.norm) && compassWords().has(bare) ? [bare, 1] : null;
}

/** Is the gap between two tokens one plain space? */
const plainGap = (a: Token, b: Token) => b.start === a.end + 1;

/** Parts of the document's known places (`places`: its lexicon location mentions). `isHead` tells a word
 *  that may stand between the compass word and the name (مدينة، العاصمة). */
export function findPlaceParts(
  doc: string,
  text: string,
  tokens: Token[],
  places: Mention[],
  isHead: (norm: string) => boolean,
): Mention[] {
  const out: Mention[] = [];
  for (const place of places) {
    if (place.type !== 'location' || !place.lexId) continue;
    let i = tokenIndexAt(tokens, place.start);
    if (!tokens[i] || tokens[i]!.start !== place.start) continue;
    // one head word between (شرق مدينة الرياض، شرق العاصمة الرياض)
    if (i > 0 && tokens[i - 1]!.word && isHead(tokens[i - 1]!.norm) && plainGap(tokens[i - 1]!, tokens[i]!))
      i--;
    let found = compassOf(tokens[i - 1]);
    if (!found || !plainGap(tokens[i - 1]!, tokens[i]!)) continue;
    const words = [found[0]];
    let first = i - 1;
    // شمال شرق سوريا: a second compass word before the first
    const before = compassOf(tokens[first - 1]);
    if (before && !found[1] && plainGap(tokens[first - 1]!, tokens[first]!)) {
      found = before;
      words.unshift(before[0]);
      first--;
    }
    const t = tokens[first]!;
    const start = t.start + found[1];
    const m = descMention(doc, text, start, place.end, 'location', null, 'part');
    // جنوب and جنوبي name the same part
    m.key = `${words.map((w) => w.replace(/ي$/, '')).join(' ')} ${place.lexId}`;
    out.push(m);
  }
  return out;
}
