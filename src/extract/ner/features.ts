// Features of the named-entity tagger. The same code serves training and tagging, so scores agree exactly.
// Most features depend only on one word and its offset (-2..+2) from the word being tagged; the tagger caches
// their summed weights per word type, so tagging costs a few map look-ups per word.

// uncached: the tagger keeps what it needs per word type; filling the shared stem cache with every word
// it sees would cost each worker about 20 MB
import { stemsUncached as stems } from '../../text/clitics.js';
import { normalize } from '../../text/normalize.js';
import type { TopicModel } from './topics.js';
import { ARABIC_STEM, type TranslitModel, TranslitScorer } from './translit.js';
import type { WindowKind } from './window.js';
import { WordKnowledge } from './word-knowledge.js';

/** Word lists baked into the model file at training time. */
export interface NerLexicon {
  /** normalised word → trigger kind (title, verb, org, loc, part) */
  triggers: Record<string, string>;
  /** normalised place names (one or more words, space-joined) */
  places: string[];
  /** normalised organisation names (one or more words, space-joined) */
  orgs?: string[];
  /** distributional word classes: lines "word<TAB>class<TAB>class..." (one class per granularity) */
  clusters?: string;
  /** context profiles of frequent words: lines "word<TAB>features", two characters a feature (profiles.ts) */
  profiles?: string;
  /** n > 0: the stem's character n-grams are features (measured variants; absent: none) */
  ngrams?: number;
  /** the kinds of window features (window.ts) the model was trained with (absent: none) */
  window?: WindowKind[];
  /** true: how common the word is in the unlabelled news is a feature (rarityBucket; absent: none) */
  rarity?: boolean;
  /** document topics learned from the unlabelled news (topic-features.ts; absent: none) */
  topics?: TopicModel;
  /** how foreign each word looks (translit.ts; absent: none) */
  translit?: TranslitModel;
}

/** Prepared look-up structures over a NerLexicon. */
export interface PreparedLexicon {
  triggers: Map<string, string>;
  places: Set<string>;
  orgs: Set<string>;
  /** first word of a multi-word place name → longest length in words */
  multiFirst: Map<string, number>;
  /** classes, frequency ranks and context profiles of the frequent words of the unlabelled news */
  words: WordKnowledge;
  /** NerLexicon.ngrams (0: none) */
  ngrams: number;
  /** NerLexicon.window */
  window: ReadonlySet<WindowKind>;
  /** NerLexicon.rarity */
  rarity: boolean;
  /** NerLexicon.translit's scorer, or null */
  translit: TranslitScorer | null;
}

/** Look-up structures over a lexicon; `words` when they are already built (as a model file stores them). */
export function prepareLexicon(
  lex: NerLexicon,
  words: WordKnowledge = WordKnowledge.fromText(lex.clusters, lex.profiles),
): PreparedLexicon {
  const triggers = new Map(Object.entries(lex.triggers));
  const places = new Set(lex.places);
  const orgs = new Set(lex.orgs ?? []);
  const multiFirst = new Map<string, number>();
  for (const p of [...places, ...orgs]) {
    const ws = p.split(' ');
    if (ws.length > 1) multiFirst.set(ws[0]!, Math.max(multiFirst.get(ws[0]!) ?? 0, ws.length));
  }
  return {
    triggers,
    places,
    orgs,
    multiFirst,
    words,
    ngrams: lex.ngrams ?? 0,
    window: new Set(lex.window),
    rarity: lex.rarity ?? false,
    translit: lex.translit ? new TranslitScorer(lex.translit) : null,
  };
}

export const BOS = '<s>';
export const EOS = '</s>';
/** Offsets of the context window; slot k holds offset OFFSETS[k]. */
export const OFFSETS = [-2, -1, 0, 1, 2] as const;
export const SLOT_PREFIX = ['m2|', 'm1|', '0|', 'p1|', 'p2|'];
const PREFIX = SLOT_PREFIX;

const LATIN = /[a-z]/;
const DIGITS = /^[0-9.,،]+$/;
const HASDIGIT = /[0-9]/;
const ARABIC = /[\u0621-\u064A]/;

