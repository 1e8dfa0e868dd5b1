// Dated happenings for the timeline. A happening is a cue word (lexicons/happenings.tsv) tied to a
// date: a resolved date in the same sentence within reach; else the date of the previous sentence of
// the paragraph when it told the same kind of happening (the story goes on); else, for a sentence
// that says it happened "at the same time as" / "at the start of" the attack, the date of the
// document's first dated attack; else "since N days" counted back from the publication date.
// What a speaker reports inside a statement is not dated by the statement's date: only the
// statement itself is.

import { alternation, loadTsv, theWord, wordSet } from '../lexicon/index.js';
import { codeUnitAt, letterPair } from '../text/char-classes.js';
import { normalize } from '../text/normalize.js';
import { tokenStems } from '../text/tokens.js';
import type { Claim, DateMention, Happening, HappeningType, Mention, Sentence, Token } from '../types.js';
import type { AttrSegment } from './attribution/index.js';
import { segmentAt } from './attribution/statement-at.js';
import { spansWithin } from './sorted-spans.js';

const SINCE_WORD = theWord('rule-words', 'since');
/** A figure right after منذ counts the time since. */
const SINCE_BEFORE = new RegExp(`${SINCE_WORD}\\s*$`);

interface Cue {
  type: HappeningType;
  words: string[];
  prefix: boolean;
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
  notHappeningsAfterConjunction = new Map();
  for (const [first, phrases] of notHappenings)
    for (const conjunction of ['و', 'ف']) notHappeningsAfterConjunction.set(conjunction + first, phrases);
  return cues;
}

const WINDOW = 16;
const SAME_TIME = wordSet('happening-words', 'same_time');
const SPEECH_TYPES = new Set<HappeningType>([
  'statement',
  'claim_of_responsibility',
  'control_declared',
  'curfew',
]);

