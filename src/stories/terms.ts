// The stream's vocabulary: each term an id (the centroids and the index hold ids, not strings) and the
// number of articles it occurred in (document frequency), with the increments since the store last
// took them.

export class TermTable {
  private readonly idOf = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly counts: number[] = [];
  /** Document-frequency increments since the last `takeDelta`. */
  private delta = new Map<string, number>();

  get size(): number {
    return this.terms.length;
  }

  /** The term's id, given it a new one when it is new. */
  id(term: string): number {
    let id = this.idOf.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.idOf.set(term, id);
      this.terms.push(term);
      this.counts.push(0);
    }
    return id;
  }

  term(id: number): string {
    return this.terms[id]!;
  }

  /** Start from stored frequencies (not counted as changes). */
  load(df: Iterable<[string, number]>): void {
    for (const [term, n] of df) this.counts[this.id(term)] = n;
  }

  /** One more article holds the term; returns its document frequency now. */
  count(id: number): number {
    const n = this.counts[id]! + 1;
    this.counts[id] = n;
    const term = this.terms[id]!;
    this.delta.set(term, (this.delta.get(term) ?? 0) + 1);
    return n;
  }

  frequency(id: number): number {
    return this.counts[id]!;
  }

  takeDelta(): Map<string, number> {
    const d = this.delta;
    this.delta = new Map();
    return d;
  }
}
