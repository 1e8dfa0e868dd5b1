// The closed sets of values that several lexicon columns share (schemas.ts): the measures a figure counts,
// the kinds of happening, the parts of a day.

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
