// Clusters of mentions that name one referent, merged with union-find; every merge records its reason.

import { looseKey } from '../text/normalize.js';
import type { EntityType, Mention } from '../types.js';

export interface Cluster {
  id: number;
  type: EntityType;
  lexId: string | null;
  mentions: Mention[];
  /** The first surface and how many mentions have it, while the cluster has one surface (most have). */
  surface: string;
  surfaceCount: number;
  /** Every surface → its count, in the order first seen: made at the second surface (null before). */
  names: Map<string, number> | null;
  extraAliases: ReadonlySet<string>; // NONE until the first is added (most clusters have none)
  reasons: ReadonlySet<string>; // in the order they were first given
  orgs: ReadonlySet<string>;
  /** The cluster this one was merged into (null while it was not): ClusterSet's union-find link. */
  parent: Cluster | null;
  /** Whether one of its mentions names a body (how "body"), and whether all of them are bare bodies. */
  hasBody: boolean;
  allBareBodies: boolean;
  /** The index of its entity once the clusters are entities (toEntities), -1 before. */
  entity: number;
  /** The key of its first mention with the most words, and how many (-1 while it has none): kept as
   *  mentions are added, so that the passes that read it do not walk the mentions again. */
  best: string;
  bestWords: number;
  /** The lexicon entries' ids its first mention with a description's referents had (null when none). */
  refers: string[] | null;
  /** How many mentions joined it by their lexicon entry (the cluster made for that entry). */
  lexMentions: number;
}

/** The shared empty set of a cluster that has no aliases, reasons or organisations yet: a story has
 *  thousands of clusters, and three sets each were a good part of what reconciliation kept alive. */
const NONE: ReadonlySet<string> = new Set<string>();

/** Adds a string to one of a cluster's sets, made on the first addition. */
function addTo(c: Cluster, field: 'extraAliases' | 'reasons' | 'orgs', value: string): void {
  const had = c[field];
  if (had === NONE) c[field] = new Set([value]);
  else (had as Set<string>).add(value);
}

/** Removes an alias from a cluster (nothing when it has none). */
export function dropAlias(c: Cluster, alias: string): void {
  if (c.extraAliases !== NONE) (c.extraAliases as Set<string>).delete(alias);
}

export const tokensOf = (k: string) => k.split(' ').filter(Boolean);

/** How many words a key has: tokensOf(k).length, without building the words. */
export function wordCount(k: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < k.length; i++) {
    const space = k.charCodeAt(i) === 32;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** The key of the cluster's mention with the most words (the first of them), for a cluster with mentions. */
export function bestKey(c: Cluster): string {
  return c.best;
}

/** The cluster's first surface (undefined when it has none). */
export function firstSurface(c: Cluster): string | undefined {
  if (c.names !== null) return c.names.keys().next().value;
  return c.surfaceCount > 0 ? c.surface : undefined;
}

/** How many of the cluster's mentions have this surface. */
export function surfaceCount(c: Cluster, surface: string): number {
  if (c.names !== null) return c.names.get(surface) ?? 0;
  return c.surfaceCount > 0 && c.surface === surface ? c.surfaceCount : 0;
}

export class ClusterSet {
  readonly clusters: Cluster[] = [];
  readonly byLex = new Map<string, Cluster>();
  /** The first cluster each mention key went to. */
  readonly byKey = new Map<string, Cluster>();

  /** The cluster a cluster was merged into (itself when it was not). */
  find(c: Cluster): Cluster {
    let r = c;
    while (r.parent) r = r.parent;
    let x = c;
    while (x.parent) {
      const n: Cluster = x.parent;
      if (n !== r) x.parent = r;
      x = n;
    }
    return r;
  }

  merged(c: Cluster): boolean {
    return c.parent !== null;
  }

  make(m: Mention): Cluster {
    const c: Cluster = {
      id: this.clusters.length + 1,
      type: m.type,
      lexId: m.lexId ?? null,
      mentions: [],
      surface: '',
      surfaceCount: 0,
      names: null,
      extraAliases: NONE,
      reasons: NONE,
      orgs: NONE,
      parent: null,
      hasBody: false,
      allBareBodies: true,
      entity: -1,
      best: '',
      bestWords: -1,
      refers: null,
      lexMentions: 0,
    };
    this.clusters.push(c);
    return c;
  }

  add(c: Cluster, m: Mention, reason?: string): void {
    this.addSeen(c, m, reason);
    if (!this.byKey.has(m.key)) this.byKey.set(m.key, c);
  }

  /** add() for a mention whose key the set has seen already (byKey has it: not looked up again). */
  addSeen(c: Cluster, m: Mention, reason?: string): void {
    c.mentions.push(m);
    const words = wordCount(m.key);
    if (words > c.bestWords) {
      c.best = m.key;
      c.bestWords = words;
    }
    if (c.refers === null && m.refers) c.refers = m.refers;
    if (m.how === 'body') c.hasBody = true;
    if (m.how !== 'bare-body') c.allBareBodies = false;
    const surface = m.surface;
    if (c.names !== null) c.names.set(surface, (c.names.get(surface) ?? 0) + 1);
    else if (c.surfaceCount === 0 || c.surface === surface) {
      c.surface = surface;
      c.surfaceCount++;
    } else
      c.names = new Map([
        [c.surface, c.surfaceCount],
        [surface, 1],
      ]);
    // the title and the name (العقيد سامر الخطيب), unless the surface is the title's phrase itself (وزير الداخلية)
    if (m.title && m.type === 'person' && !looseKey(surface).startsWith(looseKey(m.title)))
      addTo(c, 'extraAliases', `${m.title} ${m.surface}`.replace(/\s+/g, ' '));
    for (const a of m.aliases ?? []) addTo(c, 'extraAliases', a);
    if (m.org) addTo(c, 'orgs', m.org);
    if (reason) addTo(c, 'reasons', reason);
  }

  merge(into0: Cluster, from0: Cluster, reason: string): void {
    const into = this.find(into0),
      from = this.find(from0);
    if (into === from) return;
    for (const m of from.mentions) this.addSeen(into, m); // each was added once: byKey has its key
    for (const a of from.extraAliases) addTo(into, 'extraAliases', a);
    for (const o of from.orgs) addTo(into, 'orgs', o);
    addTo(into, 'reasons', reason);
    for (const r of from.reasons) addTo(into, 'reasons', r);
    if (!into.lexId && from.lexId) into.lexId = from.lexId;
    from.mentions = [];
    from.best = '';
    from.bestWords = -1;
    from.refers = null;
    from.parent = into;
  }

  /** The clusters not merged into another, with mentions. */
  live(): Cluster[] {
    return this.clusters.filter((c) => c.parent === null && c.mentions.length);
  }
}
