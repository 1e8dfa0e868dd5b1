// Short forms of one organisation or facility across a story: its name with adjectives after it (المرصد
// السوري المعارض) or without them (وزارة الداخلية / وزارة الداخلية التونسية), and its head noun or its
// distinguishing word alone (المفوضية، الوزارة، الداخلية). A short form joins the longer name only when the
// story has one candidate for it: two ministries leave الوزارة alone.

import { getLookup, loadTsv, matchForm, theWord, wordList, wordSet } from '../lexicon/index.js';
import { looseKey } from '../text/normalize.js';
import type { DossierEntity } from '../types.js';
import type { EntityMerges } from './entity-merges.js';
import { isDescriptiveAdjective, isNameAdjective } from './organisation-forms.js';

const IN_WORD = theWord('rule-words', 'in');

let orgHeads: Set<string> | null = null;
/** Head nouns of organisations' names (lexicons/org-name-heads.tsv: وزارة، هيئة، مفوضية), as loose keys. */
function orgHeadWords(): Set<string> {
  return (orgHeads ??= new Set(loadTsv('org-name-heads').map((row) => looseKey(row.head!))));
}

let descriptions: Set<string> | null = null;
/** Descriptions resolved by the first pass (lexicons/descriptions.tsv: التنظيم، الوكالة), as loose keys. */
function descriptionKeys(): Set<string> {
  return (descriptions ??= new Set(loadTsv('descriptions').map((row) => looseKey(row.description!))));
}

const joins = (entity: DossierEntity) => entity.type === 'organization' || entity.type === 'facility';
/** A name without the descriptive adjectives at its end (المرصد المعارض → المرصد): it names the same. */
export function withoutDescriptive(key: string): string {
  const words = key.split(' ');
  while (words.length > 1 && isDescriptiveAdjective(words.at(-1)!)) words.pop();
  return words.join(' ');
}

/** A definite head noun alone that extraction typed a person (قال المرصد): it may be an organisation's
 *  head noun (المرصد السوري), and joins it as an organisation's short form does. */
const headTypedPerson = (entity: DossierEntity, name: string) =>
  entity.type === 'person' && /^ال\S{3,}$/.test(name);
const known = (entity: DossierEntity) =>
  entity.merged_because.some((why) => why.startsWith('same lexicon entry'));

/** Adjectives after a name that are dropped in every combination (2^n forms); a longer run only loses its tail. */
const MAX_DROPPED_ADJECTIVES = 4;

/** The shorter forms a form stands for: without some of its trailing adjectives (any of them, order kept:
 *  السفارة الأمريكية الجديدة → السفارة الجديدة، السفارة الأمريكية), its head noun alone (with and without
 *  the article) and, after an organisation's head noun, its distinguishing word alone, or the name of two
 *  words or more the head is in construct with. A head without the article keeps the word after it (وزارة
 *  الداخلية, never وزارة alone). */
export function shorterForms(key: string): string[] {
  const words = key.split(' ');
  if (words.length < 2) return [];
  const out = new Set<string>();
  const head = words[0]!;
  let start = words.length;
  while (start > 1 && isNameAdjective(words[start - 1]!)) start--;
  start = Math.max(start, head.startsWith('ال') ? 1 : 2);
  const run = words.slice(start);
  const core = words.slice(0, start);
  if (run.length <= MAX_DROPPED_ADJECTIVES)
    for (let mask = (1 << run.length) - 2; mask >= 0; mask--)
      out.add([...core, ...run.filter((_, at) => mask & (1 << at))].join(' '));
  else for (let end = words.length - 1; end >= start; end--) out.add(words.slice(0, end).join(' '));
  out.add(head.startsWith('ال') ? head : `ال${head}`);
  if (words.length === 2 && orgHeadWords().has(head) && words[1]!.startsWith('ال')) out.add(words[1]!);
  // a head in construct with a name (صحيفة نيويورك تايمز، مجلس محافظة البصرة، شركة أوتوستراد): the name
  if (orgHeadWords().has(head) && !words[1]!.startsWith('ال')) out.add(words.slice(1).join(' '));
  out.delete(key);
  return [...out];
}

/** The name before a place it is in or the country that leads it (الحكومة العراقية في بغداد، قوات الأمن
 *  بالبصرة، قوات التحالف بقيادة السعودية → the name), where the place is one of `places` (loose keys) or a
 *  place of the lexicon; null otherwise. */
