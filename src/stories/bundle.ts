// One bundle, several stories? The stream clustering run over the articles of one `analyze` call,
// so that the user hears when the bundle mixes unrelated events, and which articles belong together.
import type { DocAnalysis } from '../types.js';
import { StoryClusterer } from './cluster.js';

export interface BundleStory {
  /** Article ids, in input order. */
  docs: string[];
  /** The first article's title or first line. */
  headline: string;
}

/** The stories of a bundle, largest first; one entry when the bundle is one story. */
export function bundleStories(analyses: DocAnalysis[]): BundleStory[] {
  const c = new StoryClusterer();
  const groups = new Map<number, BundleStory>();
  for (const a of analyses) {
    const { story } = c.assign({ title: a.doc.title, text: a.doc.text, published: a.published.date });
    let g = groups.get(story);
    if (!g) {
      const headline = (a.doc.title ?? a.doc.text.split('\n').find((l) => l.trim()) ?? a.doc.id).trim();
      groups.set(story, (g = { docs: [], headline: headline.slice(0, 100) }));
    }
    g.docs.push(a.doc.id);
  }
  return [...groups.values()].sort((x, y) => y.docs.length - x.docs.length);
}

/** The warning `analyze` prints when a bundle holds several stories (null when it holds one). */
export function bundleWarning(stories: BundleStory[]): string | null {
  if (stories.length < 2) return null;
  const lines = stories.map(
    (s, i) => `  story ${i + 1} (${s.docs.length}): ${s.docs.join(', ')} · ${s.headline}`,
  );
  return `isnad: these articles seem to tell ${stories.length} different stories; figures are only comparable within one:\n${lines.join('\n')}\n`;
}
