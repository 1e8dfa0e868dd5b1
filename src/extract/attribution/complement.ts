// The complement of a reporting verb: where what it says starts (إن/أن, a colon, a quote, the verb's own
// preposition), and when a quote mark belongs to the subject instead.

import { oneOfWords, prepositionWords, theWord, type VerbInfo, wordSet } from '../../lexicon/index.js';
import type { Token } from '../../types.js';
import { titleAt } from '../speakers/words.js';
import { findWord, wordsBetween } from './phrases.js';
import { occasionAt } from './speaker-end.js';
import {
  ANY_Q,
  COMPLEMENT,
  CONTRAST_OPENING,
  isCommaTok,
  isRelativeWord,
  isRelayLead,
  OPEN_Q,
  opensSpeech,
  shortQuotedName,
  TRAIL,
  verbAt,
} from './words.js';

const TO_WORD = theWord('rule-words', 'to');
const NEGATION = oneOfWords('negation');
const ABOUT_WORD = theWord('rule-words', 'about');
const FROM_WORD = theWord('rule-words', 'from');
const NARRATION_OPENER = wordSet('attribution-words', 'narration_opener');
const AGENT_BY = theWord('rule-words', 'agent_by');

/** The verb's own preposition at token i is near enough: ten words after the verb, or fourteen when the
 *  commas between come in pairs (an apposition) and none opens the outlet's narration (a long role and
 *  name: طالب مدير مكتب X في محافظة Y، فلان، بالتحقيق; not أكد مصدر في X، عدم وصول … على …, nor أعلنت
 *  الحكومة الحداد …، غداة حادث أسفر عن …). */
function withinReach(tokens: Token[], from: number, i: number): boolean {
  const words = wordsBetween(tokens, from, i);
  if (words <= 10) return true;
  if (words > 14) return false;
  let commas = 0;
  for (let k = from; k < i; k++) {
    if (!isCommaTok(tokens[k])) continue;
    if (NARRATION_OPENER.has(tokens[k + 1]?.norm ?? '')) return false;
    commas++;
  }
  return commas % 2 === 0;
}

/** The complement of a reporting verb: إن/أن/:/a quote, within reach. `inName` tells a token inside a
 *  name that began before it. */
