// Sources of a coder's row: the outlet of each article, and the chain of each figure (speaker → relays →
// outlet), names in English where the lexicons have them.
import { englishName } from '../english/index.js';
import type { Dossier, DossierAttributionFields, DossierDocument } from '../types.js';

export interface SourceRef {
  doc: string;
  outlet: string;
  url: string | null;
  published: string | null;
  title: string | null;
}

const docCache = new WeakMap<Dossier, Map<string, DossierDocument>>();

function docOf(dossier: Dossier, id: string): DossierDocument | undefined {
  let map = docCache.get(dossier);
  if (!map) docCache.set(dossier, (map = new Map(dossier.documents.map((d) => [d.id, d]))));
  return map.get(id);
}

/** The name of an entity in English (or its transliteration). */
export function nameOf(dossier: Dossier, id: string | null): string {
  const e = id ? dossier.entities.find((x) => x.id === id) : undefined;
  return e ? englishName(e).name : (id ?? '');
}

/** The outlet of an article: its metadata, else the agency it credits, else the article's id. */
export function outletOf(dossier: Dossier, docId: string): SourceRef {
  const d = docOf(dossier, docId);
  const outlet = d?.outlet || (d?.credit ? nameOf(dossier, d.credit) : '') || `article ${docId}`;
  return {
    doc: docId,
    outlet,
    url: d?.url ?? null,
    published: d?.published ?? null,
    title: d?.title ?? null,
  };
}

/** "Syrian Democratic Forces (SDF) → Associated Press → Asharq Al-Awsat". */
export function chainOf(dossier: Dossier, item: DossierAttributionFields & { doc: string }): string {
  const links = [item.speaker, ...item.via].filter((x): x is string => !!x).map((id) => nameOf(dossier, id));
  links.push(outletOf(dossier, item.doc).outlet);
  return links.join(' → ');
}
