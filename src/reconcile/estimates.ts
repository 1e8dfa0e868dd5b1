// Low / best / high estimates of a claim group (the way the UCDP GED records them, with the rule written
// out), and the tests they use: self-serving figures, figures that grow with their date.

import { lexEntry } from '../lexicon/index.js';
import type { DossierClaim, DossierEstimate, Measure } from '../types.js';
import { type Ctx, lexiconIdOf, mid, originOf } from './claim-facts.js';

const SPECIFIC: Record<string, number> = {
  exact: 5,
  range: 4,
  approx: 3,
  at_least: 2,
  more_than: 2,
  less_than: 1,
  at_most: 1,
  magnitude: 0,
};

export function estimate(
  group: string,
  measure: Measure,
  label: string,
  cs: DossierClaim[],
  ctx: Ctx,
  origins: number,
): DossierEstimate {
  const asserted = cs.filter((c) => c.stance === 'asserts' && !c.part_of);
  // a party's claim about its own success (attackers' count of those they freed) is flagged, not trusted
  const isSelfServing = selfServingIn(cs, ctx);
  const selfClaims = asserted.filter(
    (c) => (measure === 'escaped' || measure === 'killed' || measure === 'arrested') && isSelfServing(c),
  );
  const self = new Set(selfClaims);
  const reliable = asserted.filter((c) => !self.has(c));
  const pool = reliable.length ? reliable : asserted;
  const lows = pool.map((c) => c.value.low ?? c.value.high ?? 0);
  const highs = pool.map((c) => c.value.high ?? c.value.low ?? 0);
  const ranked = [...pool].sort(
    (a, b) =>
      (b.as_of ?? '').localeCompare(a.as_of ?? '') ||
      SPECIFIC[b.value.qualifier]! - SPECIFIC[a.value.qualifier]! ||
      a.via.length - b.via.length,
  );
  const best = ranked[0];
  const rule =
    'best = the latest figure, then the most specific (exact > range > approx > at least > magnitude), then the most direct (fewest relays); ' +
    'low and high = the lowest and highest figures of the reliable claims; denied figures and breakdowns (… of whom N) are left out' +
    (selfClaims.length
      ? `; ${selfClaims.length} claim(s) by a party about its own success are flagged and left out`
      : '') +
    `; ${origins} independent origin(s) (a relayed or translated story counts once, with its first source).`;
  return {
    group,
    measure,
    label,
    low: pool.length ? lows.reduce((m, x) => Math.min(m, x), Infinity) : null, // no spread: a long list overflows the stack
    best: best ? (best.value.low ?? best.value.high) : null,
    high: pool.length ? highs.reduce((m, x) => Math.max(m, x), -Infinity) : null,
    rule,
    origins,
    claims: cs.map((c) => c.id),
  };
}

/** An armed group's figure for something it says it achieved, higher than what every other origin
 *  in the group says (or denied by them), is a claim about its own success. The test for each claim
 *  of a group, with the group read once: each origin's claims and highest figure not denied (the two
 *  highest origins kept), not the group scanned again for every claim. */
export function selfServingIn(cs: DossierClaim[], ctx: Ctx): (c: DossierClaim) => boolean {
  const count = new Map<string, number>();
  const highest = new Map<string, number>(); // per origin, the highest figure it does not deny
  for (const o of cs) {
    const origin = originOf(o, ctx);
    count.set(origin, (count.get(origin) ?? 0) + 1);
    if (o.stance !== 'denies') highest.set(origin, Math.max(highest.get(origin) ?? -Infinity, mid(o)));
  }
  const top = [...highest].sort((a, b) => b[1] - a[1]).slice(0, 2);
  return (c) => {
    const e = c.speaker ? ctx.entities.get(c.speaker) : undefined;
    if (!e) return false;
    const lexId = lexiconIdOf(e);
    if (!lexId || lexEntry(lexId)?.kind !== 'armed_group') return false;
    const origin = originOf(c, ctx);
    const others = cs.length - (count.get(origin) ?? 0);
    const otherHighest = top.find(([o]) => o !== origin)?.[1] ?? -Infinity;
    return others > 0 && otherHighest < mid(c);
  };
}

/** Most of the figures (70% or more) rise with the time they were reported (as-of date, then the
 *  article's timestamp): a toll that grows through the day is an update, not a contradiction. */
export function growing(cs: DossierClaim[], ctx: Ctx): boolean {
  const when = (c: DossierClaim) =>
    `${c.as_of ?? ''}|${ctx.docs.get(c.doc)?.published_at ?? ''}|${String(c.start).padStart(8, '0')}`;
  // each claim's key made once, not at every comparison
  const keyed = cs.map((c) => ({ c, key: when(c) })).sort((a, b) => a.key.localeCompare(b.key));
  const s = keyed.map(({ c }) => c);
  if (new Set(keyed.map(({ key }) => key.split('|').slice(0, 2).join('|'))).size < 2) return false;
  // longest non-decreasing run (O(n log n) patience)
  const tails: number[] = [];
  for (const c of s) {
    const v = mid(c);
    let lo = 0,
      hi = tails.length;
    while (lo < hi) {
      const m = (lo + hi) >> 1;
      if (tails[m]! <= v) lo = m + 1;
      else hi = m;
    }
    tails[lo] = v;
  }
  return tails.length >= Math.max(2, Math.ceil(0.7 * s.length)) && mid(s[s.length - 1]!) > mid(s[0]!);
}