export function findComplement(
  tokens: Token[],
  from: number,
  end: number,
  v: VerbInfo,
  inName: (i: number) => boolean = () => false,
): { at: number; subjectEnd: number } | null {
  const reach = Math.min(end, from + 28);
  let depth = 0;
  // after a relay marker's first word (نقلا عن مديرين بشركة …) the verb's preposition is the source's
  let relayed = false;
  for (let i = from; i < reach; i++) {
    const t = tokens[i]!;
    // (the marker's phrase closes at a comma or a preposition standing alone: حسب نفس المصدر | إلى …)
    if (i > from && t.word && isRelayLead(tokens[i - 1]!.norm)) relayed = true;
    else if (isCommaTok(t) || prepositionWords().has(t.norm)) relayed = false;
    if (!t.word) {
      if (t.norm === ':' || t.norm === '：') return { at: i + 1, subjectEnd: i };
      // a quote right after the verb, or after its subject (قال X لوكالة Y "…"); a quoted name ("حماس")
      // is passed with its closing mark
      if (OPEN_Q.test(t.norm) && shortQuotedName(tokens, i, end)) {
        i++;
        while (i < reach && (tokens[i]!.word || !ANY_Q.test(tokens[i]!.norm))) i++;
        continue;
      }
      if (OPEN_Q.test(t.norm) && i === from) {
        // a quoted name right after the verb, the complement right after it (وقال «المرصد السوري» إن …):
        // the subject, not what is said
        const close = closingMarkAfter(tokens, i, reach);
        const named =
          close > i + 1 &&
          wordsBetween(tokens, i + 1, close) <= 5 &&
          !COMPLEMENT.has(tokens[i + 1]!.norm) &&
          tokens[close + 1]?.word &&
          COMPLEMENT.has(tokens[close + 1]!.norm);
        if (!named) return { at: i, subjectEnd: i };
        i = close;
        continue;
      }
      if (OPEN_Q.test(t.norm) && wordsBetween(tokens, from, i) <= quoteReach(tokens, from, i)) {
        const close = closingMarkAfter(tokens, i, reach);
        // a mark left open before the complement (أفادت قناة "X بأن "…"): read on word by word
        if (close > 0 && COMPLEMENT.has(tokens[close - 1]!.norm)) continue;
        // a quoted name in the subject, the complement after it (المتحدث باسم "…" إن): pass the quote;
        // not a quote that opens with the complement (اعتبر X "أنها …" بعدما …)
        if (complementAfter(tokens, i, reach) && !COMPLEMENT.has(tokens[i + 1]?.norm ?? '')) {
          i = close;
          continue;
        }
        if (closedBefore(tokens, i, end)) return { at: i, subjectEnd: i };
      }
      if (t.norm === '(') depth++;
      if (t.norm === ')') depth--;
      continue;
    }
    if (depth > 0) continue;
    if (COMPLEMENT.has(t.norm)) {
      // (أن of a contrast, إلا أن، غير أن: a clause of the outlet's, no complement of this verb)
      if (i > from && CONTRAST_OPENING.has(tokens[i - 1]!.norm)) return null;
      let se = i;
      if (se > from && tokens[se - 1]!.norm === TO_WORD) se--; // أشار إلى أن
      return { at: i, subjectEnd: se };
    }
    // the verb's own preposition opens what it says when the subject before it is short (حذر X من …،
    // أعلن X عن …، أفاد X بمقتل …); not إلى before أن (أشار إلى أن: the complement follows)
    const beforeComplement = t.norm === TO_WORD && COMPLEMENT.has(tokens[i + 1]?.norm ?? '');
    // (a word that only begins with the letter of the preposition, right before أن, is the subject's last:
    // الناطق … ماركو بيلوتي أن)
    const nameBeforeComplement =
      t.norm.length > 3 && COMPLEMENT.has(tokens[i + 1]?.norm ?? '') && tokens[i + 1]!.word;
    // (nor a word right after a preposition: السلطات في بوركينا فاسو أن; nor after a relay marker, نقلا عن)
    const afterPreposition = (i > from && TRAIL.has(tokens[i - 1]!.norm)) || relayed;
    // (nor a word inside a name that began before it: الرئيس محمد بخاري، بسحق …; nor a glued word after a
    // role in construct, رئيس بلدية X: a word of the role's body, not what is said)
    // (nor من قبل, "by" after a passive: حذر X من تهديد … من قبل مستخدم)
    const agent = t.norm === FROM_WORD && tokens[i + 1]?.norm === AGENT_BY;
    if (
      opensSpeech(v.lemma, t) &&
      !agent &&
      !afterPreposition &&
      !inName(i) &&
      !(t.norm.length > 3 && afterRoleInConstruct(tokens, from, i)) &&
      !beforeComplement &&
      !nameBeforeComplement &&
      withinReach(tokens, from, i)
    )
      return { at: i, subjectEnd: i };
    // another reporting verb before any complement: this one is not introducing speech
    const other = i > from ? verbAt(t) : null;
    if (other && !other.participle && (other.kind === 'say' || other.kind === 'continue')) {
      const nx = tokens[i + 1];
      if (nx && ((nx.word && COMPLEMENT.has(nx.norm)) || nx.norm === ':')) return null;
      // (a relative clause's verb with its complement: أفاد المرصد الذي أشار إلى أن …)
      if (
        nx?.norm === TO_WORD &&
        COMPLEMENT.has(tokens[i + 2]?.norm ?? '') &&
        isRelativeWord(tokens[i - 1]?.norm ?? '')
      )
        return null;
      // a new clause with its own verb (أعلنت X فتح تحقيق، ذكرت صحيفة Y بأنه …): the complement is that verb's
      if (isCommaTok(tokens[i - 1]) && complementNoCommaBetween(tokens, i + 1, reach)) return null;
    }
    // a relay verb with its source (ونقلت وكالة X عن Y): the complement after it is that verb's
    if (
      other &&
      !other.participle &&
      other.kind === 'relay' &&
      findWord(tokens, i + 1, reach, ABOUT_WORD) > 0
    )
      return null;
  }
  return null;
}

/** How many words a quote may follow its verb by: ten, or sixteen when they hold an occasion and no other
 *  reporting verb (قال الوزير في بيان مشترك مع الشرطة "…"). */
function quoteReach(tokens: Token[], from: number, i: number): number {
  let occasion = false;
  for (let k = from; k < i; k++) {
    if (tokens[k]!.word && verbAt(tokens[k]!)) return 10; // (not past another verb: أكد X دعمه وقال Y في بيان "…")
    occasion ||= occasionAt(tokens, k);
  }
  return occasion ? 16 : 10;
}

