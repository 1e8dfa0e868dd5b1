// A participle (مشيرا، مؤكدة، قائلا) that opens a statement: it goes on with the last speaker, or with
// the subject its own sentence opens with (a named person; a body, when verb and participle agree).

import { notNameWords, type VerbInfo } from '../../lexicon/index.js';
import { DEFINITE_NISBA } from '../../text/nisba.js';
import type { Mention } from '../../types.js';
import { orgNameHead } from '../descriptions.js';
import { firstStartingIn } from '../sorted-spans.js';
import { isNamedPerson } from '../speakers/index.js';
import { isComma, titleAt } from '../speakers/words.js';
import type { AttributionContext, SentenceRun } from './context.js';
import { verbSpan } from './phrases.js';
import { relayAt } from './relays.js';
import { attribution, continuedFrom } from './statement-at.js';
import type { Complement, Opened } from './verb-statement.js';
import { TRAIL, verbAt } from './words.js';

/** A participle (مشيرا، مؤكدة) goes on with the last speaker; with the subject of its own sentence when
 *  the last speaker spoke before it and that subject is a named person (دافع الرئيس الأمريكي، دونالد ترامب،
 *  عن …، موضحا: …) or a body (علقت صحيفة X على …، مؤكدة). */
export function participleStatement(
  ctx: AttributionContext,
  run: SentenceRun,
  i: number,
  v: VerbInfo,
  comp: Complement,
): Opened | null {
  const own = comp ? sentenceSubject(ctx, run, i, v.gender) : null;
  if (own) {
    ctx.addSpeaker(own);
    const verb = verbSpan(ctx.text, ctx.tokens, i, i + 1);
    return { att: attribution(own, [], verb, v.stance, 'explicit'), contentFrom: comp!.at, narrationAt: -1 };
  }
  const prev = ctx.state.last.any;
  if (!prev || !comp) return null;
  const att = continuedFrom(
    prev,
    verbSpan(ctx.text, ctx.tokens, i, i + 1),
    v.stance === 'denies' ? 'denies' : prev.stance,
  );
  return { att, contentFrom: comp.at, narrationAt: -1 };
}

/** The subject of the verb that opens the sentence (after a lead phrase, من ناحية أخرى،), when the last
 *  speaker spoke before the sentence and it is a named person right after that verb or after a title there
 *  (دافع الرئيس الأمريكي، دونالد ترامب، عن …), or a body there whose verb agrees with the participle in
 *  gender (علقت صحيفة X …، مؤكدة); else null. */
function sentenceSubject(
  ctx: AttributionContext,
  run: SentenceRun,
  i: number,
  gender: 'm' | 'f' | null,
): Mention | null {
  const { tokens } = ctx;
  const last = ctx.state.last.any?.speaker;
  if (last && last.start >= tokens[run.a]!.start) return null;
  let k = leadPhraseEnd(tokens, run.a, i);
  while (k < i && !tokens[k]!.word) k++;
  if (notNameWords().has(tokens[k]!.norm)) k++; // (a particle before it: كما، ثم)
  const opening = tokens[k];
  k++; // (the verb)
  const ttl = k < i ? titleAt(tokens, k, i) : null;
  if (ttl) {
    k = ttl.next;
    while (k < i && (!tokens[k]!.word ? isComma(tokens[k]!) : DEFINITE_NISBA.test(tokens[k]!.norm))) k++;
  }
  if (k >= i) return null;
  // a body too, when the opening verb and the participle agree in gender (علقت صحيفة X …، مؤكدة)
  const verbGender = opening?.word ? (opening.norm.endsWith('ت') ? 'f' : 'm') : null;
  // (not the subject of a reporting verb, which has spoken already, nor a relay's: نقلت وكالة X عن …)
  const body = (m: Mention) =>
    m.type === 'organization' && !!gender && verbGender === gender && !ttl && !!opening && !verbAt(opening);
  // (a body's name may follow its kind and a quote mark: صحيفة "X"; not a body when the sentence names
  // its source: ولا يرتكن الحزب، بحسب الخبير فلان، …، قائلا)
  const kindFirst = orgNameHead(tokens[k]!) ? Math.min(k + 2, i) : k;
  const subject =
    firstStartingIn(ctx.mentions, tokens[k]!.start, tokens[k]!.start + 1, isNamedPerson) ??
    (sourceRelayIn(ctx, run.a, i)
      ? undefined
      : firstStartingIn(ctx.mentions, tokens[k]!.start, tokens[kindFirst]!.start + 1, body));
  return subject && subject.end <= tokens[i]!.start ? subject : null;
}

/** After a lead phrase that opens the sentence with a preposition, at most six words and its comma (من ناحية
 *  أخرى، في غضون ذلك،): where the clause starts; else `a`. */
function leadPhraseEnd(tokens: AttributionContext['tokens'], a: number, i: number): number {
  let first = a;
  while (first < i && !tokens[first]!.word) first++;
  if (first >= i || !TRAIL.has(tokens[first]!.norm.replace(/^و/, ''))) return a; // (it opens with a preposition)
  for (let k = a, words = 0; k < i && words <= 6; k++) {
    const t = tokens[k]!;
    if (isComma(t)) return words > 0 ? k + 1 : a;
    if (t.word && (verbAt(t) || ++words > 6)) return a;
  }
  return a;
}

/** A source marker (بحسب، وفقا لـ) in tokens [a, b), read only where a relay may open (ctx.nextCue). */
function sourceRelayIn(ctx: AttributionContext, a: number, b: number): boolean {
  const { tokens, nextCue } = ctx;
  for (let k = nextCue[a]!; k < b; k = nextCue[k + 1]!)
    if (relayAt(tokens, k, b)?.role === 'source') return true;
  return false;
}
