// Clitics: the conjunctions (و ف), prepositions (ب ل ك) and article (ال) written joined to a word.
// Every rule that looks a word up without its clitics takes its forms from here.

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
  const out = scratch;
  out[0] = word;
  found = 1;
  let w = word;
  // conjunction
  const c0 = w.charCodeAt(0);
  if ((c0 === WAW || c0 === FA) && w.length > 3) {
    w = w.slice(1);
    addStem(w);
  }
  // preposition
  let p = w;
  const c = p.charCodeAt(0);
  if (c === LAM && p.charCodeAt(1) === LAM && p.length > 3) {
    addStem('ال' + p.slice(2));
    addStem(p.slice(2));
  }
  if ((c === BA || c === LAM || c === KAF) && p.length > 3) {
    p = p.slice(1);
    addStem(p);
  }
  // the article, after either
  if (w.length > 3 && w.startsWith('ال')) addStem(w.slice(2));
  if (p.length > 3 && p.startsWith('ال')) addStem(p.slice(2));
  return out.slice(0, found);
}

/** A quick test that a piece of a word, prefix + s.slice(from, to), is certainly no key (a KeyFilter). */
export interface PieceFilter {
  mayHave(prefix: string, s: string, from: number, to: number): boolean;
}

/** Whether `filter` may have one of the forms prefix + word.slice(from) that stemsUncached(word) may return
 *  (every one of them is asked, and a few more; no string is cut). Follows stemsUncached step by step. */
export function someStemForm(word: string, filter: PieceFilter): boolean {
  const end = word.length;
  if (filter.mayHave('', word, 0, end)) return true;
  let w = 0; // where the word after a conjunction starts
  const c0 = word.charCodeAt(0);
  if ((c0 === WAW || c0 === FA) && word.length > 3) {
    w = 1;
    if (filter.mayHave('', word, 1, end)) return true;
  }
  let p = w; // where the word after a preposition starts
  const c = word.charCodeAt(w);
  if (c === LAM && word.charCodeAt(w + 1) === LAM && word.length - w > 3) {
    if (filter.mayHave('ال', word, w + 2, end) || filter.mayHave('', word, w + 2, end)) return true;
  }
  if ((c === BA || c === LAM || c === KAF) && word.length - w > 3) {
    p = w + 1;
    if (filter.mayHave('', word, p, end)) return true;
  }
  if (articleAt(word, w) && filter.mayHave('', word, w + 2, end)) return true;
  return articleAt(word, p) && filter.mayHave('', word, p + 2, end);
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
