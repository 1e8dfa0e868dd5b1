// Name contexts: a name gazetteer induced from the unlabelled news, without any labels. Training-time only.
//
// Over every occurrence of every word of the news we count what stands next to it: a person title right
// before it (الرئيس X) or two words before it (the family name of الرئيس X Y), a reporting verb right before
// or after it (قال X، X قال), an organisation head right before it or two words before it (حزب X، حزب X Y).
// A word often found there is a name-like first word, family word or organisation-name word. The share of
// its occurrences in each context, bucketed, becomes profile codes (two characters each, as profiles.ts
// writes them) that join the word's context profile in the model file, so the tagger reads them like any
// profile feature (pf=, spf=) and computes nothing new at run time.

/** The contexts counted, in code order: the code letter and where the cue word stands. */
const CONTEXTS = [
  { code: 'T', cue: 'title', at: -1 },
  { code: 'U', cue: 'title', at: -2 },
  { code: 'V', cue: 'verb', at: -1 },
  { code: 'W', cue: 'verb', at: 1 },
  { code: 'H', cue: 'org', at: -1 },
  { code: 'J', cue: 'org', at: -2 },
  { code: 'N', cue: 'nation', at: -1 },
  { code: 'M', cue: 'loc', at: -1 },
  { code: 'F', cue: 'given', at: -1 },
] as const;
export type NameCue = (typeof CONTEXTS)[number]['cue'];
const CUES: readonly NameCue[] = ['title', 'verb', 'org', 'nation', 'loc', 'given'];
/** The cue kinds that are names themselves (a given name gets codes of its own). */
const NAME_CUES = new Set<number>([CUES.indexOf('given')]);

export interface NameContextOptions {
  /** occurrences a word needs in the news */
  minCount: number;
  /** occurrences in a context a word needs for that context's code */
  minHits: number;
  /** shares of a word's occurrences for code levels 1, 2, 3 (ascending) */
  levels: readonly number[];
}

/** Codes per normalised word ("T2H1"), from token ids over normalised types (-1 at document breaks) and a
 *  cue kind per type name (its title, verb or organisation-head kind after clitic stripping, or undefined). */
export function learnNameContexts(
  seq: Int32Array,
  names: readonly string[],
  cueOf: (name: string) => NameCue | undefined,
  o: NameContextOptions,
): Map<string, string> {
  const cue = new Int8Array(names.length).fill(-1);
  names.forEach((n, id) => {
    const c = cueOf(n);
    if (c) cue[id] = CUES.indexOf(c);
  });
  const C = CONTEXTS.length;
  const hits = new Int32Array(names.length * C);
  const total = new Int32Array(names.length);
  const cueAt = (i: number) => (i >= 0 && i < seq.length && seq[i]! >= 0 ? cue[seq[i]!]! : -1);
  for (let i = 0; i < seq.length; i++) {
    const id = seq[i]!;
    if (id < 0) continue;
    total[id]!++;
    if (cue[id]! >= 0 && !NAME_CUES.has(cue[id]!)) continue; // a cue word is not a name of its own
    for (let k = 0; k < C; k++) {
      const { cue: kind, at } = CONTEXTS[k]!;
      // the cue two words before counts only through a word that is not a cue itself
      if (at === -2 && cueAt(i - 1) >= 0 && !NAME_CUES.has(cueAt(i - 1))) continue;
      if (cueAt(i + at) === CUES.indexOf(kind)) hits[id * C + k]!++;
    }
  }
  const out = new Map<string, string>();
  for (let id = 0; id < names.length; id++) {
    if (total[id]! < o.minCount || !/[\u0621-\u064A]/.test(names[id]!)) continue;
    let codes = '';
    for (let k = 0; k < C; k++) {
      const h = hits[id * C + k]!;
      if (h < o.minHits) continue;
      const share = h / total[id]!;
      let level = 0;
      for (let l = 0; l < o.levels.length; l++) if (share >= o.levels[l]!) level = l + 1;
      if (level) codes += CONTEXTS[k]!.code + level;
    }
    if (codes) out.set(names[id]!, codes);
  }
  return out;
}
