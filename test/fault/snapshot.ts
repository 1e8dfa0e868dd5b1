// What "the same stories and dossiers" means in the fault tests: every story with its articles in
// arrival order and its dossier, read through the Store interface, so that two engines compare.
import { createHash } from 'node:crypto';
import type { Store } from '../../src/store/index.js';

export interface Snapshot {
  articles: number;
  stories: { id: number; size: number; articles: string[]; dossier: string }[];
}

export async function snapshot(store: Store): Promise<Snapshot> {
  const ids: number[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await store.stories({ offset, limit: 500 });
    ids.push(...page.items.map((s) => s.id));
    if (offset + 500 >= page.total) break;
  }
  ids.sort((a, b) => a - b);
  const stories: Snapshot['stories'] = [];
  for (const id of ids) {
    const s = (await store.story(id))!;
    const dossier = JSON.stringify(s.dossier);
    stories.push({
      id,
      size: s.summary.size,
      articles: s.dossier?.documents.map((d) => d.id) ?? [],
      dossier: createHash('sha1').update(dossier).digest('hex'),
    });
  }
  return { articles: (await store.counts()).articles, stories };
}

/** The first difference between two snapshots, or null when they are the same. */
export function firstDifference(a: Snapshot, b: Snapshot): string | null {
  if (a.articles !== b.articles) return `articles: ${a.articles} vs ${b.articles}`;
  if (a.stories.length !== b.stories.length) return `stories: ${a.stories.length} vs ${b.stories.length}`;
  for (let i = 0; i < a.stories.length; i++) {
    const x = a.stories[i]!;
    const y = b.stories[i]!;
    if (JSON.stringify(x) !== JSON.stringify(y))
      return `story ${x.id}: ${JSON.stringify({ ...x, articles: x.articles.length })} vs ${JSON.stringify({ ...y, articles: y.articles.length })}`;
  }
  return null;
}
