// Lexicon ("gazetteer") mentions: known organisations, media, countries, regions and towns found by
// longest match over tokens, plus places and facilities introduced by a head word (سجن X، حي X، مخيم X).
//
// Data: lexicons/organizations.tsv, lexicons/places.tsv, lexicons/place-heads.tsv (see their headers).
// Matching works on a per-token "match form" (normalised, hamza seats folded) so أ/إ/ا, ة/ه, ى/ي,
// ؤ/و, ئ/ي and tatweel never matter. Proclitics (و ف ب ل ك لل, also written apart with tatweel: لـ"قسد")
// are stripped from the first word for lookup only; a mention's span never includes them.

import {
  type Alias,
  getLookup,
  type Head,
  type Lookup,
  matchForm,
  placeNameWords,
} from '../lexicon/gazetteer.js';
import { loadTsv } from '../lexicon/index.js';
import { KeyFilter } from '../lexicon/key-filter.js';
import { looseKey, normalize, offsetAfterNormalized } from '../text/normalize.js';
import type { EntityType, Mention, Token } from '../types.js';
import { packedMap } from './packed.js';

/** What the lexicons say about one match form: the alias lists of its clitic forms (in cliticForms
 *  order, forms without aliases left out) with the letters stripped, and the first head among them. */
interface FormInfo {
  cands: { list: Alias[]; strip: number; second: SecondIndex | null }[];
  head: Head | undefined;
  hStrip: number;
}
const NOTHING: FormInfo = { cands: [], head: undefined, hStrip: 0 };

function formInfo(L: Lookup, f: string): FormInfo {
  const nf = cliticForms(f);
  const filter = keyFilter(L);
  let cands: FormInfo['cands'] | null = null;
  let head: Head | undefined;
  let hStrip = 0;
  for (let v = 0; v < nf; v++) {
    const prefix = cPrefixes[v]!;
    const from = cFroms[v]!;
    // most forms are neither a name's first word nor a head: no string is cut for them
    if (!filter.mayHave(prefix, f, from, f.length)) continue;
    const form = from === 0 && !prefix ? f : prefix + f.slice(from);
    const list = L.byFirst.get(form);
    if (list) (cands ??= []).push({ list, strip: cStrips[v]!, second: secondIndex(list) });
    if (!head) {
      head = L.heads.get(form);
      if (head) hStrip = cStrips[v]!;
    }
  }
  return cands || head ? { cands: cands ?? [], head, hStrip } : NOTHING;
}

/** A long alias list (one first word, many names: وكالة، وزارة، قوات) by the aliases' second match forms:
 *  the places in the list of the aliases of two or more words with each second form, and of those of one
 *  word, in list order. matchAt tries only those whose second word is the text's next one. */
interface SecondIndex {
  bySecond: Map<string, number[]>;
  singles: number[];
}
/** Lists shorter than this are read whole. */
const LONG_LIST = 8;
const secondIndexes = new WeakMap<Alias[], SecondIndex | null>();

function secondIndex(list: Alias[]): SecondIndex | null {
  if (list.length < LONG_LIST) return null;
  let index = secondIndexes.get(list);
  if (index === undefined) {
    index = { bySecond: new Map(), singles: [] };
    for (let k = 0; k < list.length; k++) {
      const forms = list[k]!.forms;
      if (forms.length < 2) {
        index.singles.push(k);
        continue;
      }
      const places = index.bySecond.get(forms[1]!);
      if (places) places.push(k);
      else index.bySecond.set(forms[1]!, [k]);
    }
    secondIndexes.set(list, index);
  }
  return index;
}

let filter: KeyFilter | null = null;
let filterOf: Lookup | null = null;
/** The first words of the aliases and the heads of a lookup, as a KeyFilter. */
function keyFilter(L: Lookup): KeyFilter {
  if (filterOf !== L || !filter) {
    filter = new KeyFilter([...L.byFirst.keys(), ...L.heads.keys()]);
    filterOf = L;
  }
  return filter;
}

/** Lookup candidates of one word, unstripped first: form v is cPrefixes[v] + f.slice(cFroms[v]), with the
 *  number of normalised clitic letters stripped in cStrips[v]; returns how many. The bare article ال is
 *  never stripped (الحماس is not حماس); لل is read as ل + ال. Reuses the arrays: this runs for every token. */
