// Persons named differently across documents: the same first and last name, a spelling variant that
// speaks for the same organisation or has the same role, a surname alone.

import { loadTsv, prefixTest, wordSet } from '../lexicon/index.js';
import { looseKey } from '../text/normalize.js';
import { bestKey, type Cluster, type ClusterSet, dropAlias, firstSurface, tokensOf } from './clusters.js';
import { skeleton } from './skeleton.js';
import { joinCompounds } from './variants.js';

/** Whether two strings are at most one insertion, deletion or substitution apart. */
export function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0,
    j = 0,
    edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Letters that transliterations of one sound swap (غزالة / قزالة, ك / ق). */
export const foldSound = (s: string): string => (SWAPPED_LETTER.test(s) ? s.replace(/[غقك]/g, 'ق') : s);
const SWAPPED_LETTER = /[غك]/;
/** Nouns of kin and close relation before a person's name (خطيبة، زوجة، نجل), normalised. */
const KIN = wordSet('entity-words', 'kin');

/** Both persons are introduced by the same role word (المتحدث باسم …، القيادي في …). */
function sameRole(c: Cluster, d: Cluster): boolean {
  const roles = (x: Cluster) =>
    new Set(
      x.mentions
        .map((m) => (m.title ? looseKey(m.title).split(' ')[0]!.replace(/ه$/, '') : ''))
        .filter(Boolean),
    );
  const rc = roles(c);
  return [...roles(d)].some((r) => rc.has(r));
}

/** A family name with or without its article (العسيري / عسيري): one key, for names of four letters or
 *  more after the article (علي and العلي stay apart). */
export const familyKey = (word: string) => (/^ال\S{4,}$/.test(word) ? word.slice(2) : word);

/** The persons of one first and last name: those of two words and those of more, in the order they
 *  were indexed, and which of the two lists began first. */
interface FirstAndLast {
  two: Cluster[];
  longer: Cluster[];
  twoFirst: boolean;
}

interface PersonIndex {
  persons: Cluster[];
  keyOf: Map<Cluster, string[]>;
  byLast: Map<string, Cluster[]>;
  byFirstLast: Map<string, FirstAndLast>; // first|last
  byFirstSound: Map<string, Cluster[]>;
}

/** Adds a cluster to the list of a key (made on its first cluster). */
function push(map: Map<string, Cluster[]>, key: string, c: Cluster): void {
  const list = map.get(key);
  if (list) list.push(c);
  else map.set(key, [c]);
}

function indexPersons(set: ClusterSet): PersonIndex {
  const persons = set.live().filter((c) => c.type === 'person');
  // a compound name is one word (رامي عبد الرحمن → رامي عبدالرحمن: its family name alone is عبد الرحمن)
  const keyOf = new Map<Cluster, string[]>(persons.map((c) => [c, tokensOf(joinCompounds(bestKey(c)))]));
  const index: PersonIndex = {
    persons,
    keyOf,
    byLast: new Map(),
    byFirstLast: new Map(),
    byFirstSound: new Map(),
  };
  for (const c of persons) {
    const k = keyOf.get(c)!;
    if (k.length < 2) continue;
    const last = familyKey(k[k.length - 1]!);
    // a relative named by the person (خطيبة X، زوجة X) bears no surname of the person's
    if (!KIN.has(k[0]!)) push(index.byLast, last, c);
    const firstLast = `${k[0]}|${last}`;
    const named = index.byFirstLast.get(firstLast);
    if (named) (k.length === 2 ? named.two : named.longer).push(c);
    else
      index.byFirstLast.set(
        firstLast,
        k.length === 2 ? { two: [c], longer: [], twoFirst: true } : { two: [], longer: [c], twoFirst: false },
      );
    push(index.byFirstSound, `${foldSound(k[0]!)}|${k.length}`, c);
  }
  return index;
}

const isSourceStem = prefixTest('speaker-words', 'source_stem');
let givenNames: Set<string> | null = null;
/** The Arabic given names of lexicons/person-names.tsv, as names are keyed here. */
const knownGivenNames = () =>
  (givenNames ??= new Set(
    loadTsv('person-names')
      .filter((r) => r.kind === 'given')
      .map((r) => looseKey(r.word!)),
  ));

/** A cluster with a name found as a name (the tagger's, after a title, the lexicon's; a bare name's where
 *  `bare`), not a description. */
const isNamed = (c: Cluster, bare: boolean) =>
  c.mentions.some(
    (m) => m.how === 'model' || m.how === 'title' || m.how === 'lexicon' || (bare && m.how === 'name'),
  );

