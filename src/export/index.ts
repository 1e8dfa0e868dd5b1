// Stage "export": a dossier as coders load it. ACLED- and UCDP GED-shaped CSV of events, a flat CSV of every
// claim with its isnad, and GeoJSON of the events.
import { locateDossier } from '../geo/index.js';
import type { Dossier } from '../types.js';
import { ACLED_COLUMNS, acledRows } from './acled.js';
import { CLAIM_COLUMNS, claimRows } from './claims.js';
import { toCsv } from './csv.js';
import { eventsOf } from './events.js';
import { eventsGeoJson } from './geojson.js';
import { UCDP_COLUMNS, ucdpRows } from './ucdp.js';

export { ACLED_COLUMNS } from './acled.js';
export { CLAIM_COLUMNS } from './claims.js';
export { neutralise, toCsv } from './csv.js';
export type { IsnadEvent } from './events.js';
export { eventsOf } from './events.js';
export { chainOf, outletOf } from './sources.js';
export { UCDP_COLUMNS } from './ucdp.js';

export const FORMATS = ['acled', 'ucdp', 'csv', 'geojson'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** The text of one export of a dossier. */
export function exportDossier(dossier: Dossier, format: ExportFormat): string {
  if (format === 'csv') return toCsv(CLAIM_COLUMNS, claimRows(dossier));
  const events = eventsOf(dossier, locateDossier(dossier));
  if (format === 'acled') return toCsv(ACLED_COLUMNS, acledRows(events));
  if (format === 'ucdp') return toCsv(UCDP_COLUMNS, ucdpRows(events));
  return JSON.stringify(eventsGeoJson(events), null, 1) + '\n';
}
