// The roles around a person's name in a story's texts: the role before it (وزير الخارجية الروسي | سيرغي
// لافروف), the role in apposition after it (سامح شكري وزير الخارجية المصري), the shorter forms each stands
// for the person by, and who owns a role when several names carry it. Read by story-names.ts.

import {
  isMeasureVerbWord,
  lexicons,
  loadTsv,
  notNameWords,
  prepositionWords,
  theWord,
} from '../lexicon/index.js';
import { lineBreakBetween } from '../text/char-classes.js';
import { normalize } from '../text/normalize.js';
import type { DossierEntity } from '../types.js';
import {
  bareForms,
  normAt,
  type Occurrence,
  type StoryText,
  surfaceOf,
  type WordIndex,
} from './story-index.js';

const IN_NAME_OF = theWord('rule-words', 'in_name_of');
/** Function words inside a role (مندوب السعودية لدى الأمم المتحدة، المشرف على …). */
const OFFICE_LINKS = new Set([theWord('rule-words', 'at'), theWord('rule-words', 'on')]);
/** Words a role before or after a name runs over at most. */
const MAX_ROLE_WORDS = 9;

let titleWords: Set<string> | null = null;
/** First words of the titles and roles that introduce a person (lexicons/titles.tsv), with and without ال. */
export function titleStarts(): Set<string> {
  if (titleWords) return titleWords;
  titleWords = new Set();
  for (const row of loadTsv('titles')) {
    if (row.kind === 'anon') continue;
    const first = normalize(row.title!).split(' ')[0]!;
    titleWords.add(first);
    titleWords.add(first.startsWith('ال') ? first.slice(2) : `ال${first}`);
  }
  return titleWords;
}

let roleWords: Set<string> | null = null;
/** First words of the roles of lexicons/titles.tsv (not ranks nor honorifics: السيدة، اللواء), with and
 *  without ال: a role after a name that may stand for the person alone. */
export function roleStarts(): Set<string> {
  if (roleWords) return roleWords;
  roleWords = new Set();
  for (const row of loadTsv('titles')) {
    if (row.kind !== 'role') continue;
    const first = normalize(row.title!).split(' ')[0]!;
    roleWords.add(first);
    roleWords.add(first.startsWith('ال') ? first.slice(2) : `ال${first}`);
  }
  return roleWords;
}

/** The persons of a role, less a name that ends another's (بارونغ مانغيرا of فرنس بارونغ مانغيرا: the role
 *  after the longer name was read after the shorter one too). */
export function owningPersons(owners: Set<DossierEntity>): DossierEntity[] {
  const all = [...owners];
  if (all.length < 2) return all;
  return all.filter(
    (person) =>
      !all.some(
        (other) =>
          other !== person && [other.name, ...other.aliases].some((form) => form.endsWith(` ${person.name}`)),
      ),
  );
}

let ranks: Set<string> | null = null;
/** The words of ranks and honorifics (lexicons/titles.tsv: اللواء، العقيد، الشيخ), normalised. */
export function rankWords(): Set<string> {
  if (ranks) return ranks;
  ranks = new Set();
  for (const row of loadTsv('titles'))
    if (row.kind === 'rank' || row.kind === 'honorific')
      for (const word of normalize(row.title!).split(' ')) ranks.add(word);
  return ranks;
}

/** The forms a role before a name stands for the person by: the role without the ranks at its end
 *  (المتحدث الأمني بوزارة الداخلية | اللواء) and its first words (المتحدث الأمني), two words at least and
 *  never ending on a function word. Each is the person's only where no other person has it. */
export function roleForms(role: string): string[] {
  // (up to a comma before the ranks: قائد الشرطة، الجنرال)
  const comma = role.search(/[،,]/);
  const words = (comma >= 0 ? role.slice(0, comma) : role).trim().split(' ');
  let end = words.length;
  while (end > 0 && bareForms(normalize(words[end - 1]!)).some((form) => rankWords().has(form))) end--;
  const out: string[] = [];
  for (let first = true; end >= 2; end--, first = false) {
    const last = normalize(words[end - 1]!);
    // a shorter form never ends on a noun without the article in construct with the next (المتحدث باسم مكتب)
    const construct = !first && !/^(ال|لل)/.test(last);
    if (!construct && !notNameWords().has(last) && !last.endsWith(IN_NAME_OF))
      out.push(words.slice(0, end).join(' '));
  }
  return out;
}

/** Only a comma stands between word `index` and the word before it. */
export const commaBefore = (text: StoryText, index: number): boolean =>
  index > 0 && /^\s*[،,]\s*$/.test(text.text.slice(text.ends[index - 1]!, text.starts[index]!));

/** The name at `occurrence` with the role in apposition right after it (سامح شكري وزير الخارجية المصري):
 *  a title word, then the words of its body (one without ال right after the title, the rest with it), up to
 *  punctuation or the next title word; null when no title follows. */
