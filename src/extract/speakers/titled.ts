// A speaker phrase that starts with a title: a rank or honorific with a name (العقيد سامر الخطيب), an
// anonymous source (مصادر من "قسد"), or a role with its body and maybe a name (المتحدث باسم الجيش).

import {
  getLookup,
  matchForm,
  prepositionWords,
  type TitleInfo,
  theWord,
  wordSet,
} from '../../lexicon/index.js';
import { looseKey } from '../../text/normalize.js';
import type { Mention, Token } from '../../types.js';
import { firstStartingIn } from '../sorted-spans.js';
import { descMention, isNamedPerson, personMention } from './mentions.js';
import type { PartSpan, SpeakerScan } from './scan.js';
import { calledName } from './untitled.js';
import {
  familyName,
  firstTokenAt,
  isNameLink,
  isQuoteTok,
  lastWord,
  mentionsIn,
  nameRunEnd,
  nameWordAt,
  orgEnd,
  rankedNameIn,
  titleAt,
  wordCount,
} from './words.js';

const IN_WORD = theWord('rule-words', 'in');
const IN_NAME_OF_LINK = theWord('rule-words', 'in_name_of');

/** The speaker of a part whose title `title` ends at token `next`. */
export function titledPart(scan: SpeakerScan, c: PartSpan, title: TitleInfo, next: number): Mention | null {
  if (title.kind === 'rank' || title.kind === 'honorific') return rankedPerson(scan, c, title, next);
  // an unnamed source with its name after يدعى (شاهد عيان يدعى سامي خليل): the name speaks
  if (title.kind === 'anon') return calledName(scan, c) ?? anonymousSource(scan, c, title, next);
  return rolePart(scan, c, title, next);
}

/** rank/honorific: a further rank may follow (العميد الركن), then the name. */
function rankedPerson(scan: SpeakerScan, c: PartSpan, title: TitleInfo, j: number): Mention | null {
  const { tokens } = scan;
  // a rank, then an honorific (الفريق الشيخ راشد …): the name follows the last of them
  for (
    let more = titleAt(tokens, j, c.b);
    more && (more.title.kind === 'rank' || more.title.kind === 'honorific');
    more = titleAt(tokens, j, c.b)
  )
    j = more.next;
  let k = nameRunEnd(tokens, j, c.b, 4, true);
  // a family name with the article (سامر الخطيب) closes the name when a boundary follows it
  if (k > j && k < c.b && familyName(tokens, k, c.b, c.inside)) k++;
  // a rank with the family name alone (اللواء التركي، العقيد المالكي): the name ends the phrase
  else if (k === j && title.kind === 'rank' && familyName(tokens, j, c.b, c.inside)) k++;
  const nameEnd = lastWord(tokens, j, k);
  if (nameEnd > j && wordCount(tokens, j, nameEnd) >= 1)
    return personMention(scan.doc, scan.text, tokens, j, nameEnd, title, c.a, scan.gender);
  return null;
}

/** The anonymous source with the organisation it belongs to (مصادر من "قسد"). */
function anonymousSource(scan: SpeakerScan, c: PartSpan, title: TitleInfo, next: number): Mention {
  const { tokens, mentions } = scan;
  const s = tokens[c.a]!.start;
  let e = next;
  if (title.org === 'idafa') e = orgEnd(tokens, mentions, e, c.b);
  else {
    e = adjectivesEnd(tokens, e, c.b, scan.text); // مصادر رسمية ليبية، مصدر أمني عراقي، مصادر أمنية وطبية
    e = participlePhraseEnd(tokens, e, c.b); // مصدر أمني مشارك في الوفد
    // (a name after a glued ل is the outlet told, no adjective: مصادر لسكاي نيوز)
    for (let k = next; k < e; k++)
      if (
        /^ل/.test(tokens[k]!.norm) &&
        firstStartingIn(
          mentions,
          tokens[k]!.start + 1,
          tokens[k]!.start + 1,
          (m) => m.type === 'organization',
        )
      )
        e = k;
    // the body the sources belong to, named right after them (مصادر "وكالة X")
    let k = e;
    while (k < c.b && isQuoteTok(tokens[k]!)) k++;
    const body = k < c.b ? mentions.find((m) => m.start === tokens[k]!.start) : undefined;
    if (body?.type === 'organization') e = orgEnd(tokens, mentions, k, c.b);
    // or after a preposition (مصدر مسؤول بوزارة الخارجية، مصادر في الشرطة); not ل, the outlet told (مصادر لـ"X")
    else if (e < c.b && !/^ل/.test(tokens[e]!.norm)) e = orgEnd(tokens, mentions, e, c.b);
    if (e === next || tokens[e - 1]!.end <= tokens[next - 1]!.end) e = sectorEnd(tokens, e, c.b);
  }
  const parsed = descMention(
    scan.doc,
    scan.text,
    s,
    tokens[lastWord(tokens, c.a, e) - 1]!.end,
    'person',
    scan.gender,
    'title',
  );
  const orgM = mentionsIn(mentions, s, tokens[e - 1]!.end).find((m) => m.type === 'organization');
  if (orgM) parsed.org = orgM.key;
  return parsed;
}

