// Tests on the words of a noun phrase: names, titles, parts between commas, bodies, relatives.

import {
  isMeasureVerbWord,
  lexicons,
  loadTsv,
  notNameWords,
  ownWordsPronoun,
  prefixTest,
  prepositionWords,
  type TitleInfo,
  theWord,
  wordSet,
} from '../../lexicon/index.js';
import { normalize } from '../../text/normalize.js';
import type { Mention, Token } from '../../types.js';
import { firstStartingIn, spansWithin } from '../sorted-spans.js';
import { titleAt } from './title-at.js';

export { titleAt };

/** الله: a name part (عبد الله) that starts with ال. */
const GOD = theWord('rule-words', 'god');
/** الدين، الاسلام: the second word of a compound given name (علاء الدين), after another name word. */
const NAME_TAIL = wordSet('rule-words', 'name_tail');

export interface Part {
  a: number; // token index, inclusive
  b: number; // token index, exclusive
}

export interface SpeakerParse {
  speaker: Mention;
  /** Further names for the speaker's entity found in the phrase (X المعروفة باسم Y). */
  aliases: string[];
}

export const isQuoteTok = (t: Token) => !t.word && /^["“”«»″„'‘’]+$/.test(t.norm);
export const isComma = (t: Token) => !t.word && /^[،,]$/.test(t.norm);
export const stripConj = (w: string) => (w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w);

const PORTFOLIO = wordSet('speaker-words', 'portfolio');

/** A word that can be part of a personal name. */
export function nameLike(t: Token): boolean {
  if (!t.word) return false;
  const w = t.norm;
  if (!/^[\u0621-\u064A]{2,}$/.test(w)) return false;
  if (w.startsWith('ال') && w !== GOD) return false;
  if (notNameWords().has(w) || ownWordsPronoun(w)) return false; // (… حسن | قوله:)
  if (/^(ب|ل|ك)ال/.test(w) || PORTFOLIO.has(w)) return false;
  const lx = lexicons();
  if (lx.verbs.has(w) || lx.verbs.has(stripConj(w))) return false;
  if (lx.titles.has(w)) return false;
  // what befell someone (الملا عمر | توفي، قتل): a verb of lexicons/measures.tsv ends the name
  return !isMeasureVerbWord(w) && !isMeasureVerbWord(stripConj(w));
}

let nameLinks: Map<string, boolean> | null = null;
/** Token k is a word of a personal name: name-like, or a word with the article right after a word that
 *  joins names (عبد الرحمن، أبو الفضل: lexicons/name-links.tsv). */
export function nameWordAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (nameLike(t)) return true;
  const before = tokens[k - 1];
  if (before?.word && NAME_TAIL.has(t.norm) && nameLike(before)) return true;
  // (not a title: يعقوب ابن | الملا عمر is the son of someone else)
  if (before?.word && isNameLink(before.norm) && /^ال[\u0621-\u064A]{2,}$/.test(t.norm))
    return linksArticleWord(before.norm, t.norm);
  // a link that is no name-like word itself (آل, normalised ال) joins the names around it: بن عبد الله آل خليفة
  const after = tokens[k + 1];
  if (!t.word || !isNameLink(t.norm) || !after?.word) return false;
  // a link that opens a name before a word with the article (عبد الرحمن، أبو الفضل), not before a title
  if (/^ال[\u0621-\u064A]{2,}$/.test(after.norm)) return linksArticleWord(t.norm, after.norm);
  return nameLike(after) && !!before?.word && nameLike(before);
}

/** Where the run of a personal name's words from token `from` ends (before `end`): at most `names` names,
 *  the words that link them not counted (راشد بن عبد الله آل خليفة is four names); quote marks pass when
 *  `quotes`. */
