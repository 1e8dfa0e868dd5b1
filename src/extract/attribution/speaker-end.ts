// Where a speaker's phrase ends: adverbials, occasions, whom it spoke to, what it issued, where it posted.

import { alternation, lexEntry, loadTsv, relativePronouns, theWord, wordSet } from '../../lexicon/index.js';
import { normalize } from '../../text/normalize.js';
import type { Mention, Token } from '../../types.js';
import { orgNameHead } from '../descriptions.js';
import { firstStartingIn } from '../sorted-spans.js';
import { ASIDE_VERB, isNamedPerson, nameLike } from '../speakers/index.js';
import { titleAt } from '../speakers/words.js';
import {
  ADVERB,
  ADVERB_AFTER_FI,
  COMPLEMENT,
  isOnPrep,
  isQuoteTok,
  isRelativeWord,
  MANNER,
  MASDAR_BEFORE,
  PLATFORM,
  SEAT,
  TIME_NOUN,
  TO_OUTLET,
  TRAIL,
} from './words.js';

const IN_WORD = theWord('rule-words', 'in');
const FUNCTION_WORD = wordSet('function-words', 'function_word');
const FROM_WORD = theWord('rule-words', 'from');
const TO_WORD = theWord('rule-words', 'to');

/** A noun follows at token i (من قبل الحكومة: "by the government", not "earlier"). */
const nounAfter = (tokens: Token[], i: number): boolean =>
  !!tokens[i]?.word && !COMPLEMENT.has(tokens[i]!.norm) && !ADVERB.test(tokens[i]!.norm);

export function mediaAfter(tokens: Token[], mentions: Mention[], j: number): boolean {
  while (tokens[j] && !tokens[j]!.word) j++;
  const t = tokens[j];
  if (!t) return false;
  const m = firstStartingIn(mentions, t.start, t.end);
  if (!m?.lexId) return !m;
  const kind = lexEntry(m.lexId)?.kind ?? '';
  return kind === 'media' || kind === 'news_agency';
}

/** Where a verb of telling's subject ends before the news agency it told, with no ل, last before what is
 *  said (أفاد مسؤول في X فرانس برس أن); not after a role the agency is in construct with (مدير وكالة
 *  رويترز). `b` when no agency is told. */
export function beforeAgencyTold(tokens: Token[], mentions: Mention[], a: number, b: number): number {
  for (let i = a + 2; i < b; i++)
    if (agencyToldAt(tokens, mentions, i, b) && !titleAt(tokens, i - 1, i + 1)) return i;
  return b;
}

/** A news agency the lexicon knows starts at token i and ends the phrase before b. */
function agencyToldAt(tokens: Token[], mentions: Mention[], i: number, b: number): boolean {
  const t = tokens[i]!;
  if (!t.word) return false;
  const m = firstStartingIn(mentions, t.start, t.start + 1, (x) => !!x.lexId);
  if (!m || lexEntry(m.lexId!)?.kind !== 'news_agency') return false;
  let k = i;
  while (k < b && tokens[k]!.start < m.end) k++;
  while (k < b && !tokens[k]!.word && !isQuoteTok(tokens[k]!)) k++;
  return k >= b;
}

/** The quoted name from token j is an outlet's: a medium, an unknown name, or a place's name (a paper named
 *  for a region: «الشرق الأوسط»), not another body's. */
function quotedOutlet(tokens: Token[], mentions: Mention[], j: number): boolean {
  if (mediaAfter(tokens, mentions, j)) return true;
  while (tokens[j] && !tokens[j]!.word) j++;
  const t = tokens[j];
  return !!t && firstStartingIn(mentions, t.start, t.end)?.type === 'location';
}