export function roleAfter(occurrence: Occurrence, where: WordIndex): { form: string; role: string } | null {
  const { text, index, length } = occurrence;
  const first = index + length;
  if (first >= text.ids.length || text.gaps[first]) return null;
  if (!where.bareFormsAt(text, first).some((form) => titleStarts().has(form))) return null;
  let end = first + 1;
  while (
    end < text.ids.length &&
    end - first < MAX_ROLE_WORDS &&
    !text.gaps[end] &&
    // (a title after باسم is whom the spokesman speaks for: المتحدث باسم الرئيس الأفغاني)
    (!where.bareFormsAt(text, end).some((form) => titleStarts().has(form)) ||
      normAt(text, end - 1)!.endsWith(IN_NAME_OF)) &&
    (normAt(text, end)!.startsWith('ال') || end === first + 1)
  )
    end++;
  if (end === first + 1) return null; // a title word alone (الرئيس) says too little
  const slice = (from: number) => text.text.slice(from, text.ends[end - 1]!).replace(/\s+/g, ' ');
  return { form: slice(text.starts[index]!), role: slice(text.starts[first]!) };
}

/** Words [from, to) of a text are all ranks or honorifics (none: true). */
function ranksOnly(text: StoryText, from: number, to: number, where: WordIndex): boolean {
  for (let at = from; at < to; at++)
    if (!where.bareFormsAt(text, at).some((form) => rankWords().has(form))) return false;
  return true;
}

/** A word no role runs back over: a verb of saying (lexicons/reporting-verbs.tsv) or of what befell someone
 *  (lexicons/measures.tsv), or a function word that is no preposition (أن، الذي، قد; lexicons/function-words.tsv). */
function isClauseWord(norm: string): boolean {
  const bare = /^[وف]/.test(norm) && norm.length > 3 ? norm.slice(1) : norm;
  if (lexicons().verbs.has(norm) || lexicons().verbs.has(bare)) return true;
  // what befell someone (قتل خلاله | قائد الشرطة …): a verb of lexicons/measures.tsv
  if (isMeasureVerbWord(norm)) return true;
  return notNameWords().has(bare) && !prepositionWords().has(bare) && !OFFICE_LINKS.has(bare);
}

/** The role phrase right before a name (وزير الخارجية الروسي | سيرغي لافروف), from its title word on; it
 *  does not run back over another person's name (وكيل وزير الخارجية جون سوليفان إلى جانب | إيفانكا ترامب:
 *  the role is Sullivan's), read as the last word of a person's full name (`nameEnds`). */
export function roleBefore(
  occurrence: Occurrence,
  where: WordIndex,
  nameEnds: ReadonlySet<string>,
): { start: number; text: string; words: number; nearer: string | null } | null {
  const { text, index } = occurrence;
  let start = -1;
  let nearest = -1; // the title word nearest the name
  for (let back = 1; back <= MAX_ROLE_WORDS && index - back >= 0; back++) {
    // no punctuation inside the role; a comma may close it before the name or its ranks (وزير الخارجية
    // الإيراني، محمد جواد ظريف؛ قائد الشرطة، الجنرال X)
    const after = index - back + 1;
    if (text.gaps[after] && !(commaBefore(text, after) && ranksOnly(text, after, index, where))) break;
    // nor a line break (a headline's last words are no role of the first name of the text)
    if (lineBreakBetween(text.text, text.ends[index - back]!, text.starts[index - back + 1]!)) break;
    const forms = where.bareFormsAt(text, index - back);
    // a role has no verb of saying and no particle or pronoun (أعلن | الرئيس، أن | وزير)
    if (isClauseWord(normAt(text, index - back)!)) break;
    if (forms.some((form) => nameEnds.has(form))) {
      // a role right after another person's name is that person's (سامح شكري وزير الخارجية | نظيرته X): this
      // name's role starts at its own nearest title word, if any
      if (start === index - back + 1) start = nearest === start ? -1 : nearest;
      break;
    }
    // a spokesman for a titled person (المتحدث باسم | الرئيس الأفغاني أشرف غني): the title is the name's
    if (start === index - back + 1 && forms.some((form) => form.endsWith(IN_NAME_OF))) break;
    if (forms.some((form) => titleStarts().has(form))) {
      start = index - back;
      if (nearest < 0) nearest = start;
    }
  }
  if (start < 0) return null;
  const phraseFrom = (at: number) => {
    const title = where.bareFormsAt(text, at).find((form) => titleStarts().has(form))!;
    const from = text.ends[at]! - surfaceOf(text, at, title).length;
    return { from, phrase: text.text.slice(from, text.ends[index - 1]!).replace(/\s+/g, ' ') };
  };
  const { from, phrase } = phraseFrom(start);
  // a role of two offices (وزيرة الدولة لشؤون الإعلام المتحدثة باسم الحكومة): the nearer one is a role too
  // (not an office in construct with the one before it: نائب | رئيس الوزراء is no prime minister)
  const nearer =
    nearest > start && /^(ال|وال)/.test(normAt(text, nearest)!) ? phraseFrom(nearest).phrase : null;
  return { start: from, text: phrase, words: index - start, nearer };
}