/** The sector an unnamed source is in, right after it (مصادر في الصحة، سكان بالمنطقة، مصادر بقطاعي
 *  الصحة والأمن): a preposition and up to three nouns with the article, joined by و; not the start of a
 *  compound preposition (بالقرب من). */
function sectorEnd(tokens: Token[], from: number, end: number): number {
  const t = tokens[from];
  if (!t?.word) return from;
  let k = from;
  if (t.norm === IN_WORD) k = from + 1;
  else if (/^بال[\u0621-\u064A]{2,}$/.test(t.norm)) {
    // a compound preposition (بالقرب من، بالإضافة إلى) places the source, it is no sector
    if (prepositionWords().has(tokens[from + 1]?.norm ?? '')) return from;
    return nounsEnd(tokens, from + 1, end, 2);
  } else if (/^ب[\u0621-\u064A]{3,}$/.test(t.norm) && !/^بال/.test(t.norm))
    k = from + 1; // بقطاعي الصحة
  else return from;
  const e = nounsEnd(tokens, k, end, 3);
  return e > k ? e : from;
}

/** The end of up to `max` nouns with the article from token k (joined by و). */
function nounsEnd(tokens: Token[], k: number, end: number, max: number): number {
  let e = k;
  while (e < end && e - k < max && tokens[e]!.word && /^و?ال[\u0621-\u064A]{2,}$/.test(tokens[e]!.norm)) e++;
  return e;
}

/** A word ending in ي and the pronoun ه as written (نفيه، رأيه), which a feminine nisba in ية only shares
 *  once normalised: what the source said, never its adjective (عن مصدر مسؤول | نفيه). */
const pronounAfterYa = (text: string, t: Token): boolean =>
  t.norm.endsWith('يه') && text.charCodeAt(t.end - 1) === 0x647;

/** Relative-adjective forms (nisba): رسمية، أمني، يابانيون، والطبية. */
const NISBA = /^و?(ال)?[\u0621-\u064A]{2,}(يه|ي|يون|يين)$/;
const NOT_NISBA = wordSet('speaker-words', 'not_nisba');
/** مسؤول، مطلعة: an unnamed source's adjectives that are no relative adjectives. */
const SOURCE_ADJECTIVE = wordSet('speaker-words', 'source_adjective');

/** The end of up to three relative adjectives from token `from` (an unnamed source's description). */
function adjectivesEnd(tokens: Token[], from: number, end: number, text?: string): number {
  let e = from;
  while (
    e < end &&
    e - from < 3 &&
    tokens[e]!.word &&
    (NISBA.test(tokens[e]!.norm) || SOURCE_ADJECTIVE.has(tokens[e]!.norm)) &&
    !(text && pronounAfterYa(text, tokens[e]!)) &&
    !NOT_NISBA.has(tokens[e]!.norm) &&
    !(/^ب[^ا]/.test(tokens[e]!.norm) && /^ال/.test(tokens[e + 1]?.norm ?? '')) // بقطاعي الصحة: a preposition
  )
    e++;
  return e;
}

/** After an unnamed source, a participle with its preposition and a noun with the article that tell
 *  which source it is (مشارك في الوفد، مقرب من الحكومة، مطلع على المفاوضات): where they end, or `from`. */
