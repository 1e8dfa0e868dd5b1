// One quantity, many claims: group the claims that count the same thing across documents and
// speakers, say what kind of difference they show, and give low / best / high estimates the way the
// UCDP GED records them, with the rule written out. Corroboration counts independent origins (the
// first source of a chain), not articles. Linear in the number of claims (one pass to group, one per
// group to judge).

import { lexEntry, prefixTest, theWord, wordSet } from '../lexicon/index.js';
import { stems } from '../text/clitics.js';
import { normalize } from '../text/normalize.js';
import type {
  Claim,
  DifferenceKind,
  DossierClaim,
  DossierClaimGroup,
  DossierDocument,
  DossierEntity,
  DossierEstimate,
  Measure,
} from '../types.js';
import { type Ctx, dayDiff, lexiconIdOf, mid, originOf, shift } from './claim-facts.js';
import { estimate, growing } from './estimates.js';

/** اليوم، يومها in a length's text: the day in progress is counted. */
const COUNTED_FROM_TODAY = new RegExp(
  `(^|\\s)(ل?ل?${theWord('rule-words', 'today')}|${theWord('rule-words', 'that_day')})`,
);

const PARTY_KINDS = new Set(['armed_group', 'state_military', 'government', 'ministry', 'party']);
const INDEPENDENT_KINDS = new Set(['media', 'news_agency', 'ngo', 'international']);
const FIGHTING = wordSet('entity-words', 'fighting');
const isAnonymousSource = prefixTest('entity-words', 'anonymous_source');

const MEASURE_LABEL: Record<Measure, string> = {
  killed: 'people killed',
  injured: 'people injured',
  held: 'people held',
  escaped: 'people who escaped',
  arrested: 'people arrested or recaptured',
  surrendered: 'people who surrendered',
  missing: 'people missing',
  hostages: 'hostages',
  combatants: 'fighters taking part',
  displaced: 'people displaced',
  explosive_devices: 'bombs and car bombs',
  duration: 'days it lasted',
  other: 'other counts',
};

/** What each claim counts (by claim id): the counted noun and its class, as extract read them. */
type CountedById = ReadonlyMap<string, Claim['counted']>;

/** What is counted: the class of the counted noun (lexicons/counted-nouns.tsv), '?' if none. */
const countedClass = (c: DossierClaim, counted: CountedById): string => counted.get(c.id)?.class ?? '?';

/** The quantity a claim counts. Missing prisoners answer the question of escaped ones; the length
 *  of the fighting is one quantity, the length of anything else another. */
function quantityKey(
  c: DossierClaim,
  counted: CountedById,
  ctx: Ctx,
  published: string | null,
): { key: string; measure: Measure; label: string } {
  let measure = c.measure;
  if (measure === 'missing' && countedClass(c, counted) === 'prisoner') measure = 'escaped';
  if (measure === 'duration') {
    const text = ctx.docs.get(c.doc)?.text ?? ''; // looked up only for a length: the words around it
    const around = normalize(text.slice(Math.max(0, c.start - 100), Math.min(text.length, c.end + 60))).split(
      /[^\u0621-\u064A]+/,
    );
    const fighting = around.some((w) => stems(w).some((s) => FIGHTING.has(s)));
    return fighting
      ? { key: 'duration:fighting', measure, label: 'days the fighting lasted' }
      : { key: `duration:${c.doc}:${c.id}`, measure, label: 'days (other)' };
  }
  // a figure about an earlier happening (its sentence names a day a week or more before the story's
  // first article) is another quantity
  if (c.as_of && published && dayDiff(c.as_of, published) > 6)
    return { key: `${measure}@${c.as_of}`, measure, label: `${MEASURE_LABEL[measure]} (on ${c.as_of})` };
  return { key: measure, measure, label: MEASURE_LABEL[measure] };
}

function sourceKind(c: DossierClaim, ctx: Ctx): 'party' | 'independent' | 'anonymous' | 'outlet' {
  if (!c.speaker) return 'outlet';
  const e = ctx.entities.get(c.speaker);
  if (!e) return 'outlet';
  const lexId = lexiconIdOf(e);
  const kind = lexId ? lexEntry(lexId)?.kind : undefined;
  if (kind && PARTY_KINDS.has(kind)) return 'party';
  if (kind && INDEPENDENT_KINDS.has(kind)) return 'independent';
  if (isAnonymousSource(e.name)) return 'anonymous';
  return e.type === 'person' ? 'party' : 'independent';
}

