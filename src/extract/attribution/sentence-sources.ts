// Sources a sentence gives without a reporting verb of its own: a "بحسب X" inside it, a headline's
// "X: …", or a direct quote that goes on with the last speaker's words.

import { ownWordsPronoun, prefixTest, theWord } from '../../lexicon/index.js';
import { normalize } from '../../text/normalize.js';
import type { Attribution, Statement, Token } from '../../types.js';
import { firstStartingIn } from '../sorted-spans.js';
import { isComma } from '../speakers/words.js';
import { findComplement } from './complement.js';
import {
  type AttributionContext,
  addSpeakerWithAliases,
  addStatement,
  relaySourceIn,
  type SentenceRun,
  speakerIn,
} from './context.js';
import { findColon, remember, subjectWithoutComplement, verbSpan } from './phrases.js';
import { authorAfterStatement, mayOpenRelay, relayAt, sourceStart } from './relays.js';
import { nounPhraseEnd } from './source-phrase.js';
import { beforeAgencyTold, trimAdverbs } from './speaker-end.js';
import { attribution, continuedFrom } from './statement-at.js';
import { isImpersonal, pastAddressee, TELLS } from './subject.js';
import {
  ANY_Q,
  beforeRelative,
  isDefiniteWord,
  OPEN_Q,
  shortQuotedName,
  startsWithPrep,
  TIME_ADVERB,
  verbAt,
} from './words.js';

const ABOUT_WORD = theWord('rule-words', 'about');
const PRONOUN_AFTER_PREP = new RegExp(`^(?:${ABOUT_WORD}|ل|ب)(?:ه|ها|هم|هما)$`);
const AND_ALREADY = theWord('rule-words', 'and_already');

/** The start of the sentence's first statement (its end when it has none). */
function firstStatementStart(ctx: AttributionContext, run: SentenceRun, segmentsBefore: number): number {
  const { segments } = ctx;
  const s = run.sentence;
  if (!segments.length || segments[segments.length - 1]!.start < s.start) return s.end;
  // earlier sentences' segments lie before s (filtering all was quadratic); no copies made
  let first = s.end;
  for (let k = segmentsBefore; k < segments.length; k++) {
    const g = segments[k]!;
    if (g.start >= s.start && g.start < s.end && g.start < first) first = g.start;
  }
  return first;
}

/** Token i is inside a quotation of its sentence [a, b): an odd number of quote marks before it and after
 *  it (not after a stray closing mark: … مدرسية"، حسب بحث لمؤسسة "X"). */
function insideQuote(tokens: Token[], a: number, i: number, b: number): boolean {
  const isMark = (k: number) => !tokens[k]!.word && ANY_Q.test(tokens[k]!.norm);
  let marks = 0;
  for (let k = a; k < i; k++) if (isMark(k)) marks++;
  if (marks % 2 === 0) return false;
  let after = 0;
  for (let k = i; k < b; k++) if (isMark(k)) after++;
  return after % 2 === 1;
}

