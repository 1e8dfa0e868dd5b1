// One entity per referent across documents. Mentions are merged when:
//  - they name the same lexicon entry (قسد = قوات سوريا الديمقراطية = SDF);
//  - they have the same normalised name;
//  - a person's surname alone (برينان) follows the full name in the same document;
//  - two persons share first and last name (جون برينان / جون دبليو برينان), or differ by one letter
//    in one name part (نوروز أحمد / نوروز حمد) AND speak for the same organisation;
//  - the text says so in apposition (القوة التي يقودها الأكراد والمعروفة باسم قوات سوريا الديمقراطية).
// Every merge records its reason.
import type { DossierEntity, EntityType, Mention } from "../types.js";
import { looseKey } from "../text/normalize.js";
import { lexEntry } from "../extract/gazetteer.js";
import { loadTsv, many } from "../lexicon/index.js";

let descIdx: Map<string, string[]> | null = null;
function descriptionIndex(): Map<string, string[]> {
  if (!descIdx) {
    descIdx = new Map();
    for (const r of loadTsv("descriptions")) descIdx.set(looseKey(r.description!), many(r.refers));
  }
  return descIdx;
}

interface Cluster {
  id: number;
  type: EntityType;
  lexId: string | null;
  mentions: Mention[];
  names: Map<string, number>; // surface → count
  extraAliases: Set<string>;
  reasons: string[];
  orgs: Set<string>;
}

const tokensOf = (k: string) => k.split(" ").filter(Boolean);

function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0, j = 0, edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) { i++; j++; continue; }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else { i++; j++; }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Letters that transliterations of one sound swap (غويران / قويران, ك / ق). */
const foldSound = (s: string) => s.replace(/[غقك]/g, "ق").replace(/[ه]$/g, "ه");

export interface EntityResult {
  entities: DossierEntity[];
  entityOf: Map<Mention, string>;
}

