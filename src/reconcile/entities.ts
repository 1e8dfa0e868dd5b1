// One entity per referent across documents. Mentions are merged when:
//  - they name the same lexicon entry (قسد = قوات سوريا الديمقراطية = SDF);
//  - they have the same normalised name;
//  - a person's surname alone (الخطيب) follows the full name in the same document;
//  - two persons share first and last name (جون سميث / جون دبليو سميث), or differ by one letter
//    in one name part (كمال أحمد / كمال حمد) AND speak for the same organisation;
//  - the text says so in apposition (القوة التي يقودها الأكراد والمعروفة باسم قوات سوريا الديمقراطية).
// Every merge records its reason.

import { lexEntry, loadTsv, many } from '../lexicon/index.js';
import { looseKey } from '../text/normalize.js';
import type { DossierEntity, Mention } from '../types.js';
import { withoutHashtag } from './aliases.js';
import { bestKey, type Cluster, ClusterSet, surfaceCount, wordCount } from './clusters.js';
import { joinFacilityNames } from './facility-names.js';
import { foldSound, mergePersons } from './person-merges.js';

let descIdx: Map<string, string[]> | null = null;
function descriptionIndex(): Map<string, string[]> {
  if (!descIdx) {
    descIdx = new Map();
    for (const r of loadTsv('descriptions')) descIdx.set(looseKey(r.description!), many(r.refers));
  }
  return descIdx;
}

export interface EntityResult {
  entities: DossierEntity[];
  entityOf: Map<Mention, string>;
  /** When entityOf is left for mergeVariants to fill: the mentions read, in their order, and the entity
   *  (by index) each went to, -1 for none (filled in that order, the map is built without a random walk). */
  pending?: PendingMentions;
}

export interface PendingMentions {
  mentions: Mention[];
  entityIndex: Int32Array;
}

/** Bodies of organisations (المركز الإعلامي لـ"قسد"): by head and organisation, by head, by mention key. */
interface Bodies {
  byKey: Map<string, Cluster>; // body:HEAD|ORG
  byHead: Map<string, Set<Cluster>>;
  byMentionKey: Map<string, Cluster>;
  /** The reason a mention joins its entry's cluster, by entry id, and its name's, by surface: made once
   *  per entry or surface, not per mention (each new string was built and then hashed by the reasons' set). */
  entryReasons: Map<string, string>;
  nameReasons: Map<string, string>;
}

/** A memo's string for a key, made by `make` the first time. */
function reasonOf(memo: Map<string, string>, key: string, make: (key: string) => string): string {
  let reason = memo.get(key);
  if (reason === undefined) memo.set(key, (reason = make(key)));
  return reason;
}
const entryReason = (lexId: string) => `same lexicon entry ${lexId}`;
const nameReason = (surface: string) => `same name "${surface}"`;

export function reconcileEntities(mentions: Mention[]): EntityResult {
  const set = new ClusterSet();
  const bodies: Bodies = {
    byKey: new Map(),
    byHead: new Map(),
    byMentionKey: new Map(),
    entryReasons: new Map(),
    nameReasons: new Map(),
  };
  // 1. lexicon entries, bodies of organisations, and exact names (the cluster each mention went to kept)
  const owners: (Cluster | undefined)[] = new Array(mentions.length);
  const keylessEntries = addMentions(set, bodies, mentions, owners);
  joinNamedBodies(set, bodies);
  joinBareBodies(set, bodies);
  joinDescriptions(set, keylessEntries ? mentions : null);
  // names the text links (X المعروفة باسم Y، مدينة X) point at the cluster that has them
  for (const c of set.live())
    for (const a of c.extraAliases) {
      const other = set.byKey.get(looseKey(a));
      if (other && set.find(other) !== set.find(c)) set.merge(c, other, `the text calls "${a}" by this name`);
    }
  // 2. persons: surname within a document or unique in the story, full-name variants across documents
  mergePersons(set);
  // 3. places and facilities spelt with ق/غ/ك variants (غزالة / قزالة) that share their head word
  const placeKey = new Map<string, Cluster>();
  for (const c of set.live()) {
    if ((c.type !== 'facility' && c.type !== 'location') || c.lexId) continue;
    const k = c.type + ':' + foldSound(bestKey(c));
    const other = placeKey.get(k);
    if (other && set.find(other) !== c)
      set.merge(other, c, `same name but for a letter that transliterations swap (ق/غ/ك)`);
    else placeKey.set(k, c);
  }
  // 4. a facility's name under its head, with or without the article and adjectives, and alone
  joinFacilityNames(set);
  return toEntities(set, mentions, owners);
}

/** Every mention with a key joins its cluster (kept in `owners` by the mention's index); returns whether a
 *  mention of a lexicon entry had no key (counted, not clustered). The story's long loop is a function of
 *  its own: V8 compiles a loop that runs long while it runs (on-stack replacement) and keeps that code for
 *  the next story; compiled inside reconcileEntities, it held the passes after the loop as they were
 *  before they first ran, and was deoptimised there, story after story. */