function participlePhraseEnd(tokens: Token[], from: number, end: number): number {
  const t = tokens[from];
  const prep = tokens[from + 1]?.norm ?? '';
  const noun = tokens[from + 2];
  if (!t?.word || !PARTICIPLE.test(t.norm) || from + 2 >= end) return from;
  if (prep !== IN_WORD && prep !== FROM_WORD && prep !== ON_WORD) return from;
  return noun?.word && /^ال../.test(noun.norm) ? from + 3 : from;
}
/** An active participle without the article (مشارك، مقرب، مطلع). */
const PARTICIPLE = /^م[\u0621-\u064A]{3,4}$/;
const FROM_WORD = theWord('rule-words', 'from');
const ON_WORD = theWord('rule-words', 'on');

/** Token t is mention m's, or m's with a preposition glued before it (لتكساس، بجدة); not a word m only ends
 *  (كلاوس is no ك with لاوس). */
const placeOrBodyIn = (t: Token, m: Mention): boolean =>
  (t.start >= m.start && t.end <= m.end) ||
  (m.start === t.start + 1 && t.end <= m.end && GLUED_PREPOSITION.test(t.norm));
const GLUED_PREPOSITION = /^[بل]/;
/** ل or و with the article (للتنمية، والتراث): a body's word, never a personal name's. */
const PARTICLE_AND_ARTICLE = /^(لل|و(ال|لل))/;

/** Where the name after a role's body starts (k = j: no name), and how many words it has. */
function roleNameStart(scan: SpeakerScan, c: PartSpan, title: TitleInfo, j: number, from: number) {
  const { tokens } = scan;
  let k = from;
  // a family name with the article closes the phrase after a name (مدير المستشفى سامي الحلبي; right
  // after a role no body follows: رجل الدين مقتدى الصدر)
  if (
    (k - 2 > j || (k - 2 === j && title.org === '-' && tokens[j]!.norm !== IN_NAME_OF_LINK)) &&
    familyName(tokens, k - 1, c.b, c.inside) &&
    nameWordAt(tokens, k - 2) &&
    !PARTICLE_AND_ARTICLE.test(tokens[k - 2]!.norm)
  )
    k--;
  while (
    k > j &&
    nameWordAt(tokens, k - 1) &&
    !PARTICLE_AND_ARTICLE.test(tokens[k - 1]!.norm) && // (the body's last word: للتنمية | X)
    !afterIn(tokens, k - 1) && // (a place: مراسل الوكالة في | دوما)
    !c.inside.some((m) => m.how !== 'model' && placeOrBodyIn(tokens[k - 1]!, m))
  )
    k--;
  // (one word after the place's first is the rest of its name, no person's: مسؤول في فيلق | الحدود)
  if (k < from && afterIn(tokens, k - 1) && wordCount(tokens, k, from) < 2) k = from;
  let nameWords = wordCount(tokens, k, c.b);
  // every word looks like a name (المتحدث باسم شرطة كابول حشمت ستانيكازي): the body comes first,
  // the person's name is the last two words
  if (k === j && title.org !== '-' && nameWords >= 3) {
    let w = 0,
      x = c.b;
    while (x > j && w < 2) {
      x--;
      if (tokens[x]!.word) w++;
    }
    // (with the link that opens it: عبد | الرحمن رحيمي)
    if (x - 1 > j && tokens[x - 1]!.word && isNameLink(tokens[x - 1]!.norm)) x--;
    k = x;
    nameWords = wordCount(tokens, k, c.b);
  }
  return { k, nameWords };
}

