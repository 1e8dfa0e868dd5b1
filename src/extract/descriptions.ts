// Descriptive mentions that name no one by themselves:
//  - bodies inside an organisation: المركز الإعلامي لـ"قسد"، القيادة العامة للجيش (lexicons/org-heads.tsv);
//    the bare head (المركز الإعلامي) is kept too, for the reconcile stage to resolve;
//  - descriptions that stand for a named organisation: التنظيم، الجماعة المتشددة، القوات الكردية
//    (lexicons/descriptions.tsv), resolved across the story by the reconcile stage.

import { alternation, lexicons, loadTsv, many, notNameWords, prefixTest, theWord } from '../lexicon/index.js';
import { singularRelativePronouns } from '../lexicon/words.js';
import { DEFINITE_NISBA } from '../text/nisba.js';
import { looseKey, normalize } from '../text/normalize.js';
import { stemAfterProclitics, tokenStems } from '../text/tokens.js';
import type { Mention, Token } from '../types.js';
import { demonymKey } from './kind-of-place.js';
import { firstStartingIn, overlapTest } from './sorted-spans.js';
import { descMention } from './speakers/mentions.js';
import { isQuoteTok } from './speakers/words.js';
import { anyStemIn, noStemIn } from './stem-sets.js';

const MINISTRY = theWord('rule-words', 'ministry');
const MINISTER_STEM = new RegExp(alternation('rule-words', 'minister_stem'));

interface Phrase {
  words: string[];
  refers: string[] | null;
}
let table: Map<string, Phrase[]> | null = null;

