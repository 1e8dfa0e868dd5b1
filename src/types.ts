// The data model shared by every stage. Every item is, or points to, a span of one document:
// offsets are UTF-16 code units into Document.text exactly as decoded (BOM removed), [start, end).

import type { FurnitureKind, HappeningType, Measure, PartOfDay } from './lexicon/value-sets.js';

export type { HappeningType, Measure, PartOfDay };

/** A half-open range of one document's text. */
export interface Span {
  start: number;
  end: number;
}

export type DatePrecision = 'day' | 'days' | 'week' | 'month' | 'year';

/** One article as read. `text` is never changed after decoding. */
export interface Document {
  id: string;
  /** Where it came from: a file path, or `file.jsonl#line`. */
  source: string;
  text: string;
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  /** `published` as given by the input (JSONL), ISO or free text. */
  publishedInput?: string | null;
  /** Encoding the bytes were decoded from ("utf-8", "utf-16le", "windows-1256", ...). */
  encoding?: string;
}

/** A problem with one input, reported and skipped; the rest of the batch goes on. */
export interface InputProblem {
  source: string;
  reason: string;
}

/** Page furniture: boilerplate that is marked, never deleted, and kept out of extraction. */
export interface Furniture extends Span {
  kind: FurnitureKind;
}

export interface Token extends Span {
  /** Normalised form (see text/normalize) of the token. */
  norm: string;
  /** True for a word or number; false for punctuation and spaces. */
  word: boolean;
  /** Position in the token list it belongs to. */
  index: number;
  /** Index of the sentence (Doc.sentences) that holds it; -1 outside every sentence (or not yet known). */
  sentence: number;
  /** Cached clitic-stripped forms (see tokenStems). */
  stems?: string[];
}

export interface Sentence extends Span {
  /** Index of the paragraph (line block) the sentence belongs to. */
  paragraph: number;
}

export type Qualifier =
  | 'exact'
  | 'approx'
  | 'more_than'
  | 'at_least'
  | 'less_than'
  | 'at_most'
  | 'range'
  | 'magnitude';

/** A number found in text, with its qualifier, as an interval. */
export interface NumberMention extends Span {
  /** Span of the number itself (digits, words or the dual noun), inside [start, end). */
  numStart: number;
  numEnd: number;
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** How it was written. */
  form: 'digits' | 'words' | 'dual' | 'magnitude' | 'mixed';
  /** For a dual (سيارتين) the counted noun's normalised stem; for others the noun right after, if any. */
  noun?: string;
  /** Set when the number is not a count: a year, clock time, date part, age, percentage, money, ordinal, etc. */
  notCount?:
    | 'year'
    | 'time'
    | 'date'
    | 'age'
    | 'percent'
    | 'money'
    | 'ordinal'
    | 'phone'
    | 'code'
    | 'measure'
    | 'other';
}

/** A date or relative date found in text. */
export interface DateMention extends Span {
  /** ISO `YYYY-MM-DD` (day), `YYYY-MM` (month) or `YYYY` (year); null when it could not be resolved. */
  value: string | null;
  precision: DatePrecision;
  /** For precision "days" or "week": the last day of the span (ISO). */
  until?: string | null;
  kind: 'absolute' | 'numeric' | 'weekday' | 'relative' | 'dateline';
  /** e.g. "night" for ليلة الخميس. */
  partOfDay?: PartOfDay | null;
}

export interface PublishedDate {
  /** ISO date or null when nothing bounds it. */
  date: string | null;
  precision: DatePrecision | null;
  /** How it was found: "input", "dateline", "stated", "yesterday-anchor", "latest-mention", ... */
  how: string;
  /** Span of the words it was read from, if any. */
  evidence?: Span | null;
}

export type EntityType = 'person' | 'organization' | 'location' | 'facility' | 'other';

export type EnglishNameHow = 'lexicon' | 'gazetteer' | 'transliteration'; // where an English name comes from

/** A mention of a person, organisation, place or facility in one document. */
export interface Mention extends Span {
  doc: string;
  type: EntityType;
  /** The surface text of the name, without clitics and titles. */
  surface: string;
  /** Normalised key used for matching. */
  key: string;
  /** Title or role that introduced it (اللواء، المتحدث باسم …). */
  title?: string | null;
  /** Organisation the person speaks for, when the text says so (mention key). */
  org?: string | null;
  /** For persons: "m" / "f" when the text shows it (قالت، القائدة). */
  gender?: 'm' | 'f' | null;
  /** Lexicon id when the name is known (e.g. "org:sdf"). */
  lexId?: string | null;
  /** Where the mention came from: "lexicon", "title", "verb", "pattern", "model". */
  how: string;
  /** Other names the text gives it in apposition (X المعروفة باسم Y). */
  aliases?: string[];
  /** For a description (التنظيم، القوات الكردية): the lexicon ids or kinds it may stand for. */
  refers?: string[];
}

export type Stance = 'asserts' | 'denies';

/** The isnad of one statement: who said it and who relayed it. */
export interface Attribution {
  /** The ultimate source; null = the outlet's own narration. */
  speaker: Mention | null;
  /** Relays between the speaker and the outlet, nearest to the speaker first. */
  via: Mention[];
  /** The reporting verb or marker that introduced it (قال، بحسب …). */
  verb?: (Span & { text: string }) | null;
  stance: Stance;
  /** How the speaker was found: "explicit", "continued", "role", "bihasab", "none". */
  how: string;
}

/** Attributed text: the complement of a reporting verb, a direct quote, or a sentence under بحسب. */
export interface Statement extends Span {
  attribution: Attribution;
  direct: boolean;
}

export interface Quote extends Span {
  doc: string;
  direct: boolean;
  attribution: Attribution;
}