/** The body of a role, tokens [j, k): a known organisation when its name is the phrase, else a description. */
function roleBody(scan: SpeakerScan, c: PartSpan, j: number, k: number, gluedLam = false): Mention | null {
  const { tokens, text } = scan;
  if (k <= j) return null;
  // (after a role that ends in a glued ل, the body starts after it: المتحدث الرسمي لـ|شؤون اللاجئين)
  const from = tokens[j]!.start + (gluedLam ? 1 : 0);
  const orgText = text.slice(from, tokens[lastWord(tokens, j, k) - 1]?.end ?? tokens[j]!.end);
  // (not a tagger's name that runs into the person's name)
  const nameAt = k < c.b ? tokens[k]!.start : Number.POSITIVE_INFINITY;
  // (not the place where the body is, after في: المتحدث باسم الشرطة في كابول)
  const orgM =
    c.inside.find(
      (m) =>
        (m.type === 'organization' || m.type === 'location') &&
        (m.how !== 'model' || m.end <= nameAt) &&
        !(m.type === 'location' && m.start > from && afterIn(tokens, firstTokenAt(tokens, j, m.start))),
    ) ?? null;
  // the body is a known one when its name ends the phrase after at most an adjective of the role and a
  // preposition (المتحدث الأمني بوزارة الداخلية)
  const orgEndsPhrase =
    !!orgM &&
    orgM.end >= (tokens[lastWord(tokens, j, k) - 1]?.end ?? 0) - 1 &&
    wordCount(tokens, j, firstTokenAt(tokens, j, orgM.start)) <= 2;
  if (!orgText) return null;
  if (orgM && (looseKey(orgM.surface) === looseKey(orgText) || orgEndsPhrase)) return orgM;
  const end = tokens[lastWord(tokens, j, k) - 1]!.end;
  return descMention(scan.doc, scan.text, from, end, 'organization', null, 'role', orgM);
}

/** The word before token k is في. */
const afterIn = (tokens: Token[], k: number): boolean => tokens[k - 1]?.norm === IN_WORD;

/** The whole part as an unnamed person of that role (مسؤول في المدينة، متحدث باسم الرئيس …). */
function unnamedRole(scan: SpeakerScan, c: PartSpan, title: TitleInfo, end = c.end): Mention {
  const parsed = descMention(scan.doc, scan.text, c.start, end, 'person', scan.gender, 'phrase');
  parsed.title = title.title;
  return parsed;
}

/** A person a name finder named (isNamedPerson) in the part after the role's first word that more words
 *  follow, as rankedNameIn gives a name (the mention's first token, its end). */
function namedPersonIn(scan: SpeakerScan, c: PartSpan, j: number) {
  const { tokens } = scan;
  const m = c.inside.find((x) => isNamedPerson(x) && x.start >= tokens[j]!.start && x.end < c.end);
  if (!m) return null;
  const nameStart = firstTokenAt(tokens, j, m.start);
  let nameEnd = nameStart;
  while (nameEnd < c.b && tokens[nameEnd]!.end <= m.end) nameEnd++;
  if (nameEnd <= nameStart || nameStart >= c.b) return null;
  // (an object with a definite word follows: حالة الطوارئ; not the rest of a longer name, فرحان | حق;
  // or another role in apposition: السيناتور فلان رئيس بلدية المدينة)
  let object = !!titleAt(tokens, nameEnd, c.b);
  for (let k = nameEnd; k < c.b && !object; k++) object = tokens[k]!.word && tokens[k]!.norm.startsWith('ال');
  return object ? { at: nameStart, nameStart, nameEnd } : null;
}

/** A place starts at token k (ولاية هلمند، إقليم X، الولاية) and a name follows it: a role of a place (حاكم
 *  ولاية X) is no national figure named after it, the name is the spokesman's own (المتحدث باسم حاكم ولاية X
 *  فلان), where a head of state's is his (المتحدث باسم الرئيس الأفغاني أشرف غني). */
function namedAfterPlace(scan: SpeakerScan, c: PartSpan, k: number): boolean {
  const { tokens } = scan;
  const t = tokens[k];
  if (!t?.word || k >= c.b) return false;
  const known = c.inside.find((m) => m.type === 'location' && m.how !== 'model' && m.start === t.start);
  let after = -1;
  if (known) after = firstTokenAt(tokens, k, known.end);
  else if (getLookup().heads.get(matchForm(t.norm.replace(/^ال/, '')))?.type === 'location')
    after = t.norm.startsWith('ال') ? k + 1 : k + 2; // الولاية | إقليم X
  return after > k && after < c.b && nameRunEnd(tokens, after, c.b) > after;
}

