// Where the object of a reporting verb starts inside the words after it: in "ودعت الحكومة مجلس الأمن إلى …"
// or "واعتبرت بريطانيا هذه الهجمات …" the subject is the first noun phrase and what follows is the object,
// not more of the speaker's name.

import { prefixTest, prepositionWords, theWord, wordSet } from '../../lexicon/index.js';
import type { Mention, Token } from '../../types.js';
import { orgNameHead } from '../descriptions.js';
import { isPersonNameWord } from '../ner/mentions.js';
import { HAPPENING_NOUN, mentionsIn, titleAt } from '../speakers/words.js';
import { isDefiniteWord, isEventNoun, MASDAR_BEFORE } from './words.js';

/** Words that open a noun phrase of their own: demonstratives, ما، مثل. */
const OPENS_PHRASE = wordSet('attribution-words', 'opens_object');
const OBJECT_STOP = wordSet('attribution-words', 'object_stop');
const ALL_OF = wordSet('attribution-words', 'all_of');
/** Relative-adjective forms (nisba): they go on describing the noun before them. */
const NISBA = /^(ال)?[\u0621-\u064A]{2,}(يه|ي|يون|يين|يه)$/;
const definite = isDefiniteWord;
const FROM_WORD = theWord('rule-words', 'from');
const NOT_NISBA = wordSet('speaker-words', 'not_nisba');
/** A word that opens an unnamed source (مسؤول، مصدر), before its adjective. */
const SOURCE_STEM = { test: prefixTest('speaker-words', 'source_stem') };
/** A masculine nisba without the article (أمني، إعلامي). */
const INDEFINITE_NISBA = /^(?!ال)[\u0621-\u064A]{3,}ي$/;
const YA = 0x64a;
/** An imperfect verb of the third person (يقومون، يقول): not a nisba, not a name the tagger found. */
const imperfectAt = (t: Token | undefined): boolean =>
  !!t?.word && /^ي[\u0621-\u064A]{3,}$/.test(t.norm) && !NISBA.test(t.norm);
const named = (m: Mention) => m.how !== 'phrase' && m.how !== 'role';

/** A person's full name, not one word of it a family name with the article may follow (سامر الخطيب); the
 *  tagger's names of two words or more end where it saw the name end. */
const fullName = (m: Mention) => m.type === 'person' && m.surface.trim().includes(' ');

/** The place ending at word `last` stands right after the head of a body's name (صحيفة موسكو). */
function placeAfterHead(tokens: Token[], last: number, place: Mention): boolean {
  let k = last;
  while (k > 0 && tokens[k]!.start > place.start) k--;
  while (k > 0 && !tokens[k - 1]!.word) k--;
  return k > 0 && orgNameHead(tokens[k - 1]!) !== null;
}

/** The known name that ends right before a bracketed aside that ends right before token p, if any. */
function nameBeforeBrackets(tokens: Token[], inside: Mention[], p: number): Mention | undefined {
  if (tokens[p - 1]?.norm !== ')') return undefined;
  for (let k = p - 2; k > 0 && k > p - 6; k--)
    if (tokens[k]!.norm === '(') return inside.find((m) => m.end === tokens[k - 1]!.end);
  return undefined;
}

/** A noun with a possessive pronoun (أنصاره، قواتها، مقاتليهم): not joined (وأنصاره), not "itself". */
const POSSESSED = /^(?![وفبلك])[\u0621-\u064A]{3,}(ه|هم)$/; // (not ها: a foreign name's ending, نوغراها)
const ITSELF = wordSet('rule-words', 'itself');
const possessed = (t: Token): boolean => POSSESSED.test(t.norm) && !ITSELF.has(t.norm);

/** Words [a, prev] end with a noun with the article and a definite nisba after it (الرئيس الفلسطيني، وزير
 *  الخارجية الأمريكي، الصحافة البريطانية). */
function completedTitle(tokens: Token[], a: number, prev: number): boolean {
  const last = tokens[prev]!;
  const noun = tokens[prev - 1];
  return (
    prev > a &&
    definite(last) &&
    NISBA.test(last.norm) &&
    !NOT_NISBA.has(last.norm) &&
    !!noun?.word &&
    definite(noun)
  );
}

/** Word p has no article and a word with it follows: a noun in construct (حرص الحكومة). */
function inConstruct(tokens: Token[], p: number): boolean {
  const t = tokens[p]!;
  const next = tokens[p + 1];
  return (
    !definite(t) &&
    t.norm.length > 2 &&
    !/^[وفبلك]/.test(t.norm) &&
    !prepositionWords().has(t.norm) && // (العديد | من التقارير: a preposition, no noun)
    !isPersonNameWord(t.norm) && // (a given name the tagger missed: … الشعبية علي الأحمدي)
    !!next?.word &&
    definite(next) &&
    next.start === t.end + 1
  );
}

/** A body's head with no name of its own (مديرية أمن، قيادة): the name after it goes on in construct. */
const headAlone = (m: Mention) => m.how === 'head' || m.how === 'bare-body';

/** The first token in (a, b) that starts the verb's object, or b when the words are one phrase. */
export function objectStart(
  text: string,
  tokens: Token[],
  mentions: Mention[],
  a: number,
  b: number,
): number {
  if (b - a < 2 || !tokens[a]) return b;
  const inside = mentionsIn(mentions, tokens[a]!.start, tokens[b - 1]!.end).filter(named);
  let titled = titleAt(tokens, a, b) !== null;
  let prev = -1;
  for (let p = a; p < b; p++) {
    const t = tokens[p]!;
    if (!t.word) {
      if (/^[،,]$/.test(t.norm)) prev = -1; // a new part: the name after a role (زعيم الحزب، سامر العلي …)
      continue;
    }
    if (prev < 0) {
      prev = p;
      if (p > a) titled = titleAt(tokens, p, b) !== null;
      continue;
    }
    if (startsObject(text, tokens, a, inside, prev, p, titled)) return p;
    prev = p;
  }
  return b;
}