export function nameRunEnd(tokens: Token[], from: number, end: number, names = 4, quotes = false): number {
  let k = from;
  for (
    let n = 0;
    k < end && n < names && (nameWordAt(tokens, k) || (quotes && isQuoteTok(tokens[k]!)));
    k++
  ) {
    // a role in apposition after the name ends it (البابا فلان | بابا الفاتيكان، فلان | رئيس الوزراء)
    if (k > from && tokens[k]!.word && isAppositiveRole(tokens[k]!.norm, tokens[k + 1])) break;
    // (a preposition glued to the article is no name's: فلان | للصحفيين)
    if (k > from && tokens[k]!.norm.startsWith('لل')) break;
    // (a word with the article before a relative pronoun is the noun it describes: فلان | التقارير التي)
    if (
      k > from &&
      tokens[k]!.norm.startsWith('ال') &&
      tokens[k + 1]?.word &&
      RELATIVE.has(tokens[k + 1]!.norm)
    )
      break;
    if (tokens[k]!.word && !isNameLink(tokens[k]!.norm)) n++;
  }
  // a link with no name after it is no part of the name (يعقوب ابن | الملا عمر)
  while (k > from + 1 && tokens[k - 1]!.word && isNameLink(tokens[k - 1]!.norm)) k--;
  return k;
}

/** A one-word title without the article, as it stands in apposition (lexicons/titles.tsv, written with or
 *  without the article there): a role (رئيس، وزير), or an honorific before a word with the article that it
 *  heads (بابا الفاتيكان; أمير alone may be a given name). */
function isAppositiveRole(norm: string, next: Token | undefined): boolean {
  if (norm.startsWith('ال')) return false;
  const { titles } = lexicons();
  const construct = !!next?.word && next.norm.startsWith('ال');
  const oneWord = (list: TitleInfo[] | undefined) =>
    !!list?.some((t) => t.words.length === 1 && (t.kind === 'role' || (t.kind === 'honorific' && construct)));
  return oneWord(titles.get(norm)) || oneWord(titles.get(`ال${norm}`));
}

/** A word that joins a personal name to the next word (lexicons/name-links.tsv), by its normalised form. */
export function isNameLink(norm: string): boolean {
  return nameLinkTable().has(norm);
}

/** The link `link` joins the word `after` (with the article) to the name: not a title's word after a link
 *  of kin (ابن | الملا عمر), any after عبد (عبد الملك). */
function linksArticleWord(link: string, after: string): boolean {
  return nameLinkTable().get(link) === true || !lexicons().titles.has(after);
}

/** The links, each with whether a title's word after it is still the name. */
function nameLinkTable(): Map<string, boolean> {
  return (nameLinks ??= new Map(loadTsv('name-links').map((r) => [normalize(r.word!), r.title === 'yes'])));
}

/** He, she, opening an aside (وهو، وهي). */
export const HE_SHE = wordSet('speaker-words', 'he_she');
/** A verb opening a clause about the speaker (طلب عدم ذكر اسمه، -طالبا عدم …). */
export const ASIDE_VERB = wordSet('speaker-words', 'aside_verb');
const BEFORE_BODY = wordSet('speaker-words', 'before_body');
const NEAR = wordSet('speaker-words', 'near');
const RELATIVE = wordSet('speaker-words', 'relative');
/** What happened, with the article (الهجوم، الحادث): what a speaker spoke of, never its name. */
export const HAPPENING_NOUN = wordSet('attribution-words', 'happening_noun');

const isSourceStem = prefixTest('speaker-words', 'source_stem');
const isOneOf = prefixTest('speaker-words', 'one_of');
/** A second source joined with و: a word of an unnamed source (ومصادر، وشهود) or a known body or place
 *  (واللجنة الدولية للصليب الأحمر: a lexicon mention starting after the و). */
function secondSource(tokens: Token[], i: number, mentions: readonly Mention[]): boolean {
  const t = tokens[i]!;
  if (!t.word || t.norm.length < 4 || !t.norm.startsWith('و')) return false;
  if (t.norm.length > 4 && isSourceStem(t.norm.slice(1))) return true;
  // some or one of them (وبعض سكان المنطقة، وأحد الشهود)
  const next = tokens[i + 1];
  if (isOneOf(t.norm.slice(1)) && next?.word && isSourceStem(next.norm.replace(/^ال/, ''))) return true;
  const m = firstStartingIn(mentions, t.start + 1, t.start + 1);
  return !!m && m.how === 'lexicon' && (m.type === 'organization' || m.type === 'location');
}

/** Split [a, b) into comma-separated parts (and " - وهو …", " -طالبا عدم …" asides); a second source joined with و or a
 *  relative clause ends the parts (the first source speaks). */
