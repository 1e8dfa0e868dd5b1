// The measure cues around a number (lexicons/measures.tsv), each scored by its weight, its kind and
// its distance: verbs govern from further away than nouns and units.

import { lexicons, type MeasureCue, relativePronouns, theWord, wordSet } from '../lexicon/index.js';
import { letterPair } from '../text/char-classes.js';
import { tokenStems } from '../text/tokens.js';
import type { NumberMention, Token } from '../types.js';
import { breakdownEnd } from './count-context.js';
import { isQuoteTok } from './speakers/words.js';

const FROM_WORD = theWord('rule-words', 'from');
const TO_WORD = theWord('rule-words', 'to');

const BOUNDARY = /^[.؛;!?؟]$/;
/** Words that open a new clause: a verb after them is not the number's. */
const CLAUSE = wordSet('claim-words', 'clause_opener');
const JOIN = wordSet('claim-words', 'and_word', 'among');
const COMMA = /^[،,]$/;
const COMPLEMENT = wordSet('attribution-words', 'complement');
/** فقد، فلقد: "so … already" before a verb, not the verb "lost". */
const SO_ALREADY = wordSet('rule-words', 'so_already');
/** Time words a verb's object may follow (أيضا، أمس، مجددا). */
const TIME_WORD = wordSet('attribution-words', 'time_adverb');

export interface Hit {
  cue: MeasureCue;
  score: number;
  start: number;
  end: number;
}

/** A number in its sentence: tokens [first, lastTok] are the number, [sFirst, sLast] the sentence;
 *  `at` is its index in `all`, the story's counts sorted by start. */
export interface NumberSite {
  n: NumberMention;
  at: number;
  all: NumberMention[];
  first: number;
  lastTok: number;
  sFirst: number;
  sLast: number;
}

/** A cue token t may start, in cuesAt's order: a word cue (its end is read per call, up to the limit) or
 *  a prefix cue (glued: it ends with the token). */
interface Candidate {
  cue: MeasureCue;
  glued: boolean;
}

/** The cues each token of the last document may start, found once per token (performance: the windows
 *  of neighbouring numbers read the same tokens again). */
const seen: { tokens: Token[] | null; lists: (Candidate[] | undefined)[] } = { tokens: null, lists: [] };

/** Match measure cues starting at token i (any stem of the token may start the cue). */
export function cuesAt(tokens: Token[], i: number, limit: number): { cue: MeasureCue; end: number }[] {
  const t = tokens[i]!;
  if (!t.word) return [];
  if (seen.tokens !== tokens) {
    seen.tokens = tokens;
    seen.lists = new Array(tokens.length);
  }
  const out: { cue: MeasureCue; end: number }[] = [];
  for (const { cue, glued } of (seen.lists[i] ??= candidates(t))) {
    const end = glued ? i + 1 : cueEnd(tokens, cue, i, limit);
    if (end >= 0) out.push({ cue, end });
  }
  return out;
}

/** A token that starts no cue (most): one shared empty list, never added to. */
const NO_CANDIDATES: Candidate[] = [];

function candidates(t: Token): Candidate[] {
  let out = NO_CANDIDATES;
  for (const st of tokenStems(t)) out = candidatesOfStem(st, out);
  if (t.norm.length === 3 && /^[وف]/.test(t.norm)) out = candidatesOfStem(t.norm.slice(1), out); // وفر، فقد
  return out;
}

/** The cues a stem may start, added to `out` (a new list made only for the first one found). */
function candidatesOfStem(st: string, out: Candidate[]): Candidate[] {
  const lx = lexicons();
  const prefixed = prefixCuesByLetters(lx.prefixCues);
  if (prefixed && !openings(lx.cues, lx.prefixCues)[letterPair(st)]) return out;
  const whole = lx.cues.get(st);
  if (whole)
    for (const c of whole) {
      if (out === NO_CANDIDATES) out = [];
      out.push({ cue: c, glued: false });
    }
  const glued = prefixed ? prefixed.get(twoLetters(st)) : lx.prefixCues;
  if (glued)
    for (const c of glued)
      if (st.startsWith(c.words[0]!) && st.length - c.words[0]!.length <= 4) {
        if (out === NO_CANDIDATES) out = [];
        out.push({ cue: c, glued: true });
      }
  return out;
}