/** A foreign given name alone (سوتوبو، أرنو) for the one person of the story whose name of three words or
 *  more it opens, or when none does, whose name of two words (one the tagger, a title or the lexicon found:
 *  تقارير إعلامية is none); never a given name the lexicon lists (محمد، حسن: many people bear it), nor a
 *  short word. */
function givenNamesAlone(set: ClusterSet, index: PersonIndex): void {
  const opensLong = new Map<string, Set<Cluster>>();
  const opensTwo = new Map<string, Set<Cluster>>();
  for (const c of index.persons) {
    const k = index.keyOf.get(c)!;
    if (k.length < 2 || !isNamed(c, k.length >= 3) || isSourceStem(k[0]!)) continue;
    const opens = k.length >= 3 ? opensLong : opensTwo;
    opens.set(k[0]!, (opens.get(k[0]!) ?? new Set()).add(c));
  }
  if (!opensLong.size && !opensTwo.size) return;
  for (const d of index.persons) {
    const dk = index.keyOf.get(d)!;
    if (dk.length !== 1 || set.merged(d) || !isNamed(d, true) || dk[0]!.length < 5) continue;
    // (no given name has the article; مصادر، مسؤولون open unnamed sources)
    if (knownGivenNames().has(dk[0]!) || dk[0]!.startsWith('ال') || isSourceStem(dk[0]!)) continue;
    const cands = new Set([...(opensLong.get(dk[0]!) ?? opensTwo.get(dk[0]!) ?? [])].map((c) => set.find(c)));
    cands.delete(d);
    if (cands.size === 1)
      set.merge([...cands][0]!, d, `"${d.mentions[0]!.surface}" alone opens the one name of that person`);
  }
}

/** Surname within a document or unique in the story, full-name variants across documents. */
export function mergePersons(set: ClusterSet): void {
  const index = indexPersons(set);
  sameFirstAndLast(set, index);
  spellingVariants(set, index);
  givenNameVariants(set, index);
  surnamesAlone(set, index);
  givenNamesAlone(set, index);
  rolesAlone(set, index);
  endsOfLongerNames(set, index);
  transliterations(set, index);
}

/** A name of two words or more that ends a longer name (محمد بن سلمان of الأمير محمد بن سلمان، داود
 *  أوغلو of أحمد داود أوغلو) is that person, where one person of the story has a name ending so. */
function endsOfLongerNames(set: ClusterSet, index: PersonIndex): void {
  const endings = new Map<string, Set<Cluster>>();
  for (const c of index.persons) {
    const k = index.keyOf.get(c)!;
    for (let from = 1; from <= k.length - 2; from++) {
      const ending = k.slice(from).join(' ');
      endings.set(ending, (endings.get(ending) ?? new Set()).add(c));
    }
  }
  for (const d of index.persons) {
    const dk = index.keyOf.get(d)!;
    if (dk.length < 2 || !d.mentions.length) continue;
    const cands = new Set([...(endings.get(dk.join(' ')) ?? [])].map((c) => set.find(c)));
    cands.delete(set.find(d));
    if (cands.size !== 1) continue;
    const [person] = cands;
    set.merge(person!, d, `"${dk.join(' ')}" ends the name of the one person "${firstSurface(person!)}"`);
  }
}

/** A role word alone (المتحدث، المدير) that the story writes before the name of one person only
 *  (المتحدث باسم الهيئة سامر العلي) is that person. */
function rolesAlone(set: ClusterSet, index: PersonIndex): void {
  const byRole = new Map<string, Set<Cluster>>();
  for (const c of index.persons) {
    if (index.keyOf.get(c)!.length < 2) continue;
    for (const m of c.mentions) {
      const role = m.title ? looseKey(m.title).split(' ')[0]! : '';
      if (role.startsWith('ال')) byRole.set(role, (byRole.get(role) ?? new Set()).add(c));
    }
  }
  for (const d of index.persons) {
    const dk = index.keyOf.get(d)!;
    if (dk.length !== 1 || set.merged(d) || !d.mentions.length) continue;
    const cands = new Set([...(byRole.get(dk[0]!) ?? [])].map((c) => set.find(c)));
    cands.delete(d);
    if (cands.size !== 1) continue;
    const [person] = cands;
    set.merge(person!, d, `"${d.mentions[0]!.surface}" alone, and the story gives that role to one person`);
    // the role read as its own title (المتحدث المتحدث) is no form of the person
    for (const alias of set.find(person!).extraAliases)
      if (/^(\S+) \1$/.test(alias)) dropAlias(set.find(person!), alias);
  }
}

