// One entity per referent across documents. Mentions are merged when:
//  - they name the same lexicon entry (قسد = قوات سوريا الديمقراطية = SDF);
//  - they have the same normalised name;
//  - a person's surname alone (الخطيب) follows the full name in the same document;
//  - two persons share first and last name (جون سميث / جون دبليو سميث), or differ by one letter
//    in one name part (كمال أحمد / كمال حمد) AND speak for the same organisation;
//  - the text says so in apposition (القوة التي يقودها الأكراد والمعروفة باسم قوات سوريا الديمقراطية).
// Every merge records its reason.

import { lexEntry, loadTsv, many } from '../lexicon/index.js';
import { looseKey } from '../text/normalize.js';
import type { DossierEntity, EntityType, Mention } from '../types.js';

let descIdx: Map<string, string[]> | null = null;
function descriptionIndex(): Map<string, string[]> {
  if (!descIdx) {
    descIdx = new Map();
    for (const r of loadTsv('descriptions')) descIdx.set(looseKey(r.description!), many(r.refers));
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

const tokensOf = (k: string) => k.split(' ').filter(Boolean);

function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0,
    j = 0,
    edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** Letters that transliterations of one sound swap (غزالة / قزالة, ك / ق). */
const foldSound = (s: string) => s.replace(/[غقك]/g, 'ق').replace(/[ه]$/g, 'ه');

export interface EntityResult {
  entities: DossierEntity[];
  entityOf: Map<Mention, string>;
}

export function reconcileEntities(mentions: Mention[]): EntityResult {
  const clusters: Cluster[] = [];
  const byLex = new Map<string, Cluster>();
  const byKey = new Map<string, Cluster>();
  const bodyByKey = new Map<string, Cluster>(); // body:HEAD|ORG
  const bodyByHead = new Map<string, Set<Cluster>>();
  const bodyByMentionKey = new Map<string, Cluster>();
  const parent = new Map<Cluster, Cluster>();

  // union-find: a merged cluster points at the one it joined
  const find = (c: Cluster): Cluster => {
    let r = c;
    while (parent.has(r)) r = parent.get(r)!;
    let x = c;
    while (parent.has(x)) {
      const n = parent.get(x)!;
      if (n !== r) parent.set(x, r);
      x = n;
    }
    return r;
  };
  const make = (m: Mention): Cluster => {
    const c: Cluster = {
      id: clusters.length + 1,
      type: m.type,
      lexId: m.lexId ?? null,
      mentions: [],
      names: new Map(),
      extraAliases: new Set(),
      reasons: [],
      orgs: new Set(),
    };
    clusters.push(c);
    return c;
  };
  const add = (c: Cluster, m: Mention, reason?: string) => {
    c.mentions.push(m);
    c.names.set(m.surface, (c.names.get(m.surface) ?? 0) + 1);
    if (m.title && m.type === 'person') c.extraAliases.add(`${m.title} ${m.surface}`.replace(/\s+/g, ' '));
    for (const a of m.aliases ?? []) c.extraAliases.add(a);
    if (m.org) c.orgs.add(m.org);
    if (reason && !c.reasons.includes(reason)) c.reasons.push(reason);
    if (!byKey.has(m.key)) byKey.set(m.key, c);
  };
  const merge = (into0: Cluster, from0: Cluster, reason: string) => {
    const into = find(into0),
      from = find(from0);
    if (into === from) return;
    for (const m of from.mentions) add(into, m);
    for (const a of from.extraAliases) into.extraAliases.add(a);
    for (const o of from.orgs) into.orgs.add(o);
    into.reasons.push(reason, ...from.reasons);
    if (!into.lexId && from.lexId) into.lexId = from.lexId;
    from.mentions = [];
    parent.set(from, into);
  };
  const live = () => clusters.filter((c) => !parent.has(c) && c.mentions.length);

  // 1. lexicon entries, bodies of organisations, and exact names
  for (const m of mentions) {
    if (!m.key) continue;
    if (m.lexId) {
      let c = byLex.get(m.lexId);
      if (!c) {
        c = make(m);
        byLex.set(m.lexId, c);
      }
      add(c, m, `same lexicon entry ${m.lexId}`);
      continue;
    }
    if (m.how === 'body' && m.title && m.org) {
      const bk = `body:${m.title}|${m.org}`;
      const b0 = bodyByKey.get(bk) ?? bodyByMentionKey.get(m.key);
      const b = b0 ? find(b0) : make(m);
      add(b, m, b0 ? `same body "${m.title}" of the same organisation` : undefined);
      bodyByKey.set(bk, b);
      bodyByMentionKey.set(m.key, b);
      if (!bodyByHead.has(m.title)) bodyByHead.set(m.title, new Set());
      bodyByHead.get(m.title)!.add(b);
      continue;
    }
    const c0 = byKey.get(m.key);
    const c = c0 ? find(c0) : undefined;
    if (c && (c.type === m.type || m.type !== 'person')) add(c, m, `same name "${m.surface}"`);
    else add(make(m), m);
  }
  // a speaker phrase that names a body (القيادة العامة لـ"قسد") joins it
  for (const c of live()) {
    if (c.mentions.some((m) => m.how === 'body')) continue;
    const body = bodyByMentionKey.get(bestKey(c));
    if (body && find(body) !== c) merge(body, c, `same name "${c.mentions[0]!.surface}"`);
  }
  // a bare body (المركز الإعلامي) stands for the one body with that head in the story
  for (const c of live()) {
    if (!c.mentions.every((m) => m.how === 'bare-body')) continue;
    const head = c.mentions[0]!.title ?? '';
    const bodies = new Set(
      [...(bodyByHead.get(head) ?? [])].map(find).filter((b) => b.mentions.length && b !== c),
    );
    if (bodies.size === 1) merge([...bodies][0]!, c, `"${head}" alone, and the story names one such body`);
  }
  // descriptions (التنظيم، القوات الكردية) stand for the candidate the story mentions most
  const lexCount = new Map<string, number>();
  for (const m of mentions) if (m.lexId) lexCount.set(m.lexId, (lexCount.get(m.lexId) ?? 0) + 1);
  const descIndex = descriptionIndex();
  const bestFor = new Map<string, string | null>();
  for (const c of live()) {
    if (c.lexId) continue;
    const refers =
      c.mentions.find((m) => m.refers)?.refers ?? descIndex.get(bestKey(c).replace(/^[وف](?=ال)/, ''));
    if (!refers) continue;
    const rk = refers.join('|');
    if (!bestFor.has(rk)) {
      let best: string | null = null,
        bestN = 0;
      for (const [id, n] of lexCount) {
        const ok =
          refers.includes(id) ||
          refers.some((r) => r.startsWith('kind:') && lexEntry(id)?.kind === r.slice(5));
        if (ok && n > bestN) {
          best = id;
          bestN = n;
        }
      }
      bestFor.set(rk, best);
    }
    const best = bestFor.get(rk);
    const target = best ? byLex.get(best) : undefined;
    if (target && find(target).mentions.length)
      merge(
        target,
        c,
        `"${c.mentions[0]!.surface}" describes ${lexEntry(best!)?.name ?? best}, the most mentioned of its kind in the story`,
      );
  }
  // names the text links (X المعروفة باسم Y، مدينة X) point at the cluster that has them
  for (const c of live())
    for (const a of c.extraAliases) {
      const other = byKey.get(looseKey(a));
      if (other && find(other) !== find(c)) merge(c, other, `the text calls "${a}" by this name`);
    }

  // 2. persons: surname within a document or unique in the story, full-name variants across documents
  const persons = live().filter((c) => c.type === 'person');
  const keyOf = new Map<Cluster, string[]>(persons.map((c) => [c, tokensOf(bestKey(c))]));
  const byLast = new Map<string, Cluster[]>();
  const byFirstLast = new Map<string, Cluster[]>();
  const byFirstSound = new Map<string, Cluster[]>();
  for (const c of persons) {
    const k = keyOf.get(c)!;
    if (k.length < 2) continue;
    const push = (m: Map<string, Cluster[]>, key: string) => {
      if (!m.has(key)) m.set(key, []);
      m.get(key)!.push(c);
    };
    push(byLast, k[k.length - 1]!);
    push(byFirstLast, `${k[0]}|${k[k.length - 1]}|${k.length === 2 ? 2 : 3}`);
    push(byFirstSound, `${foldSound(k[0]!)}|${k.length}`);
  }
  // same first and last name (جون سميث / جون دبليو سميث)
  const firstLast = new Map<string, Cluster[]>();
  for (const [key, cs] of byFirstLast) {
    const k = key.split('|').slice(0, 2).join('|');
    firstLast.set(k, [...(firstLast.get(k) ?? []), ...cs]);
  }
  for (const cs of firstLast.values()) {
    for (let i = 1; i < cs.length; i++)
      merge(
        cs[0]!,
        cs[i]!,
        `same first and last name ("${cs[0]!.mentions[0]?.surface ?? ''}" / "${[...cs[i]!.names.keys()][0] ?? ''}")`,
      );
  }
  // one letter apart, same organisation: a spelling variant, never on name closeness alone
  for (const cs of byFirstSound.values()) {
    for (let i = 0; i < cs.length; i++)
      for (let j = i + 1; j < cs.length; j++) {
        const c = find(cs[i]!),
          d = find(cs[j]!);
        if (c === d) continue;
        const ck = keyOf.get(cs[i]!)!,
          dk = keyOf.get(cs[j]!)!;
        if (!ck.every((w, x) => editDistanceAtMost1(foldSound(w), foldSound(dk[x]!)))) continue;
        if ([...c.orgs].some((o) => d.orgs.has(o)))
          merge(
            c,
            d,
            `spelling variants ("${[...c.names.keys()][0]}" / "${[...d.names.keys()][0]}") speaking for the same organisation`,
          );
        else if (ck[0] === dk[0] && sameRole(c, d))
          merge(
            c,
            d,
            `spelling variants ("${[...c.names.keys()][0]}" / "${[...d.names.keys()][0]}") with the same first name and the same role`,
          );
      }
  }
  // a surname alone (سميث): the full name before it in the same article, or the one person of that surname in the story
  for (const d of persons) {
    const dk = keyOf.get(d)!;
    if (dk.length !== 1 || parent.has(d) || !d.mentions.length) continue;
    const cands = [...new Set((byLast.get(dk[0]!) ?? []).map(find))].filter(
      (c) => c !== d && c.mentions.length,
    );
    const sameDoc = cands.filter((c) =>
      d.mentions.every((m) => c.mentions.some((x) => x.doc === m.doc && x.start < m.start)),
    );
    if (sameDoc.length === 1)
      merge(
        sameDoc[0]!,
        d,
        `surname "${d.mentions[0]!.surface}" after "${sameDoc[0]!.mentions[0]!.surface}" in the same article`,
      );
    else if (cands.length === 1)
      merge(
        cands[0]!,
        d,
        `surname "${d.mentions[0]!.surface}" and the story names one person of that surname`,
      );
  }
  // 3. places and facilities spelt with ق/غ/ك variants (غزالة / قزالة) that share their head word
  const placeKey = new Map<string, Cluster>();
  for (const c of live()) {
    if ((c.type !== 'facility' && c.type !== 'location') || c.lexId) continue;
    const k = c.type + ':' + foldSound(bestKey(c));
    const other = placeKey.get(k);
    if (other && find(other) !== c)
      merge(other, c, `same name but for a letter that transliterations swap (ق/غ/ك)`);
    else placeKey.set(k, c);
  }

  const entityOf = new Map<Mention, string>();
  const entities: DossierEntity[] = [];
  for (const c of live()) {
    const id = `e${entities.length + 1}`;
    const entry = c.lexId ? lexEntry(c.lexId) : undefined;
    const surfaces = [...c.names.entries()]
      .sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
      .map(([s]) => s);
    const name = entry?.name ?? longestPersonName(c, surfaces) ?? surfaces[0]!;
    const aliases = uniq([
      ...surfaces,
      ...c.extraAliases,
      ...(entry ? entry.aliases.filter((a) => /[\u0600-\u06FF]/.test(a)) : []),
    ]).filter((a) => a !== name);
    entities.push({
      id,
      type: c.type,
      name,
      english_name: entry?.english ?? null,
      aliases,
      mentions: c.mentions.map((m) => ({ doc: m.doc, start: m.start, end: m.end })),
      merged_because: [...new Set(c.reasons)],
    });
    for (const m of c.mentions) entityOf.set(m, id);
  }
  return { entities, entityOf };
}

/** Both persons are introduced by the same role word (المتحدث باسم …، القيادي في …). */
function sameRole(c: Cluster, d: Cluster): boolean {
  const roles = (x: Cluster) =>
    new Set(
      x.mentions
        .map((m) => (m.title ? looseKey(m.title).split(' ')[0]!.replace(/ه$/, '') : ''))
        .filter(Boolean),
    );
  const rc = roles(c);
  return [...roles(d)].some((r) => rc.has(r));
}

function bestKey(c: Cluster): string {
  let best = c.mentions[0]!.key;
  for (const m of c.mentions) if (tokensOf(m.key).length > tokensOf(best).length) best = m.key;
  return best;
}

function longestPersonName(c: Cluster, surfaces: string[]): string | undefined {
  if (c.type !== 'person') return undefined;
  return [...surfaces].sort(
    (a, b) => tokensOf(b).length - tokensOf(a).length || c.names.get(b)! - c.names.get(a)!,
  )[0];
}

const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
