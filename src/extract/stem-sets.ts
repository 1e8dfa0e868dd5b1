// Whether a token's stems (tokenStems) may be keys of a lexicon's set, told without cutting them: most
// words of a text are no key of the head and phrase lexicons the mentions stage asks about word by word
// (descriptions, kind heads, named kinds, organisation name heads), and cutting every word's stems cost a
// string per form. Each set has a KeyFilter of its keys; a token's forms (someStemForm) are hashed once per
// document, and the answer for every set is kept as a bit per token.

import { bitOf, KeyFilter } from '../lexicon/key-filter.js';
import { someStemForm } from '../text/clitics.js';
import { tokenStems } from '../text/tokens.js';
import type { Token } from '../types.js';

/** A lexicon's keys, never changed once loaded. */
export type KeySet = ReadonlyMap<string, unknown> | ReadonlySet<string>;

/** The sets asked about, each with a KeyFilter of its keys (MAX_SETS at most are kept by bit). */
const sets: KeySet[] = [];
const filters: KeyFilter[] = [];
const MAX_SETS = 7;
const filterOf = new WeakMap<KeySet, KeyFilter>();

/** The KeyFilter of a set's keys, made once. */
function keyFilterOf(set: KeySet): KeyFilter {
  let filter = filterOf.get(set);
  if (!filter) filterOf.set(set, (filter = new KeyFilter(set.keys())));
  return filter;
}

/** Whether none of a token's stems can be in `set` (false says only that one may be). */
export const noStemIn = (t: Token, set: KeySet): boolean =>
  !t.stems && !someStemForm(t.norm, keyFilterOf(set));

/** The tokens of the document last asked about, and per token 0 (not worked out yet) or WORKED | a bit
 *  per set of `sets` that may have one of its forms. */
let memoTokens: readonly Token[] | null = null;
let memo = new Uint8Array(256);
const WORKED = 0x80;

/** The sets' bits of one word's forms: each form hashed once, its bit tested in every filter (someStemForm
 *  then goes on to the next form: mayHave says no). */
let formBits = 0;
const collector = {
  mayHave(prefix: string, s: string, from: number, to: number): boolean {
    const b = bitOf(prefix, s, from, to);
    for (let k = 0; k < filters.length; k++) if (filters[k]!.hasBit(b)) formBits |= 1 << k;
    return false;
  },
};

/** The bit of a set (registered on first use; -1 once MAX_SETS are). */
function setBit(set: KeySet): number {
  let k = sets.indexOf(set);
  if (k < 0 && sets.length < MAX_SETS) {
    k = sets.push(set) - 1;
    filters.push(keyFilterOf(set));
    memoTokens = null; // the bits worked out so far lack the new set's
  }
  return k < 0 ? -1 : 1 << k;
}

/** Whether one of the stems of tokens[i] is in `set`. */
export function anyStemIn(tokens: readonly Token[], i: number, set: KeySet): boolean {
  const t = tokens[i]!;
  if (!t.stems) {
    const bit = setBit(set);
    if (bit < 0) {
      if (noStemIn(t, set)) return false;
    } else {
      if (tokens !== memoTokens) {
        memoTokens = tokens;
        if (memo.length < tokens.length) memo = new Uint8Array(tokens.length * 2);
        else memo.fill(0, 0, tokens.length);
      }
      let m = memo[i]!;
      if (!m) {
        formBits = 0;
        someStemForm(t.norm, collector);
        memo[i] = m = WORKED | formBits;
      }
      if (!(m & bit)) return false;
    }
  }
  for (const stem of tokenStems(t)) if (set.has(stem)) return true;
  return false;
}