/** No speaker of its own but "بحسب X" / "وفق X" inside: X is the source (of what precedes the marker). */
export function relayInside(ctx: AttributionContext, run: SentenceRun, segmentsBefore: number): void {
  const { tokens, text } = ctx;
  const { a, b, sentence: s } = run;
  const firstSeg = firstStatementStart(ctx, run, segmentsBefore);
  if (!(run.covered < 0 || firstSeg > s.start + 30) || run.relayedBy || run.openedByRelay) return; // (a relay already placed)
  const { nextCue } = ctx;
  // an impersonal source (وفقا للاستنتاجات الأولية) waits for a named one later in the sentence (…، بحسب ما
  // قال المتحدث): the outlet narrates only when there is none
  let impersonalAt: { i: number; att: Attribution } | null = null;
  for (let i = nextCue[a]!; i < b; i = nextCue[i + 1]!) {
    if (tokens[i]!.start >= firstSeg) break;
    const relay = relayAt(tokens, i, b);
    if (relay?.role !== 'source') continue;
    // (a marker inside a quotation is the quoted speaker's words: "… وفقا للمرحلة الحالية من التحقيق")
    if (insideQuote(tokens, a, i, b)) continue;
    // a verb of saying before the marker, whose statement starts after it (أكد X وفقا للوكالة على أن): the
    // marker is in that verb's subject and names its relay
    if (firstSeg < s.end && sayingVerbBetween(tokens, a, i)) continue;
    const np = nounPhraseEnd(tokens, relay.next, b);
    // "وفق ما تقوله X" / "بحسب ما قاله X": skip the verb
    const start = sourceStart(tokens, relay);
    let from = start.from;
    // "وفق ما تلقوه من أوامر": a preposition after the verb, so no one named says it
    if (start.what && tokens[from] && startsWithPrep(tokens[from]!, text)) continue;
    while (from < np.end && verbAt(tokens[from]!)) from++;
    // (the verb's preposition with its pronoun, بحسب ما كشف عنه متحدثان: the source follows)
    if ((from > start.from || start.what) && from < np.end && PRONOUN_AFTER_PREP.test(tokens[from]!.norm))
      from++;
    // (the verb's gender is the source's: حسب ما أعلنت الخارجية)
    let gender: 'm' | 'f' | null = null;
    for (let k = relay.next; k < from && !gender; k++) gender = verbAt(tokens[k]!)?.gender ?? null;
    // "كما قال لوكالة X مصدر أمني": the outlet told relays what the source after it says
    const afterVerb = from > 0 && !!verbAt(tokens[from - 1]!) && !start.glued;
    const told = start.what || !afterVerb ? from : pastAddressee(ctx, from, np.end);
    let outlet = null;
    if (told > from && told < np.end) {
      outlet = firstStartingIn(ctx.mentions, tokens[from]!.start, tokens[told - 1]!.end) ?? null;
      from = told;
    }
    // "بحسب بيان للجيش"، "وفق تصريحات لمسؤول": the author after the statement's ل
    const author = authorAfterStatement(tokens, from, np.end, start.glued);
    from = author.from;
    const glued = author.glued;
    // "وفق تعبيره"، "على حد قولها": the words of the last one who spoke, of that gender
    const own = ownWordsGender(tokens[from]);
    if (own) {
      const last = ctx.state.last[own];
      if (!last?.speaker) return;
      const att = continuedFrom(last, verbSpan(text, tokens, i, relay.next), 'asserts');
      pushRelayed(ctx, run, i, att);
      return;
    }
    // after the marker's verb, the source ends where that verb's subject would: before an outlet told, where
    // it was said, an agency told (بحسب ما أفاد المتحدث فلان لسكاي نيوز، وفق ما ذكر الصليب الأحمر على
    // صفحته، حسبما أفادت الوزارة وكالة X)
    const verb = (start.what || from > start.from) && from > 0 ? tokens[from - 1]! : null;
    const end = verb && verbAt(verb) ? verbSourceEnd(ctx, verb, from, np.end, b) : np.end;
    // "بحسب ما نقل مراسلنا عن مصادر X": the sources speak, the reporter relays; so do they after نقلا عن
    // (حسبما ذكرت وكالة X نقلا عن بيان من Y)
    const quoting = verb ? quotingIn(tokens, from + 1, Math.min(b, end + 3), b) : null;
    const an = quoting ? quoting.at : wordIndex(tokens, from + 1, end, ABOUT_WORD);
    const relayer = an > 0 ? relaySourceIn(ctx, glued, from, an) : outlet ? { speaker: outlet } : null;
    const sourceFrom = quoting ? quoting.next : an + 1;
    const sourceEnd = quoting ? nounPhraseEnd(tokens, quoting.next, b).end : end;
    const sp =
      an > 0 && relayer
        ? relaySourceIn(ctx, false, sourceFrom, sourceEnd)
        : relaySourceIn(ctx, glued, from, end);
    if (!sp) continue;
    const impersonal = isImpersonal(sp.speaker); // وفق تقديرات أولية: the outlet narrates
    if (!impersonal) ctx.addSpeaker(sp.speaker);
    if (relayer) ctx.addSpeaker(relayer.speaker);
    const att = attribution(
      impersonal ? null : sp.speaker,
      relayer ? [relayer.speaker] : [],
      verbSpan(text, tokens, i, relay.next),
      'asserts',
      impersonal ? 'impersonal' : 'bihasab',
    );
    if (!att.speaker) {
      impersonalAt ??= { i, att };
      continue;
    }
    pushRelayed(ctx, run, i, att);
    // a person as the source is the last one who spoke: a bare role or وأضاف after it is this person (not a
    // phrase only guessed from its words, بحسب حصيلة رسمية في …; nor a body or an outlet, which a later
    // وقالت الوزارة would take for the ministry)
    if (att.speaker.type === 'person' && att.speaker.how !== 'phrase')
      remember(ctx.state, att, gender, tokens);
    participleAfter(ctx, run, np.end, segmentsBefore, att);
    return;
  }
  if (impersonalAt) pushRelayed(ctx, run, impersonalAt.i, impersonalAt.att);
}

