// The sets of the story's entity forms (names and aliases, normalised) that the story-forms passes test
// words against, kept up to date as the passes add aliases instead of made anew for each pass: a story has
// 6,000-11,000 forms and each pass adds a few hundred. The passes only add forms (a list of aliases is
// replaced only by one with the same forms and new ones, and a name never changes), so the forms of an
// entity already in a set stay in it; only the aliases added since are read.

import type { DossierEntity } from '../types.js';
import { normalizedForm } from './forms.js';

export class EntityFormSets {
  private others: Set<string> | null = null;
  private forms: Set<string> | null = null;
  /** By entity index: the aliases list whose first `counts[i]` forms are in `forms` (undefined: none yet). */
  private readonly seen: (readonly string[] | undefined)[];
  private readonly counts: Int32Array;

  constructor(private readonly entities: DossierEntity[]) {
    this.seen = new Array(entities.length);
    this.counts = new Int32Array(entities.length);
  }

  /** The normalised forms of the entities other than persons, as they are at the first call. */
  otherThanPersons(): Set<string> {
    if (this.others) return this.others;
    const others = new Set<string>();
    for (let at = 0; at < this.entities.length; at++) {
      const entity = this.entities[at]!;
      if (entity.type === 'person') continue;
      others.add(normalizedForm(entity.name));
      for (const alias of entity.aliases) others.add(normalizedForm(alias));
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
      if (seen === undefined) forms.add(normalizedForm(entity.name));
      for (let alias = seen === aliases ? this.counts[at]! : 0; alias < aliases.length; alias++)
        forms.add(normalizedForm(aliases[alias]!));
      this.seen[at] = aliases;
      this.counts[at] = aliases.length;
    }
    return forms;
  }
}
