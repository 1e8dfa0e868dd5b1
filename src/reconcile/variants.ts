// A second look at the entities, once every mention has its cluster: one referent is often written
// several ways across outlets (كابل / كابول، داود أمين / داوود أمين), or with the head word of its kind
// (مدينة كابول، العاصمة الأفغانية كابل), or glued to a preposition (للمرصد). This pass
//  - merges places, facilities and full person names whose letters differ only in long vowels or in
//    the letters transliterations swap, or by a leading head word;
//  - lists as aliases the forms the articles used, without their proclitics, and no lexicon variant
//    that no article used (a reader compares how the outlets named a referent).
// Every merge records its reason, as the first pass does.

import { alternation, loadTsv, wordList, wordSet } from '../lexicon/index.js';
import { looseKey } from '../text/normalize.js';
import type { DossierEntity, EntityType, Mention } from '../types.js';
import { aliasesOf, LEXICON_REASON, NO_ENTRIES } from './aliases.js';
import type { PendingMentions } from './entities.js';
import { EntityMerges } from './entity-merges.js';
import { looseForm, withFormKeys } from './forms.js';
import { type MentionEntities, mentionEntities } from './mention-entities.js';
import { joinShortForms } from './short-forms.js';
import { skeleton } from './skeleton.js';

export { withoutProclitic } from './aliases.js';
export { skeleton } from './skeleton.js';

export interface EntityResult {
  entities: DossierEntity[];
  entityOf: Map<Mention, string>;
  /** The mentions read and the entity (by index) each went to, when entityOf is still to be filled
   *  (reconcileEntities). */
  pending?: PendingMentions;
}

/** The merged entities, and the entity of each mention. */
export interface MergedEntities {
  entities: DossierEntity[];
  entityOf: MentionEntities;
}

/** Head words of the land around a place (ريف دمشق، ضاحية بيروت): another place than the one named. */
export const AROUND = wordSet('entity-words', 'around');

let heads: Set<string> | null = null;
/** Head words that introduce a place name (lexicons/place-heads.tsv, type location), plus العاصمة.
 *  A facility's head is part of its name (سجن حماة is not حماة). */
function headWords(): Set<string> {
  if (heads) return heads;
  heads = new Set(wordList('entity-words', 'capital'));
  for (const row of loadTsv('place-heads')) {
    if (row.type !== 'location' || AROUND.has(looseKey(row.head!))) continue;
    const head = looseKey(row.head!);
    heads.add(head);
    heads.add(`ال${head}`);
  }
  return heads;
}

/** The name without its head word and the adjective of the head (العاصمة الأفغانية كابل → كابل). */
function withoutHead(key: string): string {
  // most names have no head word: the first word is looked at before the name is split
  const space = key.indexOf(' ');
  if (space < 0 || !headWords().has(key.slice(0, space))) return key;
  let rest = key.split(' ').slice(1);
  if (rest.length > 1 && /^ال.+ي[هة]?$/.test(rest[0]!)) rest = rest.slice(1); // the nisba adjective
  return rest.join(' ');
}

/** The lexicon entries an entity was matched to. */
function lexiconIds(entity: DossierEntity): ReadonlySet<string> {
  let ids: Set<string> | null = null;
  for (const why of entity.merged_because) {
    const id = LEXICON_REASON.exec(why)?.[1];
    if (id) (ids ??= new Set()).add(id);
  }
  return ids ?? NO_ENTRIES;
}

/** A one-word place name written with or without the article (حمورية / الحمورية): one key. */
export const withoutArticle = (key: string): string => (/^ال\S{4,}$/.test(key) ? key.slice(2) : key);

/** A compound name (عبد المطلب، أبو الفضل) is written with or without the space before its article. */
const COMPOUND_HEAD = alternation('entity-words', 'compound_head');
const COMPOUND = new RegExp(`^(?:${COMPOUND_HEAD})ال`);
const SPACED_COMPOUND = new RegExp(`(^| )(${COMPOUND_HEAD}) (?=ال)`, 'g');
/** Heads whose compound is one word before any word, not only before the article (أبو سنان / أبوسنان). */
const SPACED_ANY = new RegExp(`(^| )(${alternation('entity-words', 'compound_head_any')}) (?=\\S)`, 'g');
const AUTHORITIES = new RegExp(`^ال(?:${alternation('entity-words', 'authorities')}) (?=ال\\S+يه$)`);
const GOVERNMENT = `${wordList('entity-words', 'government')[0]!} `;

/** The name with its compounds written as one word (عبد الملك الحوثي → عبدالملك الحوثي), as a loose key. */
export function joinCompounds(key: string): string {
  // a compound's head is followed by a space and the article: a key without " ال" has none
  const joined = key.includes(' ال') ? key.replace(SPACED_COMPOUND, '$1$2') : key;
  return joined.includes(' ') ? joined.replace(SPACED_ANY, '$1$2') : joined;
}

