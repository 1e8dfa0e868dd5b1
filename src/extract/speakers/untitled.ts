// A speaker phrase without a title: a bare name (كمال يوسف), what a body issued (بيانات الأمم المتحدة),
// a known name with what follows it, or a description (أحد السكان، القوات التي يقودها الأكراد).

import { alternation, loadTsv, oneOfWords, prefixTest, theWord, wordSet } from '../../lexicon/index.js';
import { DEFINITE_NISBA } from '../../text/nisba.js';
import { looseKey } from '../../text/normalize.js';
import type { Mention, Token } from '../../types.js';
import { definiteKindHeads, orgNameHead } from '../descriptions.js';
import { firstStartingIn } from '../sorted-spans.js';
import { descriptionEnd } from './description-end.js';
import { bodyAfterLam, impersonalSource, isDocumentNoun, issuedBy, issuedEnd } from './issued.js';
import { descMention, personMention, withoutGluedLam } from './mentions.js';
import type { PartSpan, SpeakerScan } from './scan.js';
import {
  allNameLike,
  HE_SHE,
  headBefore,
  isComma,
  isQuoteTok,
  lastWord,
  nameLike,
  nameWordAt,
  titleAt,
  wordCount,
} from './words.js';

/** باسم: a spokesman "in the name of" X. */
const IN_NAME_OF = theWord('rule-words', 'in_name_of');
const IN_WORD = theWord('rule-words', 'in');
/** باسم X، التابع لـX: the phrase names whom the speaker speaks for. */
const OF_WHOM = new RegExp(`${IN_NAME_OF}|${theWord('rule-words', 'affiliated')}`);

let modifiers: Set<string> | null = null;
/** Words that modify a known name right after it (lexicons/name-modifiers.tsv). */
const nameModifiers = () => (modifiers ??= new Set(loadTsv('name-modifiers').map((r) => r.word)));

/** The speaker of a part with no title. */
export function untitledPart(scan: SpeakerScan, c: PartSpan): Mention | null {
  const { tokens } = scan;
  const { inside } = c;
  const named = calledName(scan, c);
  if (named) return named;
  const office = officeOfTitled(scan, c);
  if (office) return office;
  const impersonal = inside.length ? null : impersonalSource(scan, c);
  if (impersonal) return impersonal;
  // (not a body's head with its name: وكالة "فارس"، قناة "النهار")
  // (nor what a body issued: حصيلة سابقة للمرصد)
  if (
    c.b - c.a <= 4 &&
    allNameLike(tokens, c.a, c.b) &&
    !inside.length &&
    !orgNameHead(tokens[c.a]!) &&
    !(isDocumentNoun(tokens[c.a]!) && bodyAfterLam(tokens, c.a + 1, c.b) > 0)
  ) {
    const parsed = personMention(scan.doc, scan.text, tokens, c.a, c.b, null, c.a, scan.gender);
    parsed.how = 'name';
    return parsed;
  }
  // a name with the article and a role after it (الصديق الصور رئيس قسم التحقيقات): the person
  const roled = articleNameBeforeRole(scan, c);
  if (roled) return roled;
  // a name with the article in an apposition after an unnamed role (وزير العدل، المبروك قريرة، إن)
  if (scan.person?.how === 'phrase' && scan.person.title && !inside.length && articleName(tokens, c.a, c.b)) {
    const parsed = personMention(scan.doc, scan.text, tokens, c.a, c.b, null, c.a, scan.gender);
    parsed.how = 'name';
    return parsed;
  }
  // a nationality before a person's name (قال الصيني X، قالت الأسترالية Y): the person
  const national = nationalityBefore(scan, c);
  if (national) return national;
  const issuer = inside.length ? issuedBy(tokens, c.a, inside) : null;
  // what a body issued (بيانات الأمم المتحدة، حصيلة للمرصد): the body speaks
  if (issuer) return { ...issuer, gender: scan.gender };
  if (inside.length) return knownNamePart(scan, c);
  return descriptionPart(scan, c);
}

/** Words [a, b), each with the article, none of them a title, a body's head or a feminine nisba (الصديق
 *  الصور): a name before a role. */
function definiteWords(tokens: Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (!t.word || !DEFINITE.test(t.norm) || titleAt(tokens, i, b)) return false;
    // (not a body's head nor a feminine nisba: القوات الحكومية is no one's name)
    if (definiteKindHeads().has(t.norm) || /يه$/.test(t.norm)) return false;
  }
  return true;
}

/** Two or three words of a name whose first has the article at the part's start, a role right after them
 *  and no known name among them: the person they name. */