function load(): Map<string, Phrase[]> {
  if (table) return table;
  table = new Map();
  const add = (text: string, refers: string[] | null) => {
    const words = normalize(text).split(' ');
    if (!table!.has(words[0]!)) table!.set(words[0]!, []);
    table!.get(words[0]!)!.push({ words, refers });
  };
  for (const r of loadTsv('org-heads')) add(r.head!, null);
  for (const r of loadTsv('descriptions')) add(r.description!, many(r.refers));
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

let linkWords: Set<string> | null = null;
/** Is this token a word that links a body to its organisation (ل، لـ، في، التابع لـ: lexicons/org-links.tsv)? */
function isLink(t: Token): boolean {
  linkWords ??= new Set(loadTsv('org-links').map((r) => normalize(r.word)));
  return linkWords.has(t.norm);
}
const isQuote = (t: Token) => !t.word && /^["“”«»″]$/.test(t.norm);

/** The longest phrase of the table starting at token i: [phrase, end token index (exclusive)]. */
function phraseAt(tab: Map<string, Phrase[]>, tokens: Token[], i: number): [Phrase, number] | null {
  const t = tokens[i]!;
  if (!anyStemIn(tokens, i, tab)) return null;
  const conjunction = t.norm.startsWith('و') || t.norm.startsWith('ف');
  for (const st of tokenStems(t)) {
    if (!(st === t.norm || st.startsWith('ال') || conjunction)) continue;
    const phrases = tab.get(st);
    if (!phrases) continue;
    for (const p of phrases) {
      let j = i + 1,
        k = 1;
      while (k < p.words.length && j < tokens.length && tokens[j]!.word && tokens[j]!.norm === p.words[k]) {
        j++;
        k++;
      }
      if (k === p.words.length) return [p, j];
    }
  }
  return null;
}

/** The known organisation a body head ending before token j belongs to: HEAD (ل|لـ|في|التابع لـ) "ORG", a
 *  glued لORG or the ORG in construct; returns the index of the last token of the body mention (closing quotes included). */
function bodyOrgEnd(tokens: Token[], j: number, named: Mention[]): [Mention, number] | null {
  let k = j;
  while (k < tokens.length && k - j < 4 && (isQuote(tokens[k]!) || isLink(tokens[k]!))) k++;
  const glued =
    tokens[j] && tokens[j]!.word && /^ل./.test(tokens[j]!.norm) && !isLink(tokens[j]!)
      ? tokens[j]
      : undefined; // لقسد
  const at = glued ?? tokens[k];
  const org = at && firstStartingIn(named, at.start, at.end, (m) => m.type === 'organization' && !!m.lexId);
  // in construct, the head right before the name (قيادة الجيش السوري) is that body's too
  if (!org || !(k > j || glued || org.start === tokens[j]?.start)) return null;
  let e = j; // the first token from j that reaches the end of the name (a scan from 0 was quadratic)
  while (e < tokens.length && tokens[e]!.end < org.end) e++;
  if (e >= tokens.length) e = j;
  let last = e + 1;
  while (last < tokens.length && isQuote(tokens[last]!) && tokens[last]!.start === tokens[last - 1]!.end)
    last++;
  return [org, last - 1];
}

/** A description's mention: an organisation whose `title` is the description's words. */
function descriptionMention(
  doc: string,
  text: string,
  start: number,
  end: number,
  how: string,
  hit: Phrase,
): Mention {
  return { ...descMention(doc, text, start, end, 'organization', null, how), title: hit.words.join(' ') };
}

/** A description after the preposition ل, which swallows the article's alef (للحركة الحوثية): the span starts
 *  at the article's lam, the surface and key have the article whole (الحركة الحوثية), as the name is written
 *  elsewhere. Other mentions are returned as they are. */
function articleAfterLam(text: string, m: Mention): Mention {
  if (!m.title?.startsWith('ال') || !text.startsWith('لل', m.start)) return m;
  const surface = `ال${text.slice(m.start + 2, m.end)}`;
  return { ...m, start: m.start + 1, surface, key: looseKey(surface) };
}

/** Descriptive mentions of one document. `named` are its lexicon mentions (to find "… لـ X"). */
export function findDescriptions(doc: string, text: string, tokens: Token[], named: Mention[]): Mention[] {
  const tab = load();
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const found = phraseAt(tab, tokens, i);
    if (!found) continue;
    const [hit, end] = found;
    // the span starts after a stripped clitic (والتنظيم → التنظيم)
    const start = t.start + Math.max(0, t.norm.length - hit.words[0]!.length);
    // a body of a known organisation: HEAD (ل|لـ|في|التابع لـ) "ORG"
    const body = hit.refers ? null : bodyOrgEnd(tokens, end, named);
    if (body) {
      const [org, last] = body;
      out.push({ ...descriptionMention(doc, text, start, tokens[last]!.end, 'body', hit), org: org.lexId });
      i = last;
      continue;
    }
    const last = hit.refers ? adjectivesEnd(tokens, end) : end;
    const m = articleAfterLam(
      text,
      descriptionMention(
        doc,
        text,
        start,
        tokens[last - 1]!.end,
        hit.refers ? 'description' : 'bare-body',
        hit,
      ),
    );
    out.push({ ...m, refers: hit.refers ?? undefined });
    i = last - 1;
  }
  return out;
}

/** Where the words of lexicons/name-adjectives.tsv after a description end (التنظيم الضال، الميليشيات
 *  المتمردة: still the same description); three at most, one plain space apart. Nisba adjectives are not
 *  taken: الوكالة الفرنسية is no longer any news agency of the story. */
function adjectivesEnd(tokens: Token[], end: number): number {
  let last = end;
  while (
    last < tokens.length &&
    last - end < 3 &&
    tokens[last]!.word &&
    tokens[last]!.start === tokens[last - 1]!.end + 1 &&
    nameAdjectives().has(tokens[last]!.norm)
  )
    last++;
  return last;
}

let orgHeads: Map<string, Mention['type']> | null = null;
let aloneHeads: Set<string> | null = null;
/** The heads of lexicons/org-name-heads.tsv (وزارة، هيئة، حزب), normalised, with the type they give. */
function orgNameHeads(): Map<string, Mention['type']> {
  if (orgHeads) return orgHeads;
  orgHeads = new Map();
  aloneHeads = new Set();
  for (const r of loadTsv('org-name-heads')) {
    orgHeads.set(normalize(r.head!), r.type as Mention['type']);
    if (r.alone === 'yes') aloneHeads.add(normalize(r.head!));
  }
  return orgHeads;
}

/** Do the words after this head name the body alone too (org-name-heads.tsv's alone: صحيفة الوئام → الوئام)? */
function namedAlone(head: string): boolean {
  orgNameHeads();
  return aloneHeads!.has(head);
}

/** The head of an organisation's name (lexicons/org-name-heads.tsv) that a token is, after at most a
 *  conjunction and a preposition (وبوزارة، لهيئة); null when it is none. Given its document's tokens and
 *  its index there, the quick test of its forms is kept for the document (stem-sets.ts). */
export function orgNameHead(t: Token, tokens?: readonly Token[], i = -1): string | null {
  const heads = orgNameHeads();
  if (tokens && tokens[i] === t ? !anyStemIn(tokens, i, heads) : noStemIn(t, heads)) return null;
  for (const f of tokenStems(t))
    if (heads.has(f) && t.norm.endsWith(f) && /^[وف]?[بلك]?$/.test(t.norm.slice(0, t.norm.length - f.length)))
      return f;
  return null;
}

/** Organisations named by a head word and the definite words after it (وزارة الدفاع، هيئة الأمم
 *  المتحدة للطفولة): lexicons/org-name-heads.tsv. Known names (lexicon mentions) win over these. */
export function findPatternOrgs(doc: string, text: string, tokens: Token[], known: Mention[]): Mention[] {
  const out: Mention[] = [];
  const overlapsKnown = overlapTest(known);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const head = orgNameHead(t, tokens, i);
    if (!head) continue;
    const quoted = quotedNameAfter(tokens, i + 1);
    if (quoted) {
      // صحيفة "كاثيميريني"، منظمة «أطباء بلا حدود»: the quoted words name the body alone too
      const start = t.start + (t.norm.length - head.length);
      const end = tokens[quoted.close]!.end;
      const name = text.slice(tokens[quoted.a]!.start, tokens[quoted.b - 1]!.end);
      if (!overlapsKnown(start, end)) {
        const m = descMention(doc, text, start, end, orgNameHeads().get(head)!, null, 'pattern');
        m.aliases = [name];
        out.push(m);
      } else addAlias(known, start, end, name); // a known paper with its quoted name (صحيفة «صباح»): صباح too
      i = quoted.close;
      continue;
    }
    // (a noun in construct first, with a definite word after it: هيئة إنقاذ الطفولة، وزارة خدمات الطوارئ)
    let j = constructNounAt(tokens, i + 1) ? i + 2 : i + 1,
      n = j - i - 1;
    while (
      j < tokens.length &&
      n < 4 &&
      tokens[j]!.word &&
      // (and after a definite word, one with the preposition ل: المديرية الوطنية للأمن)
      (DEFINITE_WORD.test(tokens[j]!.norm) || (j > i + 1 && FOR_THE_WORD.test(tokens[j]!.norm))) &&
      !singularRelativePronouns().has(tokens[j]!.norm)
    ) {
      j++;
      n++;
    }
    if (n === 0) continue;
    // (a construct name right before a bare word may run on into a short name, هيئة إذاعة الجنوب هراج: left to
    // the speaker's phrase)
    if (n >= 2 && !DEFINITE_WORD.test(tokens[i + 1]!.norm) && bareWordAt(tokens, j)) continue;
    const start = t.start + (t.norm.length - head.length);
    const end = tokens[j - 1]!.end;
    if (overlapsKnown(start, end)) {
      if (namedAlone(head)) addAlias(known, start, end, text.slice(tokens[i + 1]!.start, end)); // صحيفة الوئام
      i = j - 1;
      continue;
    }
    const m = descMention(doc, text, start, end, orgNameHeads().get(head)!, null, 'pattern');
    // صحيفة الوئام is also الوئام
    if (namedAlone(head)) m.aliases = [text.slice(tokens[i + 1]!.start, end)];
    out.push(m);
    i = j - 1;
  }
  return out;
}

