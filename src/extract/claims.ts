// Figures: every count about the story, with what it counts (measure), who is counted (group), its
// interval, its stance and its isnad. The measure comes from cue words around the number (lexicons/
// measures.tsv): the strongest cue wins, then the nearest.

import { alternation, lexicons, type MeasureCue, prefixTest, theWord, wordSet } from '../lexicon/index.js';
import { codeUnitAt } from '../text/char-classes.js';
import { stems } from '../text/clitics.js';
import { normalize } from '../text/normalize.js';
import { tokenStems } from '../text/tokens.js';
import type { Attribution, Claim, Measure, NumberMention, Sentence, Token } from '../types.js';
import type { AttrSegment } from './attribution/index.js';
import { wordsBetween } from './attribution/phrases.js';
import { NONE, segmentAt } from './attribution/statement-at.js';
import { backgroundToll } from './background-toll.js';
import { countedIn } from './claim-counted.js';
import { dualHits, type Hit, leftHits, type NumberSite, rightHits } from './claim-cues.js';
import { linkToPrevious } from './claim-links.js';
import { measureAfterPrevious, PEOPLE, type Previous } from './claim-previous.js';
import { inDays, timeOrAge, underADay, yearsDuration } from './claim-values.js';
import { oneOfMany, ordinalDays } from './counts-without-numbers.js';
import { lex as numberWords } from './numbers/lexicon.js';
import { firstStartingAt } from './sorted-spans.js';

const FROM_WORD = theWord('rule-words', 'from');

const CONTAINS = wordSet('claim-words', 'contains_verb');
const CUSTODY_OR_CAMP = new RegExp(
  `${alternation('claim-words', 'custody_place')}|${alternation('claim-words', 'camp')}`,
);
const KILLED_AND = new RegExp(`(${alternation('claim-words', 'killed_noun')})\\s*$`);
/** The noun of killing has a number of its own (10 قتلى وإصابة 20): two counts, not one of both. */
const KILLED_COUNTED = new RegExp(
  `[0-9\\u0660-\\u0669]\\s*(${alternation('claim-words', 'killed_noun')})\\s*$`,
);
const CUSTODY = new RegExp(
  `${alternation('claim-words', 'custody_place')}|${alternation('claim-words', 'guard')}`,
);
/** The measures of a happening's toll: told in a relative clause, background (background-toll.ts). */
const TOLL_MEASURES = new Set<Measure>(['killed', 'injured']);
/** The cue of a count of days read from an ordinal (في اليوم الثالث). */
const DAYS_CUE: MeasureCue = {
  measure: 'duration',
  words: [theWord('rule-words', 'day')],
  prefix: false,
  where: 'any',
  weight: 5,
  kind: 'unit',
};

/** The cue of a count of years that lasted (منذ سبع سنوات). */
const YEARS_CUE: MeasureCue = { ...DAYS_CUE, words: [theWord('rule-words', 'years')] };

