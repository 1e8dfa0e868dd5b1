// The isnad of every statement: who says it (speaker), through whom (via), with which verb, and
// whether it is asserted or denied. Works sentence by sentence, in reading order, and remembers the
// last speaker of each grammatical gender, so that وأضافت / وتابع / مشيرا continue the right one.

import { lexicons, theWord } from '../../lexicon/index.js';
import type { Mention, Quote, Sentence, Span, Statement, Token } from '../../types.js';
import { resolveAnaphora } from './anaphora.js';
import { findComplement } from './complement.js';
import {
  type AttributionContext,
  addSpeakerWithAliases,
  addStatement,
  relaySourceIn,
  type SentenceRun,
} from './context.js';
import { denialAfter, mayOpenDenialAfter } from './denials.js';
import { findWord, remember, verbSpan } from './phrases.js';
import {
  authorAfterStatement,
  mayOpenRelay,
  relayAt,
  relayFirst,
  relayFirstAfterConjunction,
  sourceStart,
} from './relays.js';
import {
  colonSource,
  quoteGoesOn,
  relayInside,
  type StatementBefore,
  statementGoesOn,
} from './sentence-sources.js';
import { nounPhraseEnd } from './source-phrase.js';
import { speakerList } from './speaker-list.js';
import { attribution, continuedFrom } from './statement-at.js';
import { isImpersonal } from './subject.js';
import { verbStatement } from './verb-statement.js';
import { forgetVerbs, verbAt } from './words.js';

const ABOUT_WORD = theWord('rule-words', 'about');

/** A statement: a span of text whose content is attributed (see types.ts). */
export type AttrSegment = Statement;

export interface AttributionResult {
  segments: AttrSegment[];
  quotes: Quote[];
  /** Speakers and relays found, as mentions (they become entities). */
  speakers: Mention[];
  /** Extra names: [mention key, alias] pairs (X المعروفة باسم Y). */
  aliases: [Mention, string][];
}

export function attribute(
  doc: string,
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  mentions: Mention[],
  dates: readonly Span[] = [],
): AttributionResult {
  forgetVerbs(tokens, text, mentions);
  const { speakers, has: isSpeaker, add: addSpeaker } = speakerList();
  const denialOpeners: number[] = [];
  const nextCue = nextCues(tokens, denialOpeners);
  const ctx: AttributionContext = {
    doc,
    text,
    tokens,
    mentions,
    segments: [],
    quotes: [],
    speakers,
    isSpeaker,
    addSpeaker,
    aliases: [],
    state: { last: { m: null, f: null, any: null }, byTitle: new Map() },
    nextCue,
    dates,
  };
  let ti = 0;
  let lastPara = -1;
  let before: StatementBefore | null = null;
  for (const s of sentences) {
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.end <= s.end) tj++;
    if (tj <= ti) continue;
    const run: SentenceRun = { sentence: s, a: ti, b: tj, covered: -1, deniedUntil: -1 };
    attributeSentence(ctx, run, lastPara);
    if (run.covered < 0 && before) statementGoesOn(ctx, run, before);
    if (run.covered >= 0) lastPara = s.paragraph;
    const last = ctx.segments[ctx.segments.length - 1];
    const ranToEnd = !!last && !last.direct && last.end >= s.end - 1 && last.start >= s.start;
    before = ranToEnd ? { statement: last, paragraph: s.paragraph } : null;
    ti = tj;
  }
  // statements denied after the fact (… غير صحيحة): flip the stance of the segment they close
  for (const d of denialAfter(tokens, denialOpeners)) {
    for (const seg of ctx.segments)
      if (d >= seg.start && d <= seg.end + 2) {
        const a = seg.attribution;
        seg.attribution = attribution(a.speaker, a.via, a.verb, 'denies', a.how);
      }
  }
  resolveAnaphora(ctx.segments, ctx.quotes, mentions, speakers);
  return {
    segments: ctx.segments.filter((x) => x.end > x.start),
    quotes: ctx.quotes.filter((q) => q.end > q.start),
    speakers,
    aliases: ctx.aliases,
  };
}

/** nextCue of the context (see AttributionContext), in one pass over the tokens: every other token is
 *  neither a reporting verb nor a relay marker's first word, and nothing happens at it (performance: the
 *  verb and relay tests ran at every token, the relay test twice). The same pass lists, in order, the
 *  tokens that may open an "after" denial (denialAfter's, which read every token again). */
function nextCues(tokens: Token[], denialOpeners: number[]): Int32Array {
  if (!relayFirst.size)
    for (const r of lexicons().relays) {
      relayFirst.add(r.words[0]!);
      relayFirst.add(r.words[0]! + 'ل');
    }
  if (!relayFirstAfterConjunction.size)
    for (const w of relayFirst) for (const c of ['و', 'ف']) relayFirstAfterConjunction.add(c + w);
  const next = new Int32Array(tokens.length + 1);
  let at = tokens.length;
  next[at] = at;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (verbAt(t) || mayOpenRelay(t)) at = i;
    next[i] = at;
    if (mayOpenDenialAfter(t)) denialOpeners.push(i);
  }
  denialOpeners.reverse();
  return next;
}

