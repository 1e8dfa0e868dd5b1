// One facility across the ways a story names it: its head with the name (مطار التيفور العسكري، قاعدة تيفور
// الجوية), the name with or without the article and the adjectives after it, or the name alone (تيفور).

import { loadTsv, wordSet } from '../lexicon/index.js';
import { looseKey } from '../text/normalize.js';
import type { Cluster, ClusterSet } from './clusters.js';
import { bestKey } from './clusters.js';
import { isNameAdjective } from './organisation-forms.js';

const AIRBASE_HEAD = wordSet('entity-words', 'airbase_head');

let heads: Set<string> | null = null;
/** The heads of facilities' names (lexicons/place-heads.tsv, type facility), as loose keys. */
function facilityHeads(): Set<string> {
  return (heads ??= new Set(
    loadTsv('place-heads')
      .filter((row) => row.type === 'facility')
      .map((row) => looseKey(row.head!)),
  ));
}

/** A facility's head (one of a class of heads that name the same kind: مطار، قاعدة) and the one word of its
 *  name without the article and the adjectives after it, or null when the name is longer or has no head. */
function headAndName(key: string): { head: string; name: string } | null {
  const words = key.split(' ');
  const head = facilityHeads().has(words[0]!) ? words.shift()! : '';
  while (words.length > 1 && isNameAdjective(words.at(-1)!)) words.pop();
  if (words.length !== 1) return null;
  const name = words[0]!.replace(/^ال(?=\S{3,})/, '');
  if (name.length < 3) return null;
  return { head: AIRBASE_HEAD.has(head) ? 'airbase' : head, name };
}

/** Joins the facilities that name one word under the same head (or heads of one class) however it is
 *  written around it, and the name alone to the one headed facility that has it. */
export function joinFacilityNames(set: ClusterSet): void {
  const headed = new Map<string, Cluster>();
  const bare: [string, Cluster][] = [];
  const headsOfName = new Map<string, Set<string>>();
  for (const c of set.live()) {
    if (c.type !== 'facility' || c.lexId) continue;
    const found = headAndName(bestKey(c));
    if (!found) continue;
    if (!found.head) {
      bare.push([found.name, c]);
      continue;
    }
    const key = `${found.head}|${found.name}`;
    const other = headed.get(key);
    if (other && set.find(other) !== set.find(c))
      set.merge(
        other,
        c,
        `one facility named "${found.name}" under its head, with or without the article and adjectives`,
      );
    else headed.set(key, c);
    headsOfName.set(found.name, (headsOfName.get(found.name) ?? new Set()).add(found.head));
  }
  for (const [name, c] of bare) {
    const only = headsOfName.get(name);
    if (only?.size !== 1) continue;
    const other = headed.get(`${[...only][0]}|${name}`)!;
    if (set.find(other) !== set.find(c)) set.merge(other, c, `the facility named "${name}" alone`);
  }
}
