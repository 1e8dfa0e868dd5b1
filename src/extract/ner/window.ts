// Features that join two words of the window, which per-word features (features.ts) cannot express: an
// organisation head (a trigger word of kind org: وزارة، حزب، شركة) one or two words before, paired with the
// word's own fine class ('orghead'), and with its left neighbour's and its own coarse classes two words after
// the head. A model trained with them lists the kind in its lexicon (NerLexicon.window).
// 'pairs' (a measured variant, off by default): how person-like the news made the word and its neighbours
// (their news tags, see newsLevel), as pairs (word before × word, word × word after), and for a word carrying
// the conjunction و, the word before × what follows the و: where one name ends and the next one starts.

import { stemsUncached as stems } from '../../text/clitics.js';
import { ORG_KIND, wordFact } from './document.js';
import type { PreparedLexicon } from './features.js';

/** The kinds of window features. */
export type WindowKind = 'orghead' | 'pairs';
export const WINDOW_KINDS: readonly WindowKind[] = ['orghead', 'pairs'];

/** What the window features need of one word: its classes (the coarse and the fine granularity, -1 when
 *  neither it nor a stripped form has them) and whether it is an organisation head (its document fact's
 *  trigger kind is org, as the tagger's word cache holds it). */
export interface WindowWord {
  coarse: number;
  fine: number;
  orgHead: boolean;
  /** the pair features' levels (newsLevel): how person-like the word is, and what follows its conjunction
   *  و ('' when it carries none) */
  person?: string;
  conj?: string;
}

/** How strongly the news tagged a word as a name of type `code` (P person, L place, G organisation): 'u' when the
 *  word (and its stripped forms) has no profile, '0' when the type is not among its news tags, else the
 *  tag's digit (1-3: at least 10%, 30%, 60% of its occurrences). */
export function newsLevel(words: PreparedLexicon['words'], forms: readonly string[], code: string): string {
  const { profileStart, profileCodes } = words.arrays;
  for (const form of forms) {
    const row = words.row(form);
    if (!words.rowHasProfile(row)) continue;
    for (let k = profileStart[row]!; k < profileStart[row + 1]!; k++) {
      const name = words.codeNames[profileCodes[k]!]!;
      if (name[0] === code) return name.slice(1);
    }
    return '0';
  }
  return 'u';
}

/** The window facts of a normalised word (its stripped forms: stems(), the stem last). */
export function windowWord(
  norm: string,
  lex: PreparedLexicon,
  cands: readonly string[] = stems(norm),
): WindowWord {
  const words = lex.words;
  let row = words.row(norm);
  for (let c = 1; c < cands.length && !words.rowHasClasses(row); c++) row = words.row(cands[c]!);
  const orgHead = wordFact(norm, cands, lex).kind === ORG_KIND;
  const pair = lex.window.has('pairs') ? pairLevels(norm, cands, lex) : null;
  if (!words.rowHasClasses(row)) return { coarse: -1, fine: -1, orgHead, ...pair };
  const fine = words.granularities > 1 ? words.classAt(row, 1) : -1;
  return { coarse: words.classAt(row, 0), fine, orgHead, ...pair };
}

/** The pair features' levels of a word (WindowWord.person, conj). */
function pairLevels(norm: string, cands: readonly string[], lex: PreparedLexicon) {
  const conjunction = norm.length > 3 && norm[0] === 'و' && cands[1] === norm.slice(1);
  return {
    person: newsLevel(lex.words, cands, 'P'),
    conj: conjunction ? newsLevel(lex.words, cands.slice(1), 'P') : '',
  };
}

/** The pair features of a word (`own`) between `before` and `after` (null at the sentence edges), added
 *  to `out`. */
export function pairFeatures(
  before: WindowWord | null,
  own: WindowWord,
  after: WindowWord | null,
  out: string[],
): void {
  const p0 = before?.person ?? 's';
  const p2 = after?.person ?? 's';
  out.push(`pp=${p0}${own.person}`, `pn=${own.person}${p2}`);
  if (own.conj) out.push(`pc=${p0}${own.conj}`);
}

const className = (c: number): string => (c < 0 ? 'u' : String(c));

/** The organisation-head features of a word (`own`) whose left neighbours are `before1` and `before2` (null
 *  at the sentence start), added to `out`. */
export function orgHeadFeatures(
  before2: WindowWord | null,
  before1: WindowWord | null,
  own: WindowWord,
  out: string[],
): void {
  if (before1?.orgHead) out.push(`oh1=${className(own.fine)}`);
  if (before2?.orgHead && before1)
    out.push(`oh2=${className(own.fine)}`, `oh2c=${className(before1.coarse)}|${className(own.coarse)}`);
}

/** The tagger's organisation-head features: the window facts of the words it looks at, remembered by
 *  normalised form (cleared when many). */
export class OrgHeadWindow {
  private readonly known = new Map<string, WindowWord>();
  private readonly names: string[] = [];

  constructor(private readonly lex: PreparedLexicon) {}

  /** The features of a word (normalised `norm`) after `norm1`, two words after an organisation head when
   *  `headBefore2` (the buffer is reused by the next call). */
  features(headBefore2: boolean, norm1: string, norm: string): readonly string[] {
    this.names.length = 0;
    const before2 = headBefore2 ? { coarse: -1, fine: -1, orgHead: true } : null;
    orgHeadFeatures(before2, this.word(norm1), this.word(norm), this.names);
    return this.names;
  }

  /** The pair features of a word (normalised `norm`) between `before` and `after` (null at the sentence
   *  edges; the buffer is reused by the next call). */
  pairs(before: string | null, norm: string, after: string | null): readonly string[] {
    this.names.length = 0;
    const at = (w: string | null) => (w === null ? null : this.word(w));
    pairFeatures(at(before), this.word(norm), at(after), this.names);
    return this.names;
  }

  private word(norm: string): WindowWord {
    let w = this.known.get(norm);
    if (!w) {
      if (this.known.size >= 4096) this.known.clear();
      w = windowWord(norm, this.lex);
      this.known.set(norm, w);
    }
    return w;
  }
}