/** The statements of one sentence, at its verbs and relay markers, then the sources it gives without a
 *  verb. */
function attributeSentence(ctx: AttributionContext, run: SentenceRun, lastPara: number): void {
  const segmentsBefore = ctx.segments.length;
  const { nextCue } = ctx;
  for (let i = nextCue[run.a]!; i < run.b; i = nextCue[i + 1]!) {
    if (i < run.covered) {
      reassertAfterDenial(ctx, run, i);
      continue;
    }
    if (openingRelay(ctx, run, i)) continue;
    verbStatement(ctx, run, i);
  }
  relayInside(ctx, run, segmentsBefore);
  if (run.covered < 0) colonSource(ctx, run);
  if (run.covered < 0 && lastPara >= 0 && run.sentence.paragraph - lastPara <= 1) quoteGoesOn(ctx, run);
}

/** Inside a statement already attributed a participle (مشيرا، مؤكدة) keeps the same speaker, so nothing
 *  changes — unless the statement was a denial: "نفت X الأنباء …، مؤكدة أن …" asserts again. */
function reassertAfterDenial(ctx: AttributionContext, run: SentenceRun, i: number): void {
  const { tokens } = ctx;
  const pv = run.deniedUntil > i ? verbAt(tokens[i]!) : null;
  const last = ctx.state.last.any;
  if (!pv?.participle || !last) return;
  const pc = findComplement(tokens, i + 1, run.b, pv);
  if (!pc) return;
  const reasserted = continuedFrom(last, verbSpan(ctx.text, tokens, i, i + 1), pv.stance);
  addStatement(ctx, pc.at, run.b, run.sentence.end, reasserted);
  run.deniedUntil = -1;
}

/** The first reporting verb (not a participle) in tokens [a, b), or -1. */
function reportingVerbIn(tokens: Token[], a: number, b: number): number {
  for (let k = a; k < b; k++) {
    const v = verbAt(tokens[k]!);
    if (v && !v.participle && v.kind !== 'relay') return k;
  }
  return -1;
}

/** A relay marker that names a source in tokens [from, b). */
function sourceRelayFrom(tokens: Token[], from: number, b: number): boolean {
  for (let k = from; k < b; k++)
    if (mayOpenRelay(tokens[k]!) && relayAt(tokens, k, b)?.role === 'source') return true;
  return false;
}

/** Relay markers that open a sentence: بحسب X فإن … / وفق X، … Returns whether one made a statement. */
function openingRelay(ctx: AttributionContext, run: SentenceRun, i: number): boolean {
  const { tokens } = ctx;
  const relay = relayAt(tokens, i, run.b);
  if (relay?.role !== 'source' || i - run.a > 1) return false;
  const { from: from0, glued } = sourceStart(tokens, relay); // بحسب ما أعلنته X، وفقا لما رواه X
  const np = nounPhraseEnd(tokens, from0, run.b);
  const author = authorAfterStatement(tokens, from0, np.end, glued); // بحسب بيان للجيش
  // a reporting verb after the source says it with its own subject: the source relays it
  const verbAfter = reportingVerbIn(tokens, author.from + 1, Math.min(np.end + 2, run.b));
  // كما نقلت وكالة X عن مصدر …: the source after عن speaks, the agency relays
  const an = verbAfter < 0 ? findWord(tokens, author.from + 1, np.end, ABOUT_WORD) : -1;
  const relayer = an > 0 ? relaySourceIn(ctx, author.glued, author.from, an) : null;
  const sp = relayer
    ? relaySourceIn(ctx, false, an + 1, np.end)
    : relaySourceIn(ctx, author.glued, author.from, verbAfter >= 0 ? verbAfter : np.end);
  if (!sp) return false;
  const impersonal = isImpersonal(sp.speaker); // بحسب المعلومات المتوفرة: the outlet narrates
  // (unless a source is named later in the sentence, …، بحسب ما قال المتحدث: relayInside reads both)
  if (impersonal && sourceRelayFrom(tokens, np.end, run.b)) return false;
  if (verbAfter >= 0) {
    if (impersonal) return false;
    ctx.addSpeaker(sp.speaker);
    run.relayedBy = sp.speaker;
    return false;
  }
  if (relayer && !impersonal) ctx.addSpeaker(relayer.speaker);
  const att = attribution(
    impersonal ? null : sp.speaker,
    relayer && !impersonal ? [relayer.speaker] : [],
    verbSpan(ctx.text, tokens, i, relay.next),
    'asserts',
    impersonal ? 'impersonal' : 'bihasab',
  );
  if (!impersonal) addSpeakerWithAliases(ctx, sp, sp.speaker);
  addStatement(ctx, np.end, run.b, run.sentence.end, att);
  remember(ctx.state, att, null, ctx.tokens);
  run.covered = run.b;
  run.openedByRelay = true;
  return true;
}
