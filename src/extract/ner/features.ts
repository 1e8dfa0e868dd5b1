// Features of the named-entity tagger. The same code serves training and tagging, so scores agree exactly.
// Most features depend only on one word and its offset (-2..+2) from the word being tagged; the tagger caches
// their summed weights per word type, so tagging costs a few map look-ups per word.

import { stems } from '../../text/clitics.js';
import { normalize } from '../../text/normalize.js';

/** Word lists baked into the model file at training time. */
export interface NerLexicon {
  /** normalised word → trigger kind (title, verb, org, loc, part) */
  triggers: Record<string, string>;
  /** normalised place names (one or more words, space-joined) */
  places: string[];
  /** distributional word classes: lines "word<TAB>class<TAB>class..." (one class per granularity) */
  clusters?: string;
}

/** Prepared look-up structures over a NerLexicon. */
export interface PreparedLexicon {
  triggers: Map<string, string>;
  places: Set<string>;
  /** first word of a multi-word place name → longest length in words */
  multiFirst: Map<string, number>;
  clusters: Map<string, string[]>;
}

export function prepareLexicon(lex: NerLexicon): PreparedLexicon {
  const triggers = new Map(Object.entries(lex.triggers));
  const places = new Set(lex.places);
  const multiFirst = new Map<string, number>();
  for (const p of lex.places) {
    const ws = p.split(' ');
    if (ws.length > 1) multiFirst.set(ws[0]!, Math.max(multiFirst.get(ws[0]!) ?? 0, ws.length));
  }
  const clusters = new Map<string, string[]>();
  for (const line of (lex.clusters ?? '').split('\n')) {
    const cells = line.split('\t');
    if (cells.length > 1) clusters.set(cells[0]!, cells.slice(1));
  }
  return { triggers, places, multiFirst, clusters };
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
  if (surface === BOS || surface === EOS) return PREFIX.map((p) => [p + 'w=' + surface]);
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
  for (const c of cands) {
    const k = lex.triggers.get(c);
    if (k) kinds.add(k);
    if (lex.places.has(c)) place = true;
  }
  for (const k of kinds) near.push('tg=' + k);
  if (place) near.push('gz');
  const far: string[] = ['w=' + w, 's=' + stem];
  for (const k of kinds) far.push('tg=' + k);
  // distributional classes of the word, else of its first stripped form that has one
  for (const c of cands) {
    const cl = lex.clusters.get(c);
    if (!cl) continue;
    const tag = c === w ? '' : 's';
    cl.forEach((x, g) => near.push(`${tag}k${g}=${x}`));
    far.push(`${tag}k0=${cl[0]}`);
    break;
  }
  const self = near.slice();
  self.push('len=' + lenBucket(stem.length));
  for (let n = 1; n <= 3; n++) {
    if (w.length > n) self.push(`pre${n}=` + w.slice(0, n), `suf${n}=` + w.slice(-n));
    if (stem !== w && stem.length > n)
      self.push(`spre${n}=` + stem.slice(0, n), `ssuf${n}=` + stem.slice(-n));
  }
  const groups = [far, near, self, near, far];
  return groups.map((g, k) => g.map((f) => PREFIX[k] + f));
}

/** Key of a word-bigram feature ("b-" = previous word and this one, "b+" = this one and the next). Words
 *  never contain spaces, so the tagger can split the key back into its two words. */
export const bigramKey = (dir: 'b-' | 'b+', a: string, b: string): string => `${dir}=${a} ${b}`;

/** Features of position i that depend on more than one word: word bigrams and place-name spans.
 *  `norm` holds the normalised words of the sentence. */
export function contextFeatures(
  norm: readonly string[],
  i: number,
  gaz: readonly (string | null)[],
): string[] {
  const prev = i > 0 ? norm[i - 1]! : BOS;
  const next = i + 1 < norm.length ? norm[i + 1]! : EOS;
  const out = [bigramKey('b-', prev, norm[i]!), bigramKey('b+', norm[i]!, next)];
  const g = gaz[i];
  if (g) out.push(g);
  return out;
}

/** Place-name spans of two or more words in a sentence: "gzB"/"gzI" per word, or null. */
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
        if (lex.places.has(phrase)) {
          marks[i] = 'gzB';
          for (let k = 1; k < len; k++) marks[i + k] = 'gzI';
          i += len - 1;
          break;
        }
      }
      if (marks[i]) break;
    }
  }
  return marks;
}
