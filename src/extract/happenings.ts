// Dated happenings for the timeline. A happening is a cue word (lexicons/happenings.tsv) tied to a
// date: a resolved date in the same sentence within reach; else the date of the previous sentence of
// the paragraph when it told the same kind of happening (the story goes on); else, for a sentence
// that says it happened "at the same time as" / "at the start of" the attack, the date of the
// document's first dated attack; else "since N days" counted back from the publication date. The cues
// themselves are found by happening-cues.ts.
// What a speaker reports inside a statement is not dated by the statement's date: only the
// statement itself is.

import { alternation, theWord, wordSet } from '../lexicon/index.js';
import { normalize } from '../text/normalize.js';
import type { Claim, DateMention, Happening, HappeningType, Mention, Sentence, Token } from '../types.js';
import type { AttrSegment } from './attribution/index.js';
import { segmentAt } from './attribution/statement-at.js';
import { asRiot, type CueHit, cuesIn, isClaimWord } from './happening-cues.js';
import { spansWithin } from './sorted-spans.js';

const SINCE_WORD = theWord('rule-words', 'since');
/** A figure right after منذ counts the time since. */
const SINCE_BEFORE = new RegExp(`${SINCE_WORD}\\s*$`);
/** "Until" right before a date (أغلقت المدارس حتى يوم الاثنين): the day it lasts to, not the day it happened. */
const UNTIL_BEFORE = new RegExp(
  `(?:^|\\s)[و]?${theWord('rule-words', 'until')}(?:\\s+${theWord('rule-words', 'day')})?\\s*$`,
);

const WINDOW = 16;
/** How far a reporting verb's date may stand from it, in words. */
const REPORT_WINDOW = 5;
/** "Since N days" counts back to a day only for a few weeks: منذ أربعة أعوام names a year, not a day. */
const MAX_SINCE_DAYS = 31;
const SAME_TIME = wordSet('happening-words', 'same_time');
const SPEECH_TYPES = new Set<HappeningType>([
  'statement',
  'claim_of_responsibility',
  'control_declared',
  'curfew',
]);

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

/** An undated sentence to date once the document's attacks are dated: anchored to them ("at the same
 *  time"), or holding a claim of responsibility. */
type Pending = { hits: CueHit[]; s: Sentence; anchored: boolean };
const ATTACK = new Set<HappeningType>(['attack']);
const CLAIMED = new Set<HappeningType>(['attack', 'explosion']);

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
  const pending: Pending[] = [];
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
            d.value &&
            d.value.length === 10 &&
            d.precision !== 'week' &&
            !(published && d.value > published) &&
            !UNTIL_BEFORE.test(normalize(text.slice(Math.max(0, d.start - 16), d.start))),
        )
      : all;
    // cues matter only where a date is, or could be carried, anchored or counted back
    let maybe = ds.length > 0 || prev !== null;
    if (!maybe)
      for (let k = ti; k < tj && !maybe; k++)
        if (SAME_TIME.has(tokens[k]!.norm) || tokens[k]!.norm === SINCE_WORD || isClaimWord(tokens[k]!.norm))
          maybe = true;
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
  // "at the same time as the attack": the date of the document's first dated attack; a claim of
  // responsibility with no date of its own claims the attack (or bombing) told last before it
  const first = (types: ReadonlySet<HappeningType>) =>
    scan.out.filter((h) => types.has(h.type)).sort((x, y) => x.date.value!.localeCompare(y.date.value!))[0];
  const attack = first(ATTACK);
  for (const p of pending) {
    scan.inSentence = spansWithin(mentions, p.s.start, p.s.end);
    // (the attack or bombing told last before the claim)
    let claimed: Happening | undefined;
    for (const h of scan.out) if (CLAIMED.has(h.type) && h.cue.start < p.s.start) claimed = h;
    for (const h of p.hits)
      if (h.type === 'claim_of_responsibility') {
        if (claimed) pushHappening(scan, h, claimed.date, p.s);
      } else if (p.anchored && attack && !SPEECH_TYPES.has(h.type) && h.type !== 'attack')
        pushHappening(scan, h, attack.date, p.s);
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
      // a report is dated by a date near its verb (قال الوزير، السبت، إن), not one of what it tells
      const reach = h.report ? REPORT_WINDOW : definite ? 8 : WINDOW;
      if (words > reach || reported(scan, h, d, ds) || dateBetween(all, h, d)) continue;
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
  pending: Pending[],
): void {
  // a claim of responsibility, dated once the document's attacks are (not a denied one)
  const claims = hits.filter(
    (h) => h.type === 'claim_of_responsibility' && !negated(scan.tokens, h.index, ti),
  );
  if (claims.length) pending.push({ hits: claims, s, anchored: false });
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
  if (anchored) pending.push({ hits, s, anchored });
  const d = sinceDate(scan, s);
  if (d) for (const h of hits) if (!SPEECH_TYPES.has(h.type)) pushHappening(scan, h, d);
}

const NOT_PAST = wordSet('rule-words', 'not_past');
/** A negation (لم، لن, with or without و) within the four words before token i (ولم تعلن أي جهة مسؤوليتها). */
function negated(tokens: Token[], i: number, from: number): boolean {
  for (let k = i - 1; k >= Math.max(from, i - 4); k--) {
    const w = tokens[k]!.norm;
    if (NOT_PAST.has(w) || (/^[وف]/.test(w) && NOT_PAST.has(w.slice(1)))) return true;
  }
  return false;
}

/** "منذ ثلاثة أيام" with a clash: it began that many days before publication. */
function sinceDate(scan: HappeningScan, s: Sentence): DateMention | null {
  const since = spansWithin(scan.claims, s.start, s.end).find(
    (c) =>
      c.measure === 'duration' &&
      c.value.low !== null &&
      c.value.qualifier === 'exact' &&
      c.value.low <= MAX_SINCE_DAYS &&
      SINCE_BEFORE.test(scan.text.slice(Math.max(s.start, c.start - 6), c.start)),
  );
  if (!since || !scan.published) return null;
  const iso = dayMinus(scan.published, since.value.low!);
  if (!iso) return null;
  return { start: since.start, end: since.end, value: iso, precision: 'day', kind: 'relative' };
}