const DEFINITE_WORD = /^ال[\u0621-\u064A]{2,}$/;
const FOR_THE_WORD = /^لل[\u0621-\u064A]{2,}$/;

/** Token k is a noun without the article in construct with a definite word right after it (إنقاذ |
 *  الطفولة): a word of three letters or more, no function word, verb nor number, the next one definite. */
function constructNounAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  if (!t?.word || !next?.word || !DEFINITE_WORD.test(next.norm)) return false;
  if (!/^[\u0621-\u064A]{3,}$/.test(t.norm) || /^[وفبلك]?ال/.test(t.norm)) return false;
  // (not an adjective, محكمة ليبية | الثلاثاء; nor a name with an adjective or participle after it, شركة X |
  // المتفرعة عن، التابعة لـ; nor a day)
  if (INDEFINITE_NISBA.test(t.norm) || DEFINITE_NISBA.test(next.norm) || PARTICIPLE.test(next.norm))
    return false;
  return !notNameWords().has(t.norm) && !notNameWords().has(next.norm) && !lexicons().verbs.has(t.norm);
}
/** Token k is a word without the article that is no function word nor verb of saying (a name may go on). */
function bareWordAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word || /^[وفبلك]?(ال|لل)/.test(t.norm)) return false;
  return !notNameWords().has(t.norm) && !lexicons().verbs.has(t.norm);
}
const INDEFINITE_NISBA = /يه$/; // (a feminine adjective of a feminine head: محكمة ليبية، هيئة دولية)
/** A definite participle that opens a clause after a name (المتفرعة، المنبثقة، التابعة): rule-words. */
const PARTICIPLE = { test: prefixTest('rule-words', 'participle_start') };

