// The isnad of every statement: who says it (speaker), through whom (via), with which verb, and
// whether it is asserted or denied. Works sentence by sentence, in reading order, and remembers the
// last speaker of each grammatical gender, so that وأضافت / وتابع / مشيرا continue the right one.

import { lexicons } from '../../lexicon/index.js';
import type { Attribution, Mention, Quote, Sentence, Statement, Token } from '../../types.js';
import { firstStartingIn } from '../sorted-spans.js';
import { parseSpeaker } from '../speakers/index.js';
import {
  antecedent,
  denialAfter,
  findColon,
  findComplement,
  findWord,
  narrationBreak,
  nounPhraseEnd,
  pushSegment,
  remember,
  roleKey,
  subjectWithoutComplement,
  trimAdverbs,
  verbSpan,
} from './phrases.js';
import { relayAt, relayFirst, trailingRelay } from './relays.js';
import { speakerList } from './speaker-list.js';
import {
  ADVERB,
  ANY_Q,
  channelAt,
  OPEN_Q,
  PRONOUN_NP,
  type State,
  shortQuotedName,
  startsWithPrep,
  verbAt,
} from './words.js';

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
): AttributionResult {
  const segments: AttrSegment[] = [];
  const quotes: Quote[] = [];
  const { speakers, has: isSpeaker, add: addSpeaker } = speakerList();
  const aliases: [Mention, string][] = [];
  const state: State = { last: { m: null, f: null, any: null }, byTitle: new Map() };
  const lx = lexicons();
  if (!relayFirst.size)
    for (const r of lx.relays) {
      relayFirst.add(r.words[0]!);
      relayFirst.add(r.words[0]! + 'ل');
    }

  let ti = 0;
  let lastPara = -1;
  for (const s of sentences) {
    const segmentsBefore = segments.length;
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.end <= s.end) tj++;
    const a = ti,
      b = tj;
    if (b <= a) continue;
    let covered = -1; // token index up to which a segment of this sentence already reaches
    let deniedUntil = -1; // token index up to which a denial of this sentence reaches
    for (let i = a; i < b; i++) {
      if (i < covered) {
        // inside a statement already attributed: a participle (مشيرا، مؤكدة) keeps the same speaker, so
        // nothing changes — unless the statement was a denial: "نفت X الأنباء …، مؤكدة أن …" asserts again
        const pv = deniedUntil > i ? verbAt(tokens[i]!) : null;
        if (!pv?.participle || !state.last.any) continue;
        const pc = findComplement(tokens, i + 1, b, pv);
        if (!pc) continue;
        const att2: Attribution = {
          ...state.last.any,
          stance: pv.stance,
          verb: verbSpan(text, tokens, i, i + 1),
          how: 'continued',
        };
        pushSegment(segments, quotes, doc, text, tokens, pc.at, b, s.end, att2);
        deniedUntil = -1;
        continue;
      }
      const t = tokens[i]!;
      // --- relay markers that open a sentence: بحسب X فإن … / وفق X، …
      const relay = relayAt(tokens, i, b);
      if (relay && relay.role === 'source' && i - a <= 1) {
        let from0 = relay.next;
        if (tokens[from0]?.norm === 'ما') from0 += 2; // بحسب ما أعلنته X
        const np = nounPhraseEnd(tokens, from0, b);
        const sp = np.end > from0 ? parseSpeaker(doc, text, tokens, from0, np.end, mentions, null) : null;
        if (sp) {
          const att: Attribution = {
            speaker: sp.speaker,
            via: [],
            verb: verbSpan(text, tokens, i, relay.next),
            stance: 'asserts',
            how: 'bihasab',
          };
          addSpeaker(sp.speaker);
          for (const al of sp.aliases) aliases.push([sp.speaker, al]);
          pushSegment(segments, quotes, doc, text, tokens, np.end, b, s.end, att);
          remember(state, att, null);
          covered = b;
          continue;
        }
      }
      const v = verbAt(t);
      if (!v) continue;
      // a verb preceded by الذي/التي refers back to the noun before it (بيان للمتحدث …، الذي قال إن)
      const rel = i > a && /^(الذي|التي)$/.test(tokens[i - 1]!.norm);
      // a denial's object is what it denies (نفت X الأنباء التي …): its subject ends with the name after the verb
      const comp =
        v.stance === 'denies' &&
        !v.participle &&
        subjectWithoutComplement(text, tokens, mentions, i + 1, b) > i + 1
          ? null
          : findComplement(tokens, i + 1, b, v);
      let att: Attribution | null = null;
      let contentFrom = comp?.at ?? -1;
      let narrationAt = -1;
      if (v.participle) {
        const prev = state.last.any;
        if (!prev || !comp) continue;
        att = {
          ...prev,
          verb: verbSpan(text, tokens, i, i + 1),
          stance: v.stance === 'denies' ? 'denies' : prev.stance,
          how: 'continued',
        };
        contentFrom = comp.at;
      } else if (rel) {
        const ante =
          antecedent(doc, text, tokens, i - 1, a, mentions) ??
          (speakers.length ? speakers[speakers.length - 1]! : null);
        if (ante && !isSpeaker(ante)) addSpeaker(ante);
        if (!ante || (!comp && v.kind !== 'announce' && v.kind !== 'appeal')) continue;
        att = {
          speaker: ante,
          via: state.last.any?.speaker === ante ? state.last.any.via : [],
          verb: verbSpan(text, tokens, i, i + 1),
          stance: v.stance,
          how: 'relative',
        };
        if (!comp) contentFrom = i + 1; // التي تطالب المجتمع الدولي بـ…
      } else {
        // subject: between the verb and the complement, or the first phrase after the verb
        let subjEnd = comp ? comp.subjectEnd : subjectWithoutComplement(text, tokens, mentions, i + 1, b);
        if (!comp && subjEnd <= i + 1) continue;
        if (!comp && v.kind === 'continue') continue;
        const weak = !comp && v.kind === 'say' && v.stance !== 'denies'; // أشاد X، بـ…: only a clear name will do
        let via: Mention[] = [];
        let subjStart = i + 1;
        // relay verb: نقلت صحيفة X عن Y إن …
        if (v.kind === 'relay') {
          const an = findWord(tokens, subjStart, subjEnd, 'عن');
          if (an > subjStart) {
            const relayer = parseSpeaker(
              doc,
              text,
              tokens,
              subjStart,
              trimAdverbs(text, tokens, mentions, subjStart, an),
              mentions,
              null,
            );
            if (relayer) {
              via = [relayer.speaker];
              addSpeaker(relayer.speaker);
            }
            subjStart = an + 1;
          }
        }
        while (subjStart < subjEnd && verbAt(tokens[subjStart]!)?.participle) subjStart++; // وأضاف قائلا إن
        while (subjStart < subjEnd && /^(فيه|فيها|عنه|عنها|فيهم)$/.test(tokens[subjStart]!.norm)) subjStart++; // قال فيه X
        {
          let k = subjStart;
          while (k < subjEnd && (PRONOUN_NP.test(tokens[k]!.norm) || !tokens[k]!.word)) k++;
          if (k >= subjEnd && subjEnd > subjStart) subjEnd = subjStart;
        }
        subjEnd = trimAdverbs(text, tokens, mentions, subjStart, subjEnd);
        // "… في خدمة أعماق" / "عبر موقعها": the channel relays the statement
        const ch = channelAt(tokens, subjStart, comp ? comp.subjectEnd : subjEnd);
        if (ch >= 0) {
          const chEnd = nounPhraseEnd(tokens, ch + 1, comp ? comp.subjectEnd : b).end;
          const chM = parseSpeaker(
            doc,
            text,
            tokens,
            ch + 1,
            trimAdverbs(text, tokens, mentions, ch + 1, chEnd),
            mentions,
            null,
          );
          if (chM) {
            via = [chM.speaker];
            addSpeaker(chM.speaker);
          }
          if (ch < subjEnd) subjEnd = ch;
        }
        if (subjEnd > subjStart && startsWithPrep(tokens[subjStart]!, text)) continue;
        if (subjEnd > subjStart) {
          const sp = parseSpeaker(doc, text, tokens, subjStart, subjEnd, mentions, v.gender);
          if (sp && weak && (sp.speaker.how === 'phrase' || sp.speaker.how === 'role')) continue;
          if (sp) {
            let speaker = sp.speaker;
            // a family name alone (وأضاف الخطيب) is the person of this article who bears it
            if (speaker.how === 'phrase' && !speaker.key.includes(' ')) {
              let bearer: Mention | undefined; // the last one (a reversed copy per speaker was quadratic)
              for (let k = speakers.length - 1; k >= 0 && !bearer; k--) {
                const x = speakers[k]!;
                if (x.type === 'person' && x.key.includes(' ') && x.key.split(' ').at(-1) === speaker.key)
                  bearer = x;
              }
              if (bearer)
                speaker = {
                  ...speaker,
                  type: 'person',
                  how: 'name',
                  gender: bearer.gender ?? speaker.gender,
                  org: bearer.org ?? null,
                };
            }
            // a bare role (وأضاف القيادي) or a surname resolves to the last speaker with it
            if (speaker.how === 'role') {
              const prev =
                state.byTitle.get(roleKey(speaker.title ?? speaker.surface)) ?? state.last[v.gender ?? 'm'];
              if (prev?.speaker) {
                att = { ...prev, verb: verbSpan(text, tokens, i, i + 1), stance: v.stance, how: 'continued' };
              }
            }
            if (!att) {
              addSpeaker(speaker);
              for (const al of sp.aliases) aliases.push([speaker, al]);
              att = {
                speaker,
                via,
                verb: verbSpan(text, tokens, i, i + 1),
                stance: v.stance,
                how: 'explicit',
              };
            }
          }
        } else {
          // no subject: Arabic leaves it implied (وأضافت أن …) — the last speaker of that gender
          const prev = (v.gender && state.last[v.gender]) || (v.kind === 'continue' ? state.last.any : null);
          if (prev && comp)
            att = { ...prev, verb: verbSpan(text, tokens, i, i + 1), stance: v.stance, how: 'continued' };
        }
        if (!att) continue;
        if (!comp) {
          contentFrom = subjEnd;
          while (contentFrom < b && (!tokens[contentFrom]!.word || ADVERB.test(tokens[contentFrom]!.norm)))
            contentFrom++;
        }
        if (!comp) narrationAt = narrationBreak(tokens, subjEnd, b);
      }
      if (contentFrom < 0) continue;
      // a trailing "حسبما ذكرت وكالة X" makes X the relay of this statement
      const trailing = trailingRelay(tokens, contentFrom, b, mentions);
      if (trailing && att.via.length === 0 && att.speaker && trailing.key !== att.speaker.key) {
        att = { ...att, via: [trailing] };
        addSpeaker(trailing);
      }
      const segEndTok = narrationAt > 0 ? narrationAt : b;
      const end = pushSegment(
        segments,
        quotes,
        doc,
        text,
        tokens,
        contentFrom,
        segEndTok,
        narrationAt > 0 ? tokens[narrationAt - 1]!.end : s.end,
        att,
      );
      remember(state, att, v.gender);
      covered = end;
      if (att.stance === 'denies') deniedUntil = end;
    }
    // no speaker of its own but "بحسب X" / "وفق X" inside: X is the source (of what precedes the marker)
    const firstSeg =
      segments.length && segments[segments.length - 1]!.start >= s.start
        ? segments
            .slice(segmentsBefore) // earlier sentences' segments lie before s (filtering all was quadratic)
            .filter((g) => g.start >= s.start && g.start < s.end)
            .reduce((m, g) => Math.min(m, g.start), s.end)
        : s.end;
    if (covered < 0 || firstSeg > s.start + 30) {
      for (let i = a; i < b; i++) {
        if (tokens[i]!.start >= firstSeg) break;
        const relay = relayAt(tokens, i, b);
        if (relay?.role !== 'source') continue;
        const np = nounPhraseEnd(tokens, relay.next, b);
        // "وفق ما تقوله X" / "بحسب ما قاله X": skip the verb
        let from = relay.next;
        if (/^[لب]?ما$/.test(tokens[from]?.norm ?? ''))
          from += 2; // وفق ما تقوله X، وفقا لما أعلنه X
        else if (tokens[from - 1]?.norm === 'ما') from += 1; // the marker ended with ما: skip its verb (وفق ما قاله X)
        while (from < np.end && verbAt(tokens[from]!)) from++;
        const sp = np.end > from ? parseSpeaker(doc, text, tokens, from, np.end, mentions, null) : null;
        if (!sp) continue;
        addSpeaker(sp.speaker);
        const att: Attribution = {
          speaker: sp.speaker,
          via: [],
          verb: verbSpan(text, tokens, i, relay.next),
          stance: 'asserts',
          how: 'bihasab',
        };
        const segEnd = covered < 0 ? s.end : tokens[i]!.start;
        segments.push({ start: s.start, end: segEnd, attribution: att, direct: false });
        quotes.push({
          doc,
          start: s.start,
          end: tokens[i]!.start > s.start ? tokens[i - 1]!.end : s.end,
          direct: false,
          attribution: att,
        });
        covered = b;
        break;
      }
    }
    // "X: "…"" — a headline or a line that gives its source before a colon
    if (covered < 0) {
      const colon = findColon(tokens, a, b);
      if (colon > a) {
        const colonAt = tokens[colon]!.start;
        const m = firstStartingIn(
          mentions,
          s.start,
          colonAt,
          (x) => x.end <= colonAt && (x.type === 'organization' || x.type === 'person'),
        );
        if (m) {
          const att: Attribution = {
            speaker: m,
            via: [],
            verb: verbSpan(text, tokens, colon, colon + 1),
            stance: 'asserts',
            how: 'colon',
          };
          if (!isSpeaker(m)) addSpeaker(m);
          pushSegment(segments, quotes, doc, text, tokens, colon + 1, b, s.end, att);
          covered = b;
        }
      }
    }
    // a direct quote with no verb of its own right after the last speaker's words goes on with them
    if (covered < 0 && state.last.any && lastPara >= 0 && s.paragraph - lastPara <= 1) {
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
        pushSegment(segments, quotes, doc, text, tokens, i, b, s.end, {
          ...state.last.any,
          how: 'continued',
        });
        covered = b;
        break;
      }
    }
    if (covered >= 0) lastPara = s.paragraph;
    ti = b;
  }
  // statements denied after the fact (… غير صحيحة): flip the stance of the segment they close
  for (const d of denialAfter(tokens)) {
    for (const seg of segments)
      if (d >= seg.start && d <= seg.end + 2) seg.attribution = { ...seg.attribution, stance: 'denies' };
  }
  return {
    segments: segments.filter((x) => x.end > x.start),
    quotes: quotes.filter((q) => q.end > q.start),
    speakers,
    aliases,
  };
}
