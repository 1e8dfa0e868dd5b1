// Denials written after what they deny (غير صحيحة، عار عن الصحة: lexicons/denials.tsv, scope after).

import { lexicons } from '../../lexicon/index.js';
import type { Token } from '../../types.js';

/** Offsets of "after" denials (غير صحيحة، عار عن الصحة). */
export let denialFirst: Set<string> | null = null;
/** Token t is the first word of an "after" denial: a necessary test for denialAfter. */
export function mayOpenDenialAfter(t: Token): boolean {
  denialFirst ??= new Set(
    lexicons()
      .denials.filter((d) => d.scope === 'after')
      .map((d) => d.words[0]!),
  );
  return denialFirst.has(t.norm);
}
/** `openers`, when given, are the indexes of the tokens mayOpenDenialAfter takes, in order (found by a
 *  pass over the tokens made anyway: attribute's nextCues). */
export function denialAfter(tokens: Token[], openers?: readonly number[]): number[] {
  const out: number[] = [];
  const lx = lexicons();
  const n = openers ? openers.length : tokens.length;
  for (let o = 0; o < n; o++) {
    const i = openers ? openers[o]! : o;
    if (!openers && !mayOpenDenialAfter(tokens[i]!)) continue;
    for (const d of lx.denials) {
      if (d.scope !== 'after') continue;
      let k = 0,
        j = i;
      while (k < d.words.length && j < tokens.length && tokens[j]!.norm === d.words[k]) {
        k++;
        j++;
      }
      if (k === d.words.length) out.push(tokens[i]!.start);
    }
  }
  return out;
}
