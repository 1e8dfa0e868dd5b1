// Names the statistical tagger finds, as mentions of one document (how: "model"): persons, organisations
// and places that no lexicon entry, title or reporting verb introduced. The tagger reads words with their
// clitics (وبغداد، للجيش); a mention's span starts after them, as the lexicon's do.

import { loadTsv } from '../../lexicon/index.js';
import { lineBreakBetween } from '../../text/char-classes.js';
import { looseKey, normalize, offsetAfterNormalized } from '../../text/normalize.js';
import type { EntityType, Mention, Token } from '../../types.js';
import { definiteHeadNouns } from '../gazetteer.js';
import { packedMap } from '../packed.js';
import { tagConsistently } from './consistency.js';
import type { NerSpan } from './index.js';
import { nerTagger } from './index.js';
import type { NerTagger } from './model.js';
import { entitySpansOfIndices } from './tags.js';

const TYPE: Record<NerSpan['type'], EntityType> = {
  PERS: 'person',
  LOC: 'location',
  ORG: 'organization',
};

/** Which model names become mentions. */
export interface ModelMentionPolicy {
  /** a person needs this many words, unless the document names it again */
  personWords: number;
  /** types taken at all */
  types: ReadonlySet<NerSpan['type']>;
}

export const DEFAULT_POLICY: ModelMentionPolicy = {
  personWords: 2,
  types: new Set(['PERS', 'LOC', 'ORG']),
};

/** Normalised letters of a proclitic (و ف, then ب ل ك) to leave out of a name's first word, chosen by
 *  the unlabelled news: a stripped form is taken when it is the more frequent word (ومحمد → محمد, but
 *  بشار and وليد stay), or when the document also writes it alone. A form with the article keeps it
 *  (والجيش → الجيش); لل is ل with the article's alif elided (للعراق: the name is read as العراق). */
export function procliticLength(w: string, alone: { has(word: string): boolean }, tagger: NerTagger): number {
  let best = 0;
  const options: number[] = [];
  if (/^[وف]/.test(w) && w.length > 3) options.push(1);
  const after = options.length ? 1 : 0;
  if (w.startsWith('لل', after) && w.length - after > 4) return after + 2; // للعراق: ل + العراق
  if (/^[بلك]/.test(w.slice(after)) && w.length - after > 3) options.push(after + 1);
  for (const k of options) {
    const rest = w.slice(k);
    if (rest.startsWith('ال') && rest.length > 3) {
      best = k;
      continue;
    }
    if (alone.has(rest) || tagger.frequencyRank(rest) < tagger.frequencyRank(w.slice(best))) best = k;
  }
  return best;
}

/** Longest stretch tagged as one sequence (keeps the decoder's work bounded). */
const MAX_RUN = 120;
/** The marks that end a sentence (a token of one of them alone: . ! ? ؟ …). */
const SENTENCE_END = '.!?؟…';
const endsSentence = (norm: string) => norm.length === 1 && SENTENCE_END.includes(norm);

/** The tagger's spans over a document's tokens, tagged sentence by sentence with the whole document's
 *  evidence: a sentence ends at the end of one of the document's sentences or lines, or after . ! ? ؟ … */
function tagDocument(text: string, tokens: Token[], tagger: NerTagger): NerSpan[] {
  const out: NerSpan[] = [];
  // a token's norm is its normalised surface, which is all the tagger reads of a word
  const prepared = tagger.prepareNormalized(packedMap(tokens, (w) => w.norm));
  const sentenceEnds: number[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // no read past the end (an out-of-bounds read deoptimises the optimised code once per worker)
    const next = i + 1 < tokens.length ? tokens[i + 1] : undefined;
    const ends =
      !next ||
      endsSentence(t.norm) ||
      next.sentence !== t.sentence ||
      lineBreakBetween(text, t.end, next.start) ||
      i + 1 - from >= MAX_RUN;
    if (!ends) continue;
    sentenceEnds.push(i + 1);
    from = i + 1;
  }
  for (const s of entitySpansOfIndices(tagConsistently(tagger, prepared, sentenceEnds)))
    if (s.type !== 'MISC') out.push({ start: s.start, end: s.end, type: s.type });
  return out;
}