export function withoutPlaceTail(key: string, places: Set<string>): string | null {
  const words = key.split(' ');
  for (let cut = 2; cut < words.length && cut >= words.length - 4; cut++) {
    const link = words[cut]!;
    let tail = words.slice(cut + 1);
    // بالبصرة، ببغداد: the preposition glued to the place (بغداد itself is no link)
    if (/^ب.{3,}$/.test(link) && !LED_BY.has(link) && !isPlace([link, ...tail], places))
      tail = [link.slice(1), ...tail];
    else if (link !== IN_WORD && !LED_BY.has(link)) continue;
    if (tail.length >= 1 && tail.length <= 3 && isPlace(tail, places)) return words.slice(0, cut).join(' ');
  }
  return null;
}

/** Heads of a state's own names: its forces (قوات النظام) are not the state (النظام). */
const STATE_HEADS = wordSet('entity-words', 'state_head');
const LED_BY = wordSet('entity-words', 'led_by');
const FORCES = wordList('entity-words', 'forces')[0]!;

/** The name of an organisation's forces without the forces' noun (قوات حرس الحدود → حرس الحدود), where
 *  the rest has two words or more and is no state's name; null otherwise. */
export function withoutForces(key: string): string | null {
  const words = key.split(' ');
  if (words[0] !== FORCES || words.length < 3 || STATE_HEADS.has(words[1]!)) return null;
  return words.slice(1).join(' ');
}

function isPlace(words: string[], places: Set<string>): boolean {
  if (places.has(words.join(' '))) return true;
  const forms = words.map(matchForm);
  return (getLookup().byFirst.get(forms[0]!) ?? []).some(
    (alias) => alias.entry.type === 'location' && alias.forms.join(' ') === forms.join(' '),
  );
}

/** A short form of several names stands for the one the story names far more than the others (three
 *  times as many mentions as the next, two at least), as a bare head does (bare-heads.ts). */
const DOMINANCE = 3;

/** The one candidate, or the dominant one of several; null when none stands out. */
function dominant(candidates: number[], entities: DossierEntity[]): number | null {
  if (candidates.length <= 1) return candidates[0] ?? null;
  const ranked = [...candidates].sort((a, b) => entities[b]!.mentions.length - entities[a]!.mentions.length);
  const top = entities[ranked[0]!]!.mentions.length;
  return top >= 2 && top >= DOMINANCE * entities[ranked[1]!]!.mentions.length ? ranked[0]! : null;
}

/** Joins every organisation or facility named by a shorter form of exactly one other entity's forms
 *  (a description of lexicons/descriptions.tsv is left to the first pass, which knows its candidates); `merges` merges two entities (by index) and records why. */
export function joinShortForms(entities: DossierEntity[], keys: string[][], merges: EntityMerges): void {
  const owners = new Map<string, Set<number>>(); // a form → the entities that have it
  const longer = new Map<string, Set<number>>(); // a shorter form → the entities whose forms stand for it
  const add = (map: Map<string, Set<number>>, key: string, index: number) => {
    const set = map.get(key);
    if (set) set.add(index);
    else map.set(key, new Set([index]));
  };
  entities.forEach((entity, index) => {
    const formKeys = keys[index]!;
    if (headTypedPerson(entity, formKeys[0]!)) add(owners, formKeys[0]!, index);
    if (joins(entity)) add(owners, withoutDescriptive(formKeys[0]!), index);
    if (!joins(entity)) return;
    for (const key of formKeys) {
      add(owners, key, index);
      for (const shorter of shorterForms(key)) add(longer, shorter, index);
    }
  });
  joinPlaceTails(entities, keys, owners, merges);
  joinNamesWithAcronym(entities, keys, owners, merges);
  joinLongerToKnown(entities, keys, owners, merges);
  // longer forms first: a name with one adjective joins the name with two before the bare name looks
  // (only the forms that are shorter forms of another; each form's words counted once, not in every comparison)
  const words = new Map<string, number>();
  for (const key of owners.keys()) if (longer.has(key)) words.set(key, key.split(' ').length);
  const byLength = [...owners]
    .filter(([key]) => words.has(key))
    .sort((a, b) => words.get(b[0])! - words.get(a[0])!);
  for (const [key, indexes] of byLength) {
    const candidates = longer.get(key);
    if (!candidates || descriptionKeys().has(key)) continue;
    for (const index of indexes) {
      // the entity named by the short form joins; a lexicon entry never does (it has names of its own)
      const entity = entities[index]!;
      const name = keys[index]![0]!;
      if (known(entity) || (name !== key && withoutDescriptive(name) !== key)) continue;
      const sameKind = (other: DossierEntity) =>
        entity.type === 'person' ? joins(other) : other.type === entity.type;
      const roots = new Set(
        [...candidates].filter((other) => sameKind(entities[other]!)).map((other) => merges.find(other)),
      );
      roots.delete(merges.find(index));
      const into = dominant([...roots], entities);
      if (into === null) continue;
      merges.union(
        into,
        merges.find(index),
        roots.size === 1
          ? `"${key}" is a short form of "${entities[into]!.name}", the one such name in the story`
          : `"${key}" is a short form of "${entities[into]!.name}", by far the most named such name in the story`,
      );
    }
  }
}

