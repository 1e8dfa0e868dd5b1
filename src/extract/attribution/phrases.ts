// Phrases around a reporting verb: its complement, the subject without it, relays, colons and quotes.

import { alternation, prepositionWords, theWord, wordSet } from '../../lexicon/index.js';
import { tokenIndexAt } from '../../text/doc.js';
import { DEFINITE_NISBA } from '../../text/nisba.js';
import { looseKey } from '../../text/normalize.js';
import { stemAfterProclitics } from '../../text/tokens.js';
import type { Attribution, Mention, Quote, Token } from '../../types.js';
import { firstStartingIn } from '../sorted-spans.js';
import { isNamedPerson, nameLike, parseSpeaker, titleAt } from '../speakers/index.js';
import type { AttrSegment } from './index.js';

const IN_NAME_OF = theWord('rule-words', 'in_name_of');
const IN_WORD = theWord('rule-words', 'in');
const UNTIL_WORD = theWord('rule-words', 'until');
/** A place's name starts at token t. */
const placeAt = (mentions: Mention[], t: Token | undefined): boolean =>
  !!t && !!firstStartingIn(mentions, t.start, t.start + 1, (m) => m.type === 'location');

import {
  ANY_Q,
  COMPLEMENT,
  isEventNoun,
  isQuoteTok,
  MASDAR_BEFORE,
  OPEN_Q,
  type State,
  shortQuotedName,
  startsWithPrep,
  tallyAt,
  verbAt,
} from './words.js';

/** فقد، فلقد: the clause after a source phrase (وفقا لـX فقد قتل …). */
/** وكالة X للأنباء: the agency's full name runs to للأنباء. */
const NEWS_AGENCY = theWord('rule-words', 'news_agency');
const AGENCY = new RegExp(`^و?(?:${alternation('rule-words', 'agency_stem')})`);

/** The noun phrase before a relative pronoun at `rel` (بيان للمتحدث باسم …، نيد برايس، الذي قال). */
export function antecedent(
  doc: string,
  text: string,
  tokens: Token[],
  rel: number,
  a: number,
  mentions: Mention[],
): Mention | null {
  let e = rel;
  while (e > a && !tokens[e - 1]!.word && !isQuoteTok(tokens[e - 1]!)) e--;
  let s = e,
    commas = 0;
  for (let i = e - 1; i >= a && e - i < 16; i--) {
    const t = tokens[i]!;
    if (!t.word) {
      if (/^[،,]$/.test(t.norm) && ++commas > 2) break;
      continue;
    }
    if (verbAt(t) || SUBJECT_STOP.has(t.norm)) break;
    s = i;
    if (/^لل/.test(t.norm) || (/^ل/.test(t.norm) && i < e - 1)) break;
  }
  if (s >= e) return null;
  // a person named right before the pronoun is who it points back at (التقى الوزير بالسفير X الذي قال)
  const end = tokens[e - 1]!.end;
  const named = firstStartingIn(mentions, tokens[s]!.start, end, (m) => m.end === end && isNamedPerson(m));
  if (named) return named;
  const sp = parseSpeaker(doc, text, tokens, s, e, mentions, null);
  return sp ? sp.speaker : null;
}

const SUBJECT_STOP = wordSet('attribution-words', 'subject_stop');

export function roleKey(s: string): string {
  return looseKey(s)
    .split(' ')[0]!
    .replace(/^[وف](?=ال)/, '') // والمتحدث; not the و of وزير
    .replace(/(?<!ي)ه$/, '') // (not القيادية, a woman who leads: no القيادة, a command)
    .replace(/^ال/, '');
}

export function remember(state: State, att: Attribution, gender: 'm' | 'f' | null, tokens: Token[]) {
  if (!att.speaker) return; // no one spoke (تشير المعلومات إلى …): the last speaker stays
  // a relay's verb agrees with the relayer, not the source (نقلت الإذاعة عن نتنياهو), and so may the gender
  // the source's phrase was read with: a relayed person is taken as a man (وأضاف), any other source keeps
  // no gender (ونقلت المصادر عن شهود عيان …، وأضافت: the relayer goes on)
  const g = att.speaker.gender ?? gender;
  if (att.via.length > 0) {
    if (att.speaker.type === 'person') state.last.m = att;
  } else if (g === 'm' || g === 'f') state.last[g] = att;
  else state.last.m = att;
  state.last.any = att;
  if (att.speaker?.title) state.byTitle.set(roleKey(att.speaker.title), att);
  const role = appositionRole(tokens, att.speaker);
  if (role) state.byTitle.set(roleKey(role), att);
}

