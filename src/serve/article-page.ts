// An article's page: its text as read, every figure and quote its story's dossier found in it
// highlighted, the passage asked for (?start=&end=) marked and scrolled to (#passage), and a link to
// the original. The text is cut into segments at every span edge, so overlapping spans stay correct.
import type { StoredArticle } from '../store/index.js';
import type { Dossier } from '../types.js';
import { esc, page, t } from './layout.js';

export interface Highlight {
  start: number;
  end: number;
  kind: 'claim' | 'quote' | 'passage';
}

/** The spans of one article in a dossier. */
export function highlightsOf(d: Dossier | null, doc: string): Highlight[] {
  if (!d) return [];
  const out: Highlight[] = [];
  for (const c of d.claims) if (c.doc === doc) out.push({ start: c.start, end: c.end, kind: 'claim' });
  for (const q of d.quotes) if (q.doc === doc) out.push({ start: q.start, end: q.end, kind: 'quote' });
  return out;
}

/** The text as escaped HTML with the spans as classes; the first passage segment has id="passage". */
export function markedText(text: string, spans: Highlight[]): string {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.start < s.end);
  const cuts = new Set<number>([0, text.length]);
  for (const s of valid) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  let anchored = false;
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    const kinds = new Set(valid.filter((s) => s.start <= a && s.end >= b).map((s) => s.kind));
    const chunk = esc(text.slice(a, b));
    if (!kinds.size) {
      out += chunk;
      continue;
    }
    const id = kinds.has('passage') && !anchored ? ' id="passage"' : '';
    if (id) anchored = true;
    out += `<span class="${[...kinds].sort().join(' ')}"${id}>${chunk}</span>`;
  }
  return out;
}

export function articlePage(
  a: StoredArticle,
  spans: Highlight[],
  passage: { start: number; end: number } | null,
): string {
  const all = passage ? [...spans, { ...passage, kind: 'passage' as const }] : spans;
  const url =
    a.url && /^https?:\/\//i.test(a.url)
      ? `<a href="${esc(a.url)}" rel="noopener noreferrer nofollow">the original</a>`
      : '';
  const outlet = a.outlet
    ? a.outletId !== null
      ? `<a href="/outlets/${a.outletId}">${t(a.outlet)}</a>`
      : t(a.outlet)
    : 'unknown outlet';
  const body = `<h1>${t(a.title) || esc(a.id)}</h1>
<p class="meta">${outlet} · ${esc(a.published ?? 'undated')}${a.story !== null ? ` · <a href="/stories/${a.story}">its story</a>` : ''}${url ? ` · ${url}` : ''}</p>
<p class="meta"><span class="claim">figures</span> · <span class="quote">quotes</span></p>
<div class="text" dir="rtl" lang="ar">${markedText(a.text, all)}</div>`;
  return page(a.title ?? a.id, body, { json: `/articles/${encodeURIComponent(a.id)}.json` });
}
