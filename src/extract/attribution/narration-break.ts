// Where a statement's words give way to the outlet's narration inside its sentence: a second report joined
// with و, a comma before a narration opener, a reporting verb negated and joined with و.

import { lexicons, theWord, wordSet } from '../../lexicon/index.js';
import type { Token } from '../../types.js';
import { ASIDE_VERB } from '../speakers/index.js';
import { mayOpenRelay, relayAt } from './relays.js';
import {
  COMPLEMENT,
  CONTRAST_OPENING,
  isCommaTok,
  isQuoteTok,
  opensSpeech,
  pointsBack,
  verbAt,
} from './words.js';

const ABOUT_WORD = theWord('rule-words', 'about');
const NARRATION_OPENER = wordSet('attribution-words', 'narration_opener');
const OPENING_CONJUNCTION = wordSet('attribution-words', 'opening_conjunction');

/** Where a statement's words give way to the outlet's own narration, or -1: at a reporting verb negated and
 *  joined with و outside quote marks (قال X إن "…" ولم يشر البيان إلى …: what follows was not said); and for
 *  an object-only statement (`objectOnly`: أعلنت X السيطرة على Y، بعد 6 أيام …) also at a second report
 *  joined with و or a comma before a narration opener. */
export function narrationBreak(tokens: Token[], from: number, end: number, objectOnly: boolean): number {
  let marks = 0;
  for (let i = from; i + 1 < end; i++) {
    // a second report joined with و (… ونقلت وكالة X عن Y …، … وقال الوزير …) has its own speaker
    if (objectOnly && i > from && secondReport(tokens, i, end)) return i;
    if (isQuoteTok(tokens[i]!)) {
      marks++;
      continue;
    }
    // (a narration opener or a contrast: أعلنت السلطات تحرير المحافظة، إلا أن التنظيم عاود …)
    const next = tokens[i + 1]!.norm;
    if (objectOnly && isCommaTok(tokens[i]) && (NARRATION_OPENER.has(next) || CONTRAST_OPENING.has(next)))
      return i;
    if (i > from && marks % 2 === 0 && negatedReport(tokens, i)) return i;
    // a comma, then what someone says of all that (…، وهو ما نفاه الجيش): a statement of its own
    if (i > from && marks % 2 === 0 && isCommaTok(tokens[i]) && pointingBackAfter(tokens, i + 1, end))
      return i;
    // a comma, then a report of its own (أعلنت X فتح تحقيق، ذكرت صحيفة Y بأنه …): the second has its speaker
    if (i > from && marks % 2 === 0 && isCommaTok(tokens[i]) && report(tokens, i + 1, end, false)) return i;
    // a comma, then a denial whose subject comes first (…، لكن طهران تنفي، وواشنطن تنفي ذلك)
    if (i > from && marks % 2 === 0 && isCommaTok(tokens[i]) && denialFirst(tokens, i + 1, end)) return i;
    // a statement with its complement ends where another report begins outside quote marks (قال X إن …،
    // وقال Y إن …؛ … فيما قال Y إن …): the second has its own speaker
    if (!objectOnly && i > from && marks % 2 === 0) {
      if (contrastReport(tokens, i, end)) return i;
      if (sourceAfterOpener(tokens, i, end) >= 0) return i;
      // (the comma before the second report is the narration's, not the statement's)
      if (secondReport(tokens, i, end)) return isCommaTok(tokens[i - 1]) && i - 1 > from ? i - 1 : i;
    }
  }
  return -1;
}

/** From token k: an optional contrast (لكن), then a subject of one or two words (with و on the first), then
 *  a verb of denial (…، لكن طهران تنفي). */
function denialFirst(tokens: Token[], k: number, end: number): boolean {
  // (after لكن, or with و on the subject: not رغم نفي مسؤولين …)
  if (CONTRAST_OPENING.has(tokens[k]?.norm ?? '')) k++;
  else if (!/^و/.test(tokens[k]?.norm ?? '')) return false;
  const first = k;
  for (let words = 0; k < end && words <= 2; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    const v = k > first ? verbAt(t) : null;
    if (v) return v.stance === 'denies' && !v.participle;
    words++;
  }
  return false;
}

/** Within three words from token k, a reporting verb that points back at the clause before (وهو ما نفاه). */
function pointingBackAfter(tokens: Token[], k: number, end: number): boolean {
  for (let j = k; j < Math.min(end, k + 3); j++) if (tokens[j]!.word && pointsBack(tokens[j]!)) return true;
  return false;
}

const IN_WORD = theWord('rule-words', 'in');
const WHILE_NOUN = theWord('rule-words', 'while_noun');

/** Token i is a comma, then a narration opener (فيما، بينما) whose clause ends with the source it has
 *  from, after a comma (…، فيما لا يزال 124 شخصا في المستشفى، بحسب وزير الصحة): that clause is the
 *  source's, not the statement's. The relay marker's token, or -1. */