/** A country's authorities are its government (السلطات العراقية = الحكومة العراقية): one key for both. */
export function asGovernment(key: string): string {
  return key.startsWith('ال') ? key.replace(AUTHORITIES, GOVERNMENT) : key;
}

/** A definite noun with its nisba adjective is the noun of the adjective's word (القوات الأمنية → قوات
 *  الأمن، السلطات الأمنية العراقية → سلطات الأمن العراقية): one key for both ways of naming a body. */
export function asConstruct(key: string): string {
  if (!key.startsWith('ال')) return key; // the expression begins with the article
  return key.replace(/^ال(\S{3,}) (ال\S{2,})ي[هة]?(?= |$)/, '$1 $2');
}

/** The bucket, within its type's, of the entities whose form (a loose key) is spelt the same but for the
 *  letters a skeleton folds (after its head word, article, compounds' spaces, authorities' noun or nisba
 *  construct): the skeleton itself (memoised, so its hash is made once), or "=" and the compound of a
 *  person's single name; null for a form that names no one alone (one person's single name, a name of
 *  fewer than three letters). */
function spellingBucket(type: EntityType, key: string): string | null {
  const core = asGovernment(
    joinCompounds(
      type === 'location'
        ? withoutArticle(withoutHead(key))
        : type === 'organization' && /^(ال)?\S{6,}$/.test(key)
          ? withoutArticle(key) // a one-word name with and without its article (البوليساريو / بوليساريو)
          : key,
    ),
  );
  const bodyKey = type === 'organization' ? asConstruct(core) : core;
  const single = !core.includes(' ');
  // one person's single name only where it is a compound written with or without its space
  if (type === 'person' && single && !COMPOUND.test(core)) return null;
  if (letterCount(core) < 3) return null;
  if (type === 'person' && single) return `=${core}`;
  // a foreign place's final vowel is written ة, ى or ا (جنوة / جنوى): one name
  return skeleton(type === 'location' ? bodyKey.replace(FINAL_VOWEL, '') : bodyKey);
}

/** The last letter of a name of four letters or more when it is a vowel's (ا ى ي ة ه). */
const FINAL_VOWEL = /(?<=\S{3})[اىيةه]$/;

/** An entity's forms as loose keys: its name's, then its aliases' in order (read by every pass of this
 *  module and of short-forms instead of looking each form up again). */
function formKeysOf(entity: DossierEntity): string[] {
  const keys = [looseForm(entity.name)];
  for (const alias of entity.aliases) keys.push(looseForm(alias));
  return keys;
}

const mergeable = (a: EntityType, b: EntityType) => a === b;

/** How many spaces a key has (its words less one). */
function spaceCount(key: string): number {
  let spaces = 0;
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) spaces++;
  return spaces;
}

/** How many characters a key has besides its spaces. */
const letterCount = (key: string): number => key.length - spaceCount(key);

/** Merges spelling and head-word variants and cleans the aliases; texts are the documents' texts by id
 *  (a map, not a function: a function made per story was embedded by the optimised passes, which were
 *  deoptimised when it died). */
export function mergeVariants(result: EntityResult, texts: ReadonlyMap<string, string>): MergedEntities {
  return withFormKeys(() => mergeAll(result, texts));
}

function mergeAll(result: EntityResult, texts: ReadonlyMap<string, string>): MergedEntities {
  const { entities } = result;
  const merges = new EntityMerges(entities.length);
  const byType = new Map<EntityType, Map<string, number>>(); // a type's buckets: no key made of type and skeleton
  // two different lexicon entries are two referents however close their spellings (النيجر / نيجيريا)
  const lexIds = entities.map((entity) => lexiconIds(entity));
  const keys = entities.map(formKeysOf);
  entities.forEach((entity, index) => {
    // every type: the spellings of a storm or an event (مكونو / ميكونو) are one name too
    const formKeys = keys[index]!;
    let byKey = byType.get(entity.type);
    if (byKey === undefined) byType.set(entity.type, (byKey = new Map()));
    for (let at = 0; at < formKeys.length; at++) {
      const bucket = spellingBucket(entity.type, formKeys[at]!);
      if (bucket === null) continue;
      const other = byKey.get(bucket);
      if (other === undefined) {
        byKey.set(bucket, index);
        continue;
      }
      const into = merges.find(other);
      const from = merges.find(index);
      if (into === from || !mergeable(entities[into]!.type, entity.type)) continue;
      // two persons one article names two ways are two (حسن / حسين سعيد: brothers, not a slip)
      if (entity.type === 'person' && inOneDocument(entities[other]!, entity)) continue;
      const intoIds = lexIds[into]!;
      const fromIds = lexIds[from]!;
      if (intoIds.size && fromIds.size && ![...fromIds].some((id) => intoIds.has(id))) continue;
      if (fromIds.size) {
        const joined = intoIds === NO_ENTRIES ? new Set<string>() : (intoIds as Set<string>);
        for (const id of fromIds) joined.add(id);
        lexIds[into] = joined;
      }
      const form = at === 0 ? entity.name : entity.aliases[at - 1]!;
      merges.union(into, from, `"${form}" and "${entities[other]!.name}" are one name written two ways`);
    }
  });
  joinShortForms(entities, keys, merges);
  const places = joinPlacesTypedOtherwise(entities, keys, lexIds, merges);
  return rebuild(result, merges, texts, places);
}