interface CueHit {
  type: HappeningType;
  tok: Token;
  index: number;
  /** A statement named as the source of what is told ("بحسب ما قال"): dated only by a date after it. */
  sourcing: boolean;
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

/** An anniversary (ذكرى النكبة ونزوح …) remembers a happening: a cue just after it tells none. */
const REMEMBERED = new RegExp(`^[وب]?(ال)?(?:${alternation('rule-words', 'anniversary')})$`);
function remembered(tokens: Token[], i: number, a: number): boolean {
  for (let k = i - 1, words = 0; k >= a && words < 3; k--) {
    if (!tokens[k]!.word) continue;
    if (REMEMBERED.test(tokens[k]!.norm)) return true;
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
function asRiot(tokens: Token[], a: number, b: number, hits: CueHit[]): CueHit[] {
  let protest = false;
  for (let k = a; k < b && !protest; k++) if (PROTESTERS.test(tokens[k]!.norm)) protest = true;
  if (!protest) return hits;
  return hits.map((h) =>
    h.type === 'attack' || (h.type === 'other' && BURNING.test(h.tok.norm)) ? { ...h, type: 'riot' } : h,
  );
}

/** No cue (a shared empty list: no array made per miss). */
const NO_CUES: readonly Cue[] = [];

/** Cue types that start at token i (its stems tried longest first, the first with any wins), or null. */
function cueTypesAt(tokens: Token[], i: number, map: Map<string, Cue[]>): Set<HappeningType> | null {
  let found: Set<HappeningType> | null = null;
  for (const st of tokenStems(tokens[i]!)) {
    if (onlyTwoLetters && !opening[letterPair(st)]) continue;
    for (const c of map.get(st) ?? NO_CUES) {
      let ok = true;
      for (let k = 1, j = i + 1; k < c.words.length; k++, j++) if (tokens[j]?.norm !== c.words[k]) ok = false;
      if (ok) (found ??= new Set()).add(c.type);
    }
    const candidates = onlyTwoLetters ? (prefixCuesByLetters.get(twoLetters(st)) ?? NO_CUES) : prefixCues;
    for (const c of candidates)
      if (st.startsWith(c.words[0]!) && st.length - c.words[0]!.length <= 4)
        (found ??= new Set()).add(c.type);
    if (found) break;
  }
  return found;
}

function cuesIn(tokens: Token[], a: number, b: number): CueHit[] {
  const map = load();
  const out: CueHit[] = [];
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    const skip = notHappeningAt(tokens, i);
    if (skip) {
      i += skip - 1;
      continue;
    }
    const found = cueTypesAt(tokens, i, map);
    if (!found) continue;
    if (remembered(tokens, i, a)) continue;
    for (const type of found)
      out.push({ type, tok: t, index: i, sourcing: type === 'statement' && sourcing(tokens, i, a) });
  }
  return out;
}

/** The day n days before an ISO day, or null when there is no such day (a count of billions of years). */
const dayMinus = (iso: string, n: number): string | null => {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - n);
  return Number.isNaN(d.getTime()) ? null : d.toISOString().slice(0, 10);
};

/** What finding one document's happenings carries: its analyses, what is pushed, and the mentions of
 *  the sentence at hand (the place of a happening: the nearest facility or town-level place in its
 *  sentence; its actors: the organisations the sentence names). */
interface HappeningScan {
  doc: string;
  text: string;
  tokens: Token[];
  segments: AttrSegment[];
  claims: Claim[];
  published: string | null;
  out: Happening[];
  /** What is already pushed, by type, date and cue (a scan of `out` per push made this quadratic). */
  pushed: Set<string>;
  inSentence: Mention[];
}

/** The sentence before, when it was dated: its cue types and dates. */
type Previous = { s: Sentence; types: Set<HappeningType>; dates: DateMention[] } | null;

export function findHappenings(
  doc: string,
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  dates: DateMention[],
  segments: AttrSegment[],
  claims: Claim[] = [],
  published: string | null = null,
  mentions: Mention[] = [],
): Happening[] {
  const scan: HappeningScan = {
    doc,
    text,
    tokens,
    segments,
    claims,
    published,
    out: [],
    pushed: new Set(),
    inSentence: [],
  };
  const pending: { hits: CueHit[]; s: Sentence }[] = [];
  let prev: Previous = null;
  let ti = 0;
  for (const s of sentences) {
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.end <= s.end) tj++;
    // (most sentences have no date: no copies of an empty list then)
    const within = spansWithin(dates, s.start, s.end);
    const all = within.length ? within.filter((d) => d.kind !== 'dateline') : within;
    // a happening is told of a day: not of a week ("الأسبوع الماضي"), nor after the day of writing
    const ds = all.length
      ? all.filter(
          (d) =>
            d.value && d.value.length === 10 && d.precision !== 'week' && !(published && d.value > published),
        )
      : all;
    // cues matter only where a date is, or could be carried, anchored or counted back
    let maybe = ds.length > 0 || prev !== null;
    if (!maybe)
      for (let k = ti; k < tj && !maybe; k++)
        if (SAME_TIME.has(tokens[k]!.norm) || tokens[k]!.norm === SINCE_WORD) maybe = true;
    if (maybe) {
      // the mentions of the sentence, read only by what a cue pushes (not made for the other sentences)
      scan.inSentence = spansWithin(mentions, s.start, s.end);
      const hits = asRiot(tokens, ti, tj, cuesIn(tokens, ti, tj));
      if (ds.length) {
        datedSentence(scan, hits, ds, all, ti, tj);
        prev = { s, types: new Set(hits.map((h) => h.type)), dates: ds };
      } else if (hits.length) {
        undatedSentence(scan, hits, s, prev, ti, tj, pending);
        prev = null;
      }
      if (!ds.length) prev = null; // the story goes on only into the very next sentence
    }
    ti = tj;
  }
  // "at the same time as the attack": the date of the document's first dated attack
  const attack = scan.out
    .filter((h) => h.type === 'attack')
    .sort((x, y) => x.date.value!.localeCompare(y.date.value!))[0];
  if (attack)
    for (const p of pending) {
      scan.inSentence = spansWithin(mentions, p.s.start, p.s.end);
      for (const h of p.hits)
        if (!SPEECH_TYPES.has(h.type) && h.type !== 'attack') pushHappening(scan, h, attack.date, p.s);
    }
  return scan.out;
}

/** The span: the cue and its date, or the cue's sentence when the date was found elsewhere in the
 *  document (a span from that date to the cue could take in most of a long text). */
function pushHappening(
  scan: HappeningScan,
  h: CueHit,
  d: DateMention,
  sentence: Sentence | null = null,
): void {
  const key = `${h.type} ${d.value} ${h.tok.start}`;
  if (scan.pushed.has(key)) return;
  scan.pushed.add(key);
  const near = (m: Mention) => Math.abs(m.start - h.tok.start);
  const places = scan.inSentence
    .filter(
      (m) => m.type === 'facility' || (m.type === 'location' && !/^(country|region):/.test(m.lexId ?? '')),
    )
    .sort((x, y) => near(x) - near(y));
  const actors = scan.inSentence.filter((m) => m.type === 'organization' && m.lexId);
  scan.out.push({
    doc: scan.doc,
    start: sentence ? sentence.start : Math.min(h.tok.start, d.start),
    end: sentence ? sentence.end : Math.max(h.tok.end, d.end),
    type: h.type,
    date: d,
    cue: { start: h.tok.start, end: h.tok.end, text: scan.text.slice(h.tok.start, h.tok.end) },
    place: places[0] ?? null,
    actors: [...new Set(actors)],
  });
}

