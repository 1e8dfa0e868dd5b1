// Stage "geo": where the places of a story are. Public surface: locate a dossier's places, or any list of
// place names with the story's context.
export { locateDossier } from './dossier.js';
export type { Location, PlaceQuery } from './resolve.js';
export { locatePlaces } from './resolve.js';

import { gazetteer } from './gazetteer.js';
import { latinKeys } from './names.js';
import type { Location } from './resolve.js';

/** The English name to show for a located place: the lexicon's, unless the lexicon names a country and the
 *  story's context placed the name in a town (عمان: Oman in the lexicon, Amman in a story about Jordan). */
export function placeEnglishName(english: string | null, location: Location | undefined): string | null {
  if (!location?.located || location.where_prec !== 1 || !location.town) return english;
  if (!english) return location.town;
  const country = latinKeys(english)
    .map((k) => gazetteer().countryByKey.get(k))
    .find(Boolean);
  return country ? location.town : english;
}

/** Great-circle distance in kilometres. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