function shape(w: string): string {
  if (DIGITS.test(w)) return 'num';
  if (HASDIGIT.test(w)) return 'hasnum';
  if (LATIN.test(w)) return 'latin';
  if (!ARABIC.test(w)) return 'punct';
  return 'ar';
}
const lenBucket = (n: number) => (n <= 2 ? '1-2' : n <= 3 ? '3' : n <= 5 ? '4-5' : n <= 8 ? '6-8' : '9+');

/** Features of one word type for each window slot: [m2, m1, 0, p1, p2], already prefixed with the slot. */
export function wordTypeFeatures(surface: string, lex: PreparedLexicon): string[][] {
  const { far, near, self } = typeFeatures(surface, lex);
  const groups = [far, near, self, near, far];
  return groups.map((g, k) => g.map((f) => PREFIX[k] + f));
}

/** Features of one word type without slot prefixes: `far` (given at offsets ±2) ⊆ `near` (±1) ⊆ `self`
 *  (offset 0). The tagger looks up `self` alone: the model keys each feature once, with all five slots. */
export function typeFeatures(
  surface: string,
  lex: PreparedLexicon,
): { far: string[]; near: string[]; self: string[] } {
  const far: string[] = [];
  const near: string[] = [];
  const self: string[] = [];
  emitTypeFeatures(surface, lex, (level, prefix, value, from, to) => {
    const f = prefix + (from === 0 && to === value.length ? value : value.slice(from, to));
    if (level === FAR) far.push(f);
    if (level >= NEAR) near.push(f);
    self.push(f);
  });
  return { far, near, self };
}

/** Where a feature is given: at every offset (FAR), at offsets -1..+1 (NEAR) or at offset 0 only (SELF). */
export const SELF = 0;
export const NEAR = 1;
export const FAR = 2;

/** Receives the features of a word type one by one: the feature is `prefix + value.slice(from, to)` (so a
 *  caller that only hashes it builds no string). A feature of a word class or a context profile code also
 *  comes with its number (`code`, below CODED_FEATURES, one per prefix and value; none for the others), so
 *  a caller may keep what it needs of it in an array instead of looking the strings up. */
export type FeatureSink = (
  level: number,
  prefix: string,
  value: string,
  from: number,
  to: number,
  code?: number,
) => void;

const CLASS_PREFIX = ['k', 'sk'].map((p) => Array.from({ length: 16 }, (_, g) => `${p}${g}=`));
const CLASS_PREFIXES = 2 * 16;
/** The numbers of the coded features (FeatureSink's `code`): classes below CODED_VALUES for each class
 *  prefix (which × 16 + granularity), then the two profile prefixes, CODED_VALUES numbers each. */
const CODED_VALUES = 1024;
export const CODED_FEATURES = (CLASS_PREFIXES + 2) * CODED_VALUES;
/** The numbers of classes as strings (made once, not a string per feature). */
const classNames = Array.from({ length: CODED_VALUES }, (_, n) => String(n));
/** The prefixes of the features whose values come from a small closed set (shapes, trigger kinds, word
 *  classes, profile codes, length buckets, and the flags without a value): a tagger may remember their
 *  rows in the model by value instead of hashing each again. */
export const CLOSED_PREFIXES: readonly string[] = [
  'sh=',
  'fq=',
  'def',
  'tg=',
  'gz',
  'og',
  'pf=',
  'spf=',
  'len=',
  'tl=',
  'tlk=',
  'tlu=',
  'tp=',
  ...CLASS_PREFIX.flat(),
];
const AFFIX_PREFIX = ['pre', 'suf', 'spre', 'ssuf'].map((p) => ['', 1, 2, 3].map((n) => `${p}${n}=`));
/** Trigger kinds of the word being emitted, kinds[0 .. kindCount) (scratch: no allocation per word, and no
 *  `length = 0`, a slow call per word). */
const kinds: string[] = [];
let kindCount = 0;
function hasKind(k: string): boolean {
  for (let i = 0; i < kindCount; i++) if (kinds[i] === k) return true;
  return false;
}

/** The features of typeFeatures, given to `sink` in order: far ones in far order, near ones in near order,
 *  then those of offset 0 alone. The normalised word and its stripped forms (stems(), the stem last) may be
 *  given when the caller has them. */
