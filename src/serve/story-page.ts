// A story's page: the dossier as the report shows it (estimates, figures with their isnad, quotes,
// timeline, entities; the full report one click away) and an outlet-by-outlet view: which outlet
// reported which figure, from whom and when. Every figure links to its passage in the article.
import type { StorySummary } from '../store/index.js';
import { looseKey } from '../text/index.js';
import type { Dossier, DossierClaim, DossierDocument } from '../types.js';
import { esc, page, qs, t } from './layout.js';
import { renderMapSvg } from './report-adapter.js';

/** Link to a passage of an article, highlighted there. */
export function passageHref(doc: string, start: number, end: number): string {
  return `/articles/${encodeURIComponent(doc)}${qs({ start, end })}#passage`;
}

function value(c: DossierClaim): string {
  const { low, high, qualifier } = c.value;
  const n = low !== null && high !== null && low !== high ? `${low}–${high}` : String(low ?? high ?? '?');
  return qualifier === 'exact' ? n : `${n} (${qualifier.replace('_', ' ')})`;
}

interface Names {
  name: (id: string | null) => string;
  link: (id: string | null) => string;
}

function namer(d: Dossier, entityLinks: Map<string, number>): Names {
  const byId = new Map(d.entities.map((e) => [e.id, e]));
  const name = (id: string | null) => (id ? (byId.get(id)?.name ?? id) : '');
  const link = (id: string | null) => {
    if (!id) return '<span class="meta">the outlet</span>';
    const e = byId.get(id);
    const n = entityLinks.get(`${e?.type}:${looseKey(e?.name ?? '')}`);
    return n !== undefined ? `<a href="/entities/${n}">${t(name(id))}</a>` : t(name(id));
  };
  return { name, link };
}

function isnad(c: { speaker: string | null; via: string[] }, n: Names): string {
  return [n.link(c.speaker), ...c.via.map(n.link)].join(' → ');
}