/** Same first and last name (جون سميث / جون دبليو سميث). */
function sameFirstAndLast(set: ClusterSet, index: PersonIndex): void {
  for (const { two, longer, twoFirst } of index.byFirstLast.values()) {
    // the list of two words and the longer names' list, the one indexed first before the other
    const cs = twoFirst ? two.concat(longer) : longer.concat(two);
    for (let i = 1; i < cs.length; i++)
      set.merge(
        cs[0]!,
        cs[i]!,
        `same first and last name ("${cs[0]!.mentions[0]?.surface ?? ''}" / "${firstSurface(cs[i]!) ?? ''}")`,
      );
  }
}

/** One letter apart, same organisation: a spelling variant, never on name closeness alone. */
function spellingVariants(set: ClusterSet, index: PersonIndex): void {
  for (const cs of index.byFirstSound.values()) {
    if (cs.length < 2) continue;
    // each name's words with their sounds folded, once per name (not once per pair)
    const folded = cs.map((c) => index.keyOf.get(c)!.map(foldSound));
    eachPair(set, index, cs, (c, d, ck, dk, i, j) => {
      const fd = folded[j]!;
      if (!folded[i]!.every((w, x) => editDistanceAtMost1(w, fd[x]!))) return;
      const names = `("${firstSurface(c)}" / "${firstSurface(d)}")`;
      if ([...c.orgs].some((o) => d.orgs.has(o)))
        set.merge(c, d, `spelling variants ${names} speaking for the same organisation`);
      else if (ck[0] === dk[0] && sameRole(c, d))
        set.merge(c, d, `spelling variants ${names} with the same first name and the same role`);
      else if (oneLongWordApart(ck, dk) && shareDocument(c, d))
        set.merge(c, d, `spelling variants ${names}, one letter apart in one article`);
    });
  }
}

/** Each pair of a list's clusters not merged yet, as merged so far, with their name keys and indexes. */
function eachPair(
  set: ClusterSet,
  index: PersonIndex,
  cs: Cluster[],
  fn: (c: Cluster, d: Cluster, ck: string[], dk: string[], i: number, j: number) => void,
): void {
  for (let i = 0; i < cs.length; i++)
    for (let j = i + 1; j < cs.length; j++) {
      const c = set.find(cs[i]!),
        d = set.find(cs[j]!);
      if (c !== d) fn(c, d, index.keyOf.get(cs[i]!)!, index.keyOf.get(cs[j]!)!, i, j);
    }
}

/** One surname, and given names one letter apart (of five letters or more) in one article: a slip of the
 *  pen or two transliterations side by side (ديميتريس / ديمتريس تزاناكوبولوس), which spellingVariants,
 *  comparing names of one first sound, does not see. */
function givenNameVariants(set: ClusterSet, index: PersonIndex): void {
  for (const cs of index.byLast.values()) {
    if (cs.length < 2 || cs.length > MAX_TRANSLITERATIONS) continue;
    eachPair(set, index, cs, (c, d, ck, dk) => {
      if (ck[0] === dk[0] || !oneLongWordApart(ck, dk) || !editDistanceAtMost1(ck[0]!, dk[0]!)) return;
      const names = `("${firstSurface(c)}" / "${firstSurface(d)}")`;
      if (shareDocument(c, d)) set.merge(c, d, `given names one letter apart ${names} in one article`);
    });
  }
}

/** How many persons one last name's transliterations are compared among (a bigger group is no one name). */
const MAX_TRANSLITERATIONS = 12;

/** One foreign name as two outlets transliterate it (فرانز / فرنس بارونغ مانغيرا، سوتو / سوتوبو بورو
 *  نوغروهو): as many words, one of four letters or more the same in both, the last words of one skeleton,
 *  every other word's skeleton at most one letter off; never two names of one article (an article that
 *  writes both names two people). */
function transliterations(set: ClusterSet, index: PersonIndex): void {
  const byLast = new Map<string, Cluster[]>();
  for (const c of index.persons) {
    const k = index.keyOf.get(c)!;
    if (k.length >= 2 && c.mentions.length) push(byLast, `${skeleton(k.at(-1)!)}|${k.length}`, c);
  }
  for (const cs of byLast.values()) {
    if (cs.length < 2 || cs.length > MAX_TRANSLITERATIONS) continue;
    const keys = cs.map((c) => index.keyOf.get(c)!);
    const skeletons = keys.map((k) => k.map((word) => skeleton(word)));
    for (let i = 0; i < cs.length; i++)
      for (let j = i + 1; j < cs.length; j++) {
        const c = set.find(cs[i]!),
          d = set.find(cs[j]!);
        if (c === d || shareDocument(c, d)) continue;
        const [ck, dk] = [keys[i]!, keys[j]!];
        if (!ck.some((word, x) => word.length >= 4 && word === dk[x])) continue;
        if (!skeletons[i]!.every((word, x) => editDistanceAtMost1(word, skeletons[j]![x]!))) continue;
        set.merge(
          c,
          d,
          `transliterations of one name ("${firstSurface(c)}" / "${firstSurface(d)}") in two articles`,
        );
      }
  }
}

