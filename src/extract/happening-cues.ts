// The cue side of the timeline's happenings (happenings.ts dates them): the cue words and phrases of
// lexicons/happenings.tsv found in a sentence, with the phrases that tell no happening though a cue is in
// them, anniversaries, "as … said" sourcing, and protesters that make an attack a riot.

import { alternation, loadTsv, wordSet } from '../lexicon/index.js';
import { codeUnitAt, letterPair } from '../text/char-classes.js';
import { normalize } from '../text/normalize.js';
import { tokenStems } from '../text/tokens.js';
import type { HappeningType, Token } from '../types.js';
import { isNameLink } from './speakers/words.js';

interface Cue {
  type: HappeningType;
  words: string[];
  prefix: boolean;
  /** A reporting verb's form: it dates a statement only with its date near it. */
  report?: boolean;
}
let cues: Map<string, Cue[]> | null = null;
/** Cues with any ending (a trailing * in the lexicon), in the lexicon's order, and by the first two
 *  letters of their first word (twoLetters); `onlyTwoLetters`: no such word is shorter than two letters,
 *  so a word's candidates are those of its first two letters. */
let prefixCues: Cue[] = [];
let prefixCuesByLetters = new Map<number, Cue[]>();
let onlyTwoLetters = true;
const twoLetters = (w: string): number => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1);
/** opening[letterPair(w)] = 1 for the first word of every cue, with or without ending (a necessary test
 *  before the two maps: a stem is a cue's first word, or starts with one of two letters or more, only
 *  when its first two letters are that word's; performance: this runs at every stem of a dated sentence's
 *  words). Used only with onlyTwoLetters. */
let opening = new Uint8Array(1 << 16);
/** Phrases that tell no happening though a cue is in them (الخاضعة لسيطرة، لاستهداف), by first word. */
let notHappenings: Map<string, string[][]> = new Map();
/** The same by their first word with و or ف before it: a word with that letter is looked up whole, no
 *  copy of it made (performance: this runs at every word). */
let notHappeningsAfterConjunction: Map<string, string[][]> = new Map();

function load() {
  if (cues) return cues;
  cues = new Map();
  prefixCues = [];
  prefixCuesByLetters = new Map();
  onlyTwoLetters = true;
  opening = new Uint8Array(1 << 16);
  notHappenings = new Map();
  for (const r of loadTsv('happenings')) {
    const raw = r.cue!;
    if (r.type === 'none') {
      const words = normalize(raw).split(' ');
      if (!notHappenings.has(words[0]!)) notHappenings.set(words[0]!, []);
      notHappenings.get(words[0]!)!.push(words);
      continue;
    }
    const prefix = raw.endsWith('*');
    const words = normalize(prefix ? raw.slice(0, -1) : raw).split(' ');
    opening[letterPair(words[0]!)] = 1;
    const c: Cue = { type: r.type as HappeningType, words, prefix };
    if (prefix) {
      prefixCues.push(c);
      if (words[0]!.length < 2) onlyTwoLetters = false;
      const key = twoLetters(words[0]!);
      if (!prefixCuesByLetters.has(key)) prefixCuesByLetters.set(key, []);
      prefixCuesByLetters.get(key)!.push(c);
    } else {
      if (!cues.has(words[0]!)) cues.set(words[0]!, []);
      cues.get(words[0]!)!.push(c);
    }
  }
  // a dated report is a statement: the past forms of the reporting verbs that open one (lexicons/reporting-verbs.tsv)
  for (const r of loadTsv('reporting-verbs')) {
    if (!STATEMENT_KINDS.has(r.kind!)) continue;
    for (const form of [...r.past_m!.split('|'), ...r.past_f!.split('|')]) {
      if (form === '-') continue;
      const words = normalize(form).split(' ');
      opening[letterPair(words[0]!)] = 1;
      if (!cues.has(words[0]!)) cues.set(words[0]!, []);
      cues.get(words[0]!)!.push({ type: 'statement', words, prefix: false, report: true });
    }
  }
  notHappeningsAfterConjunction = new Map();
  for (const [first, phrases] of notHappenings)
    for (const conjunction of ['و', 'ف']) notHappeningsAfterConjunction.set(conjunction + first, phrases);
  return cues;
}

/** The kinds of reporting verbs whose report is a statement of its own day (not continue: أضاف goes on
 *  with one already told; not relay). */
const STATEMENT_KINDS = new Set(['say', 'announce', 'appeal']);

let claimWords: Set<string> | null = null;
/** A word of a claim of responsibility (lexicons/happenings.tsv: مسؤوليته، تبنى), with or without و/ف. */
export function isClaimWord(norm: string): boolean {
  // (the one-word cues load() read from the lexicon, not a second reading of it)
  claimWords ??= new Set(
    [...load()]
      .filter(([, list]) => list.some((c) => c.type === 'claim_of_responsibility' && c.words.length === 1))
      .map(([word]) => word),
  );
  return claimWords.has(norm) || (/^[وف]../.test(norm) && claimWords.has(norm.slice(1)));
}

export interface CueHit {
  type: HappeningType;
  tok: Token;
  index: number;
  /** A statement named as the source of what is told ("بحسب ما قال"): dated only by a date after it. */
  sourcing: boolean;
  /** Found by a reporting verb's form alone (قال، دعت): dated only by a date near it. */
  report: boolean;
}

