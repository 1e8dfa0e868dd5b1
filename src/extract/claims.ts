// Figures: every count about the story, with what it counts (measure), who is counted (group), its
// interval, its stance and its isnad. The measure comes from cue words around the number (lexicons/
// measures.tsv): the strongest cue wins, then the nearest.

import { lexicons, type MeasureCue } from '../lexicon/index.js';
import { stems } from '../text/clitics.js';
import { normalize } from '../text/normalize.js';
import { tokenStems } from '../text/tokens.js';
import type { Claim, Measure, NumberMention, Sentence, Token } from '../types.js';
import type { AttrSegment } from './attribution/index.js';
import { NONE, segmentAt } from './attribution/statement-at.js';
import { breakdownEnd, countedNounFollows } from './count-context.js';
import { oneOfMany, ordinalDays } from './counts-without-numbers.js';

const LINK = /^(منهم|منهن|بينهم|بينهن|وبينهم|ومنهم|و|بالاضافه|اضافه|فضلا|علاوه|بما|فيهم|بمن)$/;
const BOUNDARY = /^[.؛;!?؟]$/;
const COMMA = /^[،,]$/;
const AGE_BEFORE = /(يبلغ|تبلغ|البالغ|البالغة|بلغ|سن|عمر|عمره|عمرها|ناهز|يناهز|في)\s*$/;
const CONTAINS = new Set(['يضم', 'تضم', 'يحوي', 'تحوي', 'يؤوي', 'تؤوي']);
const CUSTODY_OR_CAMP = /سجن|السجن|سجون|معتقل|احتجاز|زنزان|مخيم|معسكر/;
const YEARS = /^\s*(عام|عاما|عامًا|أعوام|اعوام|سنة|سنوات|سنين|عامين|سنتين)(?![\u0621-\u064A])/;
const CUSTODY = /سجن|السجن|سجون|معتقل|احتجاز|زنزان|حراس/;
const PEOPLE = new Set<Measure>([
  'killed',
  'injured',
  'held',
  'escaped',
  'arrested',
  'surrendered',
  'missing',
  'hostages',
  'combatants',
  'displaced',
]);
const RELATIVE = /^(ممن|الذين|الذي|التي|اللذين|اللواتي|اللاتي|ممن)$/;

interface Hit {
  cue: MeasureCue;
  score: number;
  start: number;
  end: number;
}

