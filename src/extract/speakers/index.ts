// Noun phrases that name a speaker: a title or role with a name (العقيد سامر الخطيب، المتحدث باسم
// الجيش)، a bare name (كمال يوسف)، an organisation (قسد)، or a description (أحد السكان، القوات
// التي يقودها الأكراد). Turns a token range into one Mention, with the role's organisation attached.

import type { Mention, Token } from '../../types.js';
import type { PartSpan, SpeakerScan } from './scan.js';
import { titledPart } from './titled.js';
import { untitledPart } from './untitled.js';
import { ASIDE_VERB, core, isQuoteTok, mentionsIn, type SpeakerParse, splitParts, titleAt } from './words.js';

/**
 * Read the speaker named by tokens [a, b).
 * `gender` comes from the verb (قالت → f). `mentions` are the document's lexicon mentions.
 */
export function parseSpeaker(
  doc: string,
  text: string,
  tokens: Token[],
  a: number,
  b: number,
  mentions: Mention[],
  gender: 'm' | 'f' | null,
): SpeakerParse | null {
  const parts = splitParts(tokens, a, b, mentions);
  if (!parts.length) return null;
  const scan: SpeakerScan = {
    doc,
    text,
    tokens,
    mentions,
    gender,
    person: null,
    roleOrg: null,
    roleTitle: null,
    first: null,
    aliases: [],
  };
  for (const part of parts.slice(0, 3)) {
    const c = core(tokens, part);
    if (c.b <= c.a) continue;
    if (part !== parts[0] && ASIDE_VERB.has(tokens[c.a]!.norm)) continue; // (، طلب عدم ذكر اسمه،)
    const start = tokens[c.a]!.start,
      end = tokens[c.b - 1]!.end;
    const ttl = titleAt(tokens, c.a, c.b);
    // a name only the tagger found counts after a title or role, or when it leads the phrase
    // (a name's closing mark is its mention's: حركة "حماس")
    const closing = c.b < part.b && isQuoteTok(tokens[c.b]!) && tokens[c.b]!.start === end;
    const inside = mentionsIn(mentions, start, closing ? tokens[c.b]!.end : end).filter(
      (m) => ttl || m.how !== 'model' || m.start <= start + 2,
    );
    const span: PartSpan = { a: c.a, b: c.b, start, end, inside };
    const parsed = ttl ? titledPart(scan, span, ttl.title, ttl.next) : untitledPart(scan, span);
    if (!parsed) continue;
    // a known name in an apposition after a role whose name was only guessed from its words
    // (المتحدث باسم إدارة مكافحة الفيضانات، ماركو بيلوتي،): the apposition names the person, the whole
    // phrase after the role is the body
    if (scan.guessed && !ttl && parsed.type === 'person' && KNOWN_NAME.has(parsed.how)) {
      scan.person = parsed;
      if (scan.guessed.body) scan.roleOrg = scan.guessed.body;
      scan.guessed = undefined;
      continue;
    }
    // an unnamed role (قائد القوة، …) gives way to the name an apposition gives (…، اللواء سامر العلي)
    // and so does a description (إحدى الطالبات، بريانا X،) to a name the apposition gives
    const unnamed =
      scan.person?.how === 'phrase' &&
      ((!!scan.person.title && parsed.how !== 'phrase') || KNOWN_NAME.has(parsed.how));
    if (parsed.type === 'person' && parsed.how !== 'role' && (!scan.person || unnamed)) scan.person = parsed;
    else if (!scan.first) scan.first = parsed;
  }
  return chosenSpeaker(scan);
}

/** How a name was found when a mention or the bare-name reading gives it (not a role's guess). */
const KNOWN_NAME = new Set(['model', 'lexicon', 'name']);

/** The person named if any, else the first speaker, with the role's body and title attached. */
function chosenSpeaker(scan: SpeakerScan): SpeakerParse | null {
  const { person, roleOrg, roleTitle, first } = scan;
  let speaker = person ?? first;
  if (!speaker && roleOrg) {
    speaker = roleOrg; // a role and its body with no name: the role resolves like a bare one
    if (roleTitle && !speaker.title) speaker.title = roleTitle;
  }
  if (!speaker) return null;
  if (speaker === person && roleOrg) {
    speaker.org = roleOrg.lexId ?? roleOrg.org ?? roleOrg.key;
    if (!speaker.title && roleTitle) speaker.title = roleTitle;
  }
  if (speaker === first && person === null && roleOrg && speaker.how === 'role')
    speaker.org = roleOrg.lexId ?? roleOrg.key;
  return { speaker, aliases: scan.aliases };
}

export { isDocumentNoun } from './issued.js';
export { findTitledPersons, isNamedPerson, withoutGluedLam } from './mentions.js';
export { ASIDE_VERB, HE_SHE, nameLike, titleAt } from './words.js';