export function splitParts(tokens: Token[], a: number, b: number, mentions: readonly Mention[]): Part[] {
  const parts: Part[] = [];
  let s = a;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    const dashAside =
      !t.word &&
      /^[-–—]$/.test(t.norm) &&
      tokens[i + 1] &&
      (HE_SHE.has(tokens[i + 1]!.norm) || ASIDE_VERB.has(tokens[i + 1]!.norm));
    // a short aside in parentheses inside the phrase goes on with it (قائد شرطة (أوستن) بريان مانلي)
    const aside = !t.word && t.norm === '(' ? innerParenthesisEnd(tokens, i, b) : -1;
    if (aside > 0) i = aside;
    else if (isComma(t) || dashAside || (!t.word && t.norm === '(')) {
      if (i > s) parts.push({ a: s, b: i });
      s = i + 1;
    } else if (i > s && secondSource(tokens, i, mentions)) {
      // a second source joined with و (الشرطة ومصادر طبية، مسؤولون وشهود عيان): the first one speaks
      parts.push({ a: s, b: i });
      s = b;
      break;
    } else if (
      i > s + 1 &&
      t.word &&
      (RELATIVE.has(t.norm) || (HE_SHE.has(t.norm) && t.norm.startsWith('و')))
    ) {
      // a relative clause after the speaker says what else they did (المتحدث خالد عمار الذي فر مع …), an
      // aside with وهو / وهي who they are (فلان وهو باحث في …)
      parts.push({ a: s, b: i });
      s = b;
      break;
    }
  }
  if (b > s) parts.push({ a: s, b });
  return parts.map((p) => trimPart(tokens, p)).filter((p) => p.b > p.a);
}

/** A name's word (no article, no و) right after an aside: the phrase goes on to name a person. */
const nameAfterAside = (t: Token | undefined): boolean => !!t?.word && nameLike(t) && !/^(و|لل)/.test(t.norm);

/** The index of the ")" closing, within three words, the "(" at token i, when a name's word follows it
 *  before b (the aside lies inside the phrase: قائد شرطة (أوستن) بريان مانلي); -1 otherwise. */
function innerParenthesisEnd(tokens: Token[], i: number, b: number): number {
  for (let k = i + 1, words = 0; k < b && words <= 3; k++) {
    const t = tokens[k]!;
    if (t.word) words++;
    else if (t.norm === ')') return k > i + 1 && k + 1 < b && nameAfterAside(tokens[k + 1]) ? k : -1;
    else return -1;
  }
  return -1;
}

export function trimPart(tokens: Token[], p: Part): Part {
  let { a, b } = p;
  while (a < b && !tokens[a]!.word && !isQuoteTok(tokens[a]!)) a++;
  while (b > a && !tokens[b - 1]!.word && !isQuoteTok(tokens[b - 1]!)) b--;
  // drop a leading "وهو"/"وهي"
  if (a < b && HE_SHE.has(tokens[a]!.norm)) a++;
  return { a, b };
}

/** Index range of the words of a part, quotes at both ends dropped. */
export function core(tokens: Token[], p: Part): Part {
  let { a, b } = p;
  while (a < b && !tokens[a]!.word) a++;
  while (b > a && !tokens[b - 1]!.word) b--;
  return { a, b };
}

/** Lexicon mentions that lie inside [start, end) of the text. */
export function mentionsIn(mentions: Mention[], start: number, end: number): Mention[] {
  return spansWithin(mentions, start, end);
}

/** Index of the first token (from `from`) that ends after `pos`. */
export function firstTokenAt(tokens: Token[], from: number, pos: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.end <= pos) i++;
  return i;
}

/** A rank or honorific after a role's body and the name it introduces (… العميد سامر العلي):
 *  where the rank stands and where the name lies. */
export function rankedNameIn(
  tokens: Token[],
  from: number,
  end: number,
  inside: Mention[],
): { at: number; nameStart: number; nameEnd: number } | null {
  for (let r = from; r < end; r++) {
    const ttl = titleAt(tokens, r, end);
    if (!ttl || (ttl.title.kind !== 'rank' && ttl.title.kind !== 'honorific')) continue;
    let k = nameRunEnd(tokens, ttl.next, end);
    if (k > ttl.next && k < end && familyName(tokens, k, end, inside)) k++;
    const nameEnd = lastWord(tokens, ttl.next, k);
    if (nameEnd > ttl.next) return { at: r, nameStart: ttl.next, nameEnd };
  }
  return null;
}

/** An ال-word in the shape of a nisba (النمراوي، الكربولي، العبيدي): ي after a consonant, five letters or more. */
const FAMILY_NISBA = /^ال[\u0621-\u064A]{3,}[^\u0627]ي$/;

