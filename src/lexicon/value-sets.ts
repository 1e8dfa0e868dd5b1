// The closed sets of values of the data model that lexicon columns also take (schemas.ts): the measures a
// figure counts, the kinds of happening, the parts of a day, the kinds of page furniture. types.ts names its types after these lists, so
// each set is written once.

export const MEASURES = [
  'killed',
  'injured',
  'held',
  'escaped',
  'arrested',
  'surrendered',
  'missing',
  'hostages',
  'combatants',
  'displaced',
  'explosive_devices',
  'duration',
  'other',
] as const;
export const HAPPENINGS = [
  'attack',
  'explosion',
  'clash',
  'riot',
  'escape',
  'hostage_taking',
  'airstrike',
  'surrender',
  'control_declared',
  'arrest',
  'statement',
  'claim_of_responsibility',
  'curfew',
  'displacement',
  'other',
] as const;
export const PARTS_OF_DAY = ['night', 'morning', 'evening', 'late'] as const;
/** Page furniture; a `link` is a link back to the article that names the outlet (رابط الخبر بصحيفة X: …),
 *  whose names stay mentions. */
export const FURNITURE_KINDS = [
  'widget',
  'teaser',
  'newsletter',
  'tweet',
  'caption',
  'category',
  'byline',
  'dateline',
  'title',
  'link',
  'other',
] as const;

export type Measure = (typeof MEASURES)[number];
export type HappeningType = (typeof HAPPENINGS)[number];
export type PartOfDay = (typeof PARTS_OF_DAY)[number];
export type FurnitureKind = (typeof FURNITURE_KINDS)[number];
