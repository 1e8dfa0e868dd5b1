// Noun phrases that name a speaker: a title or role with a name (العقيد سامر الخطيب، المتحدث باسم
// الجيش)، a bare name (كمال يوسف)، an organisation (قسد)، or a description (أحد السكان، القوات
// التي يقودها الأكراد). Turns a token range into one Mention, with the role's organisation attached.

import { lexicons, type TitleInfo } from '../lexicon/index.js';
import { looseKey } from '../text/normalize.js';
import type { Mention, Token } from '../types.js';
import { firstStartingIn, spansWithin } from './sorted-spans.js';

/** Words that never belong to a person's name. */
const FUNCTION = new Set(
  'في من على الي عن ان انه انها انهم ما لا لم لن قد كان كانت هو هي هم وهو وهي الذي التي الذين اللذين مع بعد قبل خلال حول منذ حتي او ثم كما اذ اذا لكن بل غير عند لدي بين ضد نحو تحت فوق امام وراء يوم امس اليوم هذا هذه ذلك تلك هناك هنا كل بعض جميع ايضا فقط عبر وفق بحسب حسب لـ ل ب و ف'.split(
    ' ',
  ),
);
const WEEKDAYS = new Set(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت']);

export interface Part {
  a: number; // token index, inclusive
  b: number; // token index, exclusive
}

export interface SpeakerParse {
  speaker: Mention;
  /** Further names for the speaker's entity found in the phrase (X المعروفة باسم Y). */
  aliases: string[];
}

const isQuoteTok = (t: Token) => !t.word && /^["“”«»″„'‘’]+$/.test(t.norm);
const isComma = (t: Token) => !t.word && /^[،,]$/.test(t.norm);
const stripConj = (w: string) => (w.length > 3 && (w[0] === 'و' || w[0] === 'ف') ? w.slice(1) : w);

/** A word that can be part of a personal name. */
export function nameLike(t: Token): boolean {
  if (!t.word) return false;
  const w = t.norm;
  if (!/^[\u0621-\u064A]{2,}$/.test(w)) return false;
  if (w.startsWith('ال') && w !== 'الله') return false;
  if (FUNCTION.has(w) || WEEKDAYS.has(w)) return false;
  if (/^(ب|ل|ك)ال/.test(w)) return false;
  const lx = lexicons();
  if (lx.verbs.has(w) || lx.verbs.has(stripConj(w))) return false;
  if (lx.titles.has(w)) return false;
  return true;
}

/** Longest title starting at token i (words only), if any. */
export function titleAt(tokens: Token[], i: number, end: number): { title: TitleInfo; next: number } | null {
  const t = tokens[i];
  if (!t?.word) return null;
  const lx = lexicons();
  // most words start no title: check cheaply before building the candidate forms
  const bare = stripConj(t.norm);
  if (!lx.titles.has(t.norm) && !lx.titles.has(bare) && !/^و?لل/.test(t.norm)) return null;
  const forms = new Set([t.norm, bare]);
  if (/^(لل|ولل)/.test(t.norm)) forms.add('ال' + t.norm.replace(/^و?لل/, '')); // للمتحدث باسم
  for (const first of forms) {
    const cands = lx.titles.get(first);
    if (!cands) continue;
    for (const c of cands) {
      let j = i,
        k = 0;
      while (k < c.words.length && j < end) {
        const tok = tokens[j]!;
        if (!tok.word) {
          j++;
          continue;
        }
        const w = k === 0 ? first : tok.norm;
        // a role ending in a preposition (المتحدث الرسمي ل) may be glued: لـ / للـ
        if (w === c.words[k] || (k === c.words.length - 1 && c.words[k] === 'ل' && /^ل/.test(w))) {
          k++;
          j++;
        } else break;
      }
      if (k === c.words.length) return { title: c, next: j };
    }
  }
  return null;
}

/** Split [a, b) into comma-separated parts (and " - وهو …" asides). */
export function splitParts(tokens: Token[], a: number, b: number): Part[] {
  const parts: Part[] = [];
  let s = a;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    const dashAside =
      !t.word && /^[-–—]$/.test(t.norm) && tokens[i + 1] && /^(وهو|وهي|هو|هي)$/.test(tokens[i + 1]!.norm);
    if (isComma(t) || dashAside || (!t.word && t.norm === '(')) {
      if (i > s) parts.push({ a: s, b: i });
      s = i + 1;
    }
  }
  if (b > s) parts.push({ a: s, b });
  return parts.map((p) => trimPart(tokens, p)).filter((p) => p.b > p.a);
}

function trimPart(tokens: Token[], p: Part): Part {
  let { a, b } = p;
  while (a < b && !tokens[a]!.word && !isQuoteTok(tokens[a]!)) a++;
  while (b > a && !tokens[b - 1]!.word && !isQuoteTok(tokens[b - 1]!)) b--;
  // drop a leading "وهو"/"وهي"
  if (a < b && /^(وهو|وهي|هو|هي)$/.test(tokens[a]!.norm)) a++;
  return { a, b };
}

/** Index range of the words of a part, quotes at both ends dropped. */
function core(tokens: Token[], p: Part): Part {
  let { a, b } = p;
  while (a < b && !tokens[a]!.word) a++;
  while (b > a && !tokens[b - 1]!.word) b--;
  return { a, b };
}

/** Lexicon mentions that lie inside [start, end) of the text. */
function mentionsIn(mentions: Mention[], start: number, end: number): Mention[] {
  return spansWithin(mentions, start, end);
}

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
    const inside = mentionsIn(mentions, start, end);
    const ttl = titleAt(tokens, c.a, c.b);
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
          !inside.some((m) => tokens[k - 1]!.start >= m.start && tokens[k - 1]!.end <= m.end)
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
        const orgM = inside.find((m) => m.type === 'organization' || m.type === 'location') ?? null;
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
        ((modifier || objectAfter) && !/باسم/.test(looseKey(text.slice(start, end))) ? lead : undefined);
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

/** Index of the first token (from `from`) that ends after `pos`. */
function firstTokenAt(tokens: Token[], from: number, pos: number): number {
  let i = from;
  while (i < tokens.length && tokens[i]!.end <= pos) i++;
  return i;
}

/** A rank or honorific after a role's body and the name it introduces (… العميد سامر العلي):
 *  where the rank stands and where the name lies. */
function rankedNameIn(
  tokens: Token[],
  from: number,
  end: number,
  inside: Mention[],
): { at: number; nameStart: number; nameEnd: number } | null {
  for (let r = from + 1; r < end; r++) {
    const ttl = titleAt(tokens, r, end);
    if (!ttl || (ttl.title.kind !== 'rank' && ttl.title.kind !== 'honorific')) continue;
    let k = ttl.next;
    while (k < end && k - ttl.next < 4 && nameLike(tokens[k]!)) k++;
    if (k > ttl.next && k < end && familyName(tokens, k, end, inside)) k++;
    const nameEnd = lastWord(tokens, ttl.next, k);
    if (nameEnd > ttl.next) return { at: r, nameStart: ttl.next, nameEnd };
  }
  return null;
}

/** An ال-word that ends a personal name: the last word of the phrase, not a known name of a place or body. */
function familyName(tokens: Token[], k: number, end: number, inside: Mention[]): boolean {
  const t = tokens[k]!;
  if (!t.word || !/^ال[\u0621-\u064A]{3,}$/.test(t.norm)) return false;
  if (inside.some((m) => m.type !== 'person' && m.start <= t.start && m.end >= t.end)) return false;
  const nx = tokens[k + 1];
  return (
    k + 1 >= end ||
    !nx ||
    (!nx.word && !/^["“”«»]$/.test(nx.norm)) ||
    (nx.word && lexicons().titles.has(nx.norm))
  );
}

function allNameLike(tokens: Token[], a: number, b: number): boolean {
  let n = 0;
  for (let i = a; i < b; i++) {
    const t = tokens[i]!;
    if (isQuoteTok(t)) continue;
    if (!nameLike(t)) return false;
    n++;
  }
  return n > 0;
}

function wordCount(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (tokens[i]!.word) n++;
  return n;
}

function lastWord(tokens: Token[], a: number, b: number): number {
  let e = b;
  while (e > a && !tokens[e - 1]!.word) e--;
  return e;
}

/** End of an organisation phrase after an anonymous source (مصادر من "قسد"). */
function orgEnd(tokens: Token[], mentions: Mention[], from: number, end: number): number {
  for (let i = from; i < end; i++) {
    const m = firstStartingIn(mentions, tokens[i]!.start, Math.max(tokens[i]!.start, tokens[i]!.end - 1));
    if (m && (m.type === 'organization' || m.type === 'location')) {
      let j = i;
      while (j < end && tokens[j]!.end <= m.end) j++;
      while (j < end && isQuoteTok(tokens[j]!)) j++;
      return j;
    }
    if (tokens[i]!.word && !/^(من|في|ل|لـ)$/.test(tokens[i]!.norm)) break;
  }
  return from;
}

/** Cut a descriptive phrase before an adverbial or a relative clause that says something else. */
function cutRelative(tokens: Token[], a: number, b: number): number {
  for (let i = a + 1; i < b; i++) {
    const w = tokens[i]!.norm;
    if (/^(بالقرب|قرب|بجوار|داخل|عند|لدي|امام)$/.test(w)) return tokens[lastWord(tokens, a, i) - 1]!.end;
    if (/^(الذي|الذين)$/.test(w) && i > a + 1) return tokens[lastWord(tokens, a, i) - 1]!.end;
  }
  return tokens[b - 1]!.end;
}

function headBefore(text: string, tokens: Token[], a: number, b: number, stop: RegExp): string | null {
  for (let i = a; i < b; i++)
    if (stop.test(tokens[i]!.norm))
      return i > a ? text.slice(tokens[a]!.start, tokens[lastWord(tokens, a, i) - 1]!.end) : null;
  return null;
}

function personMention(
  doc: string,
  text: string,
  tokens: Token[],
  a: number,
  b: number,
  title: TitleInfo | null,
  titleStart: number,
  gender: 'm' | 'f' | null,
): Mention {
  const e = lastWord(tokens, a, b);
  let s = a;
  while (s < e && !tokens[s]!.word) s++;
  const start = tokens[s]!.start,
    end = tokens[e - 1]!.end;
  const surface = text.slice(start, end);
  return {
    doc,
    start,
    end,
    type: 'person',
    surface,
    key: looseKey(surface),
    title: title
      ? text
          .slice(tokens[titleStart]!.start, tokens[s]!.start)
          .trim()
          .replace(/[،,\s]+$/, '')
      : null,
    gender: title?.gender ?? gender,
    lexId: null,
    how: title ? 'title' : 'verb',
  };
}

function descMention(
  doc: string,
  text: string,
  start: number,
  end: number,
  type: Mention['type'],
  gender: 'm' | 'f' | null,
  how: string,
  org?: Mention | null,
): Mention {
  const surface = text.slice(start, end);
  return {
    doc,
    start,
    end,
    type,
    surface,
    key: looseKey(surface),
    title: null,
    gender,
    lexId: null,
    how,
    org: org ? (org.lexId ?? org.key) : null,
  };
}

/** Persons introduced by a rank or honorific anywhere in the text (اللواء X Y، العقيد X). */
export function findTitledPersons(doc: string, text: string, tokens: Token[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const ttl = titleAt(tokens, i, Math.min(tokens.length, i + 6));
    if (!ttl || (ttl.title.kind !== 'rank' && ttl.title.kind !== 'honorific')) continue;
    let k = ttl.next;
    while (k < tokens.length && k - ttl.next < 3 && nameLike(tokens[k]!)) k++;
    if (k > ttl.next && k < tokens.length && familyName(tokens, k, tokens.length, [])) k++; // العميد تركي المالكي
    if (k > ttl.next) {
      out.push(personMention(doc, text, tokens, ttl.next, k, ttl.title, i, null));
      i = k - 1;
    }
  }
  return out;
}
