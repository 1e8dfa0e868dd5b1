// The clusterer's inverted index: (term, week) → the stories that hold the term among their strongest
// and span the week. A key is one number (term id × WEEK_SLOTS + week slot) and a posting list a plain
// array of story ids, kept in the order the stories were added (the candidates' vote counts break ties
// by that order).

/** Week slots per term: two special weeks, then weeks since the epoch offset to stay positive. */
const WEEK_SLOTS = 2 ** 21;
const WEEK_OFFSET = 2 ** 20;
/** Articles and stories without a date. */
export const UNDATED = 0;
/** Every week: for undated articles, which may join any story. */
export const ANY_WEEK = 1;

/** The slot of a week (days since the epoch / 7); weeks beyond ±20,000 years share the last slot. */
export function weekSlot(week: number): number {
  return 2 + Math.min(WEEK_SLOTS - 3, Math.max(0, week + WEEK_OFFSET));
}

export class StoryIndex {
  private readonly postings = new Map<number, number[]>();
  /** Story id → the keys it is filed under. */
  private readonly filed = new Map<number, Float64Array>();

  /** The stories filed under (term, week slot); undefined when none. */
  lookup(term: number, slot: number): readonly number[] | undefined {
    return this.postings.get(term * WEEK_SLOTS + slot);
  }

  /** File the story under every (term, slot) pair, after taking it out of where it was. `anyWeekCap`
   *  bounds the lists of ANY_WEEK: the story filed longest ago leaves first. */
  file(story: number, terms: readonly number[], slots: readonly number[], anyWeekCap: number): void {
    this.remove(story);
    const keys = new Float64Array(terms.length * slots.length);
    let k = 0;
    for (const term of terms)
      for (const slot of slots) {
        const key = term * WEEK_SLOTS + slot;
        let list = this.postings.get(key);
        if (!list) this.postings.set(key, (list = []));
        if (!list.includes(story)) list.push(story);
        if (slot === ANY_WEEK && list.length > anyWeekCap) list.shift();
        keys[k++] = key;
      }
    this.filed.set(story, keys);
  }

  private remove(story: number): void {
    for (const key of this.filed.get(story) ?? []) {
      const list = this.postings.get(key);
      if (!list) continue;
      const at = list.indexOf(story);
      if (at >= 0) list.splice(at, 1);
      if (!list.length) this.postings.delete(key);
    }
  }
}