function addMentions(
  set: ClusterSet,
  bodies: Bodies,
  mentions: readonly Mention[],
  owners: (Cluster | undefined)[],
): boolean {
  let keylessEntries = false;
  for (let at = 0; at < mentions.length; at++) {
    const m = mentions[at]!;
    if (m.key) owners[at] = addMention(set, bodies, m);
    else if (m.lexId) keylessEntries = true;
  }
  return keylessEntries;
}

/** A mention joins its lexicon entry, its body, or the cluster of its exact name: returns that cluster. */
function addMention(set: ClusterSet, bodies: Bodies, m: Mention): Cluster {
  if (m.lexId) {
    let c = set.byLex.get(m.lexId);
    if (!c) {
      c = set.make(m);
      set.byLex.set(m.lexId, c);
    }
    set.add(c, m, reasonOf(bodies.entryReasons, m.lexId, entryReason));
    c.lexMentions++;
    return c;
  }
  if (m.how === 'body' && m.title && m.org) {
    const bk = `body:${m.title}|${m.org}`;
    const b0 = bodies.byKey.get(bk) ?? bodies.byMentionKey.get(m.key);
    const b = b0 ? set.find(b0) : set.make(m);
    set.add(b, m, b0 ? `same body "${m.title}" of the same organisation` : undefined);
    bodies.byKey.set(bk, b);
    bodies.byMentionKey.set(m.key, b);
    if (!bodies.byHead.has(m.title)) bodies.byHead.set(m.title, new Set());
    bodies.byHead.get(m.title)!.add(b);
    return b;
  }
  const c0 = set.byKey.get(m.key);
  const c = c0 ? set.find(c0) : undefined;
  if (c && (c.type === m.type || m.type !== 'person')) {
    set.addSeen(c, m, reasonOf(bodies.nameReasons, m.surface, nameReason)); // c0 came from byKey
    return c;
  }
  const made = set.make(m);
  if (c0) set.addSeen(made, m);
  else set.add(made, m);
  return made;
}

/** A speaker phrase that names a body (القيادة العامة لـ"قسد") joins it. */
function joinNamedBodies(set: ClusterSet, bodies: Bodies): void {
  for (const c of set.live()) {
    if (c.hasBody) continue;
    const body = bodies.byMentionKey.get(bestKey(c));
    if (body && set.find(body) !== c) set.merge(body, c, `same name "${c.mentions[0]!.surface}"`);
  }
}

/** A bare body (المركز الإعلامي) stands for the one body with that head in the story. */
function joinBareBodies(set: ClusterSet, bodies: Bodies): void {
  for (const c of set.live()) {
    if (!c.allBareBodies) continue;
    const head = c.mentions[0]!.title ?? '';
    const found = new Set(
      [...(bodies.byHead.get(head) ?? [])]
        .map((b) => set.find(b))
        .filter((b) => b.mentions.length && b !== c),
    );
    if (found.size === 1) set.merge([...found][0]!, c, `"${head}" alone, and the story names one such body`);
  }
}

/** The story's lexicon entries in the order first mentioned, with their counts and (looked up once, when
 *  a description first refers to a kind) their kinds. */
interface EntryCounts {
  ids: string[];
  counts: number[];
  kinds: (string | undefined)[] | null;
}

/** The lexicon entry a description may refer to that the story mentions most. */
function mostMentioned(refers: string[], entries: EntryCounts): string | null {
  let kinds: string[] | null = null; // the kinds it refers to (kind:…)
  for (const r of refers) if (r.startsWith('kind:')) (kinds ??= []).push(r.slice(5));
  const { ids, counts } = entries;
  const entryKinds = kinds ? (entries.kinds ??= ids.map((id) => lexEntry(id)?.kind)) : null;
  let best: string | null = null,
    bestN = 0;
  for (let at = 0; at < ids.length; at++) {
    const id = ids[at]!;
    const ok = refers.includes(id) || kinds?.includes(entryKinds![at]!) === true;
    if (ok && counts[at]! > bestN) {
      best = id;
      bestN = counts[at]!;
    }
  }
  return best;
}

const WAW = 0x648;
const FEH = 0x641;
/** A key without the conjunction و or ف before an article (والتنظيم → التنظيم); the expression is run only
 *  on keys that begin with one of them. */
function withoutConjunction(key: string): string {
  const first = key.charCodeAt(0);
  return first === WAW || first === FEH ? key.replace(/^[وف](?=ال)/, '') : key;
}

/** How many mentions each lexicon entry has, in the order the entries were first mentioned: counted as
 *  the mentions joined their entries' clusters, or over `mentions` when some had no key (not clustered). */
function entryCounts(set: ClusterSet, mentions: Mention[] | null): Map<string, number> {
  const lexCount = new Map<string, number>();
  if (!mentions) {
    for (const [lexId, c] of set.byLex) lexCount.set(lexId, c.lexMentions);
    return lexCount;
  }
  for (const m of mentions) if (m.lexId) lexCount.set(m.lexId, (lexCount.get(m.lexId) ?? 0) + 1);
  return lexCount;
}