const cPrefixes: string[] = ['', '', ''];
const cFroms: number[] = [0, 0, 0];
const cStrips: number[] = [0, 0, 0];
function cliticForms(f: string): number {
  cPrefixes[0] = '';
  cFroms[0] = 0;
  cStrips[0] = 0;
  let k = 1;
  // the word after a conjunction: f.slice(w)
  let w = 0;
  let n = 0;
  // the lengths tested before the letters: no charCodeAt past the end (it would deoptimise this code)
  if (f.length > 3 && (f.charCodeAt(0) === 0x648 || f.charCodeAt(0) === 0x641)) {
    w = 1;
    n = 1;
    cPrefixes[k] = '';
    cFroms[k] = w;
    cStrips[k++] = n;
  }
  const c = f.length - w > 3 ? f.charCodeAt(w) : -1;
  if (c === 0x644 && f.charCodeAt(w + 1) === 0x644) {
    cPrefixes[k] = 'ال';
    cFroms[k] = w + 2;
    cStrips[k++] = n + 2;
  } else if (c === 0x628 || c === 0x644 || c === 0x643) {
    cPrefixes[k] = '';
    cFroms[k] = w + 1;
    cStrips[k++] = n + 1;
  }
  return k;
}

let alsoNameHeads: Set<string> | null = null;
/** Heads after which the name alone is another name of the place (lexicons/place-heads.tsv, also_name). */
export function sameNameHeads(): Set<string> {
  alsoNameHeads ??= new Set(
    loadTsv('place-heads')
      .filter((row) => row.also_name === 'yes')
      .map((row) => matchForm(normalize(row.head!))),
  );
  return alsoNameHeads;
}

let headNouns: Set<string> | null = null;
/** The loose keys of the place heads with the article (المدينة، السجن، المخيم): a generic place noun, not a
 *  name, when it stands alone. */
export function definiteHeadNouns(): Set<string> {
  headNouns ??= new Set([...getLookup().heads.keys()].map((head) => looseKey(`ال${head}`)));
  return headNouns;
}

