// The gazetteer's marks on a sentence, for training (gazetteerMarks) and the tagger at run time
// (phraseMarks): the place and organisation names of two or more words, found by walking a tree of the
// lexicon's names word by word.

import { stemsUncached as stems } from '../../text/clitics.js';
import type { PreparedLexicon } from './features.js';

/** Marks a name of `length` words from word i: "ogB"/"ogI" for an organisation, "gzB"/"gzI" for a place. */
export function markName(marks: (string | null)[], i: number, length: number, org: boolean): void {
  marks[i] = org ? 'ogB' : 'gzB';
  for (let k = 1; k < length; k++) marks[i + k] = org ? 'ogI' : 'gzI';
}

/** Place and organisation names of two or more words in a sentence: "gzB"/"gzI" (place) or "ogB"/"ogI"
 *  (organisation) per word, or null. The longest name wins. `cands` holds each word's forms that may open
 *  a name (its stems by default). */
export function gazetteerMarks(
  norm: readonly string[],
  lex: PreparedLexicon,
  cands: readonly (readonly string[] | null)[] = norm.map(stems),
): (string | null)[] {
  const marks: (string | null)[] = [];
  phraseMarks(norm, lex, cands, norm.length, marks);
  return marks;
}

/** A name's words so far: whether they are a whole organisation or place name, and the words that may follow. */
interface PhraseNode {
  org: boolean;
  place: boolean;
  next: Map<string, PhraseNode> | null;
}

const trees = new WeakMap<PreparedLexicon, Map<string, PhraseNode>>();

/** The names of two or more words of a lexicon (organisations and places) as a tree by word (split at each
 *  space), built once per lexicon. */
function phraseTree(lex: PreparedLexicon): Map<string, PhraseNode> {
  let roots = trees.get(lex);
  if (roots) return roots;
  roots = new Map();
  const add = (name: string, org: boolean) => {
    let level = roots!;
    let node: PhraseNode | undefined;
    for (const word of name.split(' ')) {
      node = level.get(word);
      if (!node) level.set(word, (node = { org: false, place: false, next: null }));
      level = node.next ??= new Map();
    }
    if (org) node!.org = true;
    else node!.place = true;
  };
  // only names of two or more words: phraseMarks never asks whether one word alone is a name
  for (const p of lex.places) if (p.includes(' ')) add(p, false);
  for (const o of lex.orgs) if (o.includes(' ')) add(o, true);
  trees.set(lex, roots);
  return roots;
}

/** The node after `word` (a normalised word; one with spaces walks each of its pieces), or undefined. */
function step(node: PhraseNode, word: string): PhraseNode | undefined {
  if (!word.includes(' ')) return node.next?.get(word);
  let at: PhraseNode | undefined = node;
  for (const piece of word.split(' ')) at = at?.next?.get(piece);
  return at;
}

/** gazetteerMarks(norm, lex, cands) over the first n words, written into `marks` (its first n places), reusing
 *  the caller's array. */
export function phraseMarks(
  norm: readonly string[],
  lex: PreparedLexicon,
  cands: readonly (readonly string[] | null)[],
  n: number,
  marks: (string | null)[],
): void {
  marks.length = n;
  marks.fill(null);
  if (lex.multiFirst.size === 0) return;
  const roots = phraseTree(lex);
  for (let i = 0; i < n; i++) {
    const cs = cands[i];
    if (!cs) continue;
    for (const c of cs) {
      const maxLen = lex.multiFirst.get(c);
      if (!maxLen) continue;
      // the longest name: the words walked one at a time, the last whole name kept
      let node = roots.get(c);
      let found = 0;
      let org = false;
      const last = Math.min(maxLen, n - i);
      for (let len = 2; node && len <= last; len++) {
        node = step(node, norm[i + len - 1]!);
        if (!node) break;
        if (node.org) {
          found = len;
          org = true;
        } else if (node.place) {
          found = len;
          org = false;
        }
      }
      if (found) {
        markName(marks, i, found, org);
        i += found - 1;
        break;
      }
    }
  }
}