/** Some document mentions both entities. */
function inOneDocument(a: DossierEntity, b: DossierEntity): boolean {
  const docs = new Set(a.mentions.map((m) => m.doc));
  return b.mentions.some((m) => docs.has(m.doc));
}

/** A name the extraction typed an organisation or a person (سقطرى) that a place of the story bears
 *  (جزيرة سقطرى اليمنية, a location) is that place: it joins it, and the entity is a location. Returns
 *  the roots that are places. */
function joinPlacesTypedOtherwise(
  entities: DossierEntity[],
  keys: string[][],
  lexIds: ReadonlySet<string>[],
  merges: EntityMerges,
): Set<number> {
  const places = new Map<string, number | null>(); // skeleton → the one place with it
  entities.forEach((entity, index) => {
    if (entity.type !== 'location') return;
    for (const formKey of keys[index]!) {
      const words = withoutHead(formKey).split(' ');
      while (words.length > 1 && /^ال\S+ي[ةه]?$/.test(words.at(-1)!)) words.pop(); // سقطرى اليمنية
      if (words.length > 2) continue;
      const key = skeleton(words.join(' '));
      places.set(key, places.has(key) && places.get(key) !== index ? null : index);
    }
  });
  const roots = new Set<number>();
  entities.forEach((entity, index) => {
    if (entity.type === 'location' || entity.type === 'facility' || lexIds[index]!.size) return;
    const key = keys[index]![0]!;
    if (spaceCount(key) > 1 || letterCount(key) < 4) return;
    const place = places.get(skeleton(key));
    if (place === undefined || place === null || merges.find(place) === merges.find(index)) return;
    merges.union(
      merges.find(place),
      merges.find(index),
      `"${entity.name}" is the name of the place "${entities[place]!.name}"`,
    );
    roots.add(merges.find(place));
  });
  return roots;
}

function rebuild(
  result: EntityResult,
  merges: EntityMerges,
  texts: ReadonlyMap<string, string>,
  places: Set<number>,
): MergedEntities {
  const groups = new Map<number, number[]>();
  result.entities.forEach((_, index) => {
    const root = merges.find(index);
    const members = groups.get(root);
    if (members) members.push(index);
    else groups.set(root, [index]);
  });
  // the first pass's ids, for a map given with them (none when the first pass left the map to fill)
  const newId = result.pending ? null : new Map<string, string>();
  const { entityOf, pending } = result;
  const idOf: string[] = new Array(pending ? result.entities.length : 0); // the new id of each old entity
  const entities: DossierEntity[] = [];
  for (const [root, members] of groups) {
    const parts = members.map((index) => result.entities[index]!);
    const head = parts.reduce((best, part) => (part.mentions.length > best.mentions.length ? part : best));
    const id = `e${entities.length + 1}`;
    if (newId) for (const part of parts) newId.set(part.id, id);
    if (pending) for (const index of members) idOf[index] = id;
    // the first pass's entities are dropped after this one: a single part's list is taken as it is
    const mentions = parts.length === 1 ? parts[0]!.mentions : parts.flatMap((part) => part.mentions);
    // the first pass's fields, in its order (a spread of the head was a generic copy per entity)
    entities.push({
      id,
      type: places.has(merges.find(root)) ? 'location' : head.type,
      name: head.name,
      english_name: head.english_name,
      aliases: aliasesOf(head.name, parts, mentions, texts),
      mentions,
      merged_because: reasonsOf(parts, merges.reasons.get(root)),
    });
  }
  // the mentions read: found in their order when asked for (no map of every mention)
  if (pending) return { entities, entityOf: mentionEntities(pending.mentions, pending.entityIndex, idOf) };
  // a map given with the first pass's ids: renamed in place
  if (newId) for (const [mention, id] of entityOf) entityOf.set(mention, newId.get(id) ?? id);
  return { entities, entityOf };
}

/** The parts' reasons and the merges' own, each once, in order. */
function reasonsOf(parts: DossierEntity[], merges: string[] | undefined): string[] {
  const first = parts[0]!.merged_because;
  if (parts.length === 1 && !merges?.length && first.length <= 1) return [...first];
  return [...new Set([...parts.flatMap((part) => part.merged_because), ...(merges ?? [])])];
}
