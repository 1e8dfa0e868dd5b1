// Who takes part in an event. The timeline's actors include the sources that tell of it (a news agency, a
// ministry of health counting the dead); a coder's actor1 / actor2 are the sides, so organisations whose
// lexicon kind (lexicons/organizations.tsv) is a news outlet, an agency, an NGO, a ministry or a company are
// left out. The actor the death figures count (named in their "who is counted" words) is put second.
import { englishName } from '../english/index.js';
import { loadTsv, many } from '../lexicon/index.js';
import { looseKey } from '../text/index.js';
import type { DossierClaim, DossierEntity, DossierTimelineEntry } from '../types.js';

export interface EventActor {
  id: string;
  name: string;
  english: string;
}

const NOT_SIDES = new Set(['media', 'news_agency', 'ngo', 'ministry', 'agency', 'company']);
let kinds: Map<string, string> | null = null;

function kindOf(e: DossierEntity): string | undefined {
  if (!kinds) {
    kinds = new Map();
    for (const r of loadTsv('organizations'))
      for (const n of [r.name!, r.english!, ...many(r.aliases)]) if (n) kinds.set(looseKey(n), r.kind!);
  }
  for (const n of [e.name, e.english_name ?? '', ...e.aliases]) {
    const k = n && kinds.get(looseKey(n));
    if (k) return k;
  }
  return undefined;
}

/** The sides of an entry, the one the death and injury figures count last. */
export function actorsOf(
  entry: DossierTimelineEntry,
  entities: Map<string, DossierEntity>,
  hit: DossierClaim[],
): EventActor[] {
  const groups = looseKey(hit.map((c) => c.group ?? '').join(' '));
  const isHit = (e: DossierEntity) =>
    [e.name, ...e.aliases].some((n) => {
      const key = looseKey(n).replace(/^ال/, '');
      return key.length > 2 && groups.includes(key);
    });
  const list = entry.actors
    .map((id) => entities.get(id))
    .filter((e): e is DossierEntity => !!e && !NOT_SIDES.has(kindOf(e) ?? ''));
  list.sort((a, b) => Number(isHit(a)) - Number(isHit(b)));
  return list.map((e) => ({ id: e.id, name: e.name, english: englishName(e).name }));
}
