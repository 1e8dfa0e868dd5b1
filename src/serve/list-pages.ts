// The pages that list: stories (with search and filters), search results, an entity, an outlet.
import type { EntityPage, OutletPage, Page, SearchHit, StoryQuery, StorySummary } from '../store/index.js';
import { esc, page, qs, t } from './layout.js';

export function storyItem(s: StorySummary): string {
  const dates = s.first ? (s.first === s.last ? s.first : `${s.first} – ${s.last}`) : 'undated';
  const tags = (xs: string[], param: string) =>
    xs.map((x) => `<a href="/stories${qs({ [param]: x })}">${t(x)}</a>`).join('');
  return `<li><a class="headline" href="/stories/${s.id}">${t(s.headline) || `story ${s.id}`}</a>
<div class="meta">${s.size} article${s.size === 1 ? '' : 's'} · ${esc(dates)}${s.figure ? ` · <span class="figure">${esc(s.figure)}</span>` : ''}</div>
<div class="tags">${tags(s.outlets, 'outlet')}${tags(s.places, 'place')}</div></li>`;
}

function pager(base: string, params: Record<string, string | number | undefined>, p: Page<unknown>): string {
  const prev =
    p.offset > 0
      ? `<a rel="prev" href="${base}${esc(qs({ ...params, offset: Math.max(0, p.offset - p.limit) }))}">← newer</a>`
      : '';
  const next =
    p.offset + p.limit < p.total
      ? `<a rel="next" href="${base}${esc(qs({ ...params, offset: p.offset + p.limit }))}">older →</a>`
      : '';
  return `<nav class="pager">${prev}<span class="meta">${p.total ? p.offset + 1 : 0}–${Math.min(p.total, p.offset + p.limit)} of ${p.total}</span>${next}</nav>`;
}

export function storiesPage(p: Page<StorySummary>, q: StoryQuery): string {
  const params = { q: q.q, place: q.place, outlet: q.outlet, measure: q.measure, from: q.from, to: q.to };
  const field = (name: keyof typeof params, label: string, type = 'text') =>
    `<label>${label}<input type="${type}" name="${name}" value="${esc(params[name] ?? '')}"></label>`;
  const form = `<form class="filters" action="/stories" method="get">
${field('q', 'words')}${field('place', 'place')}${field('outlet', 'outlet')}${field('measure', 'measure')}
${field('from', 'from', 'date')}${field('to', 'to', 'date')}<button>Filter</button></form>`;
  const list = p.items.length
    ? `<ol class="stories">${p.items.map(storyItem).join('\n')}</ol>`
    : '<p>No story matches.</p>';
  return page('Stories', `<h1>Stories</h1>${form}${list}${pager('/stories', params, p)}`, {
    q: q.q,
    json: `/stories.json${qs({ ...params, offset: q.offset, limit: q.limit })}`,
  });
}

export function searchPage(q: string, p: Page<SearchHit>): string {
  const items = p.items
    .map(
      (
        h,
      ) => `<li><a class="headline" href="/articles/${encodeURIComponent(h.article)}${qs({ start: h.start, end: h.end })}#passage">${t(h.title) || esc(h.article)}</a>
<div class="meta">${t(h.outlet)} · ${esc(h.published ?? 'undated')}${h.story !== null ? ` · <a href="/stories/${h.story}">story ${h.story}</a>` : ''}</div>
<div class="snippet" dir="rtl" lang="ar">${esc(h.snippet)}</div></li>`,
    )
    .join('\n');
  const body = `<h1>Search: ${t(q)}</h1><p class="meta">${p.total >= 1000 ? '1,000 or more' : p.total} article(s), the newest first; the stories they belong to: <a href="/stories${qs({ q })}">stories matching</a></p>
${items ? `<ul class="plain">${items}</ul>` : '<p>Nothing found.</p>'}${pager('/search', { q }, p)}`;
  return page(`Search ${q}`, body, { q, json: `/search.json${qs({ q, offset: p.offset, limit: p.limit })}` });
}

export function entityPage(e: EntityPage): string {
  const rows = e.stories
    .map(
      ({
        story,
        names,
      }) => `<tr><td><a href="/stories/${story.id}">${t(story.headline) || `story ${story.id}`}</a><div class="meta">${esc(story.first ?? '')}</div></td>
<td>${Object.entries(names)
        .map(([outlet, ns]) => `<div><b>${t(outlet)}</b>: ${ns.map(t).join(' · ')}</div>`)
        .join('')}</td></tr>`,
    )
    .join('\n');
  const body = `<h1>${t(e.name)}</h1><p class="meta">${esc(e.type)} · in ${e.stories.length} stor${e.stories.length === 1 ? 'y' : 'ies'}</p>
<div class="table"><table><thead><tr><th>story</th><th>names each outlet used</th></tr></thead><tbody>${rows}</tbody></table></div>`;
  return page(e.name, body, { json: `/entities/${e.id}.json` });
}

export function outletPage(o: OutletPage): string {
  const recent = o.recent
    .map(
      (a) =>
        `<li><a href="/articles/${encodeURIComponent(a.id)}">${t(a.title) || esc(a.id)}</a> <span class="meta">${esc(a.published ?? '')}${a.story !== null ? ` · <a href="/stories/${a.story}">story ${a.story}</a>` : ''}</span></li>`,
    )
    .join('\n');
  const body = `<h1>${t(o.name)}</h1><p class="meta">${o.articles} article(s) · <a href="/stories${qs({ outlet: o.name })}">its stories</a></p>
<h2>Latest articles</h2><ul class="plain">${recent}</ul>
<h2>Their stories</h2><ol class="stories">${o.stories.map(storyItem).join('\n')}</ol>`;
  return page(o.name, body, { json: `/outlets/${o.id}.json` });
}

export function notFound(what: string): string {
  return page('Not found', `<h1>Not found</h1><p>${esc(what)}</p>`);
}