const commaIn = (tokens: Token[], a: number, b: number): boolean => {
  for (let k = a; k < b; k++) if (isComma(tokens[k]!)) return true;
  return false;
};

/** The relay marker that quotes a source (نقلا عن) in tokens [k, end), before a comma, or null; with the
 *  token it starts at. */
function quotingIn(tokens: Token[], k: number, end: number, b: number) {
  for (; k < end && !isComma(tokens[k]!); k++) {
    const relay = mayOpenRelay(tokens[k]!) ? relayAt(tokens, k, b) : null;
    if (relay?.role === 'from') return { ...relay, at: k };
  }
  return null;
}

/** Where the subject of a relay marker's verb (بحسب ما أفاد | X …) ends, the noun phrase after the verb
 *  ending at `npEnd`: further when the verb's subject reads on with no comma between (المتحدث باسم X في
 *  بنغازي فلان لسكاي نيوز), but not past a relative pronoun (المرصد الذي أشار …); nothing read on after a
 *  word that is no subject's (a comma, a preposition, a participle, a time word). */
function verbSourceEnd(ctx: AttributionContext, verb: Token, from: number, npEnd: number, b: number): number {
  const { tokens, mentions, text } = ctx;
  const first = tokens[from];
  if (!first?.word || startsWithPrep(first, text) || verbAt(first) || TIME_ADVERB.test(first.norm))
    return npEnd;
  let e = npEnd;
  const subjectEnd = subjectWithoutComplement(text, tokens, mentions, from, b);
  if (subjectEnd > e && !commaIn(tokens, e, subjectEnd)) e = subjectEnd;
  e = beforeRelative(tokens, from + 1, e);
  e = trimAdverbs(ctx.text, tokens, mentions, from, e);
  const v = verbAt(verb);
  return v && TELLS.has(normalize(v.lemma)) ? beforeAgencyTold(tokens, mentions, from, e) : e;
}

/** A reporting verb (not a participle, not a relay verb) at most six words before token i, in its clause
 *  (no comma between): the verb whose subject the marker at i stands in. */
function sayingVerbBetween(tokens: Token[], a: number, i: number): boolean {
  let words = 0;
  for (let k = i - 1; k >= a && words < 6; k--) {
    const t = tokens[k]!;
    if (!t.word) {
      if (isComma(t)) return false;
      continue;
    }
    words++;
    const v = verbAt(t);
    if (v && !v.participle && v.kind !== 'relay') return true;
  }
  return false;
}

/** The sentence up to the relay marker at token i is said with `att`. */
function pushRelayed(ctx: AttributionContext, run: SentenceRun, i: number, att: Attribution): void {
  const { tokens } = ctx;
  const s = run.sentence;
  const segEnd = run.covered < 0 ? s.end : tokens[i]!.start;
  ctx.segments.push({ start: s.start, end: segEnd, attribution: att, direct: false });
  ctx.quotes.push({
    doc: ctx.doc,
    start: s.start,
    end: tokens[i]!.start > s.start ? tokens[i - 1]!.end : s.end,
    direct: false,
    attribution: att,
  });
  run.covered = run.b;
}

/** A noun of what someone said with a pronoun for its speaker (تعبيره، قولها): the pronoun's gender, or
 *  null. */
function ownWordsGender(t: Token | undefined): 'm' | 'f' | null {
  return t?.word ? ownWordsPronoun(t.norm) : null;
}

/** "…، بحسب ما قالته مصادر، مضيفة أن …": a participle right after the relay's source goes on with that
 *  source, not with the last speaker before the sentence. */
function participleAfter(
  ctx: AttributionContext,
  run: SentenceRun,
  from: number,
  segmentsBefore: number,
  att: Attribution,
): void {
  const { tokens } = ctx;
  // the first word after the comma that closes the source's phrase (بحسب ما قالته مصادر لـX، مضيفة)
  let k = from;
  while (k < Math.min(run.b, from + 8) && !(isComma(tokens[k]!) && tokens[k + 1]?.word)) k++;
  const v = k + 1 < run.b && isComma(tokens[k]!) ? verbAt(tokens[++k]!) : null;
  if (!v?.participle) return;
  const comp = findComplement(tokens, k + 1, run.b, v);
  if (!comp) return;
  const at = tokens[k]!.start;
  const keep = (x: { start: number; end: number }) => x.start < at || x.start >= run.sentence.end;
  const later = ctx.segments.splice(segmentsBefore).filter(keep);
  ctx.segments.push(...later);
  for (let q = ctx.quotes.length - 1; q >= 0 && ctx.quotes[q]!.start >= run.sentence.start; q--)
    if (!keep(ctx.quotes[q]!)) ctx.quotes.splice(q, 1);
  const goesOn = continuedFrom(att, verbSpan(ctx.text, tokens, k, k + 1), att.stance);
  addStatement(ctx, comp.at, run.b, run.sentence.end, goesOn);
  remember(ctx.state, goesOn, v.gender, ctx.tokens);
}