const twoLetters = (w: string): number => w.charCodeAt(0) * 0x10000 + w.charCodeAt(1);
let openingsFor: ReadonlyMap<string, readonly MeasureCue[]> | null = null;
let openingsForPrefix: readonly MeasureCue[] | null = null;
let openingTable = new Uint8Array(0);
/** opening[letterPair(w)] = 1 for every cue's first word, whole or prefix: a stem starts a cue only when
 *  its first two letters are such a word's (a necessary test before the two maps, used when no prefix
 *  cue's word is shorter than two letters; performance: this runs for every stem of the words around
 *  every number). */
function openings(
  whole: ReadonlyMap<string, readonly MeasureCue[]>,
  prefix: readonly MeasureCue[],
): Uint8Array {
  if (openingsFor !== whole || openingsForPrefix !== prefix) {
    openingsFor = whole;
    openingsForPrefix = prefix;
    openingTable = new Uint8Array(1 << 16);
    for (const w of whole.keys()) openingTable[letterPair(w)] = 1;
    for (const c of prefix) openingTable[letterPair(c.words[0]!)] = 1;
  }
  return openingTable;
}
const byLetters = new WeakMap<readonly MeasureCue[], Map<number, MeasureCue[]> | null>();
/** The prefix cues by the first two letters of their word, each list in the lexicon's order; null when a
 *  cue's word is shorter than two letters (then every cue is tried). */
function prefixCuesByLetters(cues: readonly MeasureCue[]): Map<number, MeasureCue[]> | null {
  let index = byLetters.get(cues);
  if (index === undefined) {
    index = cues.some((c) => c.words[0]!.length < 2) ? null : new Map();
    for (const c of index ? cues : []) {
      const key = twoLetters(c.words[0]!);
      if (!index!.has(key)) index!.set(key, []);
      index!.get(key)!.push(c);
    }
    byLetters.set(cues, index);
  }
  return index;
}

/** The token after a several-word cue whose first word is token i (punctuation skipped), or -1. */
function cueEnd(tokens: Token[], c: MeasureCue, i: number, limit: number): number {
  let j = i + 1,
    k = 1;
  while (k < c.words.length && j < Math.min(limit, tokens.length)) {
    const tk = tokens[j]!;
    if (!tk.word) {
      j++;
      continue;
    }
    if (tokenStems(tk).includes(c.words[k]!)) {
      k++;
      j++;
    } else break;
  }
  return k === c.words.length ? j : -1;
}

/** Words before the phrase that any cue may stand in (the left window). */
const LEFT_WORDS = 6;
/** The number word one (واحد، واحدة) after a unit noun as written, without the article (يوم | واحد). */
const ONE_WORD = theWord('rule-words', 'one');
const isOne = (number: Token, unit: Token): boolean =>
  number.norm.replace(/ه$/, '') === ONE_WORD && !/^[وفبلك]?ال/.test(unit.norm);
/** Words a verb may stand before the count it governs when no verb is nearer (وقتل في الغارات الجوية
 *  والقصف المدفعي الاثنين على المنطقة الواقعة خارج العاصمة أكثر من 100 شخص: the verb, its adverbials, then
 *  its subject). */
const FAR_VERB_WORDS = 16;

/** Left window: up to 6 words before the phrase, not past a comma or the previous count; beyond it, in the
 *  same clause and when no verb is nearer, the first verb up to 16 words back, scored as at the window's edge. */
/** Cues that count a number only without the article (lexicons/claim-words.tsv). */
const BARE_ONLY = wordSet('claim-words', 'bare_only');