function articleNameBeforeRole(scan: SpeakerScan, c: PartSpan): Mention | null {
  const { tokens } = scan;
  for (let k = c.a + 2; k <= Math.min(c.a + 3, c.b - 1); k++) {
    if (titleAt(tokens, k, c.b)?.title.kind !== 'role' || !definiteWords(tokens, c.a, k)) continue;
    if (c.inside.some((m) => m.start < tokens[k]!.start)) return null;
    const parsed = personMention(scan.doc, scan.text, tokens, c.a, k, null, c.a, scan.gender);
    parsed.how = 'name';
    return parsed;
  }
  return null;
}

/** Two or three words of a name whose first has the article (المبروك قريرة): the first is a name's word
 *  without it, the others name-like, and one of them has no article. */
function articleName(tokens: Token[], a: number, b: number): boolean {
  const words = wordCount(tokens, a, b);
  if (words < 2 || words > 3 || !tokens[a]!.word || !nameAfterArticle(tokens[a]!)) return false;
  let bare = false;
  for (let i = a + 1; i < b; i++) {
    const t = tokens[i]!;
    if (!t.word) return false;
    if (nameLike(t)) bare = true;
    else if (!nameAfterArticle(t)) return false;
  }
  return bare;
}

/** A word with the article (three letters or more after it). */
const DEFINITE = /^ال[\u0621-\u064A]{3,}$/;

/** A name's word with the article before it (المبروك). */
const nameAfterArticle = (t: Token): boolean =>
  DEFINITE.test(t.norm) && nameLike({ ...t, norm: t.norm.slice(2) });

/** أن، إن: a word after which what follows is said, never a name. */
const COMPLEMENT_WORDS = wordSet('attribution-words', 'complement');

/** The person named right after a nationality that opens the part, to its end (الصيني جانغ يونغلي). */
function nationalityBefore(scan: SpeakerScan, c: PartSpan): Mention | null {
  const { tokens } = scan;
  const first = tokens[c.a]!;
  const next = tokens[c.a + 1];
  if (!next?.word || !DEFINITE_NISBA.test(first.norm) || COMPLEMENT_WORDS.has(next.norm)) return null;
  // (the tagger's names too, which the part's own list keeps only where they lead it)
  const person = firstStartingIn(
    scan.mentions,
    next.start,
    next.start,
    (m) => m.type === 'person' && m.end >= c.end - 1,
  );
  return person ? { ...person, gender: person.gender ?? scan.gender } : null;
}

/** The mention that is the whole part, or its lead name when a modifier or an object follows it. */
function wholeOrLead(scan: SpeakerScan, c: PartSpan): Mention | undefined {
  const { tokens, text } = scan;
  const { inside, start, end } = c;
  // (after the head of an organisation's name and a quote mark: منظمة "هيومن رايتس ووتش" أعمال العنف)
  let first = c.a;
  if (orgNameHead(tokens[c.a]!)) for (first++; first < c.b && isQuoteTok(tokens[first]!); first++);
  const headed = first > c.a && first < c.b;
  const leadBy = headed ? tokens[first]!.start : start + 2;
  const lead = inside.find((m) => m.start <= leadBy);
  // the head and a known body's name, all of the part (منظمة الصليب الأحمر، شبكة "بي بي سي"): the body
  if (headed && lead?.how === 'lexicon' && lead.type === 'organization' && lead.end >= end - 2) return lead;
  // the first word of the part after the lead name (a findIndex from token 0 was quadratic)
  let afterLead = -1;
  for (let ti = c.a; lead && ti < c.b && afterLead < 0; ti++)
    if (tokens[ti]!.word && tokens[ti]!.start >= lead.end) afterLead = ti;
  const modifier = afterLead >= 0 && nameModifiers().has(tokens[afterLead]!.norm);
  // a known name followed by its object (ووعد التحالف الدولي السجناء بأنه …): the name is the subject
  const objectAfter =
    !!lead &&
    afterLead >= 0 &&
    !modifier &&
    lead.type !== 'person' &&
    tokens[afterLead]!.word &&
    (/^ال/.test(tokens[afterLead]!.norm) || constructAfterKnown(tokens, lead, afterLead)) &&
    !OF_WHOM.test(looseKey(text.slice(start, end)));
  return (
    inside.find((m) => m.start <= start + 2 && m.end >= end - 2) ??
    ((modifier || objectAfter) && !looseKey(text.slice(start, end)).includes(IN_NAME_OF)
      ? lead
      : undefined) ??
    (lead && isModelPerson(lead)
      ? (nameRunOn(scan, c, lead, afterLead) ?? adjacentName(scan, c, lead) ?? lead)
      : undefined)
  );
}