/** Match measure cues starting at token i (any stem of the token may start the cue). */
function cuesAt(tokens: Token[], i: number, limit: number): { cue: MeasureCue; end: number }[] {
  const lx = lexicons();
  const t = tokens[i]!;
  if (!t.word) return [];
  const out: { cue: MeasureCue; end: number }[] = [];
  const forms = [...tokenStems(t)];
  if (t.norm.length === 3 && /^[وف]/.test(t.norm)) forms.push(t.norm.slice(1)); // وفر، فقد
  for (const st of forms) {
    for (const c of lx.cues.get(st) ?? []) {
      let j = i + 1,
        k = 1;
      while (k < c.words.length && j < limit) {
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
      if (k === c.words.length) out.push({ cue: c, end: j });
    }
    for (const c of lx.prefixCues) {
      if (st.startsWith(c.words[0]!) && st.length - c.words[0]!.length <= 4) out.push({ cue: c, end: i + 1 });
    }
  }
  return out;
}

export function extractClaims(
  doc: string,
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  numbers: NumberMention[],
  segments: AttrSegment[],
): Claim[] {
  const lx = lexicons();
  const claims: Claim[] = [];
  const tokIndex = (pos: number) => {
    let lo = 0,
      hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sentenceOf = (pos: number) => {
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
  const counts = numbers.filter((n) => !n.notCount);
  const extra: NumberMention[] = ordinalDays(tokens, sentences);
  const ones = new Set(oneOfMany(tokens, sentences));
  const all = [...counts, ...extra, ...ones].sort((a, b) => a.start - b.start);

  let prev: { claim: Claim; sentence: Sentence; endTok: number } | null = null;
  let at = -1; // index of n in `all`
  for (const n of all) {
    at++;
    const s = sentenceOf(n.numStart);
    if (!s) continue; // furniture or outside any sentence
    if (YEARS.test(text.slice(n.end, n.end + 8))) continue; // "قبل 17 عاما", "(16 سنة)": a time or an age, not a count
    if (
      n.form === 'words' &&
      text.startsWith('ال', n.numStart) &&
      AGE_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start))
    )
      continue; // يبلغ الثمانين
    const first = tokIndex(n.start);
    const lastTok = tokIndex(Math.max(n.start, n.end - 1));
    const sFirst = tokIndex(s.start),
      sLast = tokIndex(Math.max(s.start, s.end - 1));
    const hits: Hit[] = [];
    // the last count (in `all`) ending before n; `all` is sorted by start, so it lies before n
    // (a reversed copy of `all` searched for each number was quadratic)
    let prevCount: NumberMention | undefined;
    for (let k = at - 1; k >= 0 && !prevCount; k--) if (all[k]!.end <= n.start) prevCount = all[k];
    // left window: up to 6 words before the phrase, not past a comma or the previous count
    let words = 0;
    for (let i = first - 1; i >= sFirst && words < 6; i--) {
      const t = tokens[i]!;
      if (prevCount && t.end <= prevCount.end) break;
      if (!t.word) {
        if (BOUNDARY.test(t.norm) || COMMA.test(t.norm)) break;
        continue;
      }
      words++;
      for (const { cue, end } of cuesAt(tokens, i, first)) {
        if (cue.where === 'right' || (cue.kind !== 'verb' && words > 3)) continue;
        // a verb before the number governs it (قتل 5، اعتقلت أكثر من 100)
        const govern = cue.kind === 'verb' && (cue.where === 'left' || words === 1) ? 1 : 0;
        hits.push({
          cue,
          score: cue.weight + govern - 0.35 * words,
          start: t.start,
          end: tokens[end - 1]!.end,
        });
      }
    }
    // right window: up to 14 words after, not past another count; nouns and units only close by
    words = 0;
    let nextCount: NumberMention | undefined; // the first count starting after n (sorted: after it in `all`)
    let nextAt = at + 1;
    for (; nextAt < all.length && !nextCount; nextAt++)
      if (all[nextAt]!.start >= n.end) nextCount = all[nextAt];
    let afterRelative = -9;
    for (let i = lastTok + 1; i <= sLast && words < 16; i++) {
      const t = tokens[i]!;
      if (nextCount && t.start >= nextCount.start) {
        // a breakdown between commas (9 أشخاص، بينهم 6 أطفال، لقوا حتفهم): the verb after it is the number's too
        const after = breakdownEnd(tokens, i, sLast);
        if (after < 0) break;
        nextCount = undefined;
        for (; nextAt < all.length && !nextCount; nextAt++)
          if (all[nextAt]!.start >= tokens[after - 1]!.end) nextCount = all[nextAt];
        i = after - 1;
        continue;
      }
      if (!t.word) {
        if (BOUNDARY.test(t.norm)) break;
        continue;
      }
      words++;
      if (RELATIVE.test(t.norm)) afterRelative = words;
      for (const { cue, end } of cuesAt(tokens, i, sLast + 1)) {
        if (cue.where === 'left') continue;
        if (cue.kind !== 'verb' && words > (cue.kind === 'unit' ? 1 : 3)) continue;
        let score = cue.weight - 0.15 * words;
        if (cue.kind === 'noun' && (words === 1 || (words === 2 && tokens[lastTok + 1]?.norm === 'من')))
          score += 0.5; // the counted noun itself
        if (cue.kind === 'verb' && words - afterRelative <= 2 && words > afterRelative) score -= 1.5; // a relative clause describes the noun
        if (cue.kind === 'verb' && /^و/.test(t.norm) && !/^و/.test(cue.words[0]!)) score -= 1; // وأصيب …: a new clause
        hits.push({ cue, score, start: t.start, end: tokens[end - 1]!.end });
      }
    }
    // a dual noun is its own cue (سيارتين ملغمتين، يومين، انتحاريين): words around it count other things
    if (n.form === 'dual') {
      for (let h = hits.length - 1; h >= 0; h--) {
        const hit = hits[h]!;
        const adjacentRight = hit.start >= n.end && hit.start - n.end <= 2 && hit.cue.kind === 'noun';
        const adjacentVerb = hit.end <= n.start && n.start - hit.end <= 2 && hit.cue.kind === 'verb'; // فجرا شاحنتين
        if (!adjacentRight && !adjacentVerb) hits.splice(h, 1);
      }
      if (n.noun)
        for (const c of (lexicons().cues.get(n.noun) ?? []).filter((x) => x.words.length === 1))
          hits.push({ cue: c, score: c.weight + 0.5, start: n.numStart, end: n.numEnd });
      for (const { cue, end } of cuesAt(tokens, first, lastTok + 1))
        hits.push({ cue, score: cue.weight + 0.5, start: n.numStart, end: tokens[end - 1]!.end });
    }
    if (extra.includes(n))
      hits.push({
        cue: { measure: 'duration', words: ['يوم'], prefix: false, where: 'any', weight: 5, kind: 'unit' },
        score: 5,
        start: n.start,
        end: n.end,
      });
    hits.sort((a, b) => b.score - a.score);
    let best: Hit | undefined = hits[0];
    let measure: Measure | null = best ? best.cue.measure : null;
    if (best && best.score <= 0.5) {
      measure = null;
      best = undefined;
    }
    // noun class adjusts the measure: civilians who flee are displaced
    const noun = n.noun ?? nounAfter(tokens, lastTok + 1, sLast);
    const cls = noun
      ? (stems(noun)
          .map((w) => lx.nounClass(w))
          .find((c) => c) ?? null)
      : null;
    // people who flee are displaced, unless they flee custody (a prison, a camp of detainees)
    if (
      measure === 'escaped' &&
      (cls === 'civilian' ||
        (cls === 'person' && !CUSTODY.test(text.slice(n.end, Math.min(s.end, n.end + 100)))))
    )
      measure = 'displaced';
    if (
      measure === 'held' &&
      best &&
      CONTAINS.has(best.cue.words[0]!) &&
      !CUSTODY_OR_CAMP.test(text.slice(s.start, s.end))
    )
      measure = null;
    // a count of places or buildings is no count of people
    if (cls === 'place' && measure && PEOPLE.has(measure)) measure = null;
    if (measure && PEOPLE.has(measure) && (n.low ?? 0) >= 1e8) measure = null; // billions are money, not people
    const linkedPrev = prev && prev.sentence === s && linked(tokens, prev.endTok, first);
    const breakdown = !!(linkedPrev && prev && directLink(tokens, first));
    if (breakdown)
      measure = prev!.claim.measure; // بينهم 8 صحفيين
    else if (
      linkedPrev &&
      prev &&
      listItem(tokens, prev.endTok, first) &&
      !(best && best.cue.kind === 'noun' && best.start >= n.end && best.start - n.end <= 12)
    )
      measure = prev.claim.measure; // 14 طفلا و9 نساء و53 شابا (but 15 قتيلا و34 جريحا)
    if (!measure && linkedPrev && prev) measure = prev.claim.measure;
    if (!measure && countedNounFollows(tokens, n, lastTok + 1, sLast)) measure = 'other';
    if (!measure) continue;
    // "one of" counts only right after what befell it (استشهد أحد أفراد، إصابة أحد المحتجين)
    if (ones.has(n) && (measure === 'other' || !best || best.end > n.start)) continue;
    let { low, high } = n;
    if (measure === 'duration' && best) {
      const u = normalize(best.cue.words[0]!);
      const mult = /^(اسبوع|اسابيع|اسبوعين|اسبوعان)$/.test(u)
        ? 7
        : /^(شهر|اشهر|شهور|شهرين)$/.test(u)
          ? 30
          : 1;
      if (mult !== 1) {
        low = low === null ? null : low * mult;
        high = high === null ? null : high * mult;
      }
    }
    const seg = segmentAt(segments, n.numStart);
    const attribution = seg ? seg.attribution : NONE;
    // inside a statement its stance decides; in narration a denial word earlier in the sentence does
    const stance = seg ? attribution.stance : deniedBefore(tokens, sFirst, first) ? 'denies' : 'asserts';
    const start = Math.min(n.start, best?.start ?? n.start);
    const end = Math.max(n.end, best?.end ?? n.end);
    const claim: Claim = {
      doc,
      start,
      end: end - start > 600 ? n.end : end,
      measure,
      group: groupText(text, tokens, lastTok + 1, sLast),
      value: { low, high, qualifier: n.qualifier },
      number: n,
      stance,
      attribution,
      cue: best ? { start: best.start, end: best.end, text: text.slice(best.start, best.end) } : null,
      partOf: breakdown ? (prev!.claim.partOf ?? prev!.claim) : null,
    };
    claims.push(claim);
    prev = { claim, sentence: s, endTok: lastTok };
  }
  return claims;
}

/** The number is part of a list or breakdown of the figure before it: a link word (بينهم، و، بما في ذلك)
 *  stands within four words before it, and the previous figure is at most 25 words back. */
function linked(tokens: Token[], from: number, to: number): boolean {
  let words = 0,
    near = 0,
    found = false;
  for (let i = to - 1; i > from; i--) {
    const t = tokens[i]!;
    if (!t.word) continue;
    words++;
    if (words <= 4 && LINK.test(t.norm)) {
      found = true;
      near = words;
    }
  }
  return found && words <= 25 && near > 0;
}

/** The number follows the previous figure as the next item of a list: "و" right before it, and at most
 *  three words (the previous figure's noun) in between. */
function listItem(tokens: Token[], prevEnd: number, first: number): boolean {
  let words = 0;
  for (let i = prevEnd + 1; i < first; i++) {
    const t = tokens[i]!;
    if (!t.word) {
      if (/^[.؛;:]$/.test(t.norm)) return false;
      continue;
    }
    words++;
  }
  const before = tokens[first - 1];
  return words <= 3 && !!before && before.word && before.norm === 'و';
}

/** "بينهم / منهم / من بينهم" right before the number: a breakdown of the figure before it. */
function directLink(tokens: Token[], first: number): boolean {
  for (let i = first - 1, w = 0; i >= 0 && w < 2; i--) {
    const t = tokens[i]!;
    if (!t.word) continue;
    w++;
    if (/^(منهم|منهن|بينهم|بينهن|وبينهم|ومنهم)$/.test(t.norm)) return true;
  }
  return false;
}

function deniedBefore(tokens: Token[], from: number, to: number): boolean {
  const lx = lexicons();
  for (let i = from; i < to; i++) {
    const w = tokens[i]!.norm.replace(/^[وف]/, '');
    for (const d of lx.denials)
      if (
        d.scope === 'before' &&
        d.words.length === 1 &&
        (d.words[0] === w || d.words[0] === tokens[i]!.norm)
      )
        return true;
  }
  return false;
}

function nounAfter(tokens: Token[], from: number, last: number): string | null {
  for (let i = from; i <= last && i < from + 3; i++) {
    const t = tokens[i]!;
    if (!t.word) continue;
    if (t.norm === 'من') continue;
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
    if (n === 0 && t.norm === 'من') continue;
    if (start < 0) start = t.start;
    end = t.end;
    n++;
  }
  return start >= 0 ? text.slice(start, end) : null;
}