export function leftHits(tokens: Token[], site: NumberSite, hits: Hit[]): void {
  const { n, at, all, first, sFirst } = site;
  // the last count (in `all`) ending before n; `all` is sorted by start, so it lies before n
  // (a reversed copy of `all` searched for each number was quadratic)
  let prevCount: NumberMention | undefined;
  for (let k = at - 1; k >= 0 && !prevCount; k--) if (all[k]!.end <= n.start) prevCount = all[k];
  let words = 0;
  let verbNear = false;
  for (let i = first - 1; i >= sFirst && words < FAR_VERB_WORDS; i--) {
    const t = tokens[i]!;
    if (prevCount && t.end <= prevCount.end) break;
    if (!t.word) {
      if (BOUNDARY.test(t.norm)) break;
      if (COMMA.test(t.norm)) {
        // the number right after an apposition between commas (وقتل X، الفرنسي من أصل مغربي، 4 أشخاص): the
        // verb before its subject still governs it, read from beyond the apposition as from the window's edge
        const before = words === 0 ? appositionStart(tokens, i, sFirst, prevCount) : -1;
        if (before < 0) break;
        i = before;
        words = LEFT_WORDS;
      }
      continue;
    }
    // what was said starts after its complement (وقالت إن تسعة …): the words before it are another clause
    if (COMPLEMENT.has(t.norm)) break;
    words++;
    const far = words > LEFT_WORDS;
    if (far && verbNear) break;
    if (soAlreadyBeforeVerb(tokens, i, first)) continue;
    for (const { cue, end } of cuesAt(tokens, i, first)) {
      if (cue.where === 'right' || (cue.kind !== 'verb' && words > 3)) continue;
      // a cue that counts only without the article and close before the number (إنقاذ 68 شخصا، طعن 3; not فرق
      // الإنقاذ، فرق إنقاذ الأحد على ثماني جثث، الطعن فيها)
      if (BARE_ONLY.has(cue.words[0]!) && (/^[وفب]?(ال|لل)/.test(t.norm) || words > 2)) continue;
      // a unit without the article before the number: only right before واحد (يوم واحد، ساعة واحدة; not the
      // day of a date, يوم 15, nor اليوم أحد …, كل عام ملايين …)
      if (cue.kind === 'unit' && !/^ال/.test(cue.words[0]!) && (words > 1 || !isOne(tokens[first]!, t)))
        continue;
      if (far) {
        hits.push({ cue, score: cue.weight - 0.35 * LEFT_WORDS, start: t.start, end: tokens[end - 1]!.end });
        return;
      }
      // a verb before the number governs it (قتل 5، اعتقلت أكثر من 100)
      const govern = cue.kind === 'verb' && (cue.where === 'left' || words === 1) ? 1 : 0;
      if (cue.kind === 'verb') verbNear = true;
      hits.push({
        cue,
        score: cue.weight + govern - 0.35 * words,
        start: t.start,
        end: tokens[end - 1]!.end,
      });
    }
  }
}

/** فقد before a verb cue (فقد قتل في الحادث أربعة) is the particle, not the verb of the missing. */
function soAlreadyBeforeVerb(tokens: Token[], i: number, limit: number): boolean {
  if (!SO_ALREADY.has(tokens[i]!.norm) || i + 1 >= limit) return false;
  return cuesAt(tokens, i + 1, limit).some(({ cue }) => cue.kind === 'verb');
}

/** Words an apposition between commas may hold. */
const APPOSITION_WORDS = 6;

/** The comma that opens an apposition closed by the comma at token `close` (no verb cue, no count and
 *  no complement inside it, at most six words), or -1. */
function appositionStart(tokens: Token[], close: number, sFirst: number, prevCount?: NumberMention): number {
  let words = 0;
  for (let k = close - 1; k > sFirst && words <= APPOSITION_WORDS; k--) {
    const t = tokens[k]!;
    if (prevCount && t.end <= prevCount.end) return -1;
    if (!t.word) {
      if (BOUNDARY.test(t.norm)) return -1;
      if (COMMA.test(t.norm)) return words >= 1 ? k : -1;
      continue;
    }
    if (COMPLEMENT.has(t.norm) || cuesAt(tokens, k, close).some(({ cue }) => cue.kind === 'verb')) return -1;
    words++;
  }
  return -1;
}

