// Noun phrases that name a speaker: a title or role with a name (العقيد سامر الخطيب، المتحدث باسم
// الجيش)، a bare name (كمال يوسف)، an organisation (قسد)، or a description (أحد السكان، القوات
// التي يقودها الأكراد). Turns a token range into one Mention, with the role's organisation attached.

import { loadTsv } from '../../lexicon/index.js';
import { looseKey } from '../../text/normalize.js';
import type { Mention, Token } from '../../types.js';
import { descMention, personMention } from './mentions.js';
import {
  allNameLike,
  core,
  cutRelative,
  familyName,
  firstTokenAt,
  headBefore,
  isQuoteTok,
  lastWord,
  mentionsIn,
  nameLike,
  orgEnd,
  rankedNameIn,
  type SpeakerParse,
  splitParts,
  titleAt,
  wordCount,
} from './words.js';

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
  const parts = splitParts(tokens, a, b);
  if (!parts.length) return null;
  let person: Mention | null = null;
  let roleOrg: Mention | null = null;
  let roleTitle: string | null = null;
  let first: Mention | null = null;
  const aliases: string[] = [];

  for (const part of parts.slice(0, 3)) {
    const c = core(tokens, part);
    if (c.b <= c.a) continue;
    const start = tokens[c.a]!.start,
      end = tokens[c.b - 1]!.end;
    const ttl = titleAt(tokens, c.a, c.b);
    // a name only the tagger found counts after a title or role, or when it leads the phrase
    const inside = mentionsIn(mentions, start, end).filter(
      (m) => ttl || m.how !== 'model' || m.start <= start + 2,
    );
    let parsed: Mention | null = null;
    if (ttl) {
      const { title } = ttl;
      const j = ttl.next;
      if (title.kind === 'rank' || title.kind === 'honorific') {
        // rank/honorific: a further rank may follow (العميد الركن), then the name
        let k = j;
        while (k < c.b && k - j < 4 && (nameLike(tokens[k]!) || isQuoteTok(tokens[k]!))) k++;
        // a family name with the article (سامر الخطيب) closes the name when a boundary follows it
        if (k > j && k < c.b && familyName(tokens, k, c.b, inside)) k++;
        const nameEnd = lastWord(tokens, j, k);
        if (nameEnd > j && wordCount(tokens, j, nameEnd) >= 1) {
          parsed = personMention(doc, text, tokens, j, nameEnd, title, c.a, gender);
        }
      } else if (title.kind === 'anon') {
        const s = tokens[c.a]!.start;
        // the anonymous source with the organisation it belongs to (مصادر من "قسد")
        let e = ttl.next;
        if (title.org === 'idafa') e = orgEnd(tokens, mentions, e, c.b);
        parsed = descMention(
          doc,
          text,
          s,
          tokens[lastWord(tokens, c.a, e) - 1]!.end,
          'person',
          gender,
          'title',
        );
        const orgM = mentionsIn(mentions, s, tokens[e - 1]!.end).find((m) => m.type === 'organization');
        if (orgM) parsed.org = orgM.key;
      } else {
        // role: org phrase then maybe a name at the end (عضو المكتب السياسي لـ"الحركة" كمال يوسف)
        let k = c.b;
        // a rank or honorific inside the phrase starts the name (المتحدث الأمني بوزارة الداخلية العميد سامر العلي)
        const ranked = rankedNameIn(tokens, j, c.b, inside);
        if (ranked) k = ranked.at;
        while (
          k > j &&
          nameLike(tokens[k - 1]!) &&
          !inside.some(
            (m) => m.how !== 'model' && tokens[k - 1]!.start >= m.start && tokens[k - 1]!.end <= m.end,
          )
        )
          k--;
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
          k = x;
          nameWords = 2;
        }
        const orgText =
          k > j
            ? text.slice(tokens[j]!.start, tokens[lastWord(tokens, j, k) - 1]?.end ?? tokens[j]!.end)
            : '';
        roleTitle = title.title;
        // (not a tagger's name that runs into the person's name)
        const nameAt = k < c.b ? tokens[k]!.start : Number.POSITIVE_INFINITY;
        const orgM =
          inside.find(
            (m) =>
              (m.type === 'organization' || m.type === 'location') && (m.how !== 'model' || m.end <= nameAt),
          ) ?? null;
        // the body is a known one when its name ends the phrase after at most an adjective of the role and a
        // preposition (المتحدث الأمني بوزارة الداخلية)
        const orgEndsPhrase =
          !!orgM &&
          orgM.end >= (tokens[lastWord(tokens, j, k) - 1]?.end ?? 0) - 1 &&
          wordCount(tokens, j, firstTokenAt(tokens, j, orgM.start)) <= 2;
        if (orgText)
          roleOrg =
            orgM && (looseKey(orgM.surface) === looseKey(orgText) || orgEndsPhrase)
              ? orgM
              : descMention(
                  doc,
                  text,
                  tokens[j]!.start,
                  tokens[lastWord(tokens, j, k) - 1]!.end,
                  'organization',
                  null,
                  'role',
                  orgM,
                );
        if (ranked) {
          parsed = personMention(doc, text, tokens, ranked.nameStart, ranked.nameEnd, title, c.a, gender);
          parsed.title = text.slice(tokens[c.a]!.start, tokens[ranked.nameStart]!.start).trim();
        } else if (nameWords >= 1 && nameWords <= 4 && k > j) {
          parsed = personMention(doc, text, tokens, k, c.b, title, c.a, gender);
        } else if (nameWords >= 1 && nameWords <= 4 && k === j && title.org === '-') {
          parsed = personMention(doc, text, tokens, k, c.b, title, c.a, gender);
        } else if (!person && !roleOrg && !first) {
          // a bare role (القيادي، المتحدث) stands for the last person with that role
          parsed = descMention(doc, text, start, end, 'person', gender, 'role');
          parsed.title = title.title;
        }
      }
    } else if (c.b - c.a <= 4 && allNameLike(tokens, c.a, c.b) && !inside.length) {
      parsed = personMention(doc, text, tokens, c.a, c.b, null, c.a, gender);
      parsed.how = 'name';
    } else if (inside.length && issuedBy(tokens, c.a, inside)) {
      // what a body issued (بيانات الأمم المتحدة، حصيلة للمرصد): the body speaks
      parsed = { ...issuedBy(tokens, c.a, inside)!, gender };
    } else if (inside.length) {
      const lead = inside.find((m) => m.start <= start + 2);
      // the first word of the part after the lead name (a findIndex from token 0 was quadratic)
      let afterLead = -1;
      for (let ti = c.a; lead && ti < c.b && afterLead < 0; ti++)
        if (tokens[ti]!.word && tokens[ti]!.start >= lead.end) afterLead = ti;
      const modifier =
        afterLead >= 0 &&
        /^(المدعوم|المدعومه|التي|الذي|المعروف|المعروفه|المتحالف|المتحالفه|المقرب|المقربه|الموالي|الموالية|الموالي|الكردية|ومقرها|ومقره|التابع|التابعه)$/.test(
          tokens[afterLead]!.norm,
        );
      // a known name followed by its object (ووعد التحالف الدولي السجناء بأنه …): the name is the subject
      const objectAfter =
        !!lead &&
        afterLead >= 0 &&
        !modifier &&
        lead.type !== 'person' &&
        tokens[afterLead]!.word &&
        /^ال/.test(tokens[afterLead]!.norm) &&
        !/باسم|التابع/.test(looseKey(text.slice(start, end)));
      const whole =
        inside.find((m) => m.start <= start + 2 && m.end >= end - 2) ??
        ((modifier || objectAfter) && !/باسم/.test(looseKey(text.slice(start, end))) ? lead : undefined) ??
        (lead && isModelPerson(lead) ? lead : undefined);
      if (whole) parsed = { ...whole, gender: whole.gender ?? gender };
      else {
        // "X المعروفة باسم Y": Y names X
        const known = /(المعروف|المعروفه|والمعروف|والمعروفه)\s+(باسم|ب)/.exec(
          looseKey(text.slice(start, end)),
        );
        const named = inside[inside.length - 1]!;
        if (known && named.type === 'organization') {
          const head = headBefore(text, tokens, c.a, c.b, /^(المعروف|المعروفه|والمعروف|والمعروفه)$/);
          if (head) aliases.push(head);
          parsed = { ...named, gender };
        } else {
          const firstM = inside[0]!;
          const desc = descMention(
            doc,
            text,
            start,
            cutRelative(tokens, c.a, c.b),
            firstM.type === 'location' ? 'organization' : firstM.type,
            gender,
            'phrase',
            firstM,
          );
          parsed = desc;
        }
      }
    } else {
      // no name, no title, no known body: a description. Not one that starts with a possessive
      // (وفق تفسيرها …) or runs on like a clause.
      const w0 = tokens[c.a]!.norm;
      if (
        /(ها|هم|هما|كم)$/.test(w0) &&
        w0.length > 4 &&
        !/^(خدمت|موقع|حساب|قنات|صفحت|وكالت|منصت|معرف|صحيفت)/.test(w0)
      )
        continue;
      if (wordCount(tokens, c.a, c.b) > 8) continue;
      parsed = descMention(doc, text, start, cutRelative(tokens, c.a, c.b), 'organization', gender, 'phrase');
      if (
        /^(احد|ال)/.test(tokens[c.a]!.norm) === false &&
        !/^(مصدر|مصادر|مسؤول|ناشط|شاهد|شهود|سكان)/.test(tokens[c.a]!.norm)
      )
        parsed.type = 'other';
      if (/^(احد|الساكن|سكان|مسؤول|مصدر|شاهد|ناشط)/.test(tokens[c.a]!.norm)) parsed.type = 'person';
    }
    if (!parsed) continue;
    if (parsed.type === 'person' && parsed.how !== 'role' && !person) person = parsed;
    else if (!first) first = parsed;
  }
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
  return { speaker, aliases };
}

/** A person only the tagger found. */
const isModelPerson = (m: Mention) => m.how === 'model' && m.type === 'person';

let documentNouns: Set<string> | null = null;

/** A document noun (lexicons/document-nouns.tsv) at token a, then at most one word (a preposition)
 *  and a known organisation: that organisation. */
function issuedBy(tokens: Token[], a: number, inside: Mention[]): Mention | null {
  documentNouns ??= new Set(loadTsv('document-nouns').map((r) => looseKey(r.word!)));
  const first = tokens[a];
  if (!first?.word || !documentNouns.has(looseKey(first.norm).replace(/^[وف](?=..)/, ''))) return null;
  const body = inside.find((m) => m.start >= first.end && m.type === 'organization');
  if (!body) return null;
  let between = 0;
  for (let i = a + 1; i < tokens.length && tokens[i]!.end <= body.start; i++) if (tokens[i]!.word) between++;
  return between <= 1 ? body : null;
}

export { findTitledPersons } from './mentions.js';
export { nameLike, titleAt } from './words.js';