/** Index of the first token ending after `pos` (binary search). */
function tokenIndexer(tokens: Token[]): (pos: number) => number {
  return (pos) => {
    let lo = 0,
      hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

/** The index of the sentence's last token (a sentence may end in white space after it: a hashtag's _). */
function lastTokenIn(tokens: Token[], tokIndex: (pos: number) => number, s: Sentence): number {
  const k = tokIndex(Math.max(s.start, s.end - 1));
  return k >= tokens.length || tokens[k]!.start >= s.end ? k - 1 : k;
}

/** The sentence holding `pos`, or null (binary search). */
function sentenceFinder(sentences: Sentence[]): (pos: number) => Sentence | null {
  return (pos) => {
    let lo = 0,
      hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = sentences[mid]!;
      if (pos < s.start) hi = mid - 1;
      else if (pos >= s.end) lo = mid + 1;
      else return s;
    }
    return null;
  };
}

export function extractClaims(
  doc: string,
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  numbers: NumberMention[],
  segments: AttrSegment[],
): Claim[] {
  const claims: Claim[] = [];
  const tokIndex = tokenIndexer(tokens);
  const sentenceOf = sentenceFinder(sentences);
  // sums of money are figures too (of measure other), not counts of what is near them; a percentage is a
  // share, no figure of its own (burns on 80 per cent of the body; the annotators list one in 1,477 claims)
  const counts = numbers.filter((n) => !n.notCount || n.notCount === 'money');
  const extra: NumberMention[] = ordinalDays(tokens, sentences);
  const ones = new Set(oneOfMany(tokens, sentences));
  const all = [...counts, ...extra, ...ones].sort((a, b) => a.start - b.start);

  let prev: Previous | null = null;
  let at = -1; // index of n in `all`
  for (const n of all) {
    at++;
    const s = sentenceOf(n.numStart);
    if (!s) continue; // furniture or outside any sentence
    const years = yearsDuration(text, n);
    if (years < 0 && timeOrAge(text, n)) continue;
    const site: NumberSite = {
      n,
      at,
      all,
      first: tokIndex(n.start),
      lastTok: tokIndex(Math.max(n.start, n.end - 1)),
      sFirst: tokIndex(s.start),
      sLast: lastTokenIn(tokens, tokIndex, s),
    };
    const hits: Hit[] = [];
    leftHits(tokens, site, hits);
    rightHits(tokens, site, hits);
    if (n.form === 'dual') dualHits(tokens, site, hits);
    if (extra.includes(n)) hits.push({ cue: DAYS_CUE, score: 5, start: n.start, end: n.end });
    if (years > 0) hits.push({ cue: YEARS_CUE, score: 6, start: n.start, end: years });
    hits.sort((a, b) => b.score - a.score);
    const best: Hit | undefined = hits[0] && hits[0].score > 0.5 ? hits[0] : undefined;
    const cueMeasure = nounClassMeasure(text, tokens, site, s, best, hits, prev?.claim.measure ?? null);
    const link = prev && prev.sentence === s ? linkToPrevious(tokens, site, prev.endTok) : null;
    const linkedPrev = link ? prev : null;
    const breakdown = link === 'breakdown';
    const measure = n.notCount
      ? 'other'
      : measureAfterPrevious(tokens, site, cueMeasure, best, linkedPrev, breakdown);
    if (!measure) continue;
    // "a few minutes" (بضع دقائق, بضع read as 3–9: lexicons/number-words.tsv) says how soon, not a figure
    // anyone would compare
    if (measure === 'duration' && n.low === 3 && n.high === 9 && n.form === 'words' && underADay(best))
      continue;
    // "one of" counts only right after what befell it (استشهد أحد أفراد، إصابة أحد المحتجين)
    if (
      ones.has(n) &&
      (measure === 'other' ||
        !best ||
        best.end > n.start ||
        wordsBetween(tokens, firstStartingAt(tokens, best.end), site.first) > 2)
    )
      continue;
    const background = TOLL_MEASURES.has(measure) && backgroundToll(tokens, site.sFirst, site.first);
    const seg = background ? null : segmentAt(segments, n.numStart);
    const attribution = seg ? seg.attribution : NONE;
    // inside a statement its stance decides; in narration a denial word earlier in the sentence does
    const stance = seg
      ? attribution.stance
      : deniedBefore(tokens, site.sFirst, site.first)
        ? 'denies'
        : 'asserts';
    const joint = jointCount(text, n, hits, best, measure);
    const claim = makeClaim(doc, text, tokens, site, joint.measure, best, attribution, stance);
    claim.partOf = breakdown && linkedPrev ? (linkedPrev.claim.partOf ?? linkedPrev.claim) : null;
    claims.push(claim);
    const second = joint.second;
    if (second)
      claims.push({
        ...makeClaim(doc, text, tokens, site, second.cue.measure, second, attribution, stance),
        partOf: claim.partOf,
      });
    prev = { claim, sentence: s, endTok: site.lastTok };
  }
  return claims;
}

/** Singular nouns a number may count (the singulars of lexicons/dual-nouns.tsv: قتيل، جريح), normalised. */
let singularNouns: Set<string> | null = null;

/** A count of two nouns joined by و (sharedNoun): a magnitude counts each (عشرات القتلى والجرحى: dozens
 *  of each); a number before singular nouns counts both together (300 قتيل وجريح، 33 قتيلا وجريحا: a
 *  combined count, other); before plurals, the first (4 قتلى وجرحى); a dual is its own noun (قتيلان وجرحى
 *  counts the dead only). */
function jointCount(
  text: string,
  n: NumberMention,
  hits: Hit[],
  best: Hit | undefined,
  measure: Measure,
): { measure: Measure; second: Hit | null } {
  if (n.form === 'dual') return { measure, second: null };
  if (orJoined(text, hits, best)) return { measure: 'other', second: null };
  if (n.form === 'magnitude') return { measure, second: sharedNoun(text, hits, best, measure) };
  // the noun right after the number, whatever cue won (عدد الضحايا أكثر من 100 قتيل وجريح)
  const counted = hits.find((h) => h.cue.kind === 'noun' && h.start >= n.numEnd && h.start - n.numEnd <= 2);
  if (!counted || !PEOPLE.has(counted.cue.measure)) return { measure, second: null };
  // (the second noun without the article, as the first: not 22 قتيلا والجرحى بين 40 …)
  const other = sharedNoun(text, hits, counted, counted.cue.measure);
  if (!other || /^و?ال/.test(normalize(text.slice(other.start, other.end)))) return { measure, second: null };
  singularNouns ??= new Set(numberWords().duals.values());
  // (in the accusative too: 33 قتيلا وجريحا)
  const noun = normalize(text.slice(counted.start, counted.end));
  const singular = singularNouns.has(noun) || singularNouns.has(noun.replace(/ا$/, ''));
  return { measure: singular ? 'other' : measure, second: null };
}

const FREEING = prefixTest('claim-words', 'freeing');
/** The cue is a word of freeing (lexicons/claim-words.tsv), after an optional و/ف. */
const isFreeing = (text: string, h: Hit): boolean =>
  FREEING(normalize(text.slice(h.start, h.end)).replace(/^[وف]/, ''));

/** "102 مسلحين قتلوا أو اعتقلوا أو استسلموا": the count's verb and another of another measure joined by أو
 *  after it: one combined count. */
function orJoined(text: string, hits: Hit[], best: Hit | undefined): boolean {
  if (best?.cue.kind !== 'verb') return false;
  return hits.some(
    (h) =>
      h.start > best.end &&
      h.cue.measure !== best.cue.measure &&
      h.cue.measure !== 'other' &&
      OR_BETWEEN.test(normalize(text.slice(best.end, h.start))),
  );
}
const OR_BETWEEN = new RegExp(`^\\s*${theWord('rule-words', 'or')}\\s*$`);

/** "عشرات القتلى والجرحى": one count of two nouns joined by و counts the second one too (its cue follows
 *  the first noun's, with only the conjunction between). */
function sharedNoun(text: string, hits: Hit[], best: Hit | undefined, measure: Measure): Hit | null {
  if (best?.cue.kind !== 'noun') return null;
  for (const h of hits) {
    if (h.cue.kind !== 'noun' || h.cue.measure === measure || h.cue.measure === 'other') continue;
    if (h.start <= best.end || h.start - best.end > 2) continue;
    if (/^\s*و/.test(text.slice(best.end, h.start + 1)) && !/\S/.test(text.slice(best.end, h.start)))
      return h;
  }
  return null;
}

/** The counted nouns' classes that are people (lexicons/counted-nouns.tsv). */
const PEOPLE_CLASSES = new Set(['civilian', 'person', 'prisoner', 'combatant']);

/** The best cue's measure as the counted noun's class adjusts it: civilians who flee are displaced,
 *  places are no people, billions are money. */
function nounClassMeasure(
  text: string,
  tokens: Token[],
  site: NumberSite,
  s: Sentence,
  best: Hit | undefined,
  hits: Hit[],
  prevMeasure: Measure | null,
): Measure | null {
  const lx = lexicons();
  const { n, lastTok, sLast } = site;
  let measure: Measure | null = best ? best.cue.measure : null;
  const noun = n.noun ?? nounAfter(tokens, lastTok + 1, sLast);
  const cls = noun
    ? (stems(noun)
        .map((w) => lx.nounClass(w))
        .find((c) => c) ?? null)
    : null;
  // people who flee are displaced, unless they flee custody (a prison, a camp of detainees); thousands
  // who flee with no noun and no custody in the sentence are a population (هروب مئات الآلاف), not captives
  // slipping away (أربع نسوة تمكن من الفرار)
  if (
    measure === 'escaped' &&
    (cls === 'civilian' ||
      (cls === 'person' && !CUSTODY.test(text.slice(n.end, Math.min(s.end, n.end + 100)))) ||
      (cls === null && (n.low ?? 0) >= 1000 && !CUSTODY.test(text.slice(s.start, s.end))))
  )
    measure = 'displaced';
  if (
    measure === 'held' &&
    best &&
    CONTAINS.has(best.cue.words[0]!) &&
    !CUSTODY_OR_CAMP.test(text.slice(s.start, s.end))
  )
    // a group that "holds" people outside custody: what befell them, if a cue says (تضم 97 شخصا تم إيقافهم),
    // else a cell of the arrested the story told of just before (خلية تضم 20 شخصا)
    measure =
      hits.find((h) => h.score > 0.5 && h.cue.measure !== 'held')?.cue.measure ??
      (prevMeasure === 'arrested' ? 'arrested' : null);
  // hostages freed are people rescued (حرر الجيش 30 رهينة), as prisoners freed are escaped
  if (measure === 'hostages' && hits.some((h) => h.cue.measure === 'escaped' && isFreeing(text, h)))
    measure = 'other';
  // "مقتل وإصابة 5"، "تقتل وتشرد آلاف": a toll of two happenings together is neither
  if (measure && best && /^و/.test(text.slice(best.start, best.end)))
    if (
      (measure === 'injured' &&
        KILLED_AND.test(text.slice(Math.max(0, best.start - 10), best.start)) &&
        !KILLED_COUNTED.test(text.slice(Math.max(0, best.start - 16), best.start))) ||
      hits.some((h) => h.cue.kind === 'verb' && h.cue.measure !== measure && joined(text, h, best))
    )
      measure = 'other';
  // a count of places or buildings is no count of people or of bombs (تفجير 7 مساجد)
  if (cls === 'place' && measure && (PEOPLE.has(measure) || measure === 'explosive_devices')) measure = null;
  // a count of vehicles or aircraft is what befell them, no count of people (إصابة سبع طائرات بأضرار)
  if (cls === 'vehicle' && measure && PEOPLE.has(measure)) measure = 'other';
  // a count of people is no count of bombs (قضية تفجير المسجد والمتهم بها 29 شخصا): what else the cues say
  if (measure === 'explosive_devices' && cls && PEOPLE_CLASSES.has(cls))
    measure =
      hits.find((h) => h.score > 0.5 && h.cue.measure !== 'explosive_devices')?.cue.measure ?? 'other';
  if (measure && PEOPLE.has(measure) && (n.low ?? 0) >= 1e8) measure = null; // billions are money, not people
  return measure;
}

/** Cue `a` stands right before cue `b`, with only the و glued to `b` between; `a` is no adjunct after a
 *  preposition (سمحوا لهم بالفرار وقتلوا …) and `b` no verb with a subject of its own (وقتلوا). */
function joined(text: string, a: Hit, b: Hit): boolean {
  // (one verb: a phrase before is no happening of its own, على متنها | ومقتل 168)
  if (a.cue.words.length > 1 || a.end > b.start || /\S/.test(text.slice(a.end, b.start))) return false;
  // (a plural verb before closes the count before it: 43 شخصا قتلوا | وأصيب 173)
  const first = text.slice(a.start, a.end);
  return !/^[بل]/.test(first) && !/وا$/.test(first) && !/وا$/.test(text.slice(b.start, b.end));
}

function makeClaim(
  doc: string,
  text: string,
  tokens: Token[],
  site: NumberSite,
  measure: Measure,
  best: Hit | undefined,
  attribution: Attribution,
  stance: Claim['stance'],
): Claim {
  const { n } = site;
  const { low, high } = inDays(measure, best, n);
  const start = Math.min(n.start, best?.start ?? n.start);
  const end = Math.max(n.end, best?.end ?? n.end);
  const group = groupText(text, tokens, site.lastTok + 1, site.sLast);
  return {
    doc,
    start,
    end: end - start > 600 ? n.end : end,
    measure,
    group,
    counted: countedIn(group),
    value: { low, high, qualifier: n.qualifier },
    number: n,
    stance,
    attribution,
    cue: best ? { start: best.start, end: best.end, text: text.slice(best.start, best.end) } : null,
    partOf: null,
  };
}

/** The one-word denials that work before what they deny, of the lexicons they were read from. */
let denialWords: { of: ReturnType<typeof lexicons>; words: Set<string> } | null = null;

function deniedBefore(tokens: Token[], from: number, to: number): boolean {
  const lx = lexicons();
  if (denialWords?.of !== lx)
    denialWords = {
      of: lx,
      words: new Set(
        lx.denials.filter((d) => d.scope === 'before' && d.words.length === 1).map((d) => d.words[0]!),
      ),
    };
  const { words } = denialWords;
  for (let i = from; i < to; i++) {
    const norm = tokens[i]!.norm;
    if (words.has(norm)) return true;
    const c = codeUnitAt(norm, 0); // without a leading و/ف
    if ((c === 0x648 || c === 0x641) && words.has(norm.slice(1))) return true;
  }
  return false;
}

function nounAfter(tokens: Token[], from: number, last: number): string | null {
  for (let i = from; i <= last && i < from + 3; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    if (t.norm === FROM_WORD) continue;
    const st = tokenStems(t);
    return st[st.length - 1] === t.norm ? t.norm : (st.find((s) => lexicons().nounClass(s)) ?? t.norm);
  }
  return null;
}

function groupText(text: string, tokens: Token[], from: number, last: number): string | null {
  let i = from,
    n = 0,
    end = -1,
    start = -1;
  for (; i <= last && n < 4; i++) {
    const t = tokens[i]!;
    if (!t.word) {
      if (/^[،,.:؛]$/.test(t.norm)) break;
      continue;
    }
    if (n === 0 && t.norm === FROM_WORD) continue;
    if (start < 0) start = t.start;
    end = t.end;
    n++;
  }
  return start >= 0 ? text.slice(start, end) : null;
}