/** Drop adverbials (في بيان، خلال مؤتمر صحفي، يوم الأحد) from the end of a subject phrase. */
// أصدرت X بيانا، أعلن X مسؤوليته، قال X للصحفيين: the object or the addressee ends the subject
const SPEECH_OBJECT = wordSet('attribution-words', 'speech_object');
const BELONGING = wordSet('attribution-words', 'belonging');
const isBelonging = (w: string) => BELONGING.has(w) || (w.startsWith('ال') && BELONGING.has(w.slice(2)));
const TO_PRESS = wordSet('attribution-words', 'to_press');
/** What a speaker issued or claimed (بيانا، مسؤوليتها): never the speaker, also right after the verb. */
export const isSpeechObject = (t: Token | undefined): boolean => !!t?.word && SPEECH_OBJECT.has(t.norm);
/** Whom a speaker spoke to (للصحفيين، لصحفيين): never the speaker, also as the first word after the verb. */
export const isToPress = (t: Token | undefined): boolean => !!t?.word && TO_PRESS.has(t.norm);
const APPEALED_TO = wordSet('attribution-words', 'appealed_to');
/** The public an appeal is made to (السكان، المواطنين): never who appeals, as the first word after the verb. */
export const isAppealedTo = (t: Token | undefined): boolean => !!t?.word && APPEALED_TO.has(t.norm);
export const PLACE_ADVERB = wordSet('attribution-words', 'place_adverb');
const PLATFORM_BEFORE = new Set([
  theWord('rule-words', 'in'),
  theWord('rule-words', 'on'),
  theWord('rule-words', 'via'),
]);
const EARLIER = wordSet('attribution-words', 'earlier');
const OPENS_OBJECT = wordSet('attribution-words', 'opens_object');
const WEEKDAY = wordSet('function-words', 'weekday');
let ordinals: Set<string> | null = null;
/** The ordinal words (الأول، التاسعة), normalised: lexicons/ordinals.tsv. */
export const ordinalWords = () =>
  (ordinals ??= new Set(loadTsv('ordinals').flatMap((r) => r.ordinal!.split('|').map((w) => normalize(w)))));
const NOT_PAST = wordSet('rule-words', 'not_past');

/** في before an occasion or a time at token i (في بيان، في مؤتمر صحفي، في الأسبوع الماضي): where or when it
 *  was said, never part of a speaker's name nor what is said. */
export function occasionAt(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    tokens[i]?.norm === IN_WORD &&
    !!next &&
    (ADVERB_AFTER_FI.test(next.norm) ||
      TIME_NOUN.test(next.norm) ||
      /^[0-9٠-٩]/.test(next.norm) || // في 15 يوليو
      (OPENS_OBJECT.has(next.norm) && TIME_NOUN.test(tokens[i + 2]?.norm ?? '')) || // في هذا الوقت
      (ordinalWords().has(next.norm) && tokens[i + 2]?.norm === FROM_WORD) || // في التاسع من يوليو
      OWN_WORDS.test(next.norm)) // في عناوينها، في تصريحاتهم: their own words, where they said it
  );
}

/** An unnamed source in the indefinite plural or dual (مسؤولون، ناشطين، شاهدان; no article, no construct). */
const INDEFINITE_SOURCES = new RegExp(
  `^[وف]?(?:${alternation('speaker-words', 'source_stem')})[\u0621-\u064A]{0,2}(?:ون|ين|ان)$`,
);

/** A noun with a possessive "her / their" ending (عناوينها، تصريحاتهم; not ه, which a normalised ة shares). */
const OWN_WORDS = /^[\u0621-\u064A]{3,}(ها|هم|هما)$/;

/** Token i is the last word before b. */
const lastWordAt = (tokens: Token[], i: number, b: number): boolean => {
  for (let k = i + 1; k < b; k++) if (tokens[k]!.word) return false;
  return true;
};

/** A named person's mention ends with token t. */
const personEndsAt = (mentions: Mention[], t: Token): boolean =>
  !!firstStartingIn(mentions, t.start - 40, t.end, (m) => m.end === t.end && isNamedPerson(m));

/** Token i, a word without the article and no name's start, follows the closing mark of a body's quoted
 *  name (صحيفة «X» خلفية للحادث، وكالة "تاس" حوارها) and no person is named after it before b: the
 *  speaker's phrase ended with the mark. */
function afterQuotedBodyName(tokens: Token[], mentions: Mention[], a: number, i: number, b: number): boolean {
  const t = tokens[i]!;
  if (!t.word || /^(ال|لل)/.test(t.norm) || FUNCTION_WORD.has(t.norm) || !isQuoteTok(tokens[i - 1]!))
    return false;
  // (not before the name of the one who holds a post in the body: رئيسة بعثة منظمة "X" في المنطقة فلانة)
  if (firstStartingIn(mentions, t.start, tokens[b - 1]!.end, (m) => m.start === t.start || isNamedPerson(m)))
    return false;
  let open = i - 2;
  while (open > a && i - open <= 6 && !isQuoteTok(tokens[open]!)) open--;
  return open > a && isQuoteTok(tokens[open]!) && !!orgNameHead(tokens[open - 1]!, tokens, open - 1);
}