export interface Claim extends Span {
  doc: string;
  measure: Measure;
  /** Who or what is counted, as written (e.g. "عناصر تنظيم داعش"); its noun known to counted-nouns.tsv. */
  group: string | null;
  counted: { noun: string; class: string } | null;
  value: { low: number | null; high: number | null; qualifier: Qualifier };
  number: NumberMention;
  stance: Stance;
  attribution: Attribution;
  /** The date the figure refers to, if the text says. */
  asOf?: string | null;
  /** The town, district or facility its sentence names nearest to the number, if any. */
  place?: Mention | null;
  /** Which words made the measure (the cue), for explanation. */
  cue?: (Span & { text: string }) | null;
  /** A count the text implies without a number (سيارة مفخخة = one car bomb). */
  implied?: boolean;
  /** A breakdown of the figure before it (… بينهم 9 صحفيين): that claim. */
  partOf?: Claim | null;
}

export interface Happening extends Span {
  doc: string;
  type: HappeningType;
  date: DateMention;
  cue: Span & { text: string };
  place?: Mention | null;
  actors: Mention[];
}

/** Everything extracted from one document: the output of the per-document stages. */
export interface DocAnalysis {
  doc: Document;
  published: PublishedDate;
  dateline?: (Span & { place: string | null }) | null;
  furniture: Furniture[];
  sentences: Sentence[];
  mentions: Mention[];
  numbers: NumberMention[];
  dates: DateMention[];
  quotes: Quote[];
  claims: Claim[];
  happenings: Happening[];
  /** Stage timings in milliseconds, for the benchmark. */
  timings?: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// The dossier: what `isnad analyze` writes (format "isnad.dossier/1"). Plain JSON: entity
// references are entity ids, spans are {doc, start, end}. FORMAT.md (shared/eval) names the
// scored fields; the rest is for users and for the report.

export interface DossierSpan {
  doc: string;
  start: number;
  end: number;
}

export interface DossierDocument {
  id: string;
  source: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  published_precision: DatePrecision | null;
  published_how: string;
  /** The input's timestamp when it gave one (ISO date and time), to order reports of one day. */
  published_at: string | null;
  /** A news agency credited at the top or the foot of the article (a wire story): its entity id. */
  credit: string | null;
  published_evidence: DossierSpan | null;
  dateline: { start: number; end: number; place: string | null } | null;
  encoding: string;
  furniture: Furniture[];
  /** The full text as read, so the report can show and highlight it. */
  text: string;
}

export interface DossierEntity {
  id: string;
  type: EntityType;
  name: string;
  english_name: string | null;
  /** Set with english_name once the dossier is built (reconcile/english-names.ts); absent from older dossiers. */
  english_name_how?: EnglishNameHow;
  aliases: string[];
  mentions: DossierSpan[];
  /** Why mentions were put together: one line per merge. */
  merged_because: string[];
}

export interface DossierAttributionFields {
  stance: Stance;
  /** Entity id of the ultimate source; null = the outlet's own narration. */
  speaker: string | null;
  /** Entity ids that relay it, nearest to the speaker first. */
  via: string[];
  verb: string | null;
  attribution_how: string;
}

export interface DossierClaim extends DossierAttributionFields {
  id: string;
  doc: string;
  start: number;
  end: number;
  /** The number's own span. */
  number: { start: number; end: number };
  measure: Measure;
  measure_label?: string; // in English (lexicons/measure-labels.tsv), set by reconcile/english-names.ts
  group: string | null;
  value: { low: number | null; high: number | null; qualifier: Qualifier };
  as_of: string | null;
  /** Entity id of the town, district or facility named with the figure, if any. */
  place: string | null;
  text: string;
  /** Set on implied counts (dossier.implied_claims): one thing named without a number. */
  implied?: boolean;
  /** A breakdown of another figure (… بينهم 9 صحفيين): that claim's id. */
  part_of?: string | null;
}

export interface DossierQuote extends DossierAttributionFields {
  id: string;
  doc: string;
  start: number;
  end: number;
  direct: boolean;
  text: string;
}

export interface DossierTimelineEntry {
  id: string;
  date: string;
  precision: DatePrecision;
  until: string | null;
  type: HappeningType;
  type_label?: string; // in English (lexicons/event-types.tsv), set by reconcile/english-names.ts
  docs: string[];
  place: string | null;
  actors: string[];
  evidence: (DossierSpan & { text: string })[];
}

export type DifferenceKind = 'agreement' | 'rounding' | 'update' | 'scope' | 'contradiction' | 'denial';

export interface DossierClaimGroup {
  id: string;
  measure: Measure;
  /** A short label for what is counted. */
  label: string;
  claims: string[];
  kind: DifferenceKind;
  explanation: string;
  /** Number of independent origins (speaker chains), not articles. */
  origins: number;
  grading: 'party' | 'independent' | 'anonymous' | 'single_source' | 'contested';
}

export interface DossierEstimate {
  group: string;
  measure: Measure;
  label: string;
  low: number | null;
  best: number | null;
  high: number | null;
  rule: string;
  origins: number;
  claims: string[];
}

export interface Dossier {
  format: 'isnad.dossier/1';
  generated_by: string;
  documents: DossierDocument[];
  entities: DossierEntity[];
  claims: DossierClaim[];
  /** Counts the text implies without a number (بتفجير سيارة مفخخة = one); used in claim groups. */
  implied_claims?: DossierClaim[];
  quotes: DossierQuote[];
  timeline: DossierTimelineEntry[];
  claim_groups: DossierClaimGroup[];
  disagreements: DossierClaimGroup[];
  estimates: DossierEstimate[];
  problems: InputProblem[];
  /** Where the articles seem to tell several stories: which belong together (largest first). */
  stories?: { docs: string[]; headline: string }[];
}
