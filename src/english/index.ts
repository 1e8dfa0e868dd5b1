// English for the reader who needs it: an English name for every entity (the lexicons', the gazetteer's, or a
// transliteration that says it is one) and English labels for measures and timeline types.
import type { DossierEntity } from '../types.js';
import { transliterate } from './transliterate.js';

export type { Lang } from './labels.js';
export { acledType, eventTypeLabel, happeningsOf, measureLabel } from './labels.js';
export { transliterate } from './transliterate.js';

export interface EnglishName {
  name: string;
  /** Where it comes from: the lexicons, the gazetteer (GeoNames) or the transliteration scheme. */
  how: 'lexicon' | 'gazetteer' | 'transliteration';
}

/** The English name of an entity; `placeName` is the gazetteer's name for a located place, if any. */
export function englishName(entity: DossierEntity, placeName?: string | null): EnglishName {
  if (entity.english_name) return { name: entity.english_name, how: 'lexicon' };
  if (placeName) return { name: placeName, how: 'gazetteer' };
  return { name: `${transliterate(entity.name)} (transliterated)`, how: 'transliteration' };
}