/** The role a person's name is followed by, after a comma and with the article ("مات هيربر، الباحث في
 *  المنظمة …"): a later bare role (وتابع الباحث) is that person. */
function appositionRole(tokens: Token[], speaker: Mention): string | null {
  if (speaker.type !== 'person' || speaker.title) return null;
  const k = tokenIndexAt(tokens, speaker.end);
  const comma = tokens[k];
  if (!comma || comma.word || !/^[،,]$/.test(comma.norm) || comma.start < speaker.end) return null;
  const ttl = titleAt(tokens, k + 1, Math.min(tokens.length, k + 5));
  return ttl?.title.kind === 'role' && /^ال/.test(tokens[k + 1]!.norm) ? ttl.title.title : null;
}

export function verbSpan(text: string, tokens: Token[], a: number, b: number) {
  const start = tokens[a]!.start,
    end = tokens[b - 1]!.end;
  return { start, end, text: text.slice(start, end) };
}

export function findWord(tokens: Token[], a: number, b: number, w: string): number {
  for (let i = a; i < b; i++) if (tokens[i]!.norm === w) return i;
  return -1;
}

export function wordsBetween(tokens: Token[], a: number, b: number): number {
  let n = 0;
  for (let i = a; i < b; i++) if (tokens[i]!.word) n++;
  return n;
}

/** Subject of a verb with no complement (أعلنت قسد السيطرة…، نفت القيادة العامة، الأنباء…): a lexicon
 *  mention right after the verb, or the words up to the first comma (for an announcement, up to what
 *  happened: أعلنت مصادر طبية سقوط …). */
/** A body or place named at token j or right after one more word there (أركان | الجيش الفرنسي), with no
 *  preposition before it. */
function constructNameAfter(tokens: Token[], mentions: Mention[], j: number, end: number): Mention | null {
  for (let k = j; k < Math.min(end, j + 2); k++) {
    const t = tokens[k]!;
    if (!t.word || prepositionWords().has(t.norm)) return null;
    const m = firstStartingIn(mentions, t.start, t.start + 1);
    if (m && m.how !== 'model' && (m.type === 'organization' || m.type === 'location')) return m;
    if (/^[بلكفو]/.test(t.norm)) return null; // (a word with a clitic opens a phrase of its own: بنادي X)
  }
  return null;
}

/** The end of a role's phrase from `k`, the word after its title (a body or place, or up to three words
 *  with the article: نائب الرئيس الأميركي، رئيس روسيا), when a bare noun follows it, the object (… دعم بلاده);
 *  else null (مدير الإنتاج | في شركة …: where the role ends is unclear). */
function roleEnd(tokens: Token[], mentions: Mention[], k: number, end: number): number | null {
  let j = k;
  const body = j < end ? firstStartingIn(mentions, tokens[j]!.start, tokens[j]!.start) : undefined;
  if (body && body.type !== 'person') while (j < end && tokens[j]!.start < body.end) j++;
  else for (let n = 0; j < end && n < 3 && /^ال[\u0621-\u064A]{2,}$/.test(tokens[j]!.norm); n++) j++;
  const next = tokens[j];
  // (the role must head something: not نائب | رئيس الغرفة، مدير | عام المنظمة)
  return j > k && next?.word && !/^(ال|[لبفوك])/.test(next.norm) ? j : null;
}