/** Does token p, after word `prev`, open a new noun phrase? */
function startsObject(
  text: string,
  tokens: Token[],
  a: number,
  inside: Mention[],
  prev: number,
  p: number,
  titled: boolean,
): boolean {
  const t = tokens[p]!;
  const before = tokens[prev]!;
  if (OPENS_PHRASE.has(t.norm)) return true;
  if (inside.some((m) => m.start <= before.start && m.end >= t.end)) return false; // one name goes on
  // a verbal noun of what happened opens what is announced (أعلنت مصادر طبية سقوط 18 قتيلا)
  if (isEventNoun(t.norm)) return true;
  // (and its negation: أكد المتحدث عدم اندلاع حرائق)
  if (MASDAR_BEFORE.has(t.norm) && isEventNoun(tokens[p + 1]?.norm ?? '')) return true;
  const ending = inside.find((m) => m.end === before.end);
  const starting = inside.find((m) => m.start === t.start);
  // what happened, after a noun complete in itself (a name, a word with the article), is what the speaker
  // spoke of (ووصف الرئيس | الهجوم بأنه …); not after a noun in construct with it (منفذ الهجوم، منفذي
  // الهجوم); "all of" only after a known name or a subject of one word (حثت المنظمة | كافة الأطراف على …,
  // not أكد القرار الأوروبي التزام | كافة …: التزام only looks definite)
  if (HAPPENING_NOUN.has(t.norm) && (!!ending || definite(before)) && !starting) return true;
  if (ALL_OF.has(t.norm) && (!!ending || (prev === a && definite(before))) && !starting) return true;
  // "who" before a verb opens a clause about whom (ووصف ترامب | من يقومون بهذه التفجيرات)
  if (t.norm === FROM_WORD && imperfectAt(tokens[p + 1]) && !starting && ending) return true;
  // an unnamed source's indefinite adjective takes no definite word after it: that is the object (نفى
  // مسؤول إعلامي | التعليق)
  if (
    definite(t) &&
    !starting &&
    INDEFINITE_NISBA.test(before.norm) &&
    text.charCodeAt(before.end - 1) === YA && // (as written: not مثنى، إحدى, nor a noun in ية: خلية)
    !NOT_NISBA.has(before.norm) &&
    prev > a &&
    SOURCE_STEM.test(tokens[prev - 1]!.norm) &&
    !inside.some((m) => m.type === 'person' && m.start <= before.start && m.end >= before.end)
  )
    return true;
  // a known name, then a noun with the article that does not describe it (… محمد بن سلمان الهجوم)
  if (
    ending &&
    definite(t) &&
    !NISBA.test(t.norm) &&
    !starting &&
    (ending.type === 'person' ? fullName(ending) : !titled)
  )
    return true;
  // a known person's full name, then a noun with a possessive pronoun that points back at it (دعا X
  // فلان | أنصاره إلى …; not نفسه, itself)
  if (ending?.type === 'person' && fullName(ending) && !starting && possessed(t)) return true;
  // a known person's full name (and its other name in brackets), then a known place or body: what the
  // speaker spoke of (وصف الرئيس فلان (أبو فلان) | قطاع غزة بـ…)
  const named = ending ?? nameBeforeBrackets(tokens, inside, p);
  if (
    named?.type === 'person' &&
    fullName(named) &&
    (starting?.type === 'location' || starting?.type === 'organization')
  )
    return true;
  // a title or a noun with the article and the nationality that completes it, then a noun in construct
  // with a definite word: what the speaker spoke of (وأكد الرئيس الفلسطيني | حرص الحكومة على …، عزت
  // الصحافة البريطانية | أسباب الوفاة إلى …); not a name the tagger missed
  if (!ending && !starting && completedTitle(tokens, a, prev) && inConstruct(tokens, p)) return true;
  if (titled) return false;
  // a subject of one word with the article, then a noun in construct (عزت الحكومة | سبب الحرائق إلى …)
  if (prev === a && !ending && !starting && definite(before) && !NISBA.test(t.norm) && inConstruct(tokens, p))
    return true;
  // a noun with the article, then a known body or place (الحكومة مجلس الأمن، بريطانيا إسرائيل)
  if (starting && (starting.type === 'organization' || starting.type === 'location'))
    return (definite(before) && !NISBA.test(before.norm)) || (!!ending && !headAlone(ending));
  // a known body or place, then a noun without the article (الجيش الإسرائيلي سكان غزة); not a place right
  // after the head of a body's name, which goes on naming it (صحيفة موسكو تايمز)
  return (
    !!ending &&
    ending.type !== 'person' &&
    // (not after a body's head alone: مديرية أمن | شمال سيناء، قيادة | أركان الجيش)
    !headAlone(ending) &&
    !(ending.type === 'location' && placeAfterHead(tokens, prev, ending)) &&
    !definite(t) &&
    !/^[بلكفو]/.test(t.norm) && // not a preposition, nor a second name joined with و (هيئة الإذاعة والتلفزيون)
    !OBJECT_STOP.has(t.norm)
  );
}