/** Words before a date that make it a starting point or a deadline, not the day something happened. */
const FROM_OR_BY = new RegExp(`(?:^|[^\\p{L}])(?:${alternation('happening-words', 'from_or_by')})\\s*$`, 'u');

/** A cue inside someone's statement is dated only by a date inside that statement too; a statement is
 *  not dated by a date it counts from ("أعلنت ارتفاع الحصيلة منذ الاثنين"), nor by a date of what it
 *  reports when the sentence dates the statement itself ("قالت في بيان، الأحد، إن المركب غرق ليل السبت"). */
function reported(scan: HappeningScan, h: CueHit, d: DateMention, ds: DateMention[]): boolean {
  if (SPEECH_TYPES.has(h.type)) {
    if (FROM_OR_BY.test(scan.text.slice(Math.max(0, d.start - 14), d.start))) return true;
    const told = segmentAt(scan.segments, d.start);
    const within = (x: number) => !!told && x >= told.start && x < told.end;
    return !!told && !within(h.tok.start) && ds.some((o) => o !== d && !within(o.start));
  }
  const seg = segmentAt(scan.segments, h.tok.start);
  return !!seg && !(d.start >= seg.start && d.start < seg.end);
}

/** Another date of the sentence stands between the cue and this date: the cue is the nearer one's. */
function dateBetween(all: DateMention[], h: CueHit, d: DateMention): boolean {
  const lo = Math.min(h.tok.end, d.end),
    hi = Math.max(h.tok.start, d.start);
  return all.some((o) => o !== d && o.start >= lo && o.end <= hi);
}

/** A sentence with dates: each date dates the cues close enough to it. */
function datedSentence(
  scan: HappeningScan,
  hits: CueHit[],
  ds: DateMention[],
  all: DateMention[],
  ti: number,
  tj: number,
): void {
  const { tokens } = scan;
  for (const d of ds) {
    let di = ti;
    while (di < tj && tokens[di]!.end <= d.start) di++;
    for (const h of hits) {
      if ((h.tok.start >= d.start && h.tok.end <= d.end) || (h.sourcing && d.start < h.tok.start)) continue;
      let words = 0;
      for (let k = Math.min(h.index, di); k < Math.max(h.index, di); k++) if (tokens[k]!.word) words++;
      // a definite noun (الهجوم) refers back to a known happening: only close to the date does it date it
      const definite = /^(ال|لل|بال|وال|فال)/.test(h.tok.norm);
      if (words > (definite ? 8 : WINDOW) || reported(scan, h, d, ds) || dateBetween(all, h, d)) continue;
      pushHappening(scan, h, d);
    }
  }
}

/** A sentence with cues but no date: carried from the sentence before when it goes on about the same
 *  happening, anchored to the attack ("at the same time"), or counted back from publication (منذ). */
function undatedSentence(
  scan: HappeningScan,
  hits: CueHit[],
  s: Sentence,
  prev: Previous,
  ti: number,
  tj: number,
  pending: { hits: CueHit[]; s: Sentence }[],
): void {
  const carried =
    prev &&
    prev.s.paragraph === s.paragraph &&
    hits.some((h) => prev.types.has(h.type) && !SPEECH_TYPES.has(h.type));
  if (carried) {
    for (const d of prev.dates)
      for (const h of hits) if (h.type !== 'statement' && prev.types.has(h.type)) pushHappening(scan, h, d);
    return;
  }
  let anchored = false;
  for (let k = ti; k < tj; k++) if (SAME_TIME.has(scan.tokens[k]!.norm)) anchored = true;
  if (anchored) pending.push({ hits, s });
  const d = sinceDate(scan, s);
  if (d) for (const h of hits) if (!SPEECH_TYPES.has(h.type)) pushHappening(scan, h, d);
}

/** "منذ ثلاثة أيام" with a clash: it began that many days before publication. */
function sinceDate(scan: HappeningScan, s: Sentence): DateMention | null {
  const since = spansWithin(scan.claims, s.start, s.end).find(
    (c) =>
      c.measure === 'duration' &&
      c.value.low !== null &&
      c.value.qualifier === 'exact' &&
      SINCE_BEFORE.test(scan.text.slice(Math.max(s.start, c.start - 6), c.start)),
  );
  if (!since || !scan.published) return null;
  const iso = dayMinus(scan.published, since.value.low!);
  if (!iso) return null;
  return { start: since.start, end: since.end, value: iso, precision: 'day', kind: 'relative' };
}