export function emitTypeFeatures(
  surface: string,
  lex: PreparedLexicon,
  sink: FeatureSink,
  w: string = surface === BOS || surface === EOS ? surface : normalize(surface),
  cands: readonly string[] = stems(w),
): void {
  if (surface === BOS || surface === EOS) {
    sink(FAR, 'w=', surface, 0, surface.length);
    return;
  }
  const stem = cands[cands.length - 1]!;
  sink(FAR, 'w=', w, 0, w.length);
  sink(FAR, 's=', stem, 0, stem.length);
  const sh = shape(w);
  sink(NEAR, 'sh=', sh, 0, sh.length);
  let def = w.startsWith('ال');
  for (const c of cands) if (c !== w && c.startsWith('ال')) def = true;
  if (def) sink(NEAR, 'def', '', 0, 0);
  kindCount = 0;
  let place = false;
  let org = false;
  for (const c of cands) {
    const k = lex.triggers.get(c);
    if (k && !hasKind(k)) kinds[kindCount++] = k;
    if (lex.places.has(c)) place = true;
    if (lex.orgs.has(c)) org = true;
  }
  for (let i = 0; i < kindCount; i++) sink(FAR, 'tg=', kinds[i]!, 0, kinds[i]!.length);
  if (place) sink(NEAR, 'gz', '', 0, 0);
  if (org) sink(NEAR, 'og', '', 0, 0);
  // clitics: what was stripped to reach the stem, and the first stripped form itself
  if (stem !== w && w.endsWith(stem)) sink(NEAR, 'cl=', w, 0, w.length - stem.length);
  if (cands.length > 1) sink(NEAR, 'c1=', cands[1]!, 0, cands[1]!.length);
  // distributional classes and context profiles of the word, and of its first stripped form that has them
  const words = lex.words;
  const own = words.row(w);
  classFeatures(words, own, 0, sink);
  profileFeatures(words, own, 0, sink);
  let strippedClass = -1;
  let strippedProfile = -1;
  for (let c = 1; c < cands.length; c++) {
    const row = words.row(cands[c]!);
    if (strippedClass < 0 && words.rowHasClasses(row)) strippedClass = row;
    if (strippedProfile < 0 && words.rowHasProfile(row)) strippedProfile = row;
  }
  classFeatures(words, strippedClass, 1, sink);
  profileFeatures(words, strippedProfile, 1, sink);
  if (lex.rarity) {
    const bucket = rarityBucket(words, own, strippedClass, strippedProfile);
    sink(NEAR, 'fq=', bucket, 0, bucket.length);
  }
  if (lex.ngrams > 0) characterGrams(stem, lex.ngrams, sink);
  if (lex.translit && ARABIC_STEM.test(stem)) {
    const known = words.rowHasClasses(own) || strippedClass >= 0;
    translitFeatures(lex.translit, stem, known, sink);
  }
  const len = lenBucket(stem.length);
  sink(SELF, 'len=', len, 0, len.length);
  for (let n = 1; n <= 3; n++) {
    if (w.length > n) {
      sink(SELF, AFFIX_PREFIX[0]![n]!, w, 0, n);
      sink(SELF, AFFIX_PREFIX[1]![n]!, w, w.length - n, w.length);
    }
    if (stem !== w && stem.length > n) {
      sink(SELF, AFFIX_PREFIX[2]![n]!, stem, 0, n);
      sink(SELF, AFFIX_PREFIX[3]![n]!, stem, stem.length - n, stem.length);
    }
  }
}

/** How common a word is in the unlabelled news, by the word's own row or its first stripped form's: among
 *  the 1,000 / 5,000 most frequent words with classes, the rest of them, a context profile alone, or unknown
 *  (a name the news rarely writes: foreign names mostly). */
function rarityBucket(
  words: WordKnowledge,
  own: number,
  strippedClass: number,
  strippedProfile: number,
): string {
  const row = words.rowHasClasses(own) ? own : strippedClass;
  if (row >= 0) {
    const rank = words.arrays.ranks[row]!;
    return rank < 1000 ? 'r1k' : rank < 5000 ? 'r5k' : 'r30k';
  }
  return words.rowHasProfile(own) || strippedProfile >= 0 ? 'prof' : 'unk';
}