const fmt = (c: DossierClaim) => {
  const v = c.value;
  switch (v.qualifier) {
    case 'exact':
      return `${v.low}`;
    case 'approx':
      return `about ${v.low}`;
    case 'more_than':
      return `more than ${v.low}`;
    case 'at_least':
      return `at least ${v.low}`;
    case 'less_than':
      return `fewer than ${v.high}`;
    case 'at_most':
      return `at most ${v.high}`;
    case 'range':
      return `${v.low}–${v.high}`;
    case 'magnitude':
      return `${v.low === 10 ? 'dozens' : v.low === 100 ? 'hundreds' : v.low === 1000 ? 'thousands' : v.low === 10000 ? 'tens of thousands' : `${v.low}s`}`;
  }
};

function who(c: DossierClaim, ctx: Ctx): string {
  const sp = c.speaker
    ? (ctx.entities.get(c.speaker)?.english_name ?? ctx.entities.get(c.speaker)?.name)
    : null;
  const via: string[] = [];
  for (const v of c.via) {
    const name = ctx.entities.get(v)?.english_name ?? ctx.entities.get(v)?.name;
    if (name) via.push(name);
  }
  const outlet = ctx.docs.get(c.doc)?.outlet ?? c.doc;
  return `${sp ?? 'the outlet'}${via.length ? ` via ${via.join(', ')}` : ''} (${outlet}${c.as_of ? `, ${c.as_of}` : ''})`;
}

const overlaps = (a: DossierClaim, b: DossierClaim) => {
  const lo = (c: DossierClaim) => c.value.low ?? 0;
  const hi = (c: DossierClaim) =>
    c.value.high ?? (c.value.qualifier === 'magnitude' ? (c.value.low ?? 0) * 10 : Infinity);
  return lo(a) <= hi(b) && lo(b) <= hi(a);
};
const close = (a: number, b: number) => Math.abs(a - b) <= Math.max(1, 0.1 * Math.max(a, b));

type Quantity = { measure: Measure; label: string; claims: DossierClaim[] };

export function groupClaims(
  claims: DossierClaim[],
  entities: DossierEntity[],
  docs: DossierDocument[],
  counted: CountedById,
): { groups: DossierClaimGroup[]; estimates: DossierEstimate[] } {
  const ctx: Ctx = {
    entities: new Map(entities.map((e) => [e.id, e])),
    docs: new Map(docs.map((d) => [d.id, d])),
    origins: new Map(),
  };
  // the story began with its first article: figures dated well before it are about earlier happenings
  const storyStart =
    docs
      .map((d) => d.published)
      .filter((x): x is string => !!x)
      .sort()[0] ?? null;
  const byKey = new Map<string, Quantity>();
  for (const c of claims) {
    if (c.value.low === null && c.value.high === null) continue;
    const q = quantityKey(c, counted, ctx, storyStart);
    let g = byKey.get(q.key);
    if (!g) byKey.set(q.key, (g = { measure: q.measure, label: q.label, claims: [] }));
    g.claims.push(c);
  }
  const groups: DossierClaimGroup[] = [];
  const estimates: DossierEstimate[] = [];
  let gi = 0;
  // a single claim is still a quantity: it gets an estimate, graded single source
  for (const g of splitByPlace([...byKey.values()], ctx)) {
    const cs = g.claims;
    const origins = new Set(cs.map((c) => originOf(c, ctx)));
    const id = `g${++gi}`;
    const { kind, explanation } = judge(g, ctx, counted);
    groups.push({
      id,
      measure: g.measure,
      label: g.label,
      claims: cs.map((c) => c.id),
      kind,
      explanation,
      origins: origins.size,
      grading: grade(cs, kind, origins.size, ctx),
    });
    estimates.push(estimate(id, g.measure, g.label, cs, ctx, origins.size));
  }
  return { groups, estimates };
}

