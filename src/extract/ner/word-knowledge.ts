// What the unlabelled news taught the tagger about frequent words (see clusters.ts and profiles.ts): each
// word's distributional classes (one per granularity), its rank by frequency, and its context profile (a few
// two-character features). Held in typed arrays behind one WordTable, as the model file stores them.
import { WordTable } from './word-table.js';

/** The arrays of a WordKnowledge, as the model file stores them. */
export interface WordKnowledgeArrays {
  table: Int32Array;
  /** classes per word (granularities × words), -1 when the word has none */
  classes: Int32Array;
  /** rank among the words with classes, most frequent first; -1 when the word has no classes */
  ranks: Int32Array;
  /** profile of word i: codes[profileStart[i] .. profileStart[i + 1]), indices into `codeNames` */
  profileStart: Uint32Array;
  profileCodes: Uint8Array;
}

export class WordKnowledge {
  private readonly table: WordTable;

  constructor(
    readonly arrays: WordKnowledgeArrays,
    /** classes per word */
    readonly granularities: number,
    /** the two-character profile features, by code */
    readonly codeNames: readonly string[],
  ) {
    this.table = new WordTable(arrays.table);
  }

  /** From the training tables: lines "word<TAB>class<TAB>class…" and "word<TAB>features" (two chars each). */
  static fromText(clusters = '', profiles = ''): WordKnowledge {
    const classLines = lines(clusters);
    const profileLines = lines(profiles);
    const granularities = classLines[0] ? classLines[0].length - 1 : 0;
    const index = new Map<string, number>();
    for (const [w] of [...classLines, ...profileLines]) if (!index.has(w!)) index.set(w!, index.size);
    const n = index.size;
    const classes = new Int32Array(n * granularities).fill(-1);
    const ranks = new Int32Array(n).fill(-1);
    classLines.forEach(([w, ...cs], rank) => {
      const i = index.get(w!)!;
      if (ranks[i] !== -1) return; // the first line of a word wins, as a map's first key did
      ranks[i] = rank;
      if (cs.length !== granularities)
        throw new Error(`word classes: ${JSON.stringify(w)} has ${cs.length} classes, not ${granularities}`);
      cs.forEach((c, g) => {
        if (!/^(0|[1-9][0-9]*)$/.test(c))
          throw new Error(`word classes: ${JSON.stringify(c)} is not a class number`);
        classes[i * granularities + g] = Number(c);
      });
    });
    const codeNames: string[] = [];
    const codeOf = new Map<string, number>();
    const perWord: number[][] = Array.from({ length: n }, () => []);
    const seen = new Set<string>();
    for (const [w, features = ''] of profileLines) {
      if (seen.has(w!)) continue; // words are unique in what training writes
      seen.add(w!);
      const codes = perWord[index.get(w!)!]!;
      for (let k = 0; k + 1 < features.length; k += 2) {
        const f = features.slice(k, k + 2);
        let c = codeOf.get(f);
        if (c === undefined) codeOf.set(f, (c = codeNames.push(f) - 1));
        if (c > 255) throw new Error('word profiles: more than 256 distinct features');
        codes.push(c);
      }
    }
    const profileStart = new Uint32Array(n + 1);
    perWord.forEach((codes, i) => {
      profileStart[i + 1] = profileStart[i]! + codes.length;
    });
    const profileCodes = new Uint8Array(profileStart[n]!);
    perWord.forEach((codes, i) => {
      profileCodes.set(codes, profileStart[i]!);
    });
    const table = WordTable.build([...index.keys()]).slots;
    return new WordKnowledge({ table, classes, ranks, profileStart, profileCodes }, granularities, codeNames);
  }

  /** The last two words `row` looked up and their rows (a new word type's features, its document fact and
   *  its cache entry ask about its form and its stem several times in a row). */
  private lastWord: string | null = null;
  private lastRow = -1;
  private lastWord2: string | null = null;
  private lastRow2 = -1;

  /** The word's row in the tables, or -1 for a word it does not know. */
  row(w: string): number {
    if (w === this.lastWord) return this.lastRow;
    if (w === this.lastWord2) return this.lastRow2;
    const row = this.table.find(w);
    this.lastWord2 = this.lastWord;
    this.lastRow2 = this.lastRow;
    this.lastWord = w;
    this.lastRow = row;
    return row;
  }

  /** Whether a row (or -1) has classes. */
  rowHasClasses(row: number): boolean {
    return row >= 0 && this.arrays.ranks[row] !== -1;
  }

  /** Whether a row (or -1) has a context profile. */
  rowHasProfile(row: number): boolean {
    return row >= 0 && this.arrays.profileStart[row + 1]! > this.arrays.profileStart[row]!;
  }

  /** Class g of a row that has classes. */
  classAt(row: number, g: number): number {
    return this.arrays.classes[row * this.granularities + g]!;
  }

  /** The word's classes as strings (one per granularity), or null. */
  classes(w: string): string[] | null {
    const i = this.row(w);
    if (!this.rowHasClasses(i)) return null;
    const out: string[] = [];
    for (let g = 0; g < this.granularities; g++) out.push(String(this.classAt(i, g)));
    return out;
  }

  hasClasses(w: string): boolean {
    return this.rowHasClasses(this.row(w));
  }

  /** The word's profile features (two characters each), or null. */
  profile(w: string): string[] | null {
    const i = this.row(w);
    if (!this.rowHasProfile(i)) return null;
    const { profileStart, profileCodes } = this.arrays;
    const out: string[] = [];
    for (let k = profileStart[i]!; k < profileStart[i + 1]!; k++) out.push(this.codeNames[profileCodes[k]!]!);
    return out;
  }

  hasProfile(w: string): boolean {
    return this.rowHasProfile(this.row(w));
  }

  /** Rank among the words with classes (most frequent first), 50,000 for a word with only a profile,
   *  Infinity for an unknown word. */
  frequencyRank(w: string): number {
    const i = this.row(w);
    if (i < 0) return Number.POSITIVE_INFINITY;
    const rank = this.arrays.ranks[i]!;
    return rank >= 0 ? rank : this.rowHasProfile(i) ? 50_000 : Number.POSITIVE_INFINITY;
  }
}

function lines(text: string): string[][] {
  const out: string[][] = [];
  // a line needs a word before its first tab and something after it
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0 && tab < line.length - 1) out.push(line.split('\t'));
  }
  return out;
}
