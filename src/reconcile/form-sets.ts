// The story's entity forms (names and aliases, normalised) as the story-forms passes read them, kept up to
// date as the passes add aliases instead of made anew for each pass: a story has 6,000-11,000 forms and each
// pass adds a few hundred. By entity (its index in the story's list): the keys of its forms, in the order of
// [name, ...aliases]; and the sets of all forms the passes test words against. The passes only add forms (a
// list of aliases is replaced only by one with the same forms and new ones, and a name never changes), so
// the forms of an entity already in a set stay in it; only the aliases added since are read.

import type { DossierEntity } from '../types.js';
import { normalizedForm } from './forms.js';

export class EntityFormSets {
  private others: Set<string> | null = null;
  private forms: Set<string> | null = null;
  /** By entity index: the aliases list whose first `counts[i]` forms are in `forms` (undefined: none yet). */
  private readonly seen: (readonly string[] | undefined)[];
  private readonly counts: Int32Array;

  /** By entity index: the keys of its forms, and the aliases list they were made from. */
  private readonly keyLists: (string[] | undefined)[];
  private readonly keyAliases: (readonly string[] | undefined)[];

  constructor(private readonly entities: DossierEntity[]) {
    this.seen = new Array(entities.length);
    this.counts = new Int32Array(entities.length);
    this.keyLists = new Array(entities.length);
    this.keyAliases = new Array(entities.length);
  }

  /** The normalised forms of entity `at`'s name and aliases as they are now: [name, ...aliases], each key
   *  made once per story (the aliases added since the last call are read, a replaced list anew). */
  keysAt(at: number): readonly string[] {
    const entity = this.entities[at]!;
    const aliases = entity.aliases;
    let keys = this.keyLists[at];
    const before = this.keyAliases[at];
    if (keys === undefined || before !== aliases) {
      // a replaced list that begins with the same aliases (the passes keep the old ones first) keeps their keys
      let same = 0;
      if (keys && before)
        while (same < keys.length - 1 && same < aliases.length && aliases[same] === before[same]) same++;
      keys = keys ? keys.slice(0, same + 1) : [normalizedForm(entity.name)];
      this.keyLists[at] = keys;
      this.keyAliases[at] = aliases;
    }
    for (let alias = keys.length - 1; alias < aliases.length; alias++)
      keys.push(normalizedForm(aliases[alias]!));
    return keys;
  }

  /** The normalised forms of the entities other than persons, as they are at the first call. */
  otherThanPersons(): Set<string> {
    if (this.others) return this.others;
    const others = new Set<string>();
    for (let at = 0; at < this.entities.length; at++) {
      const entity = this.entities[at]!;
      if (entity.type === 'person') continue;
      for (const key of this.keysAt(at)) others.add(key);
      this.seen[at] = entity.aliases;
      this.counts[at] = entity.aliases.length;
    }
    this.others = others;
    return others;
  }

  /** The normalised forms of every entity, as they are now (the same set, grown, from call to call). */
  all(): Set<string> {
    // from a copy of the forms of the entities other than persons, when made: only their new aliases are read
    this.forms ??= new Set(this.others);
    const forms = this.forms;
    for (let at = 0; at < this.entities.length; at++) {
      const entity = this.entities[at]!;
      const aliases = entity.aliases;
      const seen = this.seen[at];
      if (seen === aliases && this.counts[at] === aliases.length) continue;
      const keys = this.keysAt(at);
      if (seen === undefined) forms.add(keys[0]!);
      for (let alias = seen === aliases ? this.counts[at]! : 0; alias < aliases.length; alias++)
        forms.add(keys[alias + 1]!);
      this.seen[at] = aliases;
      this.counts[at] = aliases.length;
    }
    return forms;
  }
}