/** Token i follows a role without the article (رئيس، وزير), in construct with it. */
function afterRoleInConstruct(tokens: Token[], from: number, i: number): boolean {
  const before = tokens[i - 1];
  if (i - 1 < from || !before?.word || before.norm.startsWith('ال')) return false;
  const role = titleAt(tokens, i - 1, i + 1);
  return role?.next === i && role.title.kind === 'role'; // (not an unnamed source: أفادت مصادر بسقوط …)
}

/** Tokens a quote may run on past its sentence (the sentence splitter cuts at "..", "؟" inside quotes). */
const QUOTE_REACH = 120;

/** The quote opened at token i closes before `end` (its sentence), or a little after it when the
 *  sentence ends inside the quote. */
function closedBefore(tokens: Token[], i: number, end: number): boolean {
  if (closingMarkAfter(tokens, i, end) > 0) return true;
  // a sentence cut inside the quote, at a mark quotes hold (".." "؟" "!"), may close in the next one
  const last = tokens[end - 1];
  if (!last || last.word) return false;
  const ellipsis = last.norm === '.' && tokens[end - 2]?.norm === '.';
  if (ellipsis || /^(…|؟|\?|!)$/.test(last.norm))
    return closingMarkAfter(tokens, end - 1, Math.min(tokens.length, end + QUOTE_REACH)) > 0;
  // a full stop inside the quote ("سمعنا طلقين. ورأينا أشخاصا يركضون"): the mark closes before the next
  // sentence ends
  return (
    last.norm === '.' &&
    opening(tokens, i) &&
    wordsBetween(tokens, i + 1, end - 1) >= 2 &&
    closingMarkAfter(tokens, end - 1, nextStop(tokens, end)) > 0
  );
}

/** The quote mark at token i opens (glued to the word after it, not to the word before: قال "نحن …),
 *  where a straight mark may close as well. */
function opening(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  return !!after?.word && after.start === tokens[i]!.end && !(before && before.end === tokens[i]!.start);
}

/** The index of the token that ends the sentence starting at `from` (a full stop, ؟ or !), or the end. */
function nextStop(tokens: Token[], from: number): number {
  const reach = Math.min(tokens.length, from + QUOTE_REACH);
  for (let k = from; k < reach; k++) if (!tokens[k]!.word && /^(\.|؟|\?|!)$/.test(tokens[k]!.norm)) return k;
  return reach;
}

/** The index of the first quote mark after token i, before `reach`, or -1. */
function closingMarkAfter(tokens: Token[], i: number, reach: number): number {
  for (let k = i + 1; k < reach; k++) if (!tokens[k]!.word && ANY_Q.test(tokens[k]!.norm)) return k;
  return -1;
}

/** A complement (أن، إن) or a colon after the quote opened at token i closes, before `reach`: the quote
 *  is then part of the subject (قال المتحدث باسم "…" إن …), not what is said. An أن inside the quote
 *  (قال X "كان بإمكاننا أن …") is part of what is said. */
function complementAfter(tokens: Token[], i: number, reach: number): boolean {
  const close = closingMarkAfter(tokens, i, reach);
  if (close < 0) return false;
  for (let k = close + 1; k < reach; k++) {
    const t = tokens[k]!;
    if (t.word ? COMPLEMENT.has(t.norm) : t.norm === ':') return true;
    // (the complement of a reporting verb after the quote is that verb's: قال X "…" مضيفا أن; not of a
    // relay's, which passes on the source of the verb before, nor of a negated verb that describes that
    // source: ذكرت قناة "X"، نقلا عن مصدر لم يذكر اسمه، أن)
    const v = verbAt(t);
    if (v && v.kind !== 'relay' && !NEGATION.has(tokens[k - 1]?.norm ?? '')) return false;
  }
  return false;
}

/** A complement within eight words of token `from`, with no comma before it (صحيفة X بأنه; not a clause
 *  about the speaker, تحدث شريطة عدم الكشف عن هويته، إن, whose complement is the verb's before it). */
function complementNoCommaBetween(tokens: Token[], from: number, end: number): boolean {
  for (let k = from, words = 0; k < end && words < 8; k++) {
    const t = tokens[k]!;
    if (isCommaTok(t)) return false;
    if (!t.word) continue;
    if (COMPLEMENT.has(t.norm)) return true;
    words++;
  }
  return false;
}