/** A surname alone (سميث): the full name before it in the same article, or the one person of that
 *  surname in the story. */
function surnamesAlone(set: ClusterSet, index: PersonIndex): void {
  let byDeletion: Map<string, string[]> | undefined; // made at the first surname with no exact match
  for (const d of index.persons) {
    const dk = index.keyOf.get(d)!;
    if (dk.length !== 1 || set.merged(d) || !d.mentions.length) continue;
    const cands = [...new Set((index.byLast.get(familyKey(dk[0]!)) ?? []).map((c) => set.find(c)))].filter(
      (c) => c !== d && c.mentions.length,
    );
    const surname = d.mentions[0]!.surface;
    if (!cands.length) {
      // a surname one letter off the full name's, in the same article (غوتيرش after أنطونيو غوتيريش)
      byDeletion ??= surnamesByDeletion(index);
      const near = nearSurnames(set, index, byDeletion, familyKey(dk[0]!)).filter(
        (c) => c !== d && precedesAll(c, d),
      );
      if (near.length === 1)
        set.merge(
          near[0]!,
          d,
          `surname "${surname}", one letter off "${firstSurface(near[0]!)}" in the same article`,
        );
      continue;
    }
    const sameDoc = cands.filter((c) => precedesAll(c, d));
    if (sameDoc.length === 1)
      set.merge(
        sameDoc[0]!,
        d,
        `surname "${surname}" after "${sameDoc[0]!.mentions[0]!.surface}" in the same article`,
      );
    else if (cands.length === 1)
      set.merge(cands[0]!, d, `surname "${surname}" and the story names one person of that surname`);
  }
}

/** Two names of two words or more that differ in one word of five letters or more (بوتفلية / بوتفليقة). */
function oneLongWordApart(a: string[], b: string[]): boolean {
  if (a.length < 2 || a.length !== b.length) return false;
  const differ = a.flatMap((w, x) => (w === b[x] ? [] : [x]));
  return differ.length === 1 && Math.min(a[differ[0]!]!.length, b[differ[0]!]!.length) >= 5;
}

/** c and d are both named in one document (a slip of the pen within an article: بوتفلية / بوتفليقة). */
function shareDocument(c: Cluster, d: Cluster): boolean {
  const docs = new Set(c.mentions.map((m) => m.doc));
  return d.mentions.some((m) => docs.has(m.doc));
}

/** The family names of six letters or more by each form of them with one letter deleted, and by
 *  themselves: two names one edit apart share one of these keys (made once per story, so a surname's near
 *  names are found without reading every family name of the story). */
function surnamesByDeletion(index: PersonIndex): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  const add = (key: string, last: string) => {
    const list = byKey.get(key);
    if (!list) byKey.set(key, [last]);
    else if (!list.includes(last)) list.push(last);
  };
  for (const last of index.byLast.keys()) {
    if (last.length < 6) continue;
    add(last, last);
    for (let at = 0; at < last.length; at++) add(last.slice(0, at) + last.slice(at + 1), last);
  }
  return byKey;
}

/** The persons whose family name is one letter off `last` (six letters or more). */
function nearSurnames(
  set: ClusterSet,
  index: PersonIndex,
  byDeletion: Map<string, string[]>,
  last: string,
): Cluster[] {
  if (last.length < 6) return [];
  const keys = new Set<string>();
  for (const key of [last, ...Array.from(last, (_, at) => last.slice(0, at) + last.slice(at + 1))])
    for (const other of byDeletion.get(key) ?? []) if (other !== last) keys.add(other);
  const out = new Set<Cluster>();
  for (const key of keys)
    if (editDistanceAtMost1(key, last))
      for (const c of index.byLast.get(key) ?? []) if (set.find(c).mentions.length) out.add(set.find(c));
  return [...out];
}

/** Every mention of d has a mention of c before it in its document. Read from each document's first
 *  mention of c (one walk over each list; a test of each pair was quadratic for much-named persons). */
function precedesAll(c: Cluster, d: Cluster): boolean {
  if (d.mentions.length * c.mentions.length <= 64)
    return d.mentions.every((m) => c.mentions.some((x) => x.doc === m.doc && x.start < m.start));
  const firstIn = new Map<string, number>(); // a document → the first start of c's mentions in it
  for (const x of c.mentions) {
    const known = firstIn.get(x.doc);
    if (known === undefined || x.start < known) firstIn.set(x.doc, x.start);
  }
  for (const m of d.mentions) {
    const first = firstIn.get(m.doc);
    if (first === undefined || first >= m.start) return false;
  }
  return true;
}