/** How foreign the stem looks (translit.ts), as the model's TranslitModel.feats ask: 'bin' its bin at offsets
 *  -1..+1 ('bin0': at 0 alone), 'known' the bin with whether the word classes know the word ('known0': at 0
 *  alone; an unknown word that looks foreign is most often a name), 'unknown' the bin of an unknown word alone
 *  ('unknown0': at 0 alone),
 *  'prior' a given-name hint (tg=given, as the person-name list gives) for an unknown word of bin `prior` or
 *  above, 'type' the bin of the type score (person against place) with whether the word is known ('type0': at 0
 *  alone). */
function translitFeatures(scorer: TranslitScorer, stem: string, known: boolean, sink: FeatureSink): void {
  if (known && scorer.unknownOnly) return;
  const bin = scorer.bin(stem);
  if (bin === 's') return;
  const joined = TRANSLIT_KNOWN[known ? 1 : 0]![Number(bin)]!;
  for (const f of scorer.model.feats) {
    if (f === 'bin' || f === 'bin0') sink(f === 'bin' ? NEAR : SELF, 'tl=', bin, 0, bin.length);
    else if (f === 'known' || f === 'known0')
      sink(f === 'known' ? NEAR : SELF, 'tlk=', joined, 0, joined.length);
    else if ((f === 'unknown' || f === 'unknown0') && !known)
      sink(f === 'unknown' ? NEAR : SELF, 'tlu=', bin, 0, bin.length);
    else if (f === 'prior' && !known && Number(bin) >= scorer.model.prior && !hasKind('given'))
      sink(FAR, 'tg=', 'given', 0, 5);
    else if (f === 'type' || f === 'type0') {
      const type = TRANSLIT_KNOWN[known ? 1 : 0]![Number(scorer.typeBin(stem))]!;
      sink(f === 'type' ? NEAR : SELF, 'tp=', type, 0, type.length);
    }
  }
}
const TRANSLIT_KNOWN = ['u', 'k'].map((k) => Array.from({ length: 16 }, (_, b) => `${b}${k}`));

/** The character n-grams of a stem with its edges marked ('<' and '>'), at offset 0. */
function characterGrams(stem: string, n: number, sink: FeatureSink): void {
  if (stem.length < n) return;
  const marked = `<${stem}>`;
  for (let j = 0; j + n <= marked.length; j++) sink(SELF, 'ng=', marked, j, j + n);
}

/** k0=, k1=… (which 0) or sk0=, sk1=… (which 1) of a WordKnowledge row with classes; the first is far. */
function classFeatures(words: WordKnowledge, row: number, which: number, sink: FeatureSink): void {
  if (!words.rowHasClasses(row)) return;
  for (let g = 0; g < words.granularities; g++) {
    const n = words.classAt(row, g);
    const coded = n < CODED_VALUES;
    const c = coded ? classNames[n]! : String(n);
    const code = coded ? (which * 16 + g) * CODED_VALUES + n : undefined;
    sink(g === 0 ? FAR : NEAR, CLASS_PREFIX[which]![g]!, c, 0, c.length, code);
  }
}

const PROFILE_PREFIX = ['pf=', 'spf='];
/** pf= (which 0) or spf= (which 1) of a WordKnowledge row's context profile. */
function profileFeatures(words: WordKnowledge, row: number, which: number, sink: FeatureSink): void {
  if (row < 0) return;
  const { profileStart, profileCodes } = words.arrays;
  const base = (CLASS_PREFIXES + which) * CODED_VALUES;
  for (let k = profileStart[row]!; k < profileStart[row + 1]!; k++) {
    const f = words.codeNames[profileCodes[k]!]!;
    sink(NEAR, PROFILE_PREFIX[which]!, f, 0, f.length, base + profileCodes[k]!);
  }
}

/** Features of position i that depend on more than one word: place and organisation names of several
 *  words, and the document evidence (document.ts). (Word-bigram features were tried and dropped: they memorise the train text and lower dev F1.) */
export function contextFeatures(
  i: number,
  gaz: readonly (string | null)[],
  doc?: readonly (readonly string[] | null)[],
): string[] {
  const g = gaz[i];
  const d = doc?.[i];
  if (!d) return g ? [g] : [];
  return g ? [g, ...d] : [...d];
}
