// The longest title or role a token starts (lexicons/titles.tsv): العميد، المتحدث باسم، الأمين العام لـ, with the
// clitics a title may carry (وللمتحدث، بالملك).

import { lexicons, type TitleInfo } from '../../lexicon/index.js';
import { KeyFilter } from '../../lexicon/key-filter.js';
import { codeUnitAt } from '../../text/char-classes.js';
import type { Token } from '../../types.js';
import { stripConj } from './words.js';

let titleFilter: KeyFilter | null = null;
let titleFilterOf: Map<string, TitleInfo[]> | null = null;
const LAM = 0x644;
const WAW = 0x648;
/** False when a word certainly starts no title: neither it nor it without a conjunction (stripConj) is a
 *  title's first word, and it does not start with لل or ولل (no string cut, no map look-up). */
function mayStartTitle(titles: Map<string, TitleInfo[]>, w: string): boolean {
  if (titleFilterOf !== titles || !titleFilter) {
    titleFilter = new KeyFilter(titles.keys());
    titleFilterOf = titles;
  }
  if (titleFilter.mayHave('', w, 0, w.length)) return true;
  if (w.length > 3 && (w[0] === 'و' || w[0] === 'ف') && titleFilter.mayHave('', w, 1, w.length)) return true;
  const l = codeUnitAt(w, 0) === WAW ? 1 : 0;
  if (GLUED_BEFORE_ARTICLE.test(w)) return titleFilter.mayHave('ال', w, w.indexOf('ال') + 2, w.length);
  if (codeUnitAt(w, l) !== LAM) return false;
  return codeUnitAt(w, l + 1) === LAM || titleFilter.mayHave('', w, l + 1, w.length);
}

/** ب or ك glued before a title's article (بالملك، وبالرئيس): the title is read without them. */
const GLUED_BEFORE_ARTICLE = /^[وف]?[بك]ال/;

/** Longest title starting at token i (words only), if any. */
export function titleAt(tokens: Token[], i: number, end: number): { title: TitleInfo; next: number } | null {
  const t = tokens[i];
  if (!t?.word) return null;
  const lx = lexicons();
  // most words start no title: check cheaply before building the candidate forms
  if (!mayStartTitle(lx.titles, t.norm)) return null;
  const bare = stripConj(t.norm);
  // a ل glued before a title without the article (وفقا لنائب المتحدث، لمسؤول في …)
  const afterLam = /^و?ل[^ل]/.test(t.norm) ? t.norm.replace(/^و?ل/, '') : '';
  if (
    !lx.titles.has(t.norm) &&
    !lx.titles.has(bare) &&
    !lx.titles.has(afterLam) &&
    !/^و?لل/.test(t.norm) &&
    !GLUED_BEFORE_ARTICLE.test(t.norm)
  )
    return null;
  const forms = new Set([t.norm, bare]);
  if (/^(لل|ولل)/.test(t.norm)) forms.add('ال' + t.norm.replace(/^و?لل/, '')); // للمتحدث باسم
  if (lx.titles.has(afterLam)) forms.add(afterLam);
  if (GLUED_BEFORE_ARTICLE.test(t.norm)) forms.add(t.norm.replace(/^[وف]?[بك]/, '')); // بالملك سلمان
  for (const first of forms) {
    const cands = lx.titles.get(first);
    if (!cands) continue;
    for (const c of cands) {
      let j = i,
        k = 0;
      while (k < c.words.length && j < end) {
        const tok = tokens[j]!;
        if (!tok.word) {
          j++;
          continue;
        }
        const w = k === 0 ? first : tok.norm;
        // a role ending in a preposition (المتحدث الرسمي ل) may be glued: لـ / للـ
        if (w === c.words[k] || (k === c.words.length - 1 && c.words[k] === 'ل' && /^ل/.test(w))) {
          k++;
          // (a glued ل leaves its word to the body: لشؤون اللاجئين)
          if (!(c.words[k - 1] === 'ل' && /^ل[^ـ]/.test(w) && w !== c.words[k - 1])) j++;
        } else break;
      }
      if (k === c.words.length) return { title: c, next: j };
    }
  }
  return null;
}
