// Where the source named after a relay marker ends (بحسب X، وفق X فإن …): the noun phrase after the marker.

import { relativePronouns, speakerPronouns, wordSet } from '../../lexicon/index.js';
import type { Token } from '../../types.js';
import { definiteKindHeads } from '../descriptions.js';
import { ASIDE_VERB, isDocumentNoun } from '../speakers/index.js';
import { isToPress, occasionAt, PLACE_ADVERB } from './speaker-end.js';
import { ADVERB, ANY_Q, COMPLEMENT, KANA, MASDAR_BEFORE, TO_OUTLET } from './words.js';

const SO_ALREADY = wordSet('rule-words', 'so_already');
const PASSIVE_AUX = wordSet('attribution-words', 'passive_aux');
const DEFINITE_SOURCE = wordSet('attribution-words', 'definite_source');
const PREPOSITION = wordSet('attribution-words', 'phrase_preposition');

/** How far a source's phrase reaches with no boundary found (tokens). */
const PLAIN_REACH = 6;

/** End of the noun phrase after a relay marker: up to a comma, فإن/أن, or a verb. */
export function nounPhraseEnd(tokens: Token[], from: number, end: number): { end: number } {
  let marks = 0; // quote marks passed: an even count before a mark makes it an opening one
  for (let i = from; i < Math.min(end, from + 12); i++) {
    const t = tokens[i]!;
    if (!t.word && /^[،,.:;؛]$/.test(t.norm)) return { end: i };
    if (!t.word && i > from && /^[-–—]$/.test(t.norm)) return { end: i }; // بحسب ناشطين - لمقتل …
    // a quotation of five words or more opens what is said (وجاء في بيان للتنظيم "نفذ جنود الخلافة …"), not
    // a quoted name (وفق وكالة "فارس")
    if (!t.word && ANY_Q.test(t.norm)) {
      // (no further than a source without a boundary reaches: وحسب الفرنسي ليو (20 عاما) أتاحت هذه الإجابة "…")
      if (i > from && marks % 2 === 0 && quotedWords(tokens, i, end) >= QUOTATION_WORDS)
        return { end: Math.min(i, from + PLAIN_REACH) };
      marks++;
    }
    // بحسب خبير فضل عدم ذكر اسمه (فضل alone may be a name)
    if (t.word && i > from && ASIDE_VERB.has(t.norm) && MASDAR_BEFORE.has(tokens[i + 1]?.norm ?? ''))
      return { end: i };
    // فوفق المصدر | وجه …، وفق المرصد | قبو مدرسة: a word without the article does not continue a definite
    // source or body's kind (but ذاته، نفسه)
    if (
      i === from + 1 &&
      t.word &&
      (DEFINITE_SOURCE.has(tokens[from]!.norm) || definiteKindHeads().has(tokens[from]!.norm)) &&
      !PREPOSITION.has(t.norm) &&
      !/^(ال|[لبف])/.test(t.norm) &&
      !speakerPronouns('subject').has(t.norm)
    )
      return { end: i };
    if (t.word && (COMPLEMENT.has(t.norm) || ADVERB.test(t.norm) || PLACE_ADVERB.has(t.norm)))
      return { end: i };
    if (t.word && i > from && TO_OUTLET.test(t.norm)) return { end: i }; // وفق ما قال X لوكالة Y: Y is told
    if (i > from && isToPress(t)) return { end: i }; // بحسب ما أعلن X للصحافيين
    if (i > from && occasionAt(tokens, i)) return { end: i }; // وفق ما أعلنت X في بيان
    if (t.word && i > from && SO_ALREADY.has(t.norm)) return { end: i }; // وفقا لـX فقد قتل …
    if (t.word && i > from && KANA.test(t.norm)) return { end: i }; // بحسب مسؤول كانت الطائرة تحمل
    // بحسب الوزارة جرى مسح …: a passive clause opens what is told
    if (t.word && i > from && PASSIVE_AUX.has(t.norm.replace(/^[وف](?=..)/, ''))) return { end: i };
    // وفق ما أفاد المرصد الذي أشار إلى …: a relative clause says what else the source did (not after a
    // document's noun, whose clause names its source: حسب الأرقام التي أكدها المرصد)
    if (t.word && i > from && relativePronouns().has(t.norm) && !isDocumentNoun(tokens[from]!, true))
      return { end: i };
  }
  return { end: Math.min(end, from + PLAIN_REACH) };
}

/** How many words a quotation has at least, where a quoted name has fewer ("سكاي نيوز عربية"، "المرصد السوري
 *  لحقوق الإنسان"). */
const QUOTATION_WORDS = 5;

/** The words inside the quotation that opens at token q (up to its closing mark, or the first twelve). */
function quotedWords(tokens: Token[], q: number, end: number): number {
  let words = 0;
  for (let k = q + 1; k < end && k < q + 25 && words < 12; k++) {
    const t = tokens[k]!;
    if (!t.word && ANY_Q.test(t.norm)) break;
    if (t.word) words++;
  }
  return words;
}
