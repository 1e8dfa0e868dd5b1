// Closed word classes read from lexicons/function-words.tsv, relative-pronouns.tsv and speaker-pronouns.tsv,
// and the word classes of the other lexicons (wordSet).

import { normalize } from '../text/normalize.js';
import { loadTsv } from './load.js';
import type { LexiconName, SCHEMAS } from './schemas.js';

let notName: Set<string> | null = null;

/** Function words and weekdays: never (part of) a person's name (normalised forms). */
export function notNameWords(): Set<string> {
  return (notName ??= new Set(loadTsv('function-words').map((r) => r.word)));
}

let prepositions: Set<string> | null = null;
/** The prepositions written as words (في، من، على …), normalised: lexicons/function-words.tsv. */
export function prepositionWords(): Set<string> {
  return (prepositions ??= new Set(wordList('function-words', 'preposition')));
}

let relatives: Set<string> | null = null;
let singularRelatives: Set<string> | null = null;

/** Relative pronouns (الذي، التي، الذين، ممن …), normalised. */
export function relativePronouns(): Set<string> {
  return (relatives ??= new Set(loadTsv('relative-pronouns').map((r) => r.word)));
}

/** Singular relative pronouns (الذي، التي), normalised. */
export function singularRelativePronouns(): Set<string> {
  return (singularRelatives ??= new Set(
    loadTsv('relative-pronouns')
      .filter((r) => r.number === 'singular')
      .map((r) => r.word),
  ));
}

const pronouns = new Map<string, Set<string>>();

/** Pronouns of a class of lexicons/speaker-pronouns.tsv (subject: هو، نفسه …; prepositional: فيه، عنها …). */
export function speakerPronouns(cls: 'subject' | 'prepositional'): Set<string> {
  let set = pronouns.get(cls);
  if (!set) {
    set = new Set(wordList('speaker-pronouns', cls));
    pronouns.set(cls, set);
  }
  return set;
}

/** The lexicons of word and class columns (lexicons/<name>.tsv with `word` and `class`). */
export type ClassedLexicon = {
  [N in LexiconName]: (typeof SCHEMAS)[N] extends { word: unknown; class: { oneOf: readonly string[] } }
    ? N
    : never;
}[LexiconName];
/** The classes a word/class lexicon allows. */
export type ClassOf<N extends ClassedLexicon> = (typeof SCHEMAS)[N] extends {
  class: { oneOf: readonly (infer C)[] };
}
  ? C
  : never;

const classLists = new Map<string, readonly string[]>();

/** The words of one class of a word/class lexicon, as written and in file order. */
export function wordList<N extends ClassedLexicon>(name: N, cls: ClassOf<N>): readonly string[] {
  const key = `${name}\t${cls}`;
  let list = classLists.get(key);
  if (!list) {
    const rows = loadTsv(name) as readonly { word: string; class: string }[];
    list = rows.filter((r) => r.class === cls).map((r) => r.word);
    if (list.length === 0) throw new Error(`lexicon ${name}.tsv: no word of class "${cls}"`);
    classLists.set(key, list);
  }
  return list;
}

/** The one word of a single-word class (a word a rule names by its role: the preposition في …). */
export function theWord<N extends ClassedLexicon>(name: N, cls: ClassOf<N>): string {
  const list = wordList(name, cls);
  if (list.length !== 1)
    throw new Error(`lexicon ${name}.tsv: class "${cls}" has ${list.length} words, not one`);
  return list[0]!;
}

/** The words of one or more classes of a word/class lexicon, for whole-word look-ups. */
export function wordSet<N extends ClassedLexicon>(name: N, ...classes: ClassOf<N>[]): ReadonlySet<string> {
  return new Set(classes.flatMap((cls) => wordList(name, cls)));
}

/** A test: does the word start with one of the words of the class (a stem written without its ending)?
 *  One anchored alternation built once: as fast as the literal pattern it replaces. */
export function prefixTest<N extends ClassedLexicon>(name: N, cls: ClassOf<N>): (w: string) => boolean {
  const prefix = new RegExp(`^(?:${alternation(name, cls)})`);
  return (w) => prefix.test(w);
}

/** The words of the class as a regular-expression alternation (a|b|c, file order), for a pattern built once.
 *  With `anySpace`, a space between the words of a phrase matches any run of white space. */
export function alternation<N extends ClassedLexicon>(name: N, cls: ClassOf<N>, anySpace = false): string {
  return wordList(name, cls)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .map((w) => (anySpace ? w.replace(/ /g, '\\s+') : w))
    .join('|');
}

let speechNouns: ReadonlySet<string> | null = null;
/** A noun of what someone said with its speaker's pronoun (تعبيره، قولها): the pronoun's gender, or null. */
export function ownWordsPronoun(norm: string): 'm' | 'f' | null {
  if (!norm.endsWith('ه') && !norm.endsWith('ها')) return null; // (most words: no regex run; nameLike is hot)
  const m = /^(.{3,})(ه|ها)$/.exec(norm);
  if (!m || !(speechNouns ??= wordSet('attribution-words', 'speech_noun')).has(m[1]!)) return null;
  return m[2] === 'ها' ? 'f' : 'm';
}

const oneOfRoles = new Map<string, ReadonlySet<string>>();
/** The words of one role of lexicons/one-of.tsv (one_of: أحد، إحدى; negation: لم، لا), normalised. */
export function oneOfWords(role: 'one_of' | 'negation'): ReadonlySet<string> {
  let set = oneOfRoles.get(role);
  if (!set) {
    set = new Set(
      loadTsv('one-of')
        .filter((r) => r.role === role)
        .map((r) => normalize(r.word!)),
    );
    oneOfRoles.set(role, set);
  }
  return set;
}
