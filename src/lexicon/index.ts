// The lexicons: reviewed TSV files in lexicons/, each read through its schema (schemas.ts), and the
// indexes built over them once per process. Both extract and reconcile read knowledge from here.

export {
  type Alias,
  countryOfCapital,
  getLookup,
  type Head,
  type LexEntry,
  type Lookup,
  lexEntry,
  matchForm,
} from './gazetteer.js';
export {
  isMeasureVerbWord,
  type Lexicons,
  lexicons,
  type MeasureCue,
  type TitleInfo,
  type VerbInfo,
} from './indexes.js';
export { LEXICON_DIR, loadTsv } from './load.js';
export { type LexiconName, SCHEMAS } from './schemas.js';
export { type ColumnRule, many, parseTable, type RowOf, readTable, type TableSchema } from './tsv.js';
export {
  alternation,
  type ClassedLexicon,
  type ClassOf,
  notNameWords,
  oneOfWords,
  ownWordsPronoun,
  prefixTest,
  prepositionWords,
  relativePronouns,
  singularRelativePronouns,
  speakerPronouns,
  theWord,
  wordList,
  wordSet,
} from './words.js';