/** The known body's mention that is the head and its quoted name, all of it (صحيفة «صباح» التركية). */
const knownAt = (known: Mention[], start: number, end: number): Mention | undefined =>
  firstStartingIn(known, start, start, (m) => m.type === 'organization' && !!m.lexId && m.end >= end);

/** Gives the known body's mention at [start, end) a name after its head as a form of its own. */
function addAlias(known: Mention[], start: number, end: number, name: string): void {
  const m = knownAt(known, start, end);
  if (m) (m.aliases ??= []).push(name);
}

/** A name of one to four words between quote marks from token `open` on (its words [a, b), the closing
 *  mark's index), or null. */
function quotedNameAfter(
  tokens: readonly Token[],
  open: number,
): { a: number; b: number; close: number } | null {
  if (!tokens[open] || !isQuoteTok(tokens[open]) || !tokens[open + 1]?.word) return null;
  let words = 0;
  for (let k = open + 1; k < tokens.length && k <= open + 8; k++) {
    const t = tokens[k]!;
    if (isQuoteTok(t)) return words > 0 && words <= 4 ? { a: open + 1, b: k, close: k } : null;
    if (t.word) words++;
    else if (!/^[-–.&]$/.test(t.norm)) return null;
  }
  return null;
}

let kindHeads: Map<string, Mention['type']> | null = null;
/** Definite head nouns of a kind (lexicons/kind-heads.tsv and org-name-heads.tsv: السلطات، السفارة). */
export function definiteKindHeads(): Map<string, Mention['type']> {
  if (kindHeads) return kindHeads;
  kindHeads = new Map();
  for (const name of ['org-name-heads', 'kind-heads'] as const)
    for (const r of loadTsv(name)) kindHeads.set(`ال${normalize(r.head!)}`, r.type as Mention['type']);
  return kindHeads;
}

let adjectiveWords: Set<string> | null = null;
/** The words of lexicons/name-adjectives.tsv (المعارض، المسلحة), normalised. */
function nameAdjectives(): Set<string> {
  adjectiveWords ??= new Set(loadTsv('name-adjectives').map((r) => normalize(r.word!)));
  return adjectiveWords;
}

