// The isnad of every statement: who says it (speaker), through whom (via), with which verb, and
// whether it is asserted or denied. Works sentence by sentence, in reading order, and remembers the
// last speaker of each grammatical gender, so that وأضافت / وتابع / مشيرا continue the right one.

import { lexEntry, lexicons, type VerbInfo } from '../lexicon/index.js';
import { bareForms } from '../text/clitics.js';
import { looseKey } from '../text/normalize.js';
import type { Attribution, Mention, Quote, Sentence, Statement, Token } from '../types.js';
import { firstStartingIn } from './sorted-spans.js';
import { nameLike, parseSpeaker, titleAt } from './speakers.js';

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

const OPEN_Q = /["“«„″]/;
const ANY_Q = /["“”«»„″]/;
const ABOUT_VERBS = new Set(['أعلن', 'كشف', 'أعرب']);
const COMPLEMENT = new Set([
  'ان',
  'انه',
  'انها',
  'انهم',
  'انهما',
  'انهن',
  'بان',
  'بانه',
  'بانها',
  'بانهم',
  'فان',
  'فانه',
  'فانها',
]);
const TRAIL = new Set(['الي', 'عن', 'ب', 'ل']);
// على and the name علي fold to one form: tell them apart by the letter as written
let rawText = '';
const isOnPrep = (t: Token) => t.norm === 'علي' && rawText.slice(t.start, t.end).endsWith('ى');
// words that start an adverbial inside the subject phrase (في بيان، خلال مؤتمر صحفي، يوم الأحد)
const ADVERB_AFTER_FI =
  /^(بيان|بيانه|بيانها|مؤتمر|تصريح|تصريحات|حديث|تغريده|مقابله|رساله|وقت|كلمه|لقاء|منشور|اتصال|ساعه|فيديو|الفيديو|مقطع|تسجيل|حوار|الحوار|المقابله|المؤتمر|البيان|رد|ردها|رده)/;
// "… لموقعنا / لصحيفة X / لوكالة X": the outlet spoken to, glued to its ل
const TO_OUTLET = /^ل(موقع|صحيف|وكال|قنا|شبك|تلفزيون|اذاع|مراسل|جريد|رويترز|بي$|سي$|فرانس)/;
const ADVERB =
  /^(خلال|يوم|امس|اليوم|الليله|صباح|مساء|عصر|ظهر|فجر|صباحا|مساء|عصرا|ظهرا|بالقول|قائلا|عبر|الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت|مؤخرا|لاحقا|سابقا|ايضا|كذلك|بدوره|بدورها|من جهته|من جهتها|بعد|قبل|حاليا|فقط|مجددا|صراحه|بوضوح)$/;

const isQuoteTok = (t: Token) => !t.word && ANY_Q.test(t.norm);
const PREP_START =
  /^(في|من|الي|عن|ب|ل|لـ|حول|عبر|خلال|منذ|بعد|قبل|عند|لدي|امام|بين|مع|ضد|نحو|تحت|فوق|دون|و?[بلمك]?ما|[لب](نا|ي|ه|ها|هم|هما|كم))$/;
// a subject that is only a pronoun (كما يقول هو نفسه) leaves the speaker implied
const PRONOUN_NP = /^(هو|هي|هم|هما|نحن|انا|نفسه|نفسها|انفسهم|ذاته|ذاتها)$/;
const startsWithPrep = (t: Token) => PREP_START.test(t.norm) || isOnPrep(t);
/** A quote mark that opens a quoted name of at most three words ("قسد"، “الإدارة الذاتية”). */
function shortQuotedName(tokens: Token[], i: number, end: number): boolean {
  let words = 0;
  for (let j = i + 1; j < Math.min(end, i + 6); j++) {
    const t = tokens[j]!;
    if (t.word) {
      words++;
      continue;
    }
    if (/^["”»″]$/.test(t.norm)) return words >= 1 && words <= 3;
    return false;
  }
  return false;
}
const CHANNEL =
  /^(خدمه|خدمتها|خدمته|وكاله|وكالتها|موقع|موقعها|موقعه|قناه|قناتها|حساب|حسابه|حسابها|صحيفه|معرف|معرفات|منصه|منصات|صفحه|صفحتها|صفحته)$/;
/** Index of "في/على/عبر" followed by a channel word (خدمة، موقع، حساب …) in [a, b), or -1. */
function channelAt(tokens: Token[], a: number, b: number): number {
  for (let i = a; i + 1 < b; i++) {
    const w = tokens[i]!.norm;
    if ((w === 'في' || w === 'علي' || w === 'عبر') && CHANNEL.test(tokens[i + 1]!.norm)) return i;
  }
  return -1;
}

function verbAt(t: Token): VerbInfo | null {
  if (!t.word) return null;
  const lx = lexicons();
  for (const f of bareForms(t.norm)) {
    const v = lx.verbs.get(f);
    if (v) return v;
  }
  return null;
}

interface State {
  last: { m: Attribution | null; f: Attribution | null; any: Attribution | null };
  byTitle: Map<string, Attribution>;
}

/** Attribute the statements of one document. `tokens` cover the whole text; `sentences` exclude furniture. */
export function attribute(
  doc: string,
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  mentions: Mention[],
): AttributionResult {
  const segments: AttrSegment[] = [];
  const quotes: Quote[] = [];
  const speakers: Mention[] = [];
  const speakerSet = new Set<Mention>(); // what `speakers` holds (speakers.includes per statement was quadratic)
  const addSpeaker = (m: Mention) => {
    speakers.push(m);
    speakerSet.add(m);
  };
  const aliases: [Mention, string][] = [];
  const state: State = { last: { m: null, f: null, any: null }, byTitle: new Map() };
  const lx = lexicons();
  rawText = text;
  docMentions = mentions;
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
        v.stance === 'denies' && !v.participle && subjectWithoutComplement(tokens, mentions, i + 1, b) > i + 1
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
        if (ante && !speakerSet.has(ante)) addSpeaker(ante);
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
        let subjEnd = comp ? comp.subjectEnd : subjectWithoutComplement(tokens, mentions, i + 1, b);
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
              trimAdverbs(tokens, subjStart, an),
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
        subjEnd = trimAdverbs(tokens, subjStart, subjEnd);
        // "… في خدمة أعماق" / "عبر موقعها": the channel relays the statement
        const ch = channelAt(tokens, subjStart, comp ? comp.subjectEnd : subjEnd);
        if (ch >= 0) {
          const chEnd = nounPhraseEnd(tokens, ch + 1, comp ? comp.subjectEnd : b).end;
          const chM = parseSpeaker(
            doc,
            text,
            tokens,
            ch + 1,
            trimAdverbs(tokens, ch + 1, chEnd),
            mentions,
            null,
          );
          if (chM) {
            via = [chM.speaker];
            addSpeaker(chM.speaker);
          }
          if (ch < subjEnd) subjEnd = ch;
        }
        if (subjEnd > subjStart && startsWithPrep(tokens[subjStart]!)) continue;
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
    // a sentence with no speaker of its own but "بحسب X" / "وفق X" inside: X is the source (of the
    // words before the marker, when a later statement already has a speaker)
    const firstSeg =
      segments.length && segments[segments.length - 1]!.start >= s.start
        ? segments
            .slice(segmentsBefore) // segments of earlier sentences lie before s (a filter of all was quadratic)
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
          if (!speakerSet.has(m)) addSpeaker(m);
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

  function relayAt(toks: Token[], i: number, end: number) {
    const t0 = toks[i];
    if (!t0?.word) return null;
    let first = false;
    for (const f of bareForms(t0.norm)) if (relayFirst.has(f)) first = true;
    if (!first) return null;
    for (const r of lx.relays) {
      let j = i,
        k = 0;
      while (k < r.words.length && j < end) {
        const tk = toks[j]!;
        if (!tk.word) {
          if (k === 0) break;
          j++;
          continue;
        }
        const w = k === 0 ? (bareForms(tk.norm).find((f) => f === r.words[0]) ?? tk.norm) : tk.norm;
        const want = r.words[k]!;
        if (w === want) {
          k++;
          j++;
        } else if (k === r.words.length - 1 && want === 'ل' && w.startsWith('ل')) {
          k++;
          if (w.length <= 1) j++;
        } // وفقا لـ X / وفقا للبيان: the name starts in the glued word
        else if (
          k === 0 &&
          w.startsWith(want) &&
          want.length >= 3 &&
          /^(ل|لـ)?$/.test(w.slice(want.length))
        ) {
          k++;
          j++;
        } else break;
      }
      if (k === r.words.length) return { role: r.role, next: j };
    }
    return null;
  }
}

/** The noun phrase before a relative pronoun at `rel` (بيان للمتحدث باسم …، نيد برايس، الذي قال). */
function antecedent(
  doc: string,
  text: string,
  tokens: Token[],
  rel: number,
  a: number,
  mentions: Mention[],
): Mention | null {
  let e = rel;
  while (e > a && !tokens[e - 1]!.word && !isQuoteTok(tokens[e - 1]!)) e--;
  let s = e,
    commas = 0;
  for (let i = e - 1; i >= a && e - i < 16; i--) {
    const t = tokens[i]!;
    if (!t.word) {
      if (/^[،,]$/.test(t.norm) && ++commas > 2) break;
      continue;
    }
    if (verbAt(t) || /^(في|من|عن|علي|خلال|بيان|بيانا|تصريح|تصريحات)$/.test(t.norm)) break;
    s = i;
    if (/^لل/.test(t.norm) || (/^ل/.test(t.norm) && i < e - 1)) break;
  }
  if (s >= e) return null;
  const sp = parseSpeaker(doc, text, tokens, s, e, mentions, null);
  return sp ? sp.speaker : null;
}

function roleKey(s: string): string {
  return looseKey(s)
    .split(' ')[0]!
    .replace(/^(و|ف)/, '')
    .replace(/(ه|يه)$/, '')
    .replace(/^ال/, '');
}

function remember(state: State, att: Attribution, gender: 'm' | 'f' | null) {
  const g = att.speaker?.gender ?? gender;
  if (g === 'm' || g === 'f') state.last[g] = att;
  else state.last.m = att;
  state.last.any = att;
  if (att.speaker?.title) state.byTitle.set(roleKey(att.speaker.title), att);
}

function verbSpan(text: string, tokens: Token[], a: number, b: number) {
  const start = tokens[a]!.start,
    end = tokens[b - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}

function findWord(tokens: Token[], a: number, b: number, w: string): number {
  for (let i = a; i < b; i++) if (tokens[i]!.norm === w) return i;
  return -1;
}

/** The complement of a reporting verb: إن/أن/:/a quote, within reach. */
function findComplement(
  tokens: Token[],
  from: number,
  end: number,
  v: VerbInfo,
): { at: number; subjectEnd: number } | null {
  const reach = Math.min(end, from + 28);
  let depth = 0;
  for (let i = from; i < reach; i++) {
    const t = tokens[i]!;
    if (!t.word) {
      if (t.norm === ':' || t.norm === '：') return { at: i + 1, subjectEnd: i };
      if (OPEN_Q.test(t.norm) && i === from && !shortQuotedName(tokens, i, end))
        return { at: i, subjectEnd: i };
      if (t.norm === '(') depth++;
      if (t.norm === ')') depth--;
      continue;
    }
    if (depth > 0) continue;
    if (COMPLEMENT.has(t.norm)) {
      let se = i;
      if (se > from && tokens[se - 1]!.norm === 'الي') se--; // أشار إلى أن
      return { at: i, subjectEnd: se };
    }
    if (v.lemma === 'تحدث' && t.norm === 'عن') return { at: i, subjectEnd: i };
    // أعلن X عن …، كشف X عن …، أعرب X عن …: "عن" opens the statement when the subject before it is short
    if (ABOUT_VERBS.has(v.lemma) && t.norm === 'عن' && i > from && wordsBetween(tokens, from, i) <= 10)
      return { at: i, subjectEnd: i };
    // another reporting verb before any complement: this one is not introducing speech
    const other = i > from ? verbAt(t) : null;
    if (other && !other.participle && (other.kind === 'say' || other.kind === 'continue')) {
      const nx = tokens[i + 1];
      if (nx && ((nx.word && COMPLEMENT.has(nx.norm)) || nx.norm === ':')) return null;
    }
  }
  return null;
}

function wordsBetween(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (tokens[i]!.word) n++;
  return n;
}

/** Subject of a verb with no complement (أعلنت قسد السيطرة…، نفت القيادة العامة، الأنباء…): a lexicon
 *  mention right after the verb, or the words up to the first comma. */
function subjectWithoutComplement(tokens: Token[], mentions: Mention[], from: number, end: number): number {
  let i = from;
  while (i < end && !tokens[i]!.word && !ANY_Q.test(tokens[i]!.norm)) i++;
  if (i >= end) return from;
  const m = firstStartingIn(mentions, tokens[i]!.start, tokens[i]!.end + 1);
  if (m && (m.type === 'organization' || m.type === 'location' || m.type === 'person')) {
    let j = i;
    while (j < end && tokens[j]!.start < m.end) j++;
    while (j < end && isQuoteTok(tokens[j]!)) j++;
    // a parenthesised abbreviation: قوات سوريا الديمقراطية (قسد)
    if (tokens[j]?.norm === '(') {
      let k = j + 1;
      while (k < end && tokens[k]!.norm !== ')' && k - j < 5) k++;
      if (tokens[k]?.norm === ')') j = k + 1;
    }
    return j;
  }
  for (let j = i; j < Math.min(end, i + 9); j++) {
    if (tokens[j]!.word || !/^[،,]$/.test(tokens[j]!.norm)) continue;
    // an apposition names the person: "المتحدث باسم التحالف، العميد تركي المالكي، …"
    let k = j + 1;
    const ttl = titleAt(tokens, k, Math.min(end, k + 4));
    if (ttl) k = ttl.next;
    const nameStart = k;
    let names = 0;
    while (
      k < end &&
      names < 5 &&
      tokens[k]!.word &&
      (nameLike(tokens[k]!) || /^ال[\u0621-\u064A]{3,}$/.test(tokens[k]!.norm))
    ) {
      k++;
      names++;
    }
    if (names >= 1 && names <= 4 && k < end && !tokens[k]!.word && /^[،,]$/.test(tokens[k]!.norm)) {
      // a rank or honorific says it is a person; without one, no word of the name may end in a pronoun
      // as written ("جدد المتحدث …، التزام بلاده، …" names no one; a written ة is not a pronoun)
      if (ttl && (ttl.title.kind === 'rank' || ttl.title.kind === 'honorific')) return k;
      let pronoun = false;
      for (let x = nameStart; x < k; x++)
        if (/[\u0621-\u064A]{3,}(ه|ها|هم|هما)$/.test(rawText.slice(tokens[x]!.start, tokens[x]!.end)))
          pronoun = true;
      if (!pronoun) return k;
    }
    return j;
  }
  return from;
}

let docMentions: Mention[] = [];
const relayFirst = new Set<string>();
function mediaAfter(tokens: Token[], j: number): boolean {
  while (tokens[j] && !tokens[j]!.word) j++;
  const t = tokens[j];
  if (!t) return false;
  const m = firstStartingIn(docMentions, t.start, t.end);
  if (!m?.lexId) return !m;
  const kind = lexEntry(m.lexId)?.kind ?? '';
  return kind === 'media' || kind === 'news_agency';
}

/** Drop adverbials (في بيان، خلال مؤتمر صحفي، يوم الأحد) from the end of a subject phrase. */
function trimAdverbs(tokens: Token[], a: number, b: number): number {
  for (let i = a + 1; i < b; i++) {
    const w = tokens[i]!.norm;
    if (w === 'في' && tokens[i + 1] && ADVERB_AFTER_FI.test(tokens[i + 1]!.norm)) return cut(i);
    if (ADVERB.test(w)) return cut(i);
    if (w === 'من' && tokens[i + 1] && /^(مقره|مقرها|جهته|جهتها|ناحيته|ناحيتها)$/.test(tokens[i + 1]!.norm))
      return cut(i); // المرصد … من مقره في بريطانيا
    if (/^(ل|لـ)$/.test(w) && i > a + 1 && mediaAfter(tokens, i + 1)) return cut(i); // … لـ"الحل نت": the outlet spoken to
    if (TO_OUTLET.test(w) && i > a) return cut(i);
    if (
      w === 'الي' &&
      i > a &&
      !(
        tokens[i + 1] &&
        firstStartingIn(docMentions, tokens[i + 1]!.start, tokens[i + 1]!.end, (m) => m.type === 'location')
      )
    )
      return cut(i); // أشارت X إلى …
  }
  let e = b;
  while (
    e > a &&
    (TRAIL.has(tokens[e - 1]!.norm) || isOnPrep(tokens[e - 1]!) || !tokens[e - 1]!.word) &&
    !isQuoteTok(tokens[e - 1]!)
  )
    e--;
  return e;
  function cut(i: number) {
    let e = i;
    while (e > a && !tokens[e - 1]!.word && !isQuoteTok(tokens[e - 1]!)) e--;
    return e;
  }
}

/** End of the noun phrase after a relay marker: up to a comma, فإن/أن, or a verb. */
function nounPhraseEnd(tokens: Token[], from: number, end: number): { end: number } {
  for (let i = from; i < Math.min(end, from + 12); i++) {
    const t = tokens[i]!;
    if (!t.word && /^[،,.:;؛]$/.test(t.norm)) return { end: i };
    if (t.word && (COMPLEMENT.has(t.norm) || ADVERB.test(t.norm))) return { end: i };
  }
  return { end: Math.min(end, from + 6) };
}

/** "…، حسبما ذكرت وكالة X" / "…، وفق X" at the end of a statement: X relays it. */
function trailingRelay(tokens: Token[], from: number, end: number, mentions: Mention[]): Mention | null {
  for (let i = from; i < end; i++) {
    const w = tokens[i]!.norm;
    if (!/^(حسبما|بحسب|حسب|وفق|وفقا|نقلا)$/.test(w.replace(/^و/, ''))) continue;
    let j = i + 1;
    while (j < end && (/^(ما|عن|ل|لـ)$/.test(tokens[j]!.norm) || verbAt(tokens[j]!) || !tokens[j]!.word)) j++;
    const m = tokens[j]
      ? firstStartingIn(mentions, tokens[j]!.start, (tokens[Math.min(end - 1, j + 3)]?.end ?? 0) - 1)
      : undefined;
    if (m) return m;
  }
  return null;
}

/** A colon after at most eight words that opens a quote or a statement ("المرصد: مقتل 5"، "بيان للتحالف: "…""). */
function findColon(tokens: Token[], a: number, b: number): number {
  let words = 0;
  for (let i = a; i < b && words <= 8; i++) {
    const t = tokens[i]!;
    if (t.word) {
      words++;
      if (verbAt(t)) return -1;
      continue;
    }
    if (t.norm === ':') return words >= 1 && i + 1 < b ? i : -1;
  }
  return -1;
}

/** Where an object-only statement (أعلنت X السيطرة على Y، بعد 6 أيام …) gives way to the outlet's own
 *  narration: a comma followed by a time adverbial. */
function narrationBreak(tokens: Token[], from: number, end: number): number {
  for (let i = from; i + 1 < end; i++) {
    if (
      !tokens[i]!.word &&
      /^[،,]$/.test(tokens[i]!.norm) &&
      /^(بعد|قبل|منذ|وسط|اثر|عقب|وذلك|في حين|فيما|بينما)$/.test(tokens[i + 1]!.norm)
    )
      return i;
  }
  return -1;
}

/** Offsets of "after" denials (غير صحيحة، عار عن الصحة). */
let denialFirst: Set<string> | null = null;
function denialAfter(tokens: Token[]): number[] {
  const out: number[] = [];
  const lx = lexicons();
  denialFirst ??= new Set(lx.denials.filter((d) => d.scope === 'after').map((d) => d.words[0]!));
  for (let i = 0; i < tokens.length; i++) {
    if (!denialFirst.has(tokens[i]!.norm)) continue;
    for (const d of lx.denials) {
      if (d.scope !== 'after') continue;
      let k = 0,
        j = i;
      while (k < d.words.length && j < tokens.length && tokens[j]!.norm === d.words[k]) {
        k++;
        j++;
      }
      if (k === d.words.length) out.push(tokens[i]!.start);
    }
  }
  return out;
}

/** Record the statement starting at token `from`: a direct quote when it opens with a quote mark
 *  (it may run past the sentence), else an indirect one to the end of the sentence. Returns the
 *  token index where it ends. */
function pushSegment(
  segments: AttrSegment[],
  quotes: Quote[],
  doc: string,
  text: string,
  tokens: Token[],
  from: number,
  b: number,
  sentEnd: number,
  att: Attribution,
): number {
  let i = from;
  while (i < b && tokens[i]!.word && COMPLEMENT.has(tokens[i]!.norm)) i++;
  const startTok = tokens[from];
  if (!startTok) return b;
  const qi =
    i < b && OPEN_Q.test(tokens[i]!.norm) && !tokens[i]!.word && !shortQuotedName(tokens, i, b) ? i : -1;
  if (qi >= 0) {
    const close = closingQuote(text, tokens[qi]!.end);
    if (close > 0) {
      const start = tokens[qi]!.start;
      const end = close + 1;
      segments.push({ start, end, attribution: att, direct: true });
      quotes.push({ doc, start, end, direct: true, attribution: att });
      // the rest of the sentence after the quote (… مرجحا "…") is handled by the caller
      let k = qi;
      while (k < tokens.length && tokens[k]!.start < end) k++;
      if (end < sentEnd) {
        segments.push({ start: end, end: sentEnd, attribution: att, direct: false });
      }
      return Math.min(k, b);
    }
  }
  const start = startTok.start;
  segments.push({ start, end: sentEnd, attribution: att, direct: false });
  quotes.push({ doc, start, end: sentEnd, direct: false, attribution: att });
  return b;
}

/** Position of the quote mark that closes a quote opened just before `from`: the first closing mark
 *  that is not the end of a short quoted name (“داعش”), within the paragraph or the next ones. */
function closingQuote(text: string, from: number): number {
  const limit = Math.min(text.length, from + 3000);
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (!ANY_Q.test(c)) continue;
    // a short quoted name inside the quote: “…“داعش”…” — skip the pair
    const rest = text.slice(i + 1, i + 40);
    const m = /^([^"“”«»″\n.،]{1,30})["”»″]/.exec(rest);
    const before = text[i - 1] ?? ' ';
    if (m && m[1]!.trim().split(/\s+/).length <= 3 && /[\s(لبـ]/.test(before)) {
      i += m[0].length;
      continue;
    }
    return i;
  }
  return -1;
}

export { verbAt };
