// Mentions of one document: lexicon names (organisations, places, head-introduced facilities), persons
// introduced by a rank or honorific, and the names only the statistical tagger finds (how: "model", where
// no other mention is). Speakers found by attribution are added later.
import { alternation, lexEntry, matchForm, singularRelativePronouns, wordSet } from '../lexicon/index.js';
import { tokenIndexAt } from '../text/doc.js';
import { DEFINITE_NISBA } from '../text/nisba.js';
import { offsetAfterNormalized } from '../text/normalize.js';
import type { Mention, Token } from '../types.js';
import { findAllegianceForces } from './allegiance.js';
import {
  definiteKindHeads,
  findBareMinistries,
  findDescriptions,
  findKindPhrases,
  findPatternOrgs,
} from './descriptions.js';
import { findLexiconMentions, sameNameHeads } from './gazetteer.js';
import { findKindOfCountry } from './kind-of-place.js';
import { findNamedKinds } from './named-kinds.js';
import { findModelMentions } from './ner/mentions.js';
import { findPlaceParts } from './place-parts.js';
import { containTest, firstStartingIn, overlapTest } from './sorted-spans.js';
import { findTitledPersons } from './speakers/index.js';

/** Which characters of a text sets of mentions cover, one layer of `length` bytes per set, in one buffer
 *  reused from document to document (a typed array made per set and document cost more than the tests). */
class Coverage {
  private buffer = new Uint8Array(1 << 15);
  private length = 0;

  /** Starts a document of `length` characters with `layers` empty layers. */
  start(length: number, layers: number): void {
    const size = length * layers;
    // a very long text gets a buffer of its own, not kept after it
    if (this.buffer.length < size || this.buffer.length > Math.max(1 << 15, 4 * size))
      this.buffer = new Uint8Array(Math.max(1 << 15, size));
    else this.buffer.fill(0, 0, size);
    this.length = length;
  }

  /** Marks the characters of `ms` in layer k. */
  cover(k: number, ms: readonly Mention[]): void {
    const base = k * this.length;
    for (const m of ms) this.buffer.fill(1, base + m.start, base + Math.min(m.end, this.length));
  }

  /** Whether a character of m is marked in layer k. */
  overlaps(k: number, m: Mention): boolean {
    const base = k * this.length;
    const end = base + Math.min(m.end, this.length);
    for (let i = base + m.start; i < end; i++) if (this.buffer[i]) return true;
    return false;
  }
}
const coverage = new Coverage();
const LEXICAL = 0;
const PERSONS = 1;
const FOUND = 2;

