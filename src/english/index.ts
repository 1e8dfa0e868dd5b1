// English for the reader who needs it: an English name for every entity (the lexicons', the gazetteer's, or a
// transliteration that says it is one) and English labels for measures and timeline types.
import type { DossierEntity, EnglishNameHow } from '../types.js';
import { transliterate } from './transliterate.js';

export type { Lang } from './labels.js';
export { acledType, eventTypeLabel, happeningsOf, measureLabel } from './labels.js';
export { transliterate } from './transliterate.js';

export interface EnglishName {
  name: string;
  /** Where it comes from: the lexicons, the gazetteer (GeoNames) or the transliteration scheme. */
  how: EnglishNameHow;
}

/** The English name of an entity as the dossier gives it (reconcile/english-names.ts decides it), marked
 *  "(transliterated)" when it is a transliteration; a dossier written before English names were added gets
 *  the transliteration of its name. */
export function englishName(
  entity: Pick<DossierEntity, 'name' | 'english_name' | 'english_name_how'>,
): EnglishName {
  const how = entity.english_name_how ?? (entity.english_name ? 'lexicon' : 'transliteration');
  const name = entity.english_name || transliterate(entity.name);
  return { name: how === 'transliteration' ? `${name} (transliterated)` : name, how };
}
