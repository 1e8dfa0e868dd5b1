// Every entity's English name, and where it comes from, decided once for the whole story: the lexicons'
// (lexicons/*.tsv), else, for a place the gazetteer locates as a town, the gazetteer's (GeoNames), else a
// transliteration (src/english/transliterate.ts) that says it is one. A lexicon name for a country gives way
// to the town the story's context puts the name in (عمان: Oman in the lexicon, Amman in a story about Jordan).
// Figures and timeline entries get the English label of their measure and type (lexicons/measure-labels.tsv,
// event-types.tsv).
import { eventTypeLabel, measureLabel, transliterate } from '../english/index.js';
import { type Location, locateDossier, placeEnglishName } from '../geo/index.js';
import type { Dossier, DossierClaim, DossierEntity, EnglishNameHow } from '../types.js';

/** The English name of one entity, given where the story puts it (for places). */
export function englishNameOf(
  entity: Pick<DossierEntity, 'name' | 'english_name'>,
  location?: Location,
): { english_name: string; english_name_how: EnglishNameHow } {
  const lexicon = entity.english_name;
  const shown = placeEnglishName(lexicon, location);
  if (shown && shown === lexicon) return { english_name: shown, english_name_how: 'lexicon' };
  if (shown) return { english_name: shown, english_name_how: 'gazetteer' };
  return { english_name: transliterate(entity.name), english_name_how: 'transliteration' };
}

/** Sets `english_name` and `english_name_how` on every entity of the dossier (its places located together),
 *  the English label of every figure's measure and of every timeline entry's type; returns the dossier. */
export function withEnglishNames(
  dossier: Dossier,
  located: Map<string, Location> = locateDossier(dossier),
): Dossier {
  for (const e of dossier.entities) {
    const english = englishNameOf(e, located.get(e.id));
    e.english_name = english.english_name;
    e.english_name_how = english.english_name_how;
  }
  // a story has thousands of figures and a few dozen measures: each measure's label is looked up once
  const labels = new Map<string, string>();
  addMeasureLabels(dossier.claims, labels);
  addMeasureLabels(dossier.implied_claims ?? [], labels);
  addTypeLabels(dossier.timeline);
  return dossier;
}

// (each loop a function of its own: V8 compiles a loop that runs long while it runs and keeps that code
// for the next story; compiled inside withEnglishNames, the loops after it were held as they were before
// they first ran, and deoptimised there story after story)

/** Sets each figure's measure label, each label looked up once (`labels`: by measure). */
function addMeasureLabels(claims: readonly DossierClaim[], labels: Map<string, string>): void {
  for (const c of claims) {
    let label = labels.get(c.measure);
    if (label === undefined) labels.set(c.measure, (label = measureLabel(c.measure)));
    c.measure_label = label;
  }
}

/** Sets each timeline entry's type label. */
function addTypeLabels(timeline: Dossier['timeline']): void {
  for (const t of timeline) t.type_label = eventTypeLabel(t.type);
}
