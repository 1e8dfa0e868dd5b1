// What the claim-group stages ask of a claim: its middle value, its first source, day arithmetic.

import type { DossierClaim, DossierDocument, DossierEntity } from '../types.js';

/** The story's entities and documents by id. */
export interface Ctx {
  entities: Map<string, DossierEntity>;
  docs: Map<string, DossierDocument>;
  /** originOf's keys of the claims without a speaker, made once per claim (the story's: a map, not a
   *  process-wide weak map of every claim). */
  origins: Map<DossierClaim, string>;
}

export const mid = (c: DossierClaim) => c.value.low ?? c.value.high ?? 0;

/** The first source of a claim's chain: its speaker, else its first relay, else the outlet itself
 *  (an outlet's copies of one story, such as a wire story filed twice, are one origin). */
export function originOf(c: DossierClaim, ctx: Ctx): string {
  if (c.speaker) return c.speaker;
  let origin = ctx.origins.get(c); // a relay's or an outlet's key is made once per claim, not by every test
  if (origin === undefined)
    ctx.origins.set(c, (origin = c.via[0] ? `via:${c.via[0]}` : `outlet:${outletOf(c.doc, ctx)}`));
  return origin;
}

const LEXICON_ID = /same lexicon entry (\S+)/;
const lexiconIds = new WeakMap<DossierEntity, string | null>();

/** The lexicon entry an entity was matched to: the first of its reasons that names one (read once per
 *  entity, not for every claim it speaks: a much-quoted entity has many reasons). */
export function lexiconIdOf(e: DossierEntity): string | undefined {
  let id = lexiconIds.get(e);
  if (id === undefined) {
    id = null;
    for (const reason of e.merged_because) {
      const found = LEXICON_ID.exec(reason);
      if (found) {
        id = found[1]!;
        break;
      }
    }
    lexiconIds.set(e, id);
  }
  return id ?? undefined;
}

/** A wire story is one origin wherever it is published: its agency; else the outlet. */
function outletOf(doc: string, ctx: Ctx): string {
  const d = ctx.docs.get(doc);
  return d?.credit ? `wire:${d.credit}` : (d?.outlet ?? doc);
}

export function shift(iso: string, days: number): string {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function dayDiff(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86400000);
}