/** How sure a quantity is: contested when parties contradict or deny each other, else by its sources. */
function grade(
  cs: DossierClaim[],
  kind: DifferenceKind,
  origins: number,
  ctx: Ctx,
): DossierClaimGroup['grading'] {
  const kinds = new Set(cs.map((c) => sourceKind(c, ctx)));
  const partyOrigins = new Set(cs.filter((c) => sourceKind(c, ctx) === 'party').map((c) => originOf(c, ctx)));
  if (partyOrigins.size > 1 && (kind === 'contradiction' || kind === 'denial')) return 'contested';
  if (origins === 1) return 'single_source';
  if (kinds.has('independent') || kinds.has('outlet')) return 'independent';
  if (kinds.has('anonymous') && !kinds.has('party')) return 'anonymous';
  return 'party';
}

/** What kind of difference the claims of one quantity show, explained with the list of them. */
function judge(g: Quantity, ctx: Ctx, counted: CountedById): { kind: DifferenceKind; explanation: string } {
  // breakdowns (… بينهم 9 صحفيين) are parts of another figure: shown, not compared (one loop, not chains
  // of filter and map: their arrays, empty or not, came in several shapes and deoptimised the function)
  const parts: DossierClaim[] = [];
  const asserted: DossierClaim[] = [];
  const shown: string[] = [];
  let denied = 0;
  for (const c of g.claims) {
    if (c.stance === 'denies') denied++;
    if (c.part_of) {
      parts.push(c);
      continue;
    }
    if (c.stance === 'asserts') asserted.push(c);
    shown.push(`${c.stance === 'denies' ? 'denied: ' : ''}${fmt(c)} — ${who(c, ctx)}`);
  }
  const classes = new Set<string>();
  const asOfs = new Set<string>();
  const distinct = new Set<number>();
  for (const c of asserted) {
    const counts = countedClass(c, counted);
    if (counts !== '?') classes.add(counts);
    if (c.as_of) asOfs.add(c.as_of);
    distinct.add(mid(c));
  }
  let list = shown.join('; ');
  if (parts.length) {
    // (an array that map() made, joined: its optimised code made it in another shape than the join's
    // feedback had seen, and was deoptimised at every call)
    const partsShown: string[] = [];
    for (const c of parts) partsShown.push(`${fmt(c)} (${c.group ?? 'part'})`);
    list += `; of which: ${partsShown.join(', ')}`;
  }
  if (denied) {
    const deny = denied === 1 ? 'One source denies' : `${denied} sources deny`;
    return { kind: 'denial', explanation: `${deny} a figure others give: ${list}.` };
  }
  if (distinct.size <= 1 && oneQualifier(asserted)) {
    const same = asserted[0] ? fmt(asserted[0]) : 'the same figure';
    return { kind: 'agreement', explanation: `All sources give ${same}: ${list}.` };
  }
  if (g.measure === 'duration' && asOfs.size > 1)
    return { kind: 'update', explanation: growingLength(asserted, ctx) };
  if (classes.size > 1)
    return {
      kind: 'scope',
      explanation: `The figures count different groups (${[...classes].join(', ')}): ${list}.`,
    };
  if (growing(asserted, ctx))
    return { kind: 'update', explanation: `The figure grows over time, each with its date: ${list}.` };
  if (roundingOnly(asserted))
    return { kind: 'rounding', explanation: `The figures agree but for rounding and qualifiers: ${list}.` };
  return { kind: 'contradiction', explanation: `The sources disagree: ${list}.` };
}

/** All the claims have the qualifier of the first (true when there are none). */
function oneQualifier(claims: DossierClaim[]): boolean {
  for (const c of claims) if (c.value.qualifier !== claims[0]!.value.qualifier) return false;
  return true;
}

/** Every two figures overlap, or are close and not both exact. Figures with the same value and
 *  qualifier are compared once, and when all ranges share a point (the highest low is at most the
 *  lowest high) every two overlap: no comparison of all pairs of a long list. */
