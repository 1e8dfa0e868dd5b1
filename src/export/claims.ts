// Every claim (figure) of the dossier, flat, with its isnad: one row per claim, as the article states it.
import { measureLabel } from '../english/index.js';
import type { Dossier } from '../types.js';
import type { Cell } from './csv.js';
import { chainOf, nameOf, outletOf } from './sources.js';

export const CLAIM_COLUMNS = [
  'claim_id',
  'doc',
  'outlet',
  'url',
  'published',
  'measure',
  'measure_label',
  'group',
  'low',
  'high',
  'qualifier',
  'stance',
  'speaker',
  'via',
  'chain',
  'verb',
  'as_of',
  'place',
  'implied',
  'part_of',
  'estimate_group',
  'start',
  'end',
  'text',
] as const;

export function claimRows(dossier: Dossier): Cell[][] {
  const groupOf = new Map<string, string>();
  for (const g of dossier.claim_groups) for (const c of g.claims) groupOf.set(c, g.id);
  return [...dossier.claims, ...(dossier.implied_claims ?? [])].map((c) => {
    const src = outletOf(dossier, c.doc);
    return [
      c.id,
      c.doc,
      src.outlet,
      src.url,
      src.published,
      c.measure,
      measureLabel(c.measure),
      c.group,
      c.value.low,
      c.value.high,
      c.value.qualifier,
      c.stance,
      c.speaker ? nameOf(dossier, c.speaker) : '',
      c.via.map((v) => nameOf(dossier, v)).join(' → '),
      chainOf(dossier, c),
      c.verb,
      c.as_of,
      c.place ? nameOf(dossier, c.place) : '',
      c.implied ? 'yes' : '',
      c.part_of ?? '',
      groupOf.get(c.id) ?? '',
      c.start,
      c.end,
      c.text,
    ];
  });
}