/** A one-word name and a name the tagger split from it, one space apart at the part's start, the subject
 *  ending there (بخاري | موسى داودا، أحد سكان …؛ … أن): a speaker is one noun phrase, so they are one name; not
 *  a subject and its object (نعى ترامب فرانكلين). */
function adjacentName(scan: SpeakerScan, c: PartSpan, lead: Mention): Mention | null {
  const { tokens } = scan;
  if (tokens[c.a]!.start !== lead.start || tokens[c.a]!.end !== lead.end) return null;
  if (scan.text.slice(lead.end, lead.end + 1) !== ' ') return null;
  // (a mention of the document: the part keeps a tagger's name only where it leads)
  const next = firstStartingIn(scan.mentions, lead.end + 1, lead.end + 2, isModelPerson);
  if (!next || next.end > c.end) return null;
  let k = c.a;
  while (k < c.b && tokens[k]!.end <= next.end) k++;
  const after = tokens[k];
  const ends =
    !after ||
    isComma(after) ||
    COMPLEMENT_WORDS.has(after.norm) ||
    oneOfWords('one_of').has(after.norm) ||
    !!titleAt(tokens, k, c.b);
  if (!ends) return null;
  const parsed = personMention(scan.doc, scan.text, scan.tokens, c.a, k, null, c.a, scan.gender);
  parsed.how = 'name';
  return parsed;
}

const COMMA = /^[،,]$/;

/** A tagger's person at the part's start with one more name-like word right after it, up to an
 *  apposition's comma or a role (عبد القادر شيخ كبير، وهو …؛ عبد العزيز علي المتحدث باسم …): all of them
 *  are the name. */
function nameRunOn(scan: SpeakerScan, c: PartSpan, lead: Mention, afterLead: number): Mention | null {
  const { tokens } = scan;
  if (afterLead < 0 || tokens[c.a]!.start !== lead.start) return null;
  // (one word, right after the name: not past a semicolon, not a description, أنس عتيق؛ تاجر جلود)
  const k = afterLead + 1;
  if (tokens[afterLead - 1]!.end !== lead.end || !nameLike(tokens[afterLead]!)) return null;
  // (up to a role, or a comma before an apposition, وهو or a title, or before what is said, إن، على أن; not
  // a quote or a clause after it, أكد المالكي | استمرار "…"، nor a description, غودين | مدافع، …)
  const after = tokens[k + 1];
  const apposition =
    k === c.b &&
    COMMA.test(tokens[k]?.norm ?? '') &&
    !!after?.word &&
    (HE_SHE.has(after.norm) ||
      titleAt(tokens, k + 1, tokens.length) !== null ||
      COMPLEMENT_WORDS.has(after.norm) ||
      COMPLEMENT_WORDS.has(tokens[k + 2]?.norm ?? ''));
  if (!(apposition || titleAt(tokens, k, c.b)?.title.kind === 'role')) return null;
  const parsed = personMention(scan.doc, scan.text, tokens, c.a, k, null, c.a, scan.gender);
  parsed.how = 'name';
  return parsed;
}

/** After a body the lexicon knows, a noun in construct with a definite one (أدانت المنظمة | أعمال العنف):
 *  its object, never more of its name. */
const constructAfterKnown = (tokens: Token[], lead: Mention, at: number): boolean =>
  lead.how === 'lexicon' &&
  !/^(لل|بال|كال)/.test(tokens[at]!.norm) && // (a preposition with the article: وكالة بلومبرغ للأنباء)
  !!tokens[at + 1]?.word &&
  /^ال/.test(tokens[at + 1]!.norm);

/** A person only the tagger found. */
const isModelPerson = (m: Mention) => m.how === 'model' && m.type === 'person';

/** A part holding known names. */
function knownNamePart(scan: SpeakerScan, c: PartSpan): Mention {
  const { tokens, text, gender } = scan;
  const { inside, start, end } = c;
  const whole = wholeOrLead(scan, c);
  if (whole) return { ...whole, gender: whole.gender ?? gender };
  // "X المعروفة باسم Y": Y names X
  const known = KNOWN_AS_NAME.test(looseKey(text.slice(start, end)));
  const named = inside[inside.length - 1]!;
  if (known && named.type === 'organization') {
    const head = headBefore(text, tokens, c.a, c.b, KNOWN_AS);
    if (head) scan.aliases.push(head);
    return { ...named, gender };
  }
  const firstM = inside[0]!;
  const type = firstM.type === 'location' ? 'organization' : firstM.type;
  return descMention(
    scan.doc,
    text,
    start,
    descriptionEnd(text, tokens, c.a, c.b),
    type,
    gender,
    'phrase',
    firstM,
  );
}