export function sourceAfterOpener(tokens: Token[], i: number, end: number): number {
  // (a conjunction that opens a clause of its own, not a time adverbial: …، بعد … بحسب X is the whole
  // statement's source)
  const opener = tokens[i + 1]?.norm ?? '';
  if (!isCommaTok(tokens[i]) || !NARRATION_OPENER.has(opener) || !OPENING_CONJUNCTION.has(opener)) return -1;
  for (let k = i + 3; k < end; k++) {
    if (isQuoteTok(tokens[k]!)) return -1;
    if (isCommaTok(tokens[k - 1]) && mayOpenRelay(tokens[k]!) && relayAt(tokens, k, end)?.role === 'source')
      return k;
  }
  return -1;
}

/** Token i is a comma, then a narration opener (فيما، بينما، في حين) or a contrast (لكن), then a report of
 *  its own. */
function contrastReport(tokens: Token[], i: number, end: number): boolean {
  if (!isCommaTok(tokens[i])) return false;
  let k = i + 1;
  if (tokens[k]?.norm === IN_WORD && tokens[k + 1]?.norm === WHILE_NOUN) k += 2;
  else if (NARRATION_OPENER.has(tokens[k]?.norm ?? '')) k++;
  else if (CONTRAST_OPENING.has((tokens[k]?.norm ?? '').replace(/^و(?=..)/, ''))) {
    // a contrast, then a subject of one or two words and its report (…، ولكن موسكو تقول إنها …)
    for (let n = 1; n <= 3 && k + n < end; n++) if (report(tokens, k + n, end, false)) return true;
    return false;
  } else return false;
  return k < end && report(tokens, k, end, false);
}

const NOT_PAST = wordSet('rule-words', 'not_past');
/** A clause about the source (طلب عدم ذكر اسمه) and how many words it has at most. */
const ASIDE_WORDS = 4;
/** Token i is و with a negation (ولم، ولن) and a reporting verb, not a participle, follows it; after لم a
 *  hollow verb loses its long vowel (يشير → لم يشر، يقول → لم يقل), so that form is read too. */
function negatedReport(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (!t.word || t.norm.length < 3 || t.norm[0] !== 'و' || !NOT_PAST.has(t.norm.slice(1))) return false;
  const next = tokens[i + 1];
  if (!next?.word) return false;
  const v = verbAt(next);
  if (v) return !v.participle;
  const w = next.norm;
  if (w.length !== 3) return false;
  const verbs = lexicons().verbs;
  const full = verbs.get(`${w.slice(0, 2)}ي${w[2]}`) ?? verbs.get(`${w.slice(0, 2)}و${w[2]}`);
  return !!full && !full.participle;
}

/** A reporting verb joined with و at token i that opens a report of its own: a relay with its source
 *  (ونقلت وكالة X عن Y), or a verb with its complement, within eight words (وقال الوزير إن). */
function secondReport(tokens: Token[], i: number, end: number): boolean {
  return report(tokens, i, end, true);
}

/** Token i is a reporting verb (with و when `joined`) with its source or complement after it. */
function report(tokens: Token[], i: number, end: number, joined: boolean): boolean {
  const t = tokens[i]!;
  const v = t.word && (!joined || t.norm.startsWith('و')) ? verbAt(t) : null;
  if (!v || v.participle) return false;
  // within eight words (a quoted name's marks and a comma are not counted: قال مصدر لـ«X»، إن; nor a
  // source's wish not to be named: أكد مسؤول أمني طلب عدم نشر اسمه لوكالة X أن)
  let aside = 0;
  for (let k = i + 1, words = 0; k < Math.min(end, i + 21) && words < 8; k++) {
    const w = tokens[k]!;
    if (w.word && ASIDE_VERB.has(w.norm)) aside = ASIDE_WORDS;
    if (w.word && aside > 0) aside--;
    else if (w.word) words++;
    if (v.kind === 'relay' ? w.norm === ABOUT_WORD : w.word ? COMPLEMENT.has(w.norm) : w.norm === ':')
      return true;
    // an announcement of something, joined with و after a comma (…، وأعلنت المحكمة عن تشكيل هيئة)
    if (joined && v.kind === 'announce' && w.norm === ABOUT_WORD && isCommaTok(tokens[i - 1])) return true;
    // an appeal with what it calls for, after a contrast or a comma (بينما دعا مجلس الأمن إلى …); not one
    // joined with و, whose object too often reads as a subject (ويحث الدول الأعضاء على …)
    if (!joined && !t.norm.startsWith('و') && v.kind === 'appeal' && w.word && opensSpeech(v.lemma, w))
      return true;
  }
  return false;
}