export function findMentions(doc: string, text: string, tokens: Token[]): Mention[] {
  const lexical = withAgencyDescriptions(text, tokens, findLexiconMentions(doc, text, tokens));
  coverage.start(text.length, 3);
  coverage.cover(LEXICAL, lexical);
  const persons = findTitledPersons(doc, text, tokens).filter((p) => !coverage.overlaps(LEXICAL, p));
  linkNames(text, tokens, lexical);
  coverage.cover(PERSONS, persons);
  // a description inside a known name is part of it (نفت القيادة العامة لـ"قسد" keeps its body mention)
  const insideLexical = containTest(lexical);
  const desc = findDescriptions(doc, text, tokens, lexical).filter(
    (d) => !insideLexical(d.start, d.end) && !coverage.overlaps(PERSONS, d),
  );
  linkLeaders(text, tokens, desc, lexical);
  const pattern = findPatternOrgs(doc, text, tokens, [...lexical, ...persons, ...desc]);
  const names = [...lexical, ...persons, ...desc, ...pattern].sort((a, b) => a.start - b.start);
  const forces = findAllegianceForces(doc, text, tokens, names);
  const kinds = findKindPhrases(doc, text, tokens, [...names, ...forces]);
  const namedKinds = findNamedKinds(doc, text, tokens, [
    ...lexical,
    ...persons,
    ...desc,
    ...pattern,
    ...forces,
    ...kinds,
  ]);
  const known = [...lexical, ...persons, ...desc, ...pattern, ...forces, ...kinds, ...namedKinds];
  const ministries = findBareMinistries(doc, text, tokens, pattern, overlapTest(known));
  const parts = findPlaceParts(
    doc,
    text,
    tokens,
    lexical,
    (norm) => (CAPITAL.has(norm) && norm.startsWith('ال')) || sameNameHead(norm) === 0,
  );
  const found = [...known, ...ministries, ...parts];
  // names only the tagger sees, where no other mention is
  coverage.cover(FOUND, found);
  const tagged = findModelMentions(doc, text, tokens).filter((m) => !coverage.overlaps(FOUND, m));
  // a body's noun before a place, known or tagged (شرطة كابل، شرطة تورنتو)
  const places = [...lexical, ...tagged.filter((m) => m.type === 'location')];
  const ofCountry = findKindOfCountry(doc, text, tokens, places, definiteKindHeads());
  const inBody = overlapTest(ofCountry);
  const model = tagged.filter((m) => m.type === 'location' || !inBody(m.start, m.end));
  return [...found, ...ofCountry, ...model].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** وكالة with the clitic before it, if any (لوكالة، ووكالة), captured. */
const AGENCY_HEAD = new RegExp(`^([وفبل]?)(?:${alternation('rule-words', 'agency_stem')})`);
const NEWS_WORD = wordSet('rule-words', 'news_word');

/** A news agency the lexicon knows, after the words that describe it (وكالة الأنباء الرسمية سانا، وكالة
 *  الأنباء الإيرانية إرنا): the whole phrase is one mention of it, and a description or another name of the
 *  agency inside that phrase is no mention of its own. */
function withAgencyDescriptions(text: string, tokens: Token[], lexical: Mention[]): Mention[] {
  const dropped = new Set<Mention>();
  const out = lexical.map((m) => {
    if (m.type !== 'organization' || (m.lexId ? lexEntry(m.lexId)?.kind : null) !== 'news_agency') return m;
    const first = tokenIndexAt(tokens, m.start);
    let k = first - 1;
    while (
      k > 0 &&
      tokens[k]!.word &&
      (NEWS_WORD.has(tokens[k]!.norm) || DEFINITE_NISBA.test(tokens[k]!.norm))
    )
      k--;
    const head = tokens[k];
    const clitic = k < first - 1 && head?.word ? AGENCY_HEAD.exec(head.norm)?.[1] : undefined;
    if (clitic === undefined) return m;
    const start = clitic ? offsetAfterNormalized(text, head!.start, head!.end, clitic.length) : head!.start;
    for (const x of lexical) if (x !== m && x.start >= start && x.end <= m.start) dropped.add(x);
    return { ...m, start, surface: text.slice(start, m.end) };
  });
  return out.filter((m) => !dropped.has(m));
}

/** Heads after which "HEAD X" is another name of the known place X (مدينة حلب، ولاية صفاقس):
 *  lexicons/place-heads.tsv, column also_name. Returns how many clitic letters come before the head (بمدينة: 1), or -1 when the word is no such head. */
function sameNameHead(norm: string): number {
  const heads = sameNameHeads();
  if (heads.has(matchForm(norm))) return 0;
  return /^[وفبل]/.test(norm) && heads.has(matchForm(norm.slice(1))) ? 1 : -1;
}
const NAMED_BY_PLACE = wordSet('entity-words', 'named_by_place');
const KNOWN_AS = wordSet('entity-words', 'known_as');
const ALSO = wordSet('entity-words', 'also');
const BY_NAME = wordSet('entity-words', 'by_name');
const CAPITAL = wordSet('entity-words', 'capital');
const AGENCY_SUFFIX = wordSet('entity-words', 'agency_suffix');
const LED_BY = wordSet('entity-words', 'led_by');
const LEADS = wordSet('entity-words', 'leads');
const IN_PLACE = wordSet('entity-words', 'in_place');

/** An organisation's name with the words that complete it where they follow it (وكالة رويترز للأنباء،
 *  التحالف الدولي بقيادة الولايات المتحدة، التحالف الذي تقوده الرياض): token j is the first after the name;
 *  null when none follows. */
function nameWithWhatFollows(
  text: string,
  tokens: Token[],
  j: number,
  m: Mention,
  ms: Mention[],
): string | null {
  let next = tokens[j];
  if (!next?.word || next.start !== m.end + 1) return null;
  if (AGENCY_SUFFIX.has(next.norm)) return text.slice(m.start, next.end);
  // an adjective or two after a description (التحالف العسكري), then a place between the name and its
  // leader (التحالف العسكري في اليمن الذي تقوده السعودية)
  for (let k = 0; k < 2 && m.how === 'description' && DEFINITE_NISBA.test(next.norm); k++) {
    next = tokens[++j];
    if (!next?.word) return null;
  }
  if (IN_PLACE.has(next.norm) && tokens[j + 1]?.word) {
    const place = firstStartingIn(
      ms,
      tokens[j + 1]!.start,
      tokens[j + 1]!.start,
      (x) => x.type === 'location',
    );
    if (place) {
      while (j < tokens.length && tokens[j]!.start < place.end) j++;
      next = tokens[j];
      if (!next?.word) return null;
    }
  }
  // بقيادة X، or الذي تقوده X
  const by = LED_BY.has(next.norm)
    ? j + 1
    : singularRelativePronouns().has(next.norm) && LEADS.has(tokens[j + 1]?.norm ?? '')
      ? j + 2
      : -1;
  if (by < 0 || !tokens[by]?.word) return null;
  const leader = firstStartingIn(ms, tokens[by]!.start, tokens[by]!.end, (x) => x.type === 'location');
  return leader && leader.start === tokens[by]!.start ? text.slice(m.start, leader.end) : null;
}

/** A description of an alliance with the place that leads it (التحالف الذي تقوده الرياض): that phrase is
 *  one more name of whatever the description resolves to. `places` are the lexicon's mentions. */
function linkLeaders(text: string, tokens: Token[], desc: Mention[], places: Mention[]): void {
  for (const m of desc) {
    if (m.type !== 'organization') continue;
    let j = tokenIndexAt(tokens, m.start);
    while (j < tokens.length && tokens[j]!.end <= m.end) j++;
    const after = nameWithWhatFollows(text, tokens, j, m, places);
    if (after && after !== m.surface) m.aliases = [...new Set([...(m.aliases ?? []), after])];
  }
}

/** Names the text itself links: "مدينة X" is also a name of X; "X، الذي يعرف أيضا باسم Y" makes Y a
 *  name of X; a prison or camp "في حي X" can be called by that place (سجن X). */
function linkNames(text: string, tokens: Token[], ms: Mention[]): void {
  const add = (m: Mention, a: string) => {
    if (a && a !== m.surface) m.aliases = [...new Set([...(m.aliases ?? []), a])];
  };
  for (const m of ms) {
    // the token holding the mention's start (after a clitic: لوكالة رويترز)
    const i = tokenIndexAt(tokens, m.start);
    if (!tokens[i] || tokens[i]!.start > m.start) continue;
    const prev = tokens[i - 1];
    const strip = m.type === 'location' && m.how === 'lexicon' && prev?.word ? sameNameHead(prev.norm) : -1;
    if (strip >= 0) {
      const from = strip ? offsetAfterNormalized(text, prev!.start, prev!.end, strip) : prev!.start;
      add(m, `${text.slice(from, prev!.end)} ${m.surface}`);
    }
    // after the mention
    let j = i;
    while (j < tokens.length && tokens[j]!.end <= m.end) j++;
    const after =
      m.type === 'organization' && m.how === 'lexicon' ? nameWithWhatFollows(text, tokens, j, m, ms) : null;
    if (after) add(m, after);
    let k = j;
    while (k < tokens.length && !tokens[k]!.word && k - j < 2) k++;
    if (singularRelativePronouns().has(tokens[k]?.norm ?? '')) k++;
    if (tokens[k] && KNOWN_AS.has(tokens[k]!.norm)) {
      k++;
      if (ALSO.has(tokens[k]?.norm ?? '')) k++;
      if (BY_NAME.has(tokens[k]?.norm ?? '')) k++;
      while (tokens[k] && !tokens[k]!.word) k++;
      const y = tokens[k] && firstStartingIn(ms, tokens[k]!.start, tokens[k]!.end, (x) => x !== m);
      if (y) {
        add(m, y.surface);
        add(y, m.surface);
      }
      continue;
    }
    // سجن المركزي في حي الميدان → also "سجن الميدان"
    if (m.type === 'facility' && m.how === 'head') {
      const head = m.surface.split(/\s+/)[0]!;
      if (!NAMED_BY_PLACE.has(tokens[i]!.norm)) continue;
      if (!IN_PLACE.has(tokens[j]?.norm ?? '')) continue;
      const place = firstStartingIn(ms, tokens[j]!.start, tokens[j]!.end + 12, (x) => x.type === 'location');
      if (!place) continue;
      const name = place.how === 'head' ? place.surface.split(/\s+/).slice(1).join(' ') : place.surface;
      if (name) add(m, `${head} ${name}`);
    }
  }
}
