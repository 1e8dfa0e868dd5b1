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
  const out = [word];
  const add = (s: string) => {
    if (s.length >= 2 && !out.includes(s)) out.push(s);
  };
  let w = word;
  // conjunction
  if ((w.startsWith('و') || w.startsWith('ف')) && w.length > 3) {
    w = w.slice(1);
    add(w);
  }
  // preposition
  let p = w;
  if (p.startsWith('لل') && p.length > 3) {
    add('ال' + p.slice(2));
    add(p.slice(2));
  }
  if (/^[بلك]/.test(p) && p.length > 3) {
    p = p.slice(1);
    add(p);
  }
  for (const x of [w, p]) {
    if (x.startsWith('ال') && x.length > 3) add(x.slice(2));
  }
  return out;
}

/** Forms of a normalised word with a leading conjunction (و ف) or كما-style ك removed. */
export function bareForms(w: string): string[] {
  const out = [w];
  if (w.length > 2 && (w[0] === 'و' || w[0] === 'ف')) out.push(w.slice(1));
  return out;
}