/** An ال-word that ends a personal name: the last word of the phrase, not a known name of a place or body. */
export function familyName(tokens: Token[], k: number, end: number, inside: Mention[]): boolean {
  const t = tokens[k]!;
  if (!t.word || !/^ال[\u0621-\u064A]{3,}$/.test(t.norm)) return false;
  if (inside.some((m) => m.type !== 'person' && m.start <= t.start && m.end >= t.end)) return false;
  const nx = tokens[k + 1];
  // (a word before a relative pronoun is the noun it describes: وصف الوزير فلان التقارير التي …)
  if (nx?.word && RELATIVE.has(nx.norm)) return false;
  // (what happened is what the speaker spoke of, never a family name: وصف الرئيس فلان | الهجوم بأنه …)
  if (HAPPENING_NOUN.has(t.norm)) return false;
  return (
    k + 1 >= end ||
    !nx ||
    (!nx.word && !/^["“”«»]$/.test(nx.norm)) ||
    (nx.word && lexicons().titles.has(nx.norm)) ||
    // a function word after a given name alone and an ال-word (العقيد سامر الخطيب في مؤتمر صحفي): the
    // family name ends there; after two names the ال-word is more likely what they did (فلان فلان السيطرة على)
    (nx.word && notNameWords().has(nx.norm) && !nameWordAt(tokens, k - 2)) ||
    // a nisba (فلان النمراوي | فرار قيادات …): the family name, before a word without the article
    (nx.word && FAMILY_NISBA.test(t.norm) && !nx.norm.startsWith('ال')) ||
    // an indefinite noun in construct with a definite one after it opens the object (فلان العلي | انتهاء
    // الضربات): a family name would not run on into it
    (nx.word &&
      k + 2 < end &&
      !nx.norm.startsWith('ال') &&
      !/^[وفبلك]/.test(nx.norm) &&
      !!tokens[k + 2]?.word &&
      tokens[k + 2]!.norm.startsWith('ال'))
  );
}

export function allNameLike(tokens: Token[], a: number, b: number): boolean {
  let n = 0;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (isQuoteTok(t)) continue;
    if (!nameLike(t)) return false;
    n++;
  }
  return n > 0;
}

export function wordCount(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (tokens[i]!.word) n++;
  return n;
}

export function lastWord(tokens: Token[], a: number, b: number): number {
  let e = b;
  while (e > a && !tokens[e - 1]!.word) e--;
  return e;
}

/** End of an organisation phrase after an anonymous source (مصادر من "قسد"). */
export function orgEnd(tokens: Token[], mentions: Mention[], from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const m = firstStartingIn(mentions, tokens[i]!.start, Math.max(tokens[i]!.start, tokens[i]!.end - 1));
    if (m && (m.type === 'organization' || m.type === 'location')) {
      let j = i;
      while (j < end && tokens[j]!.end <= m.end) j++;
      while (j < end && isQuoteTok(tokens[j]!)) j++;
      return j;
    }
    if (tokens[i]!.word && !BEFORE_BODY.has(tokens[i]!.norm)) break;
  }
  return from;
}

/** Cut a descriptive phrase before an adverbial or a relative clause that says something else. */
export function cutRelative(tokens: Token[], a: number, b: number): number {
  for (let i = a + 1; i < b; i++) {
    const w = tokens[i]!.norm;
    if (NEAR.has(w) || (RELATIVE.has(w) && i > a + 1))
      return tokens[beforePreposition(tokens, a, i) - 1]!.end;
  }
  return tokens[b - 1]!.end;
}

/** The end of the words [a, i) without a preposition left last (مصدر من | داخل السفارة). */
function beforePreposition(tokens: Token[], a: number, i: number): number {
  let e = lastWord(tokens, a, i);
  while (e - 1 > a && prepositionWords().has(tokens[e - 1]!.norm)) e = lastWord(tokens, a, e - 1);
  return e;
}

export function headBefore(text: string, tokens: Token[], a: number, b: number, stop: RegExp): string | null {
  for (let i = a; i < b; i++)
    if (stop.test(tokens[i]!.norm))
      return i > a ? text.slice(tokens[a]!.start, tokens[lastWord(tokens, a, i) - 1]!.end) : null;
  return null;
}