/** An organisation or facility named with the place it is in (الحكومة العراقية في بغداد) or with the noun
 *  of its forces (قوات الحرس الثوري الإيراني) joins the one other entity named without it. */
function joinPlaceTails(
  entities: DossierEntity[],
  keys: string[][],
  owners: Map<string, Set<number>>,
  merges: EntityMerges,
): void {
  const places = new Set<string>();
  entities.forEach((entity, index) => {
    if (entity.type === 'location') for (const key of keys[index]!) places.add(key);
  });
  entities.forEach((entity, index) => {
    if (!joins(entity) || known(entity)) return;
    const key = keys[index]![0]!;
    let short = withoutPlaceTail(key, places) ?? withoutForces(key);
    if (!short) return;
    // and without the adjectives after it (قوات الحرس الوطني التونسي → الحرس الوطني)
    const words = short.split(' ');
    while (!owners.has(short) && words.length > 2 && isNameAdjective(words.at(-1)!)) {
      words.pop();
      short = words.join(' ');
    }
    const roots = new Set(
      [...(owners.get(short) ?? [])]
        .filter((other) => entities[other]!.type === entity.type)
        .map((other) => merges.find(other)),
    );
    roots.delete(merges.find(index));
    if (roots.size !== 1) return;
    const [into] = roots;
    merges.union(
      into!,
      merges.find(index),
      `"${entity.name}" is "${entities[into!]!.name}" with its place or its forces' noun`,
    );
  });
}

/** A name followed by its one-word short name (هيئة الإذاعة الوطنية هوم، where the story also writes
 *  هيئة الإذاعة الوطنية and هوم as names) is both: the three are one entity. The short name may have been
 *  typed a person (a word extraction does not know). */
function joinNamesWithAcronym(
  entities: DossierEntity[],
  keys: string[][],
  owners: Map<string, Set<number>>,
  merges: EntityMerges,
): void {
  const oneWord = new Map<string, number[]>(); // a one-word name → the organisations and persons with it
  entities.forEach((entity, index) => {
    if (entity.type !== 'organization' && entity.type !== 'person') return;
    for (const key of keys[index]!) {
      if (key.includes(' ')) continue;
      const indexes = oneWord.get(key);
      if (indexes) indexes.push(index);
      else oneWord.set(key, [index]);
    }
  });
  entities.forEach((entity, index) => {
    if (entity.type !== 'organization') return;
    const words = keys[index]![0]!.split(' ');
    const last = words.at(-1)!;
    if (words.length < 3 || last.startsWith('ال') || isNameAdjective(last)) return;
    const named = [...(owners.get(words.slice(0, -1).join(' ')) ?? [])].filter(
      (other) => entities[other]!.type === 'organization',
    );
    const short = oneWord.get(last) ?? [];
    if (!named.length || !short.length) return;
    for (const other of new Set([...named, ...short].map((at) => merges.find(at))))
      if (other !== merges.find(index))
        merges.union(
          merges.find(index),
          other,
          `"${entity.name}" is a name followed by its short name "${last}"`,
        );
  });
}

/** A name with adjectives after it (قناة الإخبارية السعودية الرسمية) joins the one lexicon entry of its
 *  type that the name without some of them (قناة الإخبارية السعودية) names: the entry has names of its
 *  own, so it never joins a short form, but its longer forms are its own. */
function joinLongerToKnown(
  entities: DossierEntity[],
  keys: string[][],
  owners: Map<string, Set<number>>,
  merges: EntityMerges,
): void {
  entities.forEach((entity, index) => {
    if (!joins(entity) || known(entity)) return;
    const roots = new Set<number>();
    for (const shorter of shorterForms(keys[index]![0]!))
      if (shorter.includes(' '))
        for (const other of owners.get(shorter) ?? [])
          if (known(entities[other]!) && entities[other]!.type === entity.type) roots.add(merges.find(other));
    roots.delete(merges.find(index));
    if (roots.size !== 1) return;
    const [into] = roots;
    merges.union(
      into!,
      merges.find(index),
      `"${entity.name}" is "${entities[into!]!.name}" with adjectives after it`,
    );
  });
}