function figuresTable(d: Dossier, docs: Map<string, DossierDocument>, n: Names): string {
  const claims = d.claims.filter((c) => c.measure !== 'other').slice(0, 400);
  if (!claims.length) return '<p class="meta">No figure found.</p>';
  const rows = claims
    .map((c) => {
      const doc = docs.get(c.doc);
      return `<tr><td>${esc(c.measure)}</td><td><a class="fig" href="${esc(passageHref(c.doc, c.start, c.end))}">${esc(value(c))}</a>${c.stance === 'denies' ? ' <b>denied</b>' : ''}</td>
<td>${isnad(c, n)}</td><td>${t(doc?.outlet)} <span class="meta">${esc(doc?.published ?? '')}</span></td></tr>`;
    })
    .join('\n');
  return `<div class="table"><table><thead><tr><th>measure</th><th>figure</th><th>who says so</th><th>outlet</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

function estimatesList(d: Dossier): string {
  if (!d.estimates.length) return '';
  const items = d.estimates
    .map((e) => {
      const g = d.claim_groups.find((x) => x.id === e.group);
      const why = g
        ? ` · ${esc(g.kind)} <details><summary>why</summary><div dir="auto">${esc(g.explanation)}</div></details>`
        : '';
      return `<li><b>${esc(e.measure)}</b> ${t(e.label)}: <span class="figure">${esc(e.best ?? '?')}</span> (${esc(e.low ?? '?')}–${esc(e.high ?? '?')}), ${e.origins} origin(s), ${e.claims.length} figure(s)${why}</li>`;
    })
    .join('\n');
  return `<h2>Estimates</h2><ul class="plain">${items}</ul>`;
}

/** Outlet by outlet: its articles, and the figures it reported, from whom and when. */
function outletView(d: Dossier, n: Names, outletIds: Map<string, number>): string {
  const byOutlet = new Map<string, DossierDocument[]>();
  for (const doc of d.documents) {
    const k = doc.outlet ?? 'unknown outlet';
    byOutlet.set(k, [...(byOutlet.get(k) ?? []), doc]);
  }
  const sections = [...byOutlet].map(([outlet, docs]) => {
    const ids = new Set(docs.map((x) => x.id));
    const figs = d.claims
      .filter((c) => ids.has(c.doc) && c.measure !== 'other')
      .slice(0, 40)
      .map(
        (c) =>
          `<li><a href="${esc(passageHref(c.doc, c.start, c.end))}">${esc(c.measure)} ${esc(value(c))}</a> · ${isnad(c, n)} · <span class="meta">${esc(docs.find((x) => x.id === c.doc)?.published ?? '')}</span></li>`,
      )
      .join('');
    const oid = outletIds.get(outlet);
    const head = oid !== undefined ? `<a href="/outlets/${oid}">${t(outlet)}</a>` : t(outlet);
    const arts = docs
      .map(
        (x) =>
          `<li><a href="/articles/${encodeURIComponent(x.id)}">${t(x.title) || esc(x.id)}</a> <span class="meta">${esc(x.published ?? '')}</span></li>`,
      )
      .join('');
    return `<section><h3>${head}</h3><ul>${arts}</ul>${figs ? `<ul>${figs}</ul>` : ''}</section>`;
  });
  return `<h2>Outlet by outlet</h2><div class="outlets">${sections.join('\n')}</div>`;
}

function quotesAndTimeline(d: Dossier, n: Names): string {
  const quotes = d.quotes
    .slice(0, 60)
    .map(
      (q) =>
        `<li>${isnad(q, n)}: <a class="snippet" href="${esc(passageHref(q.doc, q.start, q.end))}">${t(q.text.slice(0, 240))}</a></li>`,
    )
    .join('\n');
  const timeline = d.timeline
    .map((e) => {
      const ev = e.evidence[0];
      const what = ev
        ? `<a href="${esc(passageHref(ev.doc, ev.start, ev.end))}">${esc(e.type)}</a>`
        : esc(e.type);
      return `<li><b>${esc(e.date)}</b> ${what} <span class="meta">${e.docs.length} article(s)</span></li>`;
    })
    .join('\n');
  return `${timeline ? `<h2>Timeline</h2><ul class="plain">${timeline}</ul>` : ''}${quotes ? `<h2>Who said what</h2><ul class="plain">${quotes}</ul>` : ''}`;
}

/** The story's places and events on the report's map (drawn offline), each point a link to its passage. */
function mapSection(d: Dossier): string {
  let svg = '';
  try {
    svg = renderMapSvg(d, { href: (s) => passageHref(s.doc, s.start, s.end) });
  } catch {
    svg = ''; // a map that cannot be drawn leaves the rest of the page whole
  }
  return svg ? `<h2>Map</h2><div class="map">${svg}</div>` : '';
}

function entitiesList(d: Dossier, n: Names): string {
  const top = [...d.entities]
    .filter((e) => e.type !== 'other')
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, 60);
  if (!top.length) return '';
  return `<h2>Entities</h2><div class="tags">${top.map((e) => `<span class="tag">${n.link(e.id)} <span class="meta">${esc(e.type)} ${e.mentions.length}</span></span>`).join('')}</div>`;
}

export function storyPage(
  s: StorySummary,
  d: Dossier | null,
  entityLinks: Map<string, number>,
  outletIds: Map<string, number>,
): string {
  const dates = s.first ? (s.first === s.last ? s.first : `${s.first} – ${s.last}`) : 'undated';
  const head = `<h1>${t(s.headline) || `Story ${s.id}`}</h1>
<p class="meta">${s.size} article(s) · ${esc(dates)} · ${s.outlets.map(t).join(', ')}${s.figure ? ` · <span class="figure">${esc(s.figure)}</span>` : ''}</p>
<p class="meta"><a href="/stories/${s.id}/report">the full report</a> (<a href="/stories/${s.id}/report?lang=ar" lang="ar">بالعربية</a>) · <a href="/stories/${s.id}.json">the dossier (JSON)</a></p>`;
  if (!d)
    return page(
      s.headline ?? `Story ${s.id}`,
      `${head}<p>The dossier is not built yet (run isnad ingest again).</p>`,
    );
  const docs = new Map(d.documents.map((x) => [x.id, x]));
  const n = namer(d, entityLinks);
  const body = `${head}${estimatesList(d)}<h2>Figures</h2>${figuresTable(d, docs, n)}${mapSection(d)}${outletView(d, n, outletIds)}${quotesAndTimeline(d, n)}${entitiesList(d, n)}`;
  return page(s.headline ?? `Story ${s.id}`, body, { json: `/stories/${s.id}.json` });
}
