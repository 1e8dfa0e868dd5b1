// Who a figure counts, read once where the claim is made: the first of the group's first two words
// whose stem the counted-nouns lexicon (lexicons/counted-nouns.tsv) knows, with that noun's class.
// Reconcile groups claims by this class; it does not read the words of the group again.

import { lexicons } from '../lexicon/index.js';
import { stems } from '../text/clitics.js';
import { normalize } from '../text/normalize.js';
import type { Claim } from '../types.js';

/** A counted noun (its stem, as in lexicons/counted-nouns.tsv) and its class (civilian, prisoner, …). */
export type Counted = NonNullable<Claim['counted']>;

export function countedIn(group: string | null): Counted | null {
  if (!group) return null;
  const lx = lexicons();
  for (const w of normalize(group).split(' ').slice(0, 2)) {
    for (const st of stems(w)) {
      const cls = lx.nounClass(st);
      if (cls) return { noun: st, class: cls };
    }
  }
  return null;
}
