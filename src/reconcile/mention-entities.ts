// The entity of each mention, as the dossier's claims, quotes, timeline and credits ask for it. The first
// pass reads a story's mentions document by document and keeps, by the index of each in that order, the
// entity it went to: a mention is found in its document's run of that order, so that no map from every
// mention (20,000-35,000 a story, of which a few thousand are ever asked for) is built.

import type { Mention } from '../types.js';

/** The entity id of a mention, undefined for a mention no entity has. */
export interface MentionEntities {
  get(mention: Mention): string | undefined;
}

/** Where each document's mentions are in the reading order: [start, end), by document id. */
type Runs = Map<string, { start: number; end: number }>;

/** The runs of the mentions of each document, or null when a document's mentions are not all together
 *  (then a mention could not be found in one run). */
function runsOf(mentions: readonly Mention[]): Runs | null {
  const runs: Runs = new Map();
  let doc: string | null = null;
  let run = { start: 0, end: 0 };
  for (let at = 0; at < mentions.length; at++) {
    const next = mentions[at]!.doc;
    if (next === doc) continue;
    run.end = at;
    if (runs.has(next)) return null;
    doc = next;
    runs.set(doc, (run = { start: at, end: mentions.length }));
  }
  return runs;
}

/** The entity of a mention found in its document's run of the reading order. One class for every story:
 *  an object literal's method was a new function per story, which the optimised callers embedded (and
 *  were deoptimised when the story's function died). */
class RunEntities implements MentionEntities {
  constructor(
    private readonly runs: Runs,
    private readonly mentions: readonly Mention[],
    private readonly entityIndex: Int32Array,
    private readonly idOf: readonly string[],
  ) {}

  get(mention: Mention): string | undefined {
    const run = this.runs.get(mention.doc);
    if (run === undefined) return undefined;
    const { mentions, entityIndex } = this;
    // from the end: a mention read twice has the entity of its last reading with one, as a map has
    for (let at = run.end - 1; at >= run.start; at--)
      if (mentions[at] === mention && entityIndex[at]! >= 0) return this.idOf[entityIndex[at]!];
    return undefined;
  }
}

/** The entities of the mentions read in order (`entityIndex`: the old entity of each, -1 for none), with
 *  the new id of each old entity. */
export function mentionEntities(
  mentions: readonly Mention[],
  entityIndex: Int32Array,
  idOf: readonly string[],
): MentionEntities {
  const runs = runsOf(mentions);
  if (runs === null) {
    const map = new Map<Mention, string>();
    for (let at = 0; at < mentions.length; at++)
      if (entityIndex[at]! >= 0) map.set(mentions[at]!, idOf[entityIndex[at]!]!);
    return map;
  }
  return new RunEntities(runs, mentions, entityIndex, idOf);
}
