// How a figure stands to the one before it in its sentence: a breakdown of it (بينهم 8 صحفيين، 3 منها),
// the next item of its list (و9 نساء، وواحد باتجاه …), or linked by a word between. Part of the claims
// component.

import { wordSet } from '../lexicon/index.js';
import type { Token } from '../types.js';
import type { NumberSite } from './claim-cues.js';

const LINK = wordSet('claim-words', 'among', 'and_word', 'addition', 'versus');
const VERSUS = wordSet('claim-words', 'versus');
const OF_THEM = wordSet('claim-words', 'of_them');
const AMONG = wordSet('claim-words', 'among');

/** "breakdown" when the number breaks the previous figure down (بينهم 8، 3 منها), "linked" when a link
 *  word joins them, null when nothing does. */
export function linkToPrevious(
  tokens: Token[],
  site: NumberSite,
  prevEnd: number,
): 'breakdown' | 'linked' | null {
  if (directLink(tokens, site.first) || ofThem(tokens, site)) return 'breakdown';
  return linked(tokens, prevEnd, site.first) || (gluedAnd(tokens, site) && near(tokens, prevEnd, site.first))
    ? 'linked'
    : null;
}

/** "3 منها": the number names a part of what was counted before it. */
function ofThem(tokens: Token[], site: NumberSite): boolean {
  const next = tokens[site.lastTok + 1];
  return !!next && next.word && OF_THEM.has(next.norm);
}

/** "وواحد، واثنان": a number word with و glued in front of it. */
function gluedAnd(tokens: Token[], site: NumberSite): boolean {
  const t = tokens[site.first];
  return !!t && t.start < site.n.numStart && /^و/.test(t.norm) && site.n.numStart - t.start === 1;
}

/** At most 25 words between the previous figure and this one. */
function near(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  for (let i = to - 1; i > from; i--) if (tokens[i]!.word) words++;
  return words <= 25;
}

/** How many words before a number "among them" may stand, its short list between (بينهم نساء وأطفال وجندي
 *  واحد). */
const AMONG_REACH = 6;

/** The number is part of a list or breakdown of the figure before it: a link word (بينهم، و، بما في ذلك)
 *  stands within four words before it (six for بينهم), and the previous figure is at most 25 words back. */
function linked(tokens: Token[], from: number, to: number): boolean {
  let words = 0,
    near = 0,
    found = false;
  for (let i = to - 1; i > from; i--) {
    const t = tokens[i]!;
    if (!t.word) continue;
    words++;
    // (among them, before a short list: بينهم نساء وأطفال وجندي واحد)
    if ((words <= 4 || (words <= AMONG_REACH && AMONG.has(t.norm))) && LINK.has(t.norm)) {
      found = true;
      near = words;
    }
  }
  return found && words <= 25 && near > 0;
}

/** The number follows the previous figure as the next item of a list: "و" right before it, and at most
 *  three words (the previous figure's noun) in between. */
export function listItem(tokens: Token[], prevEnd: number, site: NumberSite): boolean {
  const { first } = site;
  let words = 0;
  for (let i = prevEnd + 1; i < first; i++) {
    const t = tokens[i]!;
    if (!t.word) {
      if (/^[.؛;:]$/.test(t.norm)) return false;
      continue;
    }
    words++;
  }
  const before = tokens[first - 1];
  return words <= 3 && (gluedAnd(tokens, site) || (!!before && before.word && before.norm === 'و'));
}

/** "مقابل 68": the number is set beside the figure before it (in the word right before it, or with في). */
export function versusItem(tokens: Token[], site: NumberSite): boolean {
  for (let i = site.first - 1, w = 0; i >= 0 && w < 2; i--) {
    const t = tokens[i]!;
    if (!t.word) continue;
    w++;
    if (VERSUS.has(t.norm.replace(/^[وف]/, ''))) return true;
  }
  return false;
}

/** "بينهم / منهم / من بينهم" right before the number: a breakdown of the figure before it. */
function directLink(tokens: Token[], first: number): boolean {
  for (let i = first - 1, w = 0; i >= 0 && w < 2; i--) {
    const t = tokens[i]!;
    if (!t.word) continue;
    w++;
    if (AMONG.has(t.norm)) return true;
  }
  return false;
}