export function subjectWithoutComplement(
  text: string,
  tokens: Token[],
  mentions: Mention[],
  from: number,
  end: number,
  announces = false,
): number {
  let i = from;
  while (i < end && !tokens[i]!.word && !ANY_Q.test(tokens[i]!.norm)) i++;
  if (i >= end) return from;
  // (a name at the first word or the next; not the body after a title, whose holder's name may follow:
  // مدير | إدارة الحماية المدنية أنجيلو بوريللي)
  const titled = titleAt(tokens, i, Math.min(end, i + 2)) !== null;
  const m = firstStartingIn(mentions, tokens[i]!.start, titled ? tokens[i]!.end : tokens[i]!.end + 1);
  if (m && (m.type === 'organization' || m.type === 'location' || m.type === 'person')) {
    let j = i;
    while (j < end && tokens[j]!.start < m.end) j++;
    // a body's head alone goes on in construct with the name after it (قيادة أركان الجيش الفرنسي، مديرية أمن
    // شمال سيناء): the subject ends with that name
    if (m.how === 'head' || m.how === 'bare-body') {
      const after = j < end && tokens[j]!.word ? constructNameAfter(tokens, mentions, j, end) : null;
      if (after) while (j < end && tokens[j]!.start < after.end) j++;
    }
    // a person's role in apposition right after the name (جو بايدن نائب الرئيس الأميركي دعم …)
    const role = m.type === 'person' && j < end ? titleAt(tokens, j, end) : null;
    if (role && !tokens[j]!.norm.startsWith('ال')) j = roleEnd(tokens, mentions, role.next, end) ?? j;
    // its adjectives (الوكالة الرسمية)
    while (j < end && tokens[j]!.word && DEFINITE_NISBA.test(tokens[j]!.norm)) j++;
    // the body it belongs to, after a glued ل (الفرع المصري لتنظيم داعش)
    const owner =
      j < end && /^ل[\u0621-\u064A]{3,}/.test(tokens[j]!.norm)
        ? firstStartingIn(mentions, tokens[j]!.start + 1, tokens[j]!.start + 2)
        : undefined;
    if (owner?.how === 'lexicon' && owner.type === 'organization')
      while (j < end && tokens[j]!.start < owner.end) j++;
    while (j < end && isQuoteTok(tokens[j]!)) j++;
    if (tokens[j]?.norm === NEWS_AGENCY && AGENCY.test(tokens[i]!.norm)) j++; // وكالة X للأنباء: its full name
    // a parenthesised abbreviation: قوات سوريا الديمقراطية (قسد)
    if (tokens[j]?.norm === '(') {
      let k = j + 1;
      while (k < end && tokens[k]!.norm !== ')' && k - j < 5) k++;
      if (tokens[k]?.norm === ')') j = k + 1;
    }
    return j;
  }
  // a title and the person the tagger or a title named (أكد الرئيس الفرنسي فلان مشاركة بلاده): the subject
  // ends with the name, what follows is what was said
  if (titleAt(tokens, i, Math.min(end, i + 4))) {
    const person = firstStartingIn(
      mentions,
      tokens[i]!.start + 1,
      tokens[Math.min(end - 1, i + 7)]!.start,
      isNamedPerson,
    );
    if (person) {
      let j = i;
      while (j < end && tokens[j]!.start < person.end) j++;
      if (j < end && tokens[j]!.word) return j;
    }
  }
  let named = announces; // no preposition yet: the words may still be the announcer's name
  for (let j = i; j < Math.min(end, i + 9); j++) {
    // the toll before, confirmed (وأكد المتحدث باسم الشرطة هذه الحصيلة)
    if (j > i && tallyAt(tokens, j)) return j;
    // (حتى الآن: what follows is no longer the name, ولم تؤكد الشرطة حتى الآن كيفية وقوع …)
    if (tokens[j]!.norm === UNTIL_WORD) named = false;
    // what happened opens what is announced (أعلنت مصادر طبية سقوط 18 قتيلا وإصابة …)
    // (not after a negation, أكد المتحدث عدم اندلاع حرائق: left as it was read before)
    if (
      named &&
      j > i &&
      tokens[j]!.word &&
      isEventNoun(tokens[j]!.norm) &&
      !MASDAR_BEFORE.has(tokens[j - 1]!.norm)
    )
      return j;
    // a preposition, alone or glued (بعد، بتسليح): an object has begun (أصدر X أوامر بتسليح …)
    if (
      tokens[j]!.word &&
      (startsWithPrep(tokens[j]!, text) || gluedPreposition(tokens[j]!)) &&
      !(j > i && tokens[j]!.norm === IN_NAME_OF && (j === i + 1 || titleAt(tokens, i, j))) && // المتحدث باسم X: a name yet
      !(j > i && tokens[j]!.norm === IN_WORD && placeAt(mentions, tokens[j + 1])) // متحدث باسم الشرطة في البلد
    )
      named = false;
    if (tokens[j]!.word || !/^[،,]$/.test(tokens[j]!.norm)) continue;
    // an apposition names the person: "المتحدث باسم التحالف، العميد تركي المالكي، …"
    let k = j + 1;
    const ttl = titleAt(tokens, k, Math.min(end, k + 4));
    if (ttl) k = ttl.next;
    const nameStart = k;
    let names = 0;
    while (
      k < end &&
      names < 5 &&
      tokens[k]!.word &&
      (nameLike(tokens[k]!) || /^ال[\u0621-\u064A]{3,}$/.test(tokens[k]!.norm))
    ) {
      k++;
      names++;
    }
    if (names >= 1 && names <= 4 && k < end && !tokens[k]!.word && /^[،,]$/.test(tokens[k]!.norm)) {
      // a rank or honorific says it is a person; without one, no word of the name may end in a pronoun
      // as written ("جدد المتحدث …، التزام بلاده، …" names no one; a written ة is not a pronoun)
      if (ttl && (ttl.title.kind === 'rank' || ttl.title.kind === 'honorific')) return k;
      let pronoun = false;
      for (let x = nameStart; x < k; x++)
        if (/[\u0621-\u064A]{3,}(ه|ها|هم|هما)$/.test(text.slice(tokens[x]!.start, tokens[x]!.end)))
          pronoun = true;
      if (!pronoun) return k;
    }
    return j;
  }
  return from;
}

