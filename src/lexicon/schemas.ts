// The schema of every file in lexicons/: its columns and the values they allow.

import type { TableSchema } from './tsv.js';

const MEASURES = [
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
const HAPPENINGS = [
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
const PARTS_OF_DAY = ['night', 'morning', 'evening', 'late'] as const;
const required = { required: true } as const;
const words = { required: true, many: true } as const;

export const SCHEMAS = {
  'counted-nouns': {
    noun: words,
    class: {
      required: true,
      oneOf: ['civilian', 'combatant', 'group', 'person', 'place', 'prisoner', 'vehicle'],
    },
  },
  'day-parts': { phrase: words, part: { required: true, oneOf: PARTS_OF_DAY } },
  denials: { phrase: words, scope: { required: true, oneOf: ['before', 'after'] } },
  descriptions: {
    description: required,
    refers: { required: true, many: true, pattern: /^[a-z_]+:[a-z0-9_-]+$/ },
  },
  'dual-nouns': { singular: required, duals: words },
  'attribution-words': {
    word: required,
    class: {
      required: true,
      oneOf: ['adverb', 'time_adverb', 'time_noun', 'channel', 'not_source', 'impersonal_verb'],
    },
  },
  'function-words': {
    word: required,
    class: { required: true, oneOf: ['function_word', 'weekday', 'preposition'] },
  },
  'story-stop-words': { word: required },
  'document-nouns': { word: required },
  'name-modifiers': { word: required },
  'name-adjectives': { word: required },
  'group-heads': { head: required },
  'speaker-pronouns': { word: required, class: { required: true, oneOf: ['subject', 'prepositional'] } },
  'relative-pronouns': { word: required, number: { required: true, oneOf: ['singular', 'dual', 'plural'] } },
  // read by scripts/train-ner.ts and baked into the NER model
  'ner-triggers': {
    word: required,
    kind: { required: true, oneOf: ['title', 'verb', 'loc', 'org', 'part', 'nation'] },
  },
  // read by scripts/train-ner.ts and baked into the NER model
  'person-names': { word: required, kind: { required: true, oneOf: ['given', 'family'] } },
  // read by scripts/train-ner.ts and baked into the NER model
  'ner-org-names': { name: required, kind: { required: true, oneOf: ['name', 'ambiguous'] } },
  furniture: {
    kind: {
      required: true,
      oneOf: [
        'widget',
        'teaser',
        'newsletter',
        'tweet',
        'caption',
        'category',
        'byline',
        'dateline',
        'title',
        'other',
      ],
    },
    match: { required: true, oneOf: ['contains', 'line', 'prefix', 'regex'] },
    pattern: required,
  },
  'event-types': {
    type: { required: true, oneOf: HAPPENINGS },
    english: required,
    arabic: required,
    acled_event_type: required,
    acled_sub_event_type: required,
  },
  'measure-labels': {
    measure: { required: true, oneOf: MEASURES },
    english: required,
    arabic: required,
    happenings: { many: true, oneOf: HAPPENINGS },
  },
  'geo/countries': {
    cc: { required: true, pattern: /^[A-Z]{2}$/ },
    lat: required,
    lon: required,
    min_lat: required,
    max_lat: required,
    min_lon: required,
    max_lon: required,
    capital: {},
  },
  'geo/place-words': {
    word: required,
    kind: {
      required: true,
      oneOf: ['admin1', 'area', 'capital', 'district', 'facility', 'territory', 'town'],
    },
  },
  'outlet-cues': { word: required, kind: { required: true, oneOf: ['self', 'subscribe', 'not-outlet'] } },
  'geo/directions': { word: required, north: required, east: required },
  happenings: { type: { required: true, oneOf: [...HAPPENINGS, 'none'] }, cue: words },
  'implied-one': { measure: { required: true, oneOf: MEASURES }, phrase: words },
  measures: {
    measure: { required: true, oneOf: MEASURES },
    cue: words,
    where: { oneOf: ['any', 'left', 'right'] },
    weight: { pattern: /^[1-9]$/ },
    kind: { oneOf: ['verb', 'noun', 'unit'] },
  },
  'months-extra': { month: { required: true, pattern: /^(1[0-2]|[1-9])$/ }, forms: words },
  'speech-objects': { lemma: required, opens: words },
  'name-links': { word: required },
  'toll-heads': { word: required },
  'one-of': { word: required, role: { required: true, oneOf: ['one_of', 'negation'] } },
  'hijri-months': { month: { required: true, pattern: /^(1[0-2]|[1-9])$/ }, forms: words },
  'not-count-units': {
    kind: {
      required: true,
      oneOf: ['year', 'time', 'date', 'age', 'percent', 'money', 'ordinal', 'phone', 'measure', 'other'],
    },
    phrase: words,
    position: { oneOf: ['before', 'after', 'near'] },
  },
  'not-counted': {
    word: required,
    class: {
      required: true,
      oneOf: ['preposition', 'conjunction', 'relative', 'being', 'pronoun', 'adverb'],
    },
  },
  'number-words': {
    form: words,
    value: { required: true, pattern: /^[0-9]+(\.[0-9]+)?$/ },
    kind: {
      required: true,
      oneOf: [
        'unit',
        'teen_head',
        'teen_tail',
        'tens',
        'hundred',
        'few',
        'scale',
        'magnitude',
        'ordinal',
        'not_number',
      ],
    },
    plural: { oneOf: ['yes'] },
  },
  ordinals: { ordinal: words, value: { required: true, pattern: /^[0-9]+$/ } },
  'org-heads': { head: required },
  'org-links': { word: required },
  'org-name-heads': { head: required, type: { required: true, oneOf: ['organization', 'facility'] } },
  organizations: {
    id: { required: true, pattern: /^org:[a-z0-9_-]+$/ },
    type: { oneOf: ['person', 'organization', 'location', 'facility', 'other'] },
    kind: required,
    name: required,
    english: {},
    aliases: { many: true },
  },
  'place-name-words': {
    word: required,
    class: { required: true, oneOf: ['not_name', 'title_word', 'not_place'] },
  },
  'place-heads': {
    head: required,
    type: { required: true, oneOf: ['location', 'facility'] },
    takes: { oneOf: ['1', '2'] },
    also_name: { oneOf: ['yes'] },
  },
  places: {
    id: { required: true, pattern: /^[a-z]+:[a-z0-9_-]+$/ },
    type: { oneOf: ['location', 'facility'] },
    name: required,
    english: {},
    aliases: { many: true },
    country: {},
  },
  qualifiers: {
    phrase: words,
    qualifier: {
      required: true,
      oneOf: [
        'approx',
        'at_least',
        'at_most',
        'less_than',
        'more_than',
        'no_range',
        'range_between',
        'range_from',
      ],
    },
    position: { required: true, oneOf: ['before', 'after'] },
  },
  'relative-dates': {
    phrase: words,
    unit: { required: true, oneOf: ['day', 'week', 'month', 'year'] },
    offset: { required: true, pattern: /^-?[0-9]+$/ },
    precision: { required: true, oneOf: ['day', 'week', 'month', 'year'] },
    part: { oneOf: PARTS_OF_DAY },
  },
  relays: { marker: words, role: { required: true, oneOf: ['source', 'from', 'via'] } },
  'reporting-verbs': {
    lemma: required,
    past_m: words,
    past_f: words,
    pres_m: words,
    pres_f: words,
    part_m: words,
    part_f: words,
    stance: { oneOf: ['asserts', 'denies'] },
    kind: { oneOf: ['say', 'continue', 'announce', 'appeal', 'relay'] },
  },
  titles: {
    title: words,
    kind: { required: true, oneOf: ['rank', 'honorific', 'role', 'anon'] },
    gender: { oneOf: ['m', 'f', '-'] },
    org: { oneOf: ['-', 'idafa', 'باسم', 'في', 'ل'] },
  },
  'kind-heads': {
    head: required,
    type: { required: true, oneOf: ['organization', 'location', 'facility', 'other'] },
  },
  demonyms: { place: { required: true, pattern: /^[a-z]+:[a-z0-9_-]+$/ }, words },
} as const satisfies Record<string, TableSchema>;

export type LexiconName = keyof typeof SCHEMAS;