/** Descriptions (التنظيم، القوات الكردية) stand for the candidate the story mentions most; `mentions` are
 *  all the story's when some mention of a lexicon entry had no key (else the clusters have the counts). */
function joinDescriptions(set: ClusterSet, mentions: Mention[] | null): void {
  const lexCount = entryCounts(set, mentions);
  const entries: EntryCounts = { ids: [...lexCount.keys()], counts: [...lexCount.values()], kinds: null };
  const descIndex = descriptionIndex();
  const bestFor = new Map<string, string | null>();
  for (const c of set.live()) {
    if (c.lexId) continue;
    const refers = c.refers ?? descIndex.get(withoutConjunction(bestKey(c)));
    if (!refers) continue;
    const rk = refers.join('|');
    if (!bestFor.has(rk)) bestFor.set(rk, mostMentioned(refers, entries));
    const best = bestFor.get(rk);
    const target = best ? set.byLex.get(best) : undefined;
    if (target && set.find(target).mentions.length)
      set.merge(
        target,
        c,
        `"${c.mentions[0]!.surface}" describes ${lexEntry(best!)?.name ?? best}, the most mentioned of its kind in the story`,
      );
  }
}

/** The clusters as entities; the entity each mention went to is kept in `pending` (by the cluster its
 *  mention joined first, `owners`) and the map from mention to entity is left empty: mergeVariants fills
 *  it once, with the final ids. */
function toEntities(set: ClusterSet, read: Mention[], owners: (Cluster | undefined)[]): EntityResult {
  const entities: DossierEntity[] = [];
  for (const c of set.live()) {
    c.entity = entities.length;
    const id = `e${entities.length + 1}`;
    const entry = c.lexId ? lexEntry(c.lexId) : undefined;
    const surfaces = surfacesOf(c);
    const name = entry?.name ?? longestPersonName(c, surfaces) ?? surfaces[0]!;
    const aliases = clusterAliases(c, surfaces, name, entry?.aliases);
    // the mentions themselves (as spans: buildDossier makes them plain spans when the dossier is done, so
    // that a story's spans are not new objects kept through every pass: copied by each collection)
    const mentions: DossierEntity['mentions'] = c.mentions;
    entities.push({
      id,
      type: c.type,
      name,
      english_name: entry?.english ?? null,
      aliases,
      mentions,
      merged_because: [...c.reasons],
    });
  }
  const entityIndex = new Int32Array(read.length).fill(-1);
  for (let at = 0; at < read.length; at++) {
    const owner = owners[at];
    if (owner) entityIndex[at] = set.find(owner).entity;
  }
  return { entities, entityOf: new Map(), pending: { mentions: read, entityIndex } };
}

/** The surfaces, the linked names and the entry's Arabic aliases, trimmed, each once, without the name. */
function clusterAliases(
  c: Cluster,
  surfaces: string[],
  name: string,
  entryAliases: readonly string[] | undefined,
): string[] {
  // one surface and no other form (most clusters): no set of forms
  if (surfaces.length === 1 && c.extraAliases.size === 0 && entryAliases === undefined) {
    const trimmed = surfaces[0]!.trim();
    return trimmed && trimmed !== name ? [trimmed] : [];
  }
  const forms = new Set<string>();
  for (const surface of surfaces) addTrimmed(forms, surface);
  for (const alias of c.extraAliases) addTrimmed(forms, alias);
  if (entryAliases) for (const alias of arabicAliasesOf(entryAliases)) addTrimmed(forms, alias);
  const aliases: string[] = [];
  for (const form of forms) if (form !== name) aliases.push(form);
  return aliases;
}

/** The cluster's surfaces, the most used first (then the longest; else in the order first seen). */
function surfacesOf(c: Cluster): string[] {
  if (c.names === null) return withHashtagWords(c.surface);
  if (c.names.size === 1) return withHashtagWords(c.names.keys().next().value!);
  const sorted = [...c.names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
  return sorted.flatMap(([s]) => withHashtagWords(s));
}

/** A surface, and first its words when it is written as a hashtag (#البيت_الأبيض: البيت الأبيض). */
function withHashtagWords(surface: string): string[] {
  const words = withoutHashtag(surface);
  return words === surface ? [surface] : [words, surface];
}

const addTrimmed = (forms: Set<string>, form: string): void => {
  const trimmed = form.trim();
  if (trimmed) forms.add(trimmed);
};

/** A lexicon entry's aliases in Arabic letters, by its list (the same entries come back in every story). */
const arabicAliases = new WeakMap<readonly string[], string[]>();
function arabicAliasesOf(aliases: readonly string[]): string[] {
  let known = arabicAliases.get(aliases);
  if (!known) arabicAliases.set(aliases, (known = aliases.filter((a) => /[\u0600-\u06FF]/.test(a))));
  return known;
}

function longestPersonName(c: Cluster, surfaces: string[]): string | undefined {
  if (c.type !== 'person') return undefined;
  if (surfaces.length === 1) return surfaces[0];
  return [...surfaces].sort(
    (a, b) => wordCount(b) - wordCount(a) || surfaceCount(c, b) - surfaceCount(c, a),
  )[0];
}