export function reconcileEntities(mentions: Mention[]): EntityResult {
  const clusters: Cluster[] = [];
  const byLex = new Map<string, Cluster>();
  const byKey = new Map<string, Cluster>();
  const clusterOf = new Map<Mention, Cluster>();

  const make = (m: Mention): Cluster => {
    const c: Cluster = { id: clusters.length + 1, type: m.type, lexId: m.lexId ?? null, mentions: [], names: new Map(), extraAliases: new Set(), reasons: [], orgs: new Set() };
    clusters.push(c);
    return c;
  };
  const add = (c: Cluster, m: Mention, reason?: string) => {
    c.mentions.push(m);
    c.names.set(m.surface, (c.names.get(m.surface) ?? 0) + 1);
    if (m.title && m.type === "person") c.extraAliases.add(`${m.title} ${m.surface}`.replace(/\s+/g, " "));
    for (const a of m.aliases ?? []) c.extraAliases.add(a);
    if (m.org) c.orgs.add(m.org);
    if (reason && !c.reasons.includes(reason)) c.reasons.push(reason);
    clusterOf.set(m, c);
    if (!byKey.has(m.key)) byKey.set(m.key, c);
  };

  // 1. lexicon entries and exact names
  for (const m of mentions) {
    if (!m.key) continue;
    if (m.lexId) {
      let c = byLex.get(m.lexId);
      if (!c) { c = make(m); byLex.set(m.lexId, c); }
      add(c, m, `same lexicon entry ${m.lexId}`);
      continue;
    }
    if (m.how === "body" && m.title && m.org) {
      const bk = `body:${m.title}|${m.org}`;
      const b = byKey.get(bk) ?? byKey.get(m.key);
      if (b) add(b, m, `same body "${m.title}" of the same organisation`);
      else { const nb = make(m); add(nb, m); byKey.set(bk, nb); }
      continue;
    }
    const c = byKey.get(m.key);
    if (c && (c.type === m.type || m.type !== "person")) add(c, m, `same name "${m.surface}"`);
    else add(make(m), m);
  }
  // a speaker phrase that names a body (القيادة العامة لـ"قسد") joins it
  for (const c of clusters) {
    if (!c.mentions.length || c.mentions.some((m) => m.how === "body")) continue;
    const body = [...byKey.entries()].find(([k, v]) => k.startsWith("body:") && v !== c && v.mentions.some((m) => m.key === bestKey(c)));
    if (body) merge(body[1], c, `same name "${c.mentions[0]!.surface}"`);
  }
  // a bare body (المركز الإعلامي) stands for the one body with that head in the story
  for (const c of clusters) {
    if (!c.mentions.length || !c.mentions.every((m) => m.how === "bare-body")) continue;
    const head = c.mentions[0]!.title;
    const bodies = new Set([...byKey.entries()].filter(([k, v]) => k.startsWith(`body:${head}|`) && v.mentions.length).map(([, v]) => v));
    if (bodies.size === 1) merge([...bodies][0]!, c, `"${head}" alone, and the story names one such body`);
  }
  // descriptions (التنظيم، القوات الكردية) stand for the candidate the story mentions most
  const lexCount = new Map<string, number>();
  for (const m of mentions) if (m.lexId) lexCount.set(m.lexId, (lexCount.get(m.lexId) ?? 0) + 1);
  const descIndex = descriptionIndex();
  for (const c of clusters) {
    if (!c.mentions.length || c.lexId) continue;
    const refers = c.mentions.find((m) => m.refers)?.refers ?? descIndex.get(bestKey(c).replace(/^[وف](?=ال)/, ""));
    if (!refers) continue;
    let best: string | null = null, bestN = 0;
    for (const [id, n] of lexCount) {
      const ok = refers.includes(id) || refers.some((r) => r.startsWith("kind:") && lexEntry(id)?.kind === r.slice(5));
      if (ok && n > bestN) { best = id; bestN = n; }
    }
    const target = best ? byLex.get(best) : undefined;
    if (target && target.mentions.length) merge(target, c, `"${c.mentions[0]!.surface}" describes ${lexEntry(best!)?.name ?? best}, the most mentioned of its kind in the story`);
  }
  // apposition aliases point a description at a lexicon entity
  for (const c of clusters) for (const a of c.extraAliases) {
    const other = byKey.get(looseKey(a));
    if (other && other !== c) merge(c, other, `the text calls "${a}" by this name`);
  }

  // 2. persons: surname within a document, full-name variants across documents
  const persons = () => clusters.filter((c) => c.type === "person" && c.mentions.length);
  for (const c of persons()) {
    for (const d of persons()) {
      if (c === d || !c.mentions.length || !d.mentions.length) continue;
      const ck = tokensOf(bestKey(c)), dk = tokensOf(bestKey(d));
      if (ck.length < 2) continue;
      // surname alone, same document
      if (dk.length === 1 && dk[0] === ck[ck.length - 1] && d.mentions.every((m) => c.mentions.some((x) => x.doc === m.doc && x.start < m.start))) {
        merge(c, d, `surname "${d.mentions[0]!.surface}" after "${c.mentions[0]!.surface}" in the same article`);
        continue;
      }
      if (dk.length === 1 && dk[0] === ck[ck.length - 1] && persons().filter((x) => x !== d && x.mentions.length && tokensOf(bestKey(x)).length >= 2 && tokensOf(bestKey(x)).at(-1) === dk[0]).length === 1) {
        merge(c, d, `surname "${d.mentions[0]!.surface}" and the story names one person of that surname`);
        continue;
      }
      if (dk.length < 2) continue;
      const sameEnds = ck[0] === dk[0] && ck[ck.length - 1] === dk[dk.length - 1];
      if (sameEnds && c.id < d.id) {
        merge(c, d, `same first and last name ("${c.mentions[0]!.surface}" / "${d.mentions[0]!.surface}")`);
        continue;
      }
      // one letter apart, same organisation: a spelling variant, never on name closeness alone
      if (ck.length === dk.length && c.id < d.id && ck.every((w, i) => editDistanceAtMost1(foldSound(w), foldSound(dk[i]!)))) {
        const shared = [...c.orgs].some((o) => d.orgs.has(o));
        if (shared) merge(c, d, `spelling variants ("${c.mentions[0]!.surface}" / "${d.mentions[0]!.surface}") speaking for the same organisation`);
      }
    }
  }
  // 3. places and facilities spelt with ق/غ/ك variants (غويران / قويران) that share their head word
  const placeKey = new Map<string, Cluster>();
  for (const c of clusters) {
    if (!c.mentions.length || (c.type !== "facility" && c.type !== "location") || c.lexId) continue;
    const k = c.type + ":" + foldSound(bestKey(c));
    const other = placeKey.get(k);
    if (other && other !== c) merge(other, c, `same name but for a letter that transliterations swap (ق/غ/ك)`);
    else placeKey.set(k, c);
  }

  const entityOf = new Map<Mention, string>();
  const entities: DossierEntity[] = [];
  for (const c of clusters) {
    if (!c.mentions.length) continue;
    const id = `e${entities.length + 1}`;
    const entry = c.lexId ? lexEntry(c.lexId) : undefined;
    const surfaces = [...c.names.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length).map(([s]) => s);
    const name = entry?.name ?? longestPersonName(c, surfaces) ?? surfaces[0]!;
    const aliases = uniq([...surfaces, ...c.extraAliases, ...(entry ? entry.aliases.filter((a) => /[\u0600-\u06FF]/.test(a)) : [])]).filter((a) => a !== name);
    entities.push({
      id, type: c.type, name, english_name: entry?.english ?? null, aliases,
      mentions: c.mentions.map((m) => ({ doc: m.doc, start: m.start, end: m.end })),
      merged_because: c.reasons,
    });
    for (const m of c.mentions) entityOf.set(m, id);
  }
  return { entities, entityOf };

  function merge(into: Cluster, from: Cluster, reason: string) {
    if (into === from) return;
    for (const m of from.mentions) add(into, m);
    for (const a of from.extraAliases) into.extraAliases.add(a);
    for (const o of from.orgs) into.orgs.add(o);
    into.reasons.push(reason, ...from.reasons);
    if (!into.lexId && from.lexId) into.lexId = from.lexId;
    from.mentions = [];
    for (const [k, v] of byKey) if (v === from) byKey.set(k, into);
  }
}

function bestKey(c: Cluster): string {
  let best = c.mentions[0]!.key;
  for (const m of c.mentions) if (tokensOf(m.key).length > tokensOf(best).length) best = m.key;
  return best;
}

function longestPersonName(c: Cluster, surfaces: string[]): string | undefined {
  if (c.type !== "person") return undefined;
  return [...surfaces].sort((a, b) => tokensOf(b).length - tokensOf(a).length || (c.names.get(b)! - c.names.get(a)!))[0];
}

const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