/** The first count of `all` from index `from` on that starts at or after `pos`, and the index after it. */
function countFrom(all: NumberMention[], from: number, pos: number): [NumberMention | undefined, number] {
  let found: NumberMention | undefined;
  let k = from;
  for (; k < all.length && !found; k++) if (all[k]!.start >= pos) found = all[k];
  return [found, k];
}

/** Right window: up to 14 words after, not past another count; nouns and units only close by. */
export function rightHits(tokens: Token[], site: NumberSite, hits: Hit[]): void {
  const { n, at, all, lastTok, sLast } = site;
  let words = 0;
  // the first count starting after n (sorted: after it in `all`)
  let [nextCount, nextAt] = countFrom(all, at + 1, n.end);
  const relative = relativePronouns();
  let afterRelative = -9;
  let verbsOnly = false;
  let comma = false;
  // (leftHits ran first: a verb before the number that may govern it)
  const leftVerb = hits.some((h) => h.cue.kind === 'verb' && h.start < n.start);
  // from the number itself on: a qualifier after the noun (4 جثث على الأقل) leaves the noun in the phrase
  let i0 = site.first;
  while (i0 <= lastTok && tokens[i0]!.start < n.numEnd) i0++;
  for (let i = i0; i <= sLast && words < 16; i++) {
    const t = tokens[i]!;
    if (nextCount && t.end > nextCount.start && nextCount.low === n.low && nextCount.start - n.end <= 3) {
      // the same number again in words: (7) سبعة من رجال الأمن
      [nextCount, nextAt] = countFrom(all, nextAt, nextCount.end);
      continue;
    }
    if (nextCount && t.end > nextCount.start && words === 1 && tokens[i - 1]?.norm === TO_WORD) {
      // a change from one figure to the next (ارتفعت من 31 إلى 32 قتيلا): the noun after both counts both
      const item = nextCount;
      [nextCount, nextAt] = countFrom(all, nextAt, item.end);
      while (i + 1 <= sLast && tokens[i + 1]!.start < item.numEnd) i++;
      continue;
    }
    if (nextCount && t.end > nextCount.start) {
      // a breakdown between commas (9 أشخاص، بينهم 6 أطفال، لقوا حتفهم): the verb after it is the number's too
      const after = breakdownEnd(tokens, i, sLast);
      if (after >= 0) {
        [nextCount, nextAt] = countFrom(all, nextAt, tokens[after - 1]!.end);
        i = after - 1;
        continue;
      }
      // the next item of a list or a breakdown with no comma (3 موظفين و4 حراس قتلوا، 200 شخص بينهم 30
      // أجنبيا اعتقلوا): a verb after it is the number's too; nouns after it are the item's own
      if (!joinedItem(tokens, i, nextCount)) break;
      verbsOnly = true;
      const item = nextCount;
      [nextCount, nextAt] = countFrom(all, nextAt, item.end);
      while (i + 1 <= sLast && tokens[i + 1]!.start < item.end) i++;
      continue;
    }
    if (!t.word) {
      if (BOUNDARY.test(t.norm)) break;
      if (COMMA.test(t.norm) && leftVerb) comma = true;
      continue;
    }
    if (CLAUSE.has(t.norm)) break; // كما، فيما، بينما: a new clause
    // a qualifier after the noun (10 أشخاص على الأقل مصرعهم) is part of the number: no word of its own
    if (!(words >= 1 && t.start >= n.numEnd && t.end <= n.end)) words++;
    if (relative.has(t.norm)) afterRelative = words;
    for (const { cue, end } of cuesAt(tokens, i, sLast + 1)) {
      if (cue.where === 'left' || (verbsOnly && cue.kind !== 'verb')) continue;
      if (cue.kind !== 'verb' && words > (cue.kind === 'unit' ? 1 : 3)) continue;
      let score = cue.weight - 0.15 * words;
      if (cue.kind === 'noun' && (words === 1 || (words === 2 && tokens[lastTok + 1]?.norm === FROM_WORD)))
        score += 0.5; // the counted noun itself
      if (cue.kind === 'verb' && words - afterRelative <= 2 && words > afterRelative) score -= 1.5; // a relative clause describes the noun
      // وأصيب …: a new clause, after a comma all the more when a verb before the number governs it
      // (وقتل في الهجوم 60 شخصا على الأقل، وأصيب …)
      if (cue.kind === 'verb' && /^و/.test(t.norm) && !/^و/.test(cue.words[0]!)) score -= comma ? 2 : 1;
      hits.push({ cue, score, start: t.start, end: tokens[end - 1]!.end });
    }
  }
}