/** Quote marks that may wrap a name after a head word: سجن "الصناعة". */
const QUOTE = /^["“”«»'‘’„]$/;
/** Is token k a quote mark? */
const quoteAt = (tokens: readonly Token[], k: number): boolean =>
  k < tokens.length && !tokens[k]!.word && QUOTE.test(tokens[k]!.norm);

/** Is this word plausibly (the start of) a name after a head? Rejects indefinite adjectives (منطقة عسكرية، مستشفى ميداني). */
function nameWord(f: string, first: boolean): boolean {
  if (
    f.length < 2 ||
    placeNameWords().notName.has(f) ||
    /^[0-9.,]+$/.test(f) ||
    !/[\u0621-\u064Aa-z]/.test(f)
  )
    return false;
  // لل + noun is a preposition phrase (مخيم للاجئين), not a name
  if (f.startsWith('لل')) return false;
  if (first && !f.startsWith('ال') && f.length >= 4 && /(يه|ي)$/.test(f)) return false;
  return true;
}

let linkWords: Set<string> | null = null;
/** The words that join a personal name to the next word (lexicons/name-links.tsv: أبو، بن، عبد), as match forms. */
function nameLinkWords(): Set<string> {
  linkWords ??= new Set(loadTsv('name-links').map((row) => matchForm(normalize(row.word!))));
  return linkWords;
}

/** A nisba adjective (السورية، الإيرانية): not part of a town's name after a location head (مدينة دوما السورية). */
function nisba(f: string): boolean {
  return f.startsWith('ال') && /(يه|ي)$/.test(f);
}

function mention(
  doc: string,
  text: string,
  start: number,
  end: number,
  type: EntityType,
  key: string,
  lexId: string | null,
  how: string,
): Mention {
  return { doc, start, end, type, surface: text.slice(start, end), key, lexId, how };
}

/** One document being scanned: its tokens, their match forms and the lexicon facts of each (on first use). */
interface Scan {
  doc: string;
  text: string;
  tokens: Token[];
  forms: string[];
  lookup: Lookup;
  infoAt: (i: number) => FormInfo;
}

/** Longest alias matching at token i: [alias, end token index (exclusive), clitic letters stripped]. */
function matchAt(scan: Scan, i: number): [Alias, number, number] | null {
  const { tokens, forms } = scan;
  if (!tokens[i]!.word) return null;
  for (const { list: cands, strip, second } of scan.infoAt(i).cands) {
    if (second) {
      // the aliases of two or more words whose second form is the next token's, and those of one word,
      // in list order: the same first match as reading the whole list
      // (a quote mark after the first word may open the rest of the name: وكالة "أعماق")
      const n1 = quoteAt(tokens, i + 1) ? i + 2 : i + 1;
      const next = n1 < forms.length ? second.bySecond.get(forms[n1]!) : undefined;
      const nextCount = next ? next.length : 0;
      const singles = second.singles;
      for (let x = 0, y = 0; x < nextCount || y < singles.length; ) {
        const k =
          y >= singles.length || (x < nextCount && next![x]! < singles[y]!) ? next![x++]! : singles[y++]!;
        const j = aliasEnd(scan, i, cands[k]!);
        if (j >= 0) return [cands[k]!, j, strip];
      }
      continue;
    }
    for (const a of cands) {
      const j = aliasEnd(scan, i, a);
      if (j >= 0) return [a, j, strip];
    }
  }
  return null;
}

/** Where alias a ends (token index, exclusive) when it matches from token i, else -1. */
function aliasEnd(scan: Scan, i: number, a: Alias): number {
  const { text, tokens, forms } = scan;
  let j = i + 1;
  let opened = false;
  for (let k = 1; k < a.forms.length; k++, j++) {
    // the rest of the name in quote marks (وكالة الأنباء "أعماق"، لوكالة "أعماق"): the marks are passed
    if (!opened && j < tokens.length && forms[j] !== a.forms[k] && quoteAt(tokens, j)) {
      opened = true;
      j++;
    }
    if (j >= tokens.length || forms[j] !== a.forms[k]) return -1;
  }
  if (opened) {
    if (!quoteAt(tokens, j)) return -1;
    j++;
  }
  // short Latin acronyms written in capitals (IS, ISIS) must be capitals in the text too
  if (
    a.hasCaps &&
    a.caps.some((c, k) => c && !/[A-Z]/.test(text.slice(tokens[i + k]!.start, tokens[i + k]!.end)))
  )
    return -1;
  // a name must end at a word boundary: the next token may not continue the word (e.g. glued letters)
  const last = tokens[j - 1]!;
  if (j < tokens.length && tokens[j]!.start === last.end && tokens[j]!.word) return -1;
  return j;
}

/** The mention of a lexicon match starting at token i. */
function lexiconMention(scan: Scan, i: number, [a, j, strip]: [Alias, number, number]): Mention {
  const { doc, text, tokens } = scan;
  const t = tokens[i]!;
  const start = strip ? offsetAfterNormalized(text, t.start, t.end, strip) : t.start;
  const end = tokens[j - 1]!.end;
  return mention(doc, text, start, end, a.entry.type as EntityType, a.key, a.entry.id, 'lexicon');
}

/** Where a quoted name after a head ends (معبر "كرم أبو سالم"): at the closing quote, four words at most. */
function quotedNameEnd(tokens: Token[], j: number, end: number): number {
  let k = end;
  while (k < tokens.length && k < j + 7 && !(QUOTE.test(tokens[k]!.norm) && !tokens[k]!.word)) k++;
  if (
    k < tokens.length &&
    QUOTE.test(tokens[k]!.norm) &&
    tokens.slice(j, k).filter((x) => x.word).length <= 4
  )
    return k;
  return end;
}

/** Where an unquoted name after a head ends: up to `takes` words, each after the first carrying ال (مطار
 *  دمشق الدولي), and always the word after a title or name-forming word (مدينة الملك فهد، بلدة عين ديوار);
 *  3 at most, name links and the word after them counting as one (معبر كرم أبو سالم). */
function plainNameEnd(scan: Scan, head: Head, end: number): number {
  const { tokens, forms } = scan;
  // one plain space between name words
  const plain = (k: number) =>
    k < tokens.length && tokens[k]!.word && tokens[k]!.start === tokens[k - 1]!.end + 1;
  for (let words = 1; end < tokens.length && words < 3; words++) {
    // name links (أبو، بن، عبد) and the word after them count as one more word of the name
    // (معبر كرم أبو سالم، مسجد علي بن أبي طالب، مستشفى الملك عبد الله)
    let k = end;
    // (not after a place's whole name: ولاية نارام | عبد الرحمن كاسي is a person after the place)
    while (plain(k) && k < end + 3 && nameLinkWords().has(forms[k]!) && head.type !== 'location') k++;
    if (k > end) {
      // after a link the word is a name's, even one that is also a particle as normalised (بن علي)
      if (!plain(k) || !/[\u0621-\u064Aa-z]/.test(forms[k]!) || forms[k]!.length < 2) break;
      end = k + 1;
      continue;
    }
    const prevTitle = placeNameWords().titleWord.has(forms[end - 1]!);
    if (words >= head.takes && !prevTitle) break;
    if (!plain(end)) break;
    // a word that a name link follows is a name's (الإمام علي بن أبي طالب)
    const linked = plain(end + 1) && nameLinkWords().has(forms[end + 1]!);
    if (!nameWord(forms[end]!, false) && !linked) break;
    if (!prevTitle && (!forms[end]!.startsWith('ال') || (head.type === 'location' && nisba(forms[end]!))))
      break;
    end++;
  }
  return end;
}

/** Head-triggered mentions at token i (the head word, clitics allowed, never with ال, then a name of 1–3
 *  words): pushed to `out`; returns the last token index used, or -1 when there is none. */
function headMentions(scan: Scan, i: number, out: Mention[]): number {
  const { doc, text, tokens, forms } = scan;
  const { head, hStrip } = scan.infoAt(i);
  if (!head) return -1;
  // a standalone clitic before the head (بـ مخيم) changes nothing; the span starts at the head itself
  let j = i + 1;
  let quoted = false;
  if (j < tokens.length && !tokens[j]!.word && QUOTE.test(tokens[j]!.norm)) {
    quoted = true;
    j++;
  }
  if (j >= tokens.length || !tokens[j]!.word || !nameWord(forms[j]!, true)) return -1;
  const lex = matchAt(scan, j);
  // a location head before a known place adds nothing (مدينة حلب → حلب); the place mention is enough
  if (lex && head.type === 'location') return -1;
  // an idiom is no head ("من ناحية": on the one hand)
  if (i > 0 && placeNameWords().notPlace.has(forms[i - 1] + ' ' + forms[i])) return -1;
  // "مدينة وبلدة": the next word is another head, not a name
  if (scan.lookup.heads.has(forms[j]!.replace(/^[وف]/, ''))) return -1;
  let end = lex ? lex[1] : j + 1;
  end = quoted ? quotedNameEnd(tokens, j, end) : plainNameEnd(scan, head, end);
  let last = tokens[end - 1]!.end;
  if (quoted && end < tokens.length && !tokens[end]!.word && QUOTE.test(tokens[end]!.norm))
    last = tokens[end]!.end;
  const t = tokens[i]!;
  const start = hStrip ? offsetAfterNormalized(text, t.start, t.end, hStrip) : t.start;
  const m = mention(doc, text, start, last, head.type, looseKey(text.slice(start, last)), null, 'head');
  // "حي X", "منطقة X": X is the place's own name, its key, and another name of it (not after a title: مدينة الملك فهد)
  if (!lex && sameNameHeads().has(forms[i]!.slice(hStrip)) && !placeNameWords().titleWord.has(forms[j]!)) {
    const name = text.slice(tokens[j]!.start, tokens[end - 1]!.end);
    m.key = looseKey(name);
    m.aliases = [name];
  }
  out.push(m);
  if (lex) out.push(lexiconMention(scan, j, lex));
  if (!lex && quoted && last > tokens[end - 1]!.end) return end;
  return (lex ? lex[1] : end) - 1;
}

/**
 * Longest-match lexicon mentions (organisations, places) in tokens of one document; clitics (و ف ب ل ك ال لل
 * and the "لـ" / "بـ" forms with tatweel, quotes around names like لـ”قسد”) stripped for lookup; mention span =
 * the name without the clitic. Also head-triggered places/facilities (سجن X، حي X، مخيم X).
 */
export function findLexiconMentions(doc: string, text: string, tokens: Token[]): Mention[] {
  const lookup = getLookup();
  const out: Mention[] = [];
  const forms = packedMap(tokens, (t) => matchForm(t.norm));
  // formInfo per token, computed on first use (a token may be looked at twice: as a name and as a head)
  const infos: (FormInfo | undefined)[] = new Array(tokens.length);
  const infoAt = (i: number): FormInfo => (infos[i] ??= formInfo(lookup, forms[i]!));
  const scan: Scan = { doc, text, tokens, forms, lookup, infoAt };
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word) continue;
    const m = matchAt(scan, i);
    if (m) {
      out.push(lexiconMention(scan, i, m));
      i = m[1] - 1;
      continue;
    }
    const lastUsed = headMentions(scan, i, out);
    if (lastUsed >= 0) i = lastUsed;
  }
  return out;
}
