// Features of the named-entity tagger. The same code serves training and tagging, so scores agree exactly.
// Most features depend only on one word and its offset (-2..+2) from the word being tagged; the tagger caches
// their summed weights per word type, so tagging costs a few map look-ups per word.

// uncached: the tagger keeps what it needs per word type; filling the shared stem cache with every word
// it sees would cost each worker about 20 MB
import { stemsUncached as stems } from '../../text/clitics.js';
import { normalize } from '../../text/normalize.js';
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
  return { triggers, places, orgs, multiFirst, words };
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
  if (surface === BOS || surface === EOS) {
    const f = ['w=' + surface];
    return { far: f, near: f, self: f };
  }
  const w = normalize(surface);
  const cands = stems(w);
  const stem = cands[cands.length - 1]!;
  const near: string[] = ['w=' + w, 's=' + stem, 'sh=' + shape(w)];
  let def = false;
  for (const c of cands) if (c !== w && c.startsWith('ال')) def = true;
  if (w.startsWith('ال')) def = true;
  if (def) near.push('def');
  const kinds = new Set<string>();
  let place = false;
  let org = false;
  for (const c of cands) {
    const k = lex.triggers.get(c);
    if (k) kinds.add(k);
    if (lex.places.has(c)) place = true;
    if (lex.orgs.has(c)) org = true;
  }
  for (const k of kinds) near.push('tg=' + k);
  if (place) near.push('gz');
  if (org) near.push('og');
  const far: string[] = ['w=' + w, 's=' + stem];
  for (const k of kinds) far.push('tg=' + k);
  // clitics: what was stripped to reach the stem, and the first stripped form itself
  if (stem !== w && w.endsWith(stem)) near.push('cl=' + w.slice(0, w.length - stem.length));
  if (cands.length > 1) near.push('c1=' + cands[1]);
  // distributional classes and context profiles of the word, and of its first stripped form that has them
  const own = lex.words.classes(w);
  if (own) {
    for (let g = 0; g < own.length; g++) near.push(`k${g}=${own[g]}`);
    far.push(`k0=${own[0]}`);
  }
  for (const f of lex.words.profile(w) ?? []) near.push(`pf=${f}`);
  const strippedClass = cands.slice(1).find((c) => lex.words.hasClasses(c));
  if (strippedClass) {
    const cl = lex.words.classes(strippedClass)!;
    for (let g = 0; g < cl.length; g++) near.push(`sk${g}=${cl[g]}`);
    far.push(`sk0=${cl[0]}`);
  }
  const strippedProfile = cands.slice(1).find((c) => lex.words.hasProfile(c));
  for (const f of (strippedProfile && lex.words.profile(strippedProfile)) || []) near.push(`spf=${f}`);
  const self = near.slice();
  self.push('len=' + lenBucket(stem.length));
  for (let n = 1; n <= 3; n++) {
    if (w.length > n) self.push(`pre${n}=` + w.slice(0, n), `suf${n}=` + w.slice(-n));
    if (stem !== w && stem.length > n)
      self.push(`spre${n}=` + stem.slice(0, n), `ssuf${n}=` + stem.slice(-n));
  }
  return { far, near, self };
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

/** Place and organisation names of two or more words in a sentence: "gzB"/"gzI" (place) or "ogB"/"ogI"
 *  (organisation) per word, or null. The longest name wins. */
export function gazetteerMarks(
  norm: readonly string[],
  lex: PreparedLexicon,
  cands: readonly (readonly string[] | null)[] = norm.map(stems),
): (string | null)[] {
  const marks: (string | null)[] = new Array(norm.length).fill(null);
  if (lex.multiFirst.size === 0) return marks;
  for (let i = 0; i < norm.length; i++) {
    for (const c of cands[i] ?? []) {
      const maxLen = lex.multiFirst.get(c);
      if (!maxLen) continue;
      for (let len = Math.min(maxLen, norm.length - i); len >= 2; len--) {
        let phrase = c;
        for (let k = 1; k < len; k++) phrase += ' ' + norm[i + k];
        const kind = lex.orgs.has(phrase) ? 'og' : lex.places.has(phrase) ? 'gz' : null;
        if (kind) {
          marks[i] = kind + 'B';
          for (let k = 1; k < len; k++) marks[i + k] = kind + 'I';
          i += len - 1;
          break;
        }
      }
      if (marks[i]) break;
    }
  }
  return marks;
}