/** Words of a phrase with no happening in it starting at token i (0 when none starts there). */
function notHappeningAt(tokens: Token[], i: number): number {
  const norm = tokens[i]!.norm;
  const c = codeUnitAt(norm, 0);
  // the word, then the word without a leading و or ف (when three letters follow)
  const own = phraseAt(tokens, i, notHappenings.get(norm));
  const conjunction = (c === 0x648 || c === 0x641) && norm.length > 3;
  return own || !conjunction ? own : phraseAt(tokens, i, notHappeningsAfterConjunction.get(norm));
}

/** Words of the first of `phrases` (each with its first word at token i) that the tokens go on with, or 0. */
function phraseAt(tokens: Token[], i: number, phrases: string[][] | undefined): number {
  if (!phrases) return 0;
  for (const words of phrases) {
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) if (tokens[i + k]?.norm !== words[k]) ok = false;
    if (ok) return words.length;
  }
  return 0;
}

/** What something else is about, right before a cue (بشأن القصف، ضحايا الغارة). */
const TOPIC = wordSet('happening-words', 'topic');

/** An anniversary (ذكرى النكبة ونزوح …) remembers a happening: a cue just after it tells none. */
const REMEMBERED = new RegExp(`^[وب]?(ال)?(?:${alternation('rule-words', 'anniversary')})$`);
function remembered(tokens: Token[], i: number, a: number): boolean {
  for (let k = i - 1, words = 0; k >= a && words < 3; k--) {
    if (!tokens[k]!.word) continue;
    if (REMEMBERED.test(tokens[k]!.norm)) return true;
    // what something else is about (جلسة بشأن القصف، تشييع ضحايا الغارة): the word right before the cue
    if (words === 0 && TOPIC.has(tokens[k]!.norm.replace(/^[وف](?=...)/, ''))) return true;
    words++;
  }
  return false;
}

/** "بحسب ما قال" / "كما أعلن": the statement sources what the sentence tells, so a date before it is the
 *  day of what is told ("قتل متظاهر مساء الاثنين، بحسب ما قالت الشرطة"), not of the statement. */
const AS_SAID = wordSet('happening-words', 'as_said');
function sourcing(tokens: Token[], i: number, a: number): boolean {
  const one = tokens[i - 1]?.norm ?? '';
  const two = `${tokens[i - 2]?.norm ?? ''} ${one}`;
  return i > a && (AS_SAID.has(one) || (i - 1 > a && AS_SAID.has(two)));
}

/** Protesters in the sentence make their storming or burning a riot ("اقتحم متظاهرون القنصلية وأضرموا
 *  النار فيها"), not an armed attack or a fire. */
const PROTESTERS = new RegExp(`^[وف]?(ال)?(${alternation('happening-words', 'protester_stem')})`);
const BURNING = new RegExp(`^[وف]?(${alternation('happening-words', 'burning_stem')})`);
export function asRiot(tokens: Token[], a: number, b: number, hits: CueHit[]): CueHit[] {
  let protest = false;
  for (let k = a; k < b && !protest; k++) if (PROTESTERS.test(tokens[k]!.norm)) protest = true;
  if (!protest) return hits;
  return hits.map((h) =>
    h.type === 'attack' || (h.type === 'other' && BURNING.test(h.tok.norm)) ? { ...h, type: 'riot' } : h,
  );
}

/** No cue (a shared empty list: no array made per miss). */
const NO_CUES: readonly Cue[] = [];

/** Cue types that start at token i (its stems tried longest first, the first with any wins), or null;
 *  `span.words`: the words of the longest phrase among them (a cue inside it is no cue of its own: وقف
 *  إطلاق النار is no shooting). */
function cueTypesAt(
  tokens: Token[],
  i: number,
  map: Map<string, Cue[]>,
  span: { words: number; lexical: boolean },
): Set<HappeningType> | null {
  let found: Set<HappeningType> | null = null;
  span.words = 1;
  span.lexical = false;
  for (const st of tokenStems(tokens[i]!)) {
    if (onlyTwoLetters && !opening[letterPair(st)]) continue;
    for (const c of map.get(st) ?? NO_CUES) {
      let ok = true;
      for (let k = 1, j = i + 1; k < c.words.length; k++, j++) if (tokens[j]?.norm !== c.words[k]) ok = false;
      if (!ok) continue;
      if (!c.report) span.lexical = true;
      (found ??= new Set()).add(c.type);
      span.words = Math.max(span.words, c.words.length);
    }
    const candidates = onlyTwoLetters ? (prefixCuesByLetters.get(twoLetters(st)) ?? NO_CUES) : prefixCues;
    for (const c of candidates)
      if (st.startsWith(c.words[0]!) && st.length - c.words[0]!.length <= 4) {
        (found ??= new Set()).add(c.type);
        span.lexical = true;
      }
    if (found) break;
  }
  return found;
}

export function cuesIn(tokens: Token[], a: number, b: number): CueHit[] {
  const map = load();
  const out: CueHit[] = [];
  const span = { words: 1, lexical: false };
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const skip = notHappeningAt(tokens, i);
    if (skip) {
      i += skip - 1;
      continue;
    }
    const found = cueTypesAt(tokens, i, map, span);
    if (!found) continue;
    const at = i;
    i += span.words - 1;
    if (remembered(tokens, at, a)) continue;
    // a reporting verb's form after a link of a name is the name's (علي بن أبي طالب)
    const report = !span.lexical;
    if (report && at > a && tokens[at - 1]!.word && isNameLink(tokens[at - 1]!.norm)) continue;
    for (const type of found)
      out.push({
        type,
        tok: t,
        index: at,
        sourcing: type === 'statement' && sourcing(tokens, at, a),
        report,
      });
  }
  return out;
}