/** A word with ب or ل glued before it (بتسليح، لمنع). */
const gluedPreposition = (t: Token): boolean =>
  stemAfterProclitics(t, /^[بل]$/, (stem) => stem.length >= 3) !== undefined;

/** A colon after at most eight words that opens a quote or a statement ("المرصد: مقتل 5"، "بيان للتحالف: "…""). */
export function findColon(tokens: Token[], a: number, b: number): number {
  let words = 0;
  for (let i = a; i < b && words <= 8; i++) {
    const t = tokens[i]!;
    if (t.word) {
      words++;
      if (verbAt(t)) return -1;
      continue;
    }
    if (t.norm === ':') return words >= 1 && i + 1 < b ? i : -1;
  }
  return -1;
}

/** Record the statement starting at token `from`: a direct quote when it opens with a quote mark
 *  (it may run past the sentence), else an indirect one to the end of the sentence. Returns the
 *  token index where it ends. */
export function pushSegment(
  segments: AttrSegment[],
  quotes: Quote[],
  doc: string,
  text: string,
  tokens: Token[],
  from: number,
  b: number,
  sentEnd: number,
  att: Attribution,
): number {
  let i = from;
  while (i < b && tokens[i]!.word && COMPLEMENT.has(tokens[i]!.norm)) i++;
  if (from < 0 || from >= tokens.length) return b;
  const startTok = tokens[from]!;
  const qi =
    i < b && OPEN_Q.test(tokens[i]!.norm) && !tokens[i]!.word && !shortQuotedName(tokens, i, b) ? i : -1;
  if (qi >= 0) {
    const close = closingQuote(text, tokens[qi]!.end);
    if (close > 0) {
      const start = tokens[qi]!.start;
      const end = close + 1;
      segments.push({ start, end, attribution: att, direct: true });
      quotes.push({ doc, start, end, direct: true, attribution: att });
      // the rest of the sentence after the quote (… مرجحا "…") is handled by the caller
      let k = qi;
      while (k < tokens.length && tokens[k]!.start < end) k++;
      if (end < sentEnd) {
        segments.push({ start: end, end: sentEnd, attribution: att, direct: false });
      }
      return Math.min(k, b);
    }
  }
  const start = startTok.start;
  segments.push({ start, end: sentEnd, attribution: att, direct: false });
  quotes.push({ doc, start, end: sentEnd, direct: false, attribution: att });
  return b;
}

/** Position of the quote mark that closes a quote opened just before `from`: the first closing mark
 *  that is not the end of a short quoted name (“داعش”), within the paragraph or the next ones. */
export function closingQuote(text: string, from: number): number {
  const limit = Math.min(text.length, from + 3000);
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (!ANY_Q.test(c)) continue;
    // a short quoted name inside the quote: “…“داعش”…” — skip the pair
    const rest = text.slice(i + 1, i + 40);
    const m = /^([^"“”«»″\n.،]{1,30})["”»″]/.exec(rest);
    const before = text[i - 1] ?? ' ';
    if (m && m[1]!.trim().split(/\s+/).length <= 3 && /[\s(لبـ]/.test(before)) {
      i += m[0].length;
      continue;
    }
    return i;
  }
  return -1;
}