/** The tagger's persons, places and organisations in a document, before any filtering by other mentions. */
export function findModelMentions(
  doc: string,
  text: string,
  tokens: Token[],
  policy: ModelMentionPolicy = DEFAULT_POLICY,
  tagger: NerTagger = nerTagger(),
): Mention[] {
  const spans = tagDocument(text, tokens, tagger);
  // whether the document writes a word alone: a scan of its tokens per question (a few per document; a set
  // of all its words cost more to build, and its memory, than the scans)
  const alone = { has: (w: string) => writesAlone(tokens, w) };
  const out: Mention[] = [];
  for (const s of spans) {
    if (!policy.types.has(s.type)) continue;
    let a = s.start;
    let b = s.end;
    while (a < b && !tokens[a]!.word) a++;
    while (b > a && !tokens[b - 1]!.word) b--;
    if (a === b) continue;
    if (s.type === 'PERS') a = withoutLeadingNoun(tokens, a, b, tagger);
    const first = tokens[a]!;
    const strip = procliticLength(first.norm, alone, tagger);
    const start = offsetAfterNormalized(text, first.start, first.end, strip);
    const end = tokens[b - 1]!.end;
    if (end - start < 2) continue;
    const elided = strip >= 2 && first.norm.startsWith('لل', strip - 2);
    const surface = (elided ? 'ال' : '') + text.slice(start, end);
    const key = looseKey(surface);
    // a place head with the article alone (المدينة، المخيم) is a common noun, not a place's name
    if (s.type === 'LOC' && definiteHeadNouns().has(key)) continue;
    out.push({
      doc,
      start,
      end,
      type: TYPE[s.type],
      surface,
      key,
      title: null,
      gender: null,
      lexId: null,
      how: 'model',
    });
  }
  return keepConfident(out, policy);
}

let personWords: { given: Set<string>; names: Set<string> } | null = null;
/** The given names, and all the names, of lexicons/person-names.tsv with the name links of
 *  lexicons/name-links.tsv (عبد، أبو), normalised. */
function knownPersonWords(): { given: Set<string>; names: Set<string> } {
  if (personWords) return personWords;
  const given = new Set<string>();
  const names = new Set<string>();
  for (const r of loadTsv('person-names')) {
    const w = normalize(r.word!);
    names.add(w);
    if (r.kind === 'given') given.add(w);
  }
  for (const r of loadTsv('name-links')) names.add(normalize(r.word!));
  personWords = { given, names };
  return personWords;
}

/** A word of a personal name lexicons/person-names.tsv lists (علي، الأحمدي), in normalised form. */
export const isPersonNameWord = (norm: string): boolean => knownPersonWords().names.has(norm);

/** A word the news writes often (its rank among the unlabelled news' words): a common noun more likely
 *  than a rare given name the lexicon does not list. */
const COMMON_RANK = 3000;

/** A person's span that opens with a common noun before a given name (وجود جمال خاشقجي، سلامة جمال:
 *  "the presence of", "the safety of"): the span from the given name on. */
export function withoutLeadingNoun(tokens: Token[], a: number, b: number, tagger: NerTagger): number {
  const { given, names } = knownPersonWords();
  const first = tokens[a]!.norm;
  const second = tokens[a + 1];
  if (b - a < 2 || !second?.word || !given.has(second.norm)) return a;
  if (names.has(first) || tagger.frequencyRank(first) >= COMMON_RANK) return a;
  return a + 1;
}

/** Whether a word token of `tokens` is `w`. */
function writesAlone(tokens: readonly Token[], w: string): boolean {
  for (let i = 0; i < tokens.length; i++) if (tokens[i]!.norm === w && tokens[i]!.word) return true;
  return false;
}

/** Persons of fewer than `personWords` words only when the document names them again (the same key, or a
 *  longer name that ends with it). */
function keepConfident(ms: Mention[], policy: ModelMentionPolicy): Mention[] {
  const count = new Map<string, number>();
  const longer: string[] = [];
  for (const m of ms) {
    if (m.type !== 'person') continue;
    count.set(m.key, (count.get(m.key) ?? 0) + 1);
    if (wordCount(m.key) >= policy.personWords) longer.push(m.key);
  }
  return ms.filter(
    (m) =>
      m.type !== 'person' ||
      wordCount(m.key) >= policy.personWords ||
      (count.get(m.key) ?? 0) > 1 ||
      longer.some((k) => k.endsWith(` ${m.key}`) || k.startsWith(`${m.key} `)),
  );
}

/** The words of a key (its pieces between single spaces: `key.split(' ').length`, no array made). */
function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}
