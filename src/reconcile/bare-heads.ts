// A head noun alone, with the article, stands for the referent the story names with it most: after
// "المفوضية العليا للانتخابات" and "مفوضية الانتخابات" the articles write "المفوضية"; after "حكومة
// العبادي" and "الحكومة العراقية", "الحكومة"; after "إعصار مكونو", "الإعصار". The bare form, as written,
// becomes an alias of that entity only where it is used alone (not before an adjective of a longer name)
// and one entity clearly dominates the story's uses of that head: several governments named about as
// often leave "الحكومة" to none. Linear in the entities' forms and the bare words' occurrences.

import { loadTsv } from '../lexicon/index.js';
import { normalize } from '../text/normalize.js';
import type { DossierEntity } from '../types.js';
import { EntityFormSets } from './form-sets.js';
import { normalizedForm } from './forms.js';
import { isDescriptiveAdjective, isNameAdjective } from './organisation-forms.js';
import { normAt, surfaceOf, type WordIndex } from './story-index.js';

/** The candidate with the most mentions takes the bare head only with this many times the next one's. */
const DOMINANCE = 3;
/** And with at least this many mentions of its own. */
const MIN_MENTIONS = 2;

const TAKES = new Set(['organization', 'facility', 'location', 'other']);

let heads: Set<string> | null = null;
/** Head nouns of a kind (lexicons place-heads, org-name-heads, group-heads, kind-heads), with the article. */
function kindHeads(): Set<string> {
  if (heads) return heads;
  heads = new Set();
  for (const name of ['place-heads', 'org-name-heads', 'group-heads', 'kind-heads'] as const)
    for (const row of loadTsv(name)) {
      const head = normalize(row.head!);
      heads.add(head.startsWith('ال') ? head : `ال${head}`);
    }
  return heads;
}

/** A head noun of a kind with the article (الحكومة، المجلس، الميليشيات), normalised. */
export const isKindHead = (norm: string): boolean => kindHeads().has(norm);

/** The bare definite head of a form of two words or more headed by a noun of a kind (مفوضية الانتخابات →
 *  المفوضية), or null. */
export const bareHead = (form: string): string | null => bareHeadOfKey(normalizedForm(form));

/** bareHead of a form's normalised key. */
function bareHeadOfKey(key: string): string | null {
  // the first of two words or more (a normalised form has single inner spaces only): no array of its words
  const space = key.indexOf(' ');
  if (space < 0) return null;
  const head = key.slice(0, space);
  const bare = head.startsWith('ال') ? head : `ال${head}`;
  return kindHeads().has(bare) ? bare : null;
}

/** Adds to the dominant entity of each head noun the bare head as the articles write it alone. */
export function addBareHeadForms(
  entities: DossierEntity[],
  where: WordIndex,
  entityForms = new EntityFormSets(entities),
): void {
  const taken = entityForms.all();
  const candidates = new Map<string, Set<DossierEntity>>();
  for (let at = 0; at < entities.length; at++) {
    const entity = entities[at]!;
    if (!TAKES.has(entity.type)) continue;
    for (const key of entityForms.keysAt(at)) {
      const bare = bareHeadOfKey(key);
      if (!bare || taken.has(bare)) continue;
      const set = candidates.get(bare) ?? new Set();
      set.add(entity);
      candidates.set(bare, set);
    }
  }
  for (const [bare, owners] of candidates) {
    const ranked = [...owners].sort((a, b) => b.mentions.length - a.mentions.length);
    const [top, next] = ranked;
    if (top!.mentions.length < MIN_MENTIONS) continue;
    if (next && top!.mentions.length < DOMINANCE * next.mentions.length) continue;
    const surface = aloneSurface(bare, where);
    if (surface && !top!.aliases.includes(surface)) top!.aliases.push(surface);
    for (const form of describedSurfaces(bare, top!, where, taken))
      if (!top!.aliases.includes(form)) top!.aliases.push(form);
  }
}

/** How many forms of a head with adjectives one entity takes. */
const MAX_DESCRIBED = 8;

/** The bare head with adjectives after it that describe the referent without naming another one
 *  (الميليشيات الانقلابية، السفارة الجديدة): words of lexicons/name-adjectives.tsv, or nisbas the entity's
 *  own forms use (الميليشيات الحوثية). A form another entity has is left to it. As written, without
 *  proclitics. */
function describedSurfaces(
  bare: string,
  entity: DossierEntity,
  where: WordIndex,
  taken: Set<string>,
): string[] {
  const ownWords = new Set<string>();
  for (let at = -1; at < entity.aliases.length; at++)
    for (const word of normalizedForm(at < 0 ? entity.name : entity.aliases[at]!).split(' '))
      ownWords.add(word);
  const out = new Set<string>();
  const positions = where.positionsOf(bare);
  for (let i = 0; i < positions.length; i += 2) {
    const text = where.textAt(positions[i]!);
    const index = positions[i + 1]!;
    let end = index + 1;
    while (end < index + 4 && end < text.ids.length && !text.gaps[end]) {
      const word = normAt(text, end)!;
      if (!isDescriptiveAdjective(word) && !(ownWords.has(word) && isNameAdjective(word))) break;
      end++;
    }
    if (end === index + 1) continue;
    const start = text.ends[index]! - surfaceOf(text, index, bare).length;
    const form = text.text.slice(start, text.ends[end - 1]!).replace(/\s+/g, ' ');
    if (!taken.has(normalizedForm(form))) out.add(form);
    if (out.size >= MAX_DESCRIBED) break;
  }
  return [...out];
}

/** The bare head as first written alone in the story (not followed by an adjective), without proclitics. */
function aloneSurface(bare: string, where: WordIndex): string | null {
  const positions = where.positionsOf(bare);
  for (let i = 0; i < positions.length; i += 2) {
    const text = where.textAt(positions[i]!);
    const index = positions[i + 1]!;
    const next = normAt(text, index + 1);
    if (next !== undefined && !text.gaps[index + 1] && isNameAdjective(next)) continue;
    return surfaceOf(text, index, bare);
  }
  return null;
}