function roundingOnly(asserted: DossierClaim[]): boolean {
  const byValue = new Map<string, DossierClaim>();
  for (const c of asserted) byValue.set(`${c.value.qualifier} ${c.value.low} ${c.value.high}`, c);
  const cs = [...byValue.values()];
  const lo = (c: DossierClaim) => c.value.low ?? 0;
  const hi = (c: DossierClaim) =>
    c.value.high ?? (c.value.qualifier === 'magnitude' ? (c.value.low ?? 0) * 10 : Infinity);
  if (
    cs.every((c) => lo(c) <= hi(c)) &&
    cs.reduce((m, c) => Math.max(m, lo(c)), -Infinity) <= cs.reduce((m, c) => Math.min(m, hi(c)), Infinity)
  )
    return true;
  return cs.every((a) =>
    cs.every(
      (b) =>
        overlaps(a, b) ||
        (close(mid(a), mid(b)) && (a.value.qualifier !== 'exact' || b.value.qualifier !== 'exact')),
    ),
  );
}

/** Lengths that grow with the date they were given: different end points, not a contradiction.
 *  "the fourth day" counts the day in progress, "three days" whole days. */
function growingLength(asserted: DossierClaim[], ctx: Ctx): string {
  const starts = asserted
    .filter((c) => c.as_of)
    .map((c) => ({
      c,
      start: shift(c.as_of!, -(mid(c) - (COUNTED_FROM_TODAY.test(c.text) ? 1 : 0))),
    }));
  const sorted = starts.map((x) => x.start).sort();
  const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? '';
  const same = starts.filter((x) => Math.abs(dayDiff(median, x.start)) <= 1);
  const sameSet = new Set(same);
  const other = starts.filter((x) => !sameSet.has(x));
  return (
    `The length grows with the date it was counted to (${asserted.map((c) => `${fmt(c)} days as of ${c.as_of ?? 'an unknown date'}`).join(', ')}). ` +
    `${same.length} of ${starts.length} count from about ${median}: they differ by their end points, not in substance` +
    (other.length
      ? `; ${other.map((x) => `${fmt(x.c)} days (${who(x.c, ctx)})`).join(', ')} count${other.length === 1 ? 's' : ''} from another start or another phase.`
      : '.')
  );
}

/** Figures of one measure given for different places (a toll in one town, another in the next) are
 *  different quantities. A figure whose sentence names no place joins the place its own article
 *  gives most for that measure, else the place with most figures. Durations are not split. */
function splitByPlace(groups: Quantity[], ctx: Ctx): Quantity[] {
  const out: Quantity[] = [];
  // whether a place is a town of the lexicon, read from its reasons once per place (not once per figure)
  const towns = new Map<string, boolean>();
  const isTown = (place: string): boolean => {
    let town = towns.get(place);
    if (town === undefined) {
      const reasons = ctx.entities.get(place)?.merged_because;
      towns.set(place, (town = reasons?.some((r) => r.startsWith('same lexicon entry town:')) === true));
    }
    return town;
  };
  for (const g of groups) {
    // only towns split a quantity: a district or a facility lies inside a town, and the lexicons do not
    // say which, so they would split one happening into many
    const town = (c: DossierClaim) => (c.place && isTown(c.place) ? c.place : null);
    const places = new Map<string, DossierClaim[]>();
    for (const c of g.claims) {
      const p = town(c);
      if (p) {
        if (!places.has(p)) places.set(p, []);
        places.get(p)!.push(c);
      }
    }
    if (g.measure === 'duration' || places.size < 2) {
      out.push(g);
      continue;
    }
    const biggest = [...places.entries()].sort((a, b) => b[1].length - a[1].length)[0]![0];
    const parts = new Map<string, DossierClaim[]>([...places.keys()].map((p) => [p, []]));
    // each article's towns counted once (not all the group's figures again for each figure)
    const own = new Map<string, Map<string, number>>();
    for (const x of g.claims) {
      const t = town(x);
      if (!t) continue;
      if (!own.has(x.doc)) own.set(x.doc, new Map());
      const counts = own.get(x.doc)!;
      counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    const mostIn = new Map<string, string>();
    for (const [doc, counts] of own)
      mostIn.set(doc, [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0]);
    for (const c of g.claims) parts.get(town(c) ?? mostIn.get(c.doc) ?? biggest)!.push(c);
    for (const [p, cs] of parts) {
      const name = ctx.entities.get(p)?.english_name ?? ctx.entities.get(p)?.name ?? p;
      out.push({ measure: g.measure, label: `${g.label} (${name})`, claims: cs });
    }
  }
  return out;
}