/** role: org phrase then maybe a name at the end (عضو المكتب السياسي لـ"الحركة" كمال يوسف). */
function rolePart(scan: SpeakerScan, c: PartSpan, title: TitleInfo, j: number): Mention | null {
  const { tokens, text, doc, gender } = scan;
  // a spokesman for a titled person (متحدث باسم الرئيس الأفغاني أشرف غني): the name is the body's, the
  // spokesman is unnamed here (an apposition may name him)
  const bodyTitle = title.org === IN_NAME_OF_LINK && j < c.b ? titleAt(tokens, j, c.b) : null;
  const forTitled = bodyTitle?.title.kind === 'role' && !namedAfterPlace(scan, c, bodyTitle.next);
  // a spokesman for a person named right after باسم (المتحدث باسم عباس، فلان): whom he speaks for; an
  // apposition may name him
  const forPerson =
    title.org === IN_NAME_OF_LINK &&
    j < c.b &&
    c.inside.some((m) => isNamedPerson(m) && m.start === tokens[j]!.start && m.end >= c.end);
  if (forPerson) {
    scan.roleTitle = title.title;
    return unnamedRole(scan, c, title);
  }
  if (forTitled) {
    scan.roleTitle = title.title;
    // the spokesman's phrase ends before the name of the person he speaks for (a mention of its own)
    const nameAt = adjectivesEnd(tokens, titleAt(tokens, j, c.b)!.next, c.b);
    const named = nameAt > j && nameAt < c.b && nameRunEnd(tokens, nameAt, c.b) > nameAt;
    return unnamedRole(scan, c, title, named ? tokens[lastWord(tokens, c.a, nameAt) - 1]!.end : c.end);
  }
  // a rank or honorific inside the phrase starts the name (المتحدث الأمني بوزارة الداخلية العميد سامر العلي);
  // else a person the tagger or the lexicon named, with more words after it: what the speaker did to them
  // (أعلن رئيس الوزراء فلان حالة الطوارئ في المدينة، قائلا …)
  const ranked = rankedNameIn(tokens, j, c.b, c.inside) ?? namedPersonIn(scan, c, j);
  // (a role that ends in a ل glued to the body's first word: الأمين العام لـ|شؤون …)
  const gluedLam = title.words.at(-1) === 'ل' && /^ل[^لـ]/.test(tokens[j]?.norm ?? '');
  const { k, nameWords } = roleNameStart(scan, c, title, j, ranked ? ranked.at : c.b);
  scan.roleTitle = title.title;
  // nisba adjectives alone right after the role are the role's (الرئيس الجزائري، المسؤول الأمريكي), not a
  // body; after a preposition they are (المتحدث باسم البحرية)
  const adjectivesOnly =
    (title.org === '-' || title.org === 'idafa') &&
    k > j &&
    adjectivesEnd(tokens, j, k) >= lastWord(tokens, j, k);
  const body = adjectivesOnly ? null : roleBody(scan, c, j, k, gluedLam);
  // (a role in construct with no body, right before a name the tagger found: الرئيس دونالد ترامب)
  const nameOnly =
    k === j &&
    k < c.b &&
    c.inside.some((m) => isNamedPerson(m) && m.start === tokens[k]!.start && m.end >= c.end - 1);
  const named =
    !!ranked || (nameWords >= 1 && nameWords <= 4 && (k > j || (k === j && (title.org === '-' || nameOnly))));
  // a role without the article and with no name (مسؤول في المدينة، وزير الإعلام) is someone new, not the
  // last one with that role; only a known body is the one it speaks for
  const someone = !named && !/^[وف]?(ال|لل)/.test(tokens[c.a]!.norm);
  if (body && !(someone && body.how === 'role')) scan.roleOrg = body;
  if (ranked) {
    const parsed = personMention(doc, text, tokens, ranked.nameStart, ranked.nameEnd, title, c.a, gender);
    parsed.title = text.slice(tokens[c.a]!.start, tokens[ranked.nameStart]!.start).trim();
    return parsed;
  }
  if (named) {
    const nameStart = tokens[k]!.start;
    if (k > j && !c.inside.some((m) => m.end > nameStart))
      scan.guessed = { body: roleBody(scan, c, j, c.b, gluedLam) };
    return personMention(doc, text, tokens, k, c.b, title, c.a, gender);
  }
  if (someone) return unnamedRole(scan, c, title);
  if (!scan.person && !scan.roleOrg && !scan.first) {
    // a bare role (القيادي، المتحدث) stands for the last person with that role
    const parsed = descMention(doc, text, c.start, c.end, 'person', gender, 'role');
    parsed.title = title.title;
    return parsed;
  }
  return null;
}