export function trimAdverbs(
  text: string,
  tokens: Token[],
  mentions: Mention[],
  a: number,
  b: number,
): number {
  for (let i = a + 1; i < b; i++) {
    const w = tokens[i]!.norm;
    if (occasionAt(tokens, i)) return cut(i);
    if (ADVERB.test(w) || MANNER.test(w)) return cut(i);
    // (مصدر حكومي طلب عدم الكشف عن اسمه: a clause about the source)
    // (and the relative pronoun before it: الساكن الذي طلب عدم نشر اسمه)
    if (ASIDE_VERB.has(w) && MASDAR_BEFORE.has(tokens[i + 1]?.norm ?? ''))
      return cut(i > a + 1 && relativePronouns().has(tokens[i - 1]!.norm) ? i - 1 : i);
    if (afterQuotedBodyName(tokens, mentions, a, i, b)) return cut(i);
    if (WEEKDAY.has(w)) return cut(i); // (وكالة X السبت: when it spoke)
    // (مصدر أمني لم يقدم …: a clause about the source; المصدر الذي لم يكشف …: the relative pronoun too)
    if (NOT_PAST.has(w) && i > a + 1) {
      const before = tokens[i - 1]!.norm;
      return cut(isRelativeWord(before) ? i - 1 : i);
    }
    // (a name, then a clause about its bearer: سيباستيان الذي كان موجودا …; not a clause that names a
    // body, القوة التي يقودها الأكراد والمعروفة باسم …)
    if (
      relativePronouns().has(w) &&
      (personEndsAt(mentions, tokens[i - 1]!) || (i === a + 1 && nameLike(tokens[a]!)))
    )
      return cut(i);
    // على after a name (أجاب اللواء X على سؤال): written with ى it is the preposition, never the name علي
    if (isOnPrep(tokens[i]!, text) && i > a + 1 && nameLike(tokens[i - 1]!)) return cut(i);
    if (w === FROM_WORD && tokens[i + 1] && SEAT.has(tokens[i + 1]!.norm)) return cut(i); // المرصد … من مقره في بريطانيا
    if (w.startsWith('و') && SEAT.has(w.slice(1))) return cut(i); // المرصد ومقره بريطانيا
    if (w === FROM_WORD && EARLIER.has(tokens[i + 1]?.norm ?? '') && !nounAfter(tokens, i + 2)) return cut(i); // زعمت X من قبل أن
    if (/^(ل|لـ)$/.test(w) && i > a + 1 && mediaAfter(tokens, mentions, i + 1)) return cut(i); // … لـ"الحل نت": the outlet spoken to
    // a quoted name right after لـ is the outlet spoken to (وقال المصدر لـ«الشرق الأوسط»), unless it names a body
    // the phrase belongs to (القيادة العامة لـ"قسد")
    if (
      /^(ل|لـ)$/.test(w) &&
      i > a &&
      tokens[i + 1] &&
      isQuoteTok(tokens[i + 1]!) &&
      quotedOutlet(tokens, mentions, i + 1)
    )
      return cut(i);
    if (TO_OUTLET.test(w) && i > a) return cut(i);
    // whom a named person spoke to, last before what is said (فأعلن X للمحتجزين أنه …)
    if (
      i > a &&
      /^لل[\u0621-\u064A]{3,}$/.test(w) &&
      lastWordAt(tokens, i, b) &&
      personEndsAt(mentions, tokens[i - 1]!)
    )
      return cut(i);
    // what the speaker issued or claimed, or whom it spoke to, is not part of its name
    if (SPEECH_OBJECT.has(w) || TO_PRESS.has(w)) return cut(i);
    // what the speaker belongs to, pointed back at (إدارة الطوارئ التابعة لها), or where it is (هناك)
    if (isBelonging(w) && tokens[i + 1] && /^ل(?:ه|ها|هم|هما)$/.test(tokens[i + 1]!.norm)) return cut(i);
    if (PLACE_ADVERB.has(w)) return cut(i);
    // an indefinite plural source takes no definite word after it: that is its object (حض مسؤولون | السكان)
    if (i > a && /^ال/.test(w) && INDEFINITE_SOURCES.test(tokens[i - 1]!.norm)) return cut(i);
    // where it was posted (على تويتر، عبر فيسبوك): not part of the speaker, and no relay
    if (i > a && PLATFORM_BEFORE.has(w) && PLATFORM.has(tokens[i + 1]?.norm ?? '')) return cut(i);
    if (
      w === TO_WORD &&
      i > a &&
      !(
        tokens[i + 1] &&
        firstStartingIn(mentions, tokens[i + 1]!.start, tokens[i + 1]!.end, (m) => m.type === 'location')
      )
    )
      return cut(i); // أشارت X إلى …
  }
  let e = b;
  while (
    e > a &&
    (TRAIL.has(tokens[e - 1]!.norm) || isOnPrep(tokens[e - 1]!, text) || !tokens[e - 1]!.word) &&
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