/** The count starting at token i is joined to the one before: و or a link word before it, or و glued. */
function joinedItem(tokens: Token[], i: number, count: NumberMention): boolean {
  const t = tokens[i]!;
  if (t.start < count.numStart && /^و/.test(t.norm)) return true;
  const before = tokens[i - 1];
  return !!before && before.word && JOIN.has(before.norm);
}

/** The start of the one word (in quotes or not) before token i, or -1 when there is none. */
function joinedNounStart(tokens: Token[], i: number): number {
  const quote = (k: number) => k >= 0 && isQuoteTok(tokens[k]!);
  let k = i - 1;
  while (quote(k)) k--;
  if (k < 0 || !tokens[k]!.word) return -1;
  let start = k;
  while (quote(start - 1)) start--;
  return tokens[start]!.start;
}

/** Between a cue that ends at `from` and token `first` stand at most one word with the article (its
 *  subject: قتل المسلح شرطيين) and time words (أصاب أيضا عنصرين), and nothing else but spaces (read
 *  backwards from `first`: a dual is rare, its sentence may be long). */
function subjectOrTimeWordsBefore(tokens: Token[], first: number, from: number): boolean {
  let subjects = 0;
  let words = 0;
  for (let k = first - 1; k >= 0 && tokens[k]!.start >= from; k--) {
    const t = tokens[k]!;
    if (!t.word) return false;
    words++;
    if (TIME_WORD.has(t.norm)) continue;
    if (!t.norm.startsWith('ال') || ++subjects > 1) return false;
  }
  return words > 0;
}

/** A dual noun is its own cue (سيارتين ملغمتين، يومين، انتحاريين): words around it count other things. */
export function dualHits(tokens: Token[], site: NumberSite, hits: Hit[]): void {
  const { n, first, lastTok } = site;
  // a dual joined by و to the one noun right after the verb is its object too (استشهاد "عريف" وجنديين)
  const verbReach = /^و/.test(tokens[first]!.norm) ? joinedNounStart(tokens, first) : n.start;
  for (let h = hits.length - 1; h >= 0; h--) {
    const hit = hits[h]!;
    // the noun right after it, or what the two did (شخصين قتلا)
    const adjacentRight = hit.start >= n.end && hit.start - n.end <= 2 && hit.cue.kind !== 'unit';
    const adjacentVerb = hit.end <= verbReach && verbReach - hit.end <= 2 && hit.cue.kind === 'verb'; // فجرا شاحنتين
    // (or with its subject or a time word between: قتل المسلح شرطيين، أصاب أيضا عنصرين)
    const pastSubject =
      hit.cue.kind === 'verb' && hit.end <= verbReach && subjectOrTimeWordsBefore(tokens, first, hit.end);
    if (!adjacentRight && !adjacentVerb && !pastSubject) hits.splice(h, 1);
  }
  if (n.noun)
    for (const c of (lexicons().cues.get(n.noun) ?? []).filter((x) => x.words.length === 1))
      hits.push({ cue: c, score: c.weight + 0.5, start: n.numStart, end: n.numEnd });
  for (const { cue, end } of cuesAt(tokens, first, lastTok + 1))
    hits.push({ cue, score: cue.weight + 0.5, start: n.numStart, end: tokens[end - 1]!.end });
}