/** "ناج آخر يدعى سامي خليل": the name after يدعى / المدعو is the speaker. */
export function calledName(scan: SpeakerScan, c: PartSpan): Mention | null {
  const { tokens } = scan;
  for (let k = c.a; k + 1 < c.b; k++) {
    if (!CALLED.has(tokens[k]!.norm)) continue;
    const nameEnd = Math.min(c.b, k + 5);
    if (!allNameLike(tokens, k + 1, nameEnd)) return null;
    const parsed = personMention(scan.doc, scan.text, tokens, k + 1, nameEnd, null, k + 1, scan.gender);
    parsed.how = 'name';
    return parsed;
  }
  return null;
}
const CALLED = wordSet('speaker-words', 'called');
const KNOWN_AS = new RegExp(`^(?:${alternation('speaker-words', 'known_as')})$`);
const KNOWN_AS_NAME = new RegExp(`(?:${alternation('speaker-words', 'known_as')})\\s+(?:${IN_NAME_OF}|ب)`);

/** "مكتب رئيس الوزراء سامي خليل": the office of a titled person speaks, not the person. */
function officeOfTitled(scan: SpeakerScan, c: PartSpan): Mention | null {
  const { tokens, text } = scan;
  if (!OFFICE.has(tokens[c.a]!.norm) || c.b - c.a < 3) return null;
  const ttl = titleAt(tokens, c.a + 1, c.b);
  if (ttl?.title.kind !== 'role') return null;
  // the name at the end of the phrase is the office holder's
  let e = c.b;
  while (e > ttl.next && nameWordAt(tokens, e - 1)) e--;
  // (not a place after في: مكتب المدعي العام في | شليزفيغ is the office's seat)
  if (e >= c.b || e <= ttl.next || tokens[e - 1]!.norm === IN_WORD) return null;
  const end = tokens[lastWord(tokens, c.a, e) - 1]!.end;
  return descMention(scan.doc, text, c.start, end, 'organization', scan.gender, 'phrase');
}
const OFFICE = wordSet('speaker-words', 'office');

/** No name, no title, no known body: a description. Not one that starts with a possessive
 *  (وفق تفسيرها …) or runs on like a clause. */
function descriptionPart(scan: SpeakerScan, c: PartSpan): Mention | null {
  const { tokens } = scan;
  const w0 = tokens[c.a]!.norm;
  if (/(ها|هم|هما|كم)$/.test(w0) && w0.length > 4 && !isChannelStem(w0)) return null;
  if (wordCount(tokens, c.a, c.b) > 8) return null;
  // what a body issued, with ل (حصيلة للمرصد، حصيلة سابقة للمرصد): the body, without its glued ل
  const body = isDocumentNoun(tokens[c.a]!) ? bodyAfterLam(tokens, c.a + 1, c.b) : -1;
  if (body > 0) {
    const bodyEnd = descriptionEnd(scan.text, tokens, body, c.b);
    const glued = descMention(
      scan.doc,
      scan.text,
      tokens[body]!.start,
      bodyEnd,
      'organization',
      scan.gender,
      'phrase',
    );
    return withoutGluedLam(scan.text, glued);
  }
  // what a source issued (أرقام المؤسسات الصحية، إحصاءات خفر السواحل): the source speaks
  if (isDocumentNoun(tokens[c.a]!) && c.b - c.a >= 2 && tokens[c.a + 1]!.word) {
    const from = issuedEnd(tokens, c.a + 1, c.b);
    const rest = { ...c, a: from, start: tokens[from]!.start };
    if (wordCount(tokens, rest.a, rest.b) >= 2 || /^ال/.test(tokens[rest.a]!.norm))
      return descriptionPart(scan, rest);
  }
  const end = descriptionEnd(scan.text, tokens, c.a, c.b);
  const parsed = descMention(scan.doc, scan.text, c.start, end, 'organization', scan.gender, 'phrase');
  // not one of, a definite noun, a source or an organisation's head (مفوضية شؤون اللاجئين، وزارة شؤون المرأة): no body
  const w = tokens[c.a]!;
  if (!isOneOf(w.norm) && !w.norm.startsWith('ال') && !isSourceStem(w.norm) && !orgNameHead(w))
    parsed.type = 'other';
  if (isPersonStem(tokens[c.a]!.norm)) parsed.type = 'person';
  return parsed;
}

const isChannelStem = prefixTest('speaker-words', 'channel_stem');
const isSourceStem = prefixTest('speaker-words', 'source_stem');
const isPersonStem = prefixTest('speaker-words', 'person_stem');
const isOneOf = prefixTest('speaker-words', 'one_of');
