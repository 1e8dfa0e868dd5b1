// The second pass's merges of the first pass's entities, by index: union-find with the reasons of each
// root's merges. One class for every story: the passes were given two functions made per story (find
// and union), which their optimised code embedded and lost (a deoptimisation) when the story's died.

export class EntityMerges {
  private readonly parent: number[] = [];
  /** Each root's reasons, in the order its merges were made (with those of the roots merged into it). */
  readonly reasons = new Map<number, string[]>();

  constructor(count: number) {
    for (let index = 0; index < count; index++) this.parent.push(index);
  }

  /** The root of an entity's index (the paths halved on the way). */
  find(index: number): number {
    const parent = this.parent;
    while (parent[index] !== index) index = parent[index] = parent[parent[index]!]!;
    return index;
  }

  /** Merges root `from` into root `into` and records why: into's reasons, then why, then from's. Into's
   *  list is appended to in place (each root owns its list; from's is not read again once from is merged),
   *  not copied with every merge: a root that gathers many parts copied its growing list each time. */
  union(into: number, from: number, why: string): void {
    this.parent[from] = into;
    const reasons = this.reasons;
    let list = reasons.get(into);
    if (list === undefined) reasons.set(into, (list = []));
    list.push(why);
    const fromList = reasons.get(from);
    if (fromList !== undefined) for (const reason of fromList) list.push(reason);
  }
}