/** A word of lexicons/name-adjectives.tsv (المعارضة، نفسه), normalised. */
export const isNameAdjectiveWord = (norm: string): boolean => nameAdjectives().has(norm);

/** A nisba adjective (السعودية، الأمريكي) or a word of lexicons/name-adjectives.tsv, normalised. */
function isNisba(norm: string): boolean {
  return nameAdjectives().has(norm) || DEFINITE_NISBA.test(norm);
}

/** A definite head noun of a kind with nisba adjectives after it (السلطات العراقية، السفارة الأمريكية،
 *  الحرس الوطني التونسي): a mention of the head's type. Known names and other mentions win over these. */
export function findKindPhrases(doc: string, text: string, tokens: Token[], known: Mention[]): Mention[] {
  const heads = definiteKindHeads();
  const overlapsKnown = overlapTest(known);
  // a country whose name is also its nisba (السعودية) may be the adjective: الحكومة السعودية
  const overlapsNotPlace = overlapTest(known.filter((m) => m.type !== 'location'));
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !anyStemIn(tokens, i, heads)) continue;
    const head = stemAfterProclitics(t, /^[وف]?[بك]?$/, (f) => heads.has(f) && t.norm.endsWith(f));
    if (!head) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 3 && tokens[j]!.word && isNisba(tokens[j]!.norm)) j++;
    if (j === i + 1) continue;
    const start = t.start + (t.norm.length - head.length);
    const end = tokens[j - 1]!.end;
    const adjectives = tokens.slice(i + 1, j).map((x) => x.norm);
    i = j - 1;
    if (overlapsKnown(start, end) && (overlapsNotPlace(start, end) || overlapsKnown(start, t.end))) continue;
    const m = descMention(doc, text, start, end, heads.get(head)!, null, 'pattern');
    // السفارة الأمريكية: keyed like سفارة الولايات المتحدة
    const key = demonymKey(head, adjectives);
    if (key) m.key = key;
    out.push(m);
  }
  return out;
}

/** A ministry named by its nisba alone (أعلنت الداخلية، في قبضة الداخلية) where the document names it in
 *  full (وزارة الداخلية): a mention with the full name as another name of it. Not after a definite noun,
 *  whose adjective the word then is (الشؤون الداخلية), nor after the ministry's or its minister's word
 *  (وزير الداخلية is a person). `named` are the document's pattern mentions; `taken` tests a span against
 *  the mentions found so far. */
export function findBareMinistries(
  doc: string,
  text: string,
  tokens: Token[],
  named: Mention[],
  taken: (start: number, end: number) => boolean,
): Mention[] {
  const full = new Map<string, string>(); // nisba → the full name as written
  for (const m of named) {
    const words = normalize(m.surface).split(' ');
    if (words[0] !== MINISTRY || !/^ال\S{2,}يه$/.test(words[1] ?? '') || full.has(words[1]!)) continue;
    // the name and the nisbas after it (وزارة الداخلية السعودية), as written; not a word the pattern ran on to
    let n = 2;
    while (n < words.length && /^ال\S{2,}يه$/.test(words[n]!)) n++;
    full.set(words[1]!, m.surface.split(/\s+/).slice(0, n).join(' '));
  }
  if (!full.size) return [];
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || !t.norm.endsWith('يه')) continue;
    const form = stemAfterProclitics(t, /^[وفب]?$/, (f) => full.has(f));
    if (!form) continue;
    const prev = tokens[i - 1];
    if (prev?.word && (prev.norm.startsWith('ال') || MINISTER_STEM.test(prev.norm))) continue;
    const start = t.start + (t.norm.length - form.length);
    if (taken(start, t.end)) continue;
    out.push({
      ...descMention(doc, text, start, t.end, 'organization', null, 'pattern'),
      aliases: [full.get(form)!],
    });
  }
  return out;
}
