// Clitics: the conjunctions (و ف), prepositions (ب ل ك) and article (ال) written joined to a word.
// Every rule that looks a word up without its clitics takes its forms from here.

import { codeUnitAt } from './char-classes.js';

/** Candidate stems of a normalised Arabic word after stripping proclitics (و ف ب ل ك ال لل),
 *  longest form first. The word itself is always the first candidate. */
const stemCache = new Map<string, string[]>();
export function stems(word: string): string[] {
  const hit = stemCache.get(word);
  if (hit) return hit;
  if (stemCache.size > 300_000) stemCache.clear();
  const out = stemsUncached(word);
  stemCache.set(word, out);
  return out;
}

export function stemsUncached(word: string): string[] {
  // (no closure, and the stems gathered in a scratch array first so that the one returned is allocated at
  // its size: this runs once for every token of a document; performance)
  const n = cliticPieces(word);
  scratch[0] = word;
  found = 1;
  for (let k = 1; k < n; k++) {
    const piece = pieces[k]!;
    addStem(piece & 1 ? 'ال' + word.slice(piece >> 1) : word.slice(piece >> 1));
  }
  return scratch.slice(0, found);
}

/** The clitic rules, once: the forms of a word with its proclitics stripped, as pieces (the article
 *  or nothing) + word.slice(from) written to pieces[0 .. n) (n returned; the word itself first). A
 *  conjunction (و ف) and then a preposition (ب ل ك, or لل read as ل + ال) may be stripped, and the article
 *  after either, each only from a word of more than 3 letters. */
function cliticPieces(word: string): number {
  let n = 0;
  pieces[n++] = 0;
  let w = 0; // where the word after a conjunction starts
  const c0 = codeUnitAt(word, 0);
  if ((c0 === WAW || c0 === FA) && word.length > 3) {
    w = 1;
    pieces[n++] = 2;
  }
  let p = w; // where the word after a preposition starts
  const c = codeUnitAt(word, w);
  if (c === LAM && codeUnitAt(word, w + 1) === LAM && word.length - w > 3) {
    pieces[n++] = ((w + 2) << 1) | 1;
    pieces[n++] = (w + 2) << 1;
  }
  if ((c === BA || c === LAM || c === KAF) && word.length - w > 3) {
    p = w + 1;
    pieces[n++] = p << 1;
  }
  if (articleAt(word, w)) pieces[n++] = (w + 2) << 1;
  if (articleAt(word, p)) pieces[n++] = (p + 2) << 1;
  return n;
}

/** A quick test that a piece of a word, prefix + s.slice(from, to), is certainly no key (a KeyFilter). */
export interface PieceFilter {
  mayHave(prefix: string, s: string, from: number, to: number): boolean;
}

/** Whether `filter` may have one of the forms prefix + word.slice(from) that stemsUncached(word) may return
 *  (every one of them is asked, in the same order; no string is cut). */
export function someStemForm(word: string, filter: PieceFilter): boolean {
  const n = cliticPieces(word);
  for (let k = 0; k < n; k++) {
    const piece = pieces[k]!;
    if (filter.mayHave(piece & 1 ? 'ال' : '', word, piece >> 1, word.length)) return true;
  }
  return false;
}

/** Whether word.slice(at) starts with the article and is longer than 3 letters. */
const articleAt = (word: string, at: number) =>
  word.length - at > 3 && word.charCodeAt(at) === ALIF && word.charCodeAt(at + 1) === LAM;

const WAW = 0x648;
const ALIF = 0x627;
const FA = 0x641;
const BA = 0x628;
const LAM = 0x644;
const KAF = 0x643;
/** cliticPieces' pieces (at most seven): from × 2, plus 1 when the article is put before. */
const pieces = new Int32Array(7);
/** stemsUncached's stems so far: scratch[0 .. found). */
const scratch: string[] = ['', '', '', '', '', '', ''];
let found = 0;

function addStem(s: string): void {
  if (s.length < 2) return;
  for (let k = 0; k < found; k++) if (scratch[k] === s) return;
  scratch[found++] = s;
}

/** Forms of a normalised word with a leading conjunction (و ف) or كما-style ك removed. */
export function bareForms(w: string): string[] {
  const out = [w];
  if (w.length > 2 && (w[0] === 'و' || w[0] === 'ف')) out.push(w.slice(1));
  return out;
}