/** The first token in [a, b) that is the word `w`, or -1. */
function wordIndex(tokens: AttributionContext['tokens'], a: number, b: number, w: string): number {
  for (let i = a; i < b; i++) if (tokens[i]!.norm === w) return i;
  return -1;
}

/** "X: "…"" — a headline or a line that gives its source before a colon. */
export function colonSource(ctx: AttributionContext, run: SentenceRun): void {
  const { tokens } = ctx;
  const { a, b, sentence: s } = run;
  const colon = findColon(tokens, a, b);
  if (colon <= a) return;
  const colonAt = tokens[colon]!.start;
  let m = firstStartingIn(
    ctx.mentions,
    s.start,
    colonAt,
    (x) => x.end <= colonAt && (x.type === 'organization' || x.type === 'person'),
  );
  // a headline's role or unnamed source with no name the mentions know (رئيس وزراء البلاد: …، مصدر أمني: …)
  if (!m && s.paragraph === 0) {
    const found = speakerIn(ctx, a, colon, null);
    if (
      (found?.speaker.title || found?.speaker.how === 'title') &&
      found.speaker.end <= colonAt &&
      !isImpersonal(found.speaker)
    ) {
      m = found.speaker;
      addSpeakerWithAliases(ctx, found, m);
    }
  }
  if (!m) return;
  const att = attribution(m, [], verbSpan(ctx.text, tokens, colon, colon + 1), 'asserts', 'colon');
  if (!ctx.isSpeaker(m)) ctx.addSpeaker(m);
  addStatement(ctx, colon + 1, b, s.end, att);
  run.covered = b;
}

/** A direct quote with no verb of its own right after the last speaker's words goes on with them. */
export function quoteGoesOn(ctx: AttributionContext, run: SentenceRun): void {
  const { tokens } = ctx;
  const last = ctx.state.last.any;
  if (!last) return;
  const { a, b } = run;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (t.word || !OPEN_Q.test(t.norm)) continue;
    if (shortQuotedName(tokens, i, b)) {
      // skip the quoted name with its closing mark
      i++;
      while (i < b && (tokens[i]!.word || !ANY_Q.test(tokens[i]!.norm))) i++;
      continue;
    }
    let words = 0;
    for (let k = i + 1; k < Math.min(b, i + 8); k++) if (tokens[k]!.word) words++;
    if (words < 4) continue;
    addStatement(ctx, i, b, run.sentence.end, continuedFrom(last, last.verb, last.stance));
    run.covered = b;
    return;
  }
}

/** The statement that ran to the end of the sentence before, and that sentence's paragraph. */
export interface StatementBefore {
  statement: Statement;
  paragraph: number;
}

/** A spokesman's statement runs on over the sentences after it the way an official statement is
 *  written (صرح المتحدث بأنه … . كما أصيب … . وقد نتج عن ذلك …): a sentence with no source nor reporting verb of its own,
 *  right after a spokesman's statement that ran to the end of the sentence before, goes on with it when
 *  it stands in the same paragraph, or in the next one when it opens with وقد. */
export function statementGoesOn(ctx: AttributionContext, run: SentenceRun, before: StatementBefore): void {
  const { tokens } = ctx;
  const att = before.statement.attribution;
  if (run.sentence.paragraph - before.paragraph > 1 || !SPOKESMAN.test(att.speaker?.title ?? '')) return;
  let i = run.a;
  while (i < run.b && !tokens[i]!.word) i++;
  if (i >= run.b) return;
  if (run.sentence.paragraph !== before.paragraph && tokens[i]!.norm !== AND_ALREADY) return;
  // a reporting verb of its own with its subject after it, though it said nothing here (اتهم الانفصاليون
  // القوات …): not the spokesman's
  for (let k = i; k + 1 < run.b; k++) if (verbAt(tokens[k]!) && isDefiniteWord(tokens[k + 1]!)) return;
  addStatement(ctx, i, run.b, run.sentence.end, continuedFrom(att, att.verb, att.stance));
  run.covered = run.b;
}
const spokesmanStem = prefixTest('attribution-words', 'spokesman');
const SPOKESMAN = { test: (title: string) => spokesmanStem(title.startsWith('ال') ? title.slice(2) : title) };
