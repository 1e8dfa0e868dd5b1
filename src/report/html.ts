// The HTML report: one self-contained file (font, styles, data and script inline) that analysts
// can open offline. Every section is rendered as escaped HTML (glance.ts, figures.ts, timeline.ts,
// quotes.ts, sources.ts, entities.ts), so it reads with scripts off; the one inline script
// (viewer.ts) opens an article at a passage and marks it. The dossier is untrusted: it is rebuilt
// field by field first (untrusted.ts), and every string is escaped where it is shown (escape.ts).
// Every figure, quote, event and name is an <a class="src"> with data-doc/data-start/data-end: the
// provenance of what it asserts. Without scripts it still links to the article's card in Sources.
import type { Dossier } from '../types.js';
import { type Ctx, clip, context, openingLine, shortId } from './context.js';
import { entities, problems } from './entities.js';
import { cspHash, esc, jsonForScript } from './escape.js';
import { figures } from './figures.js';
import { fontFaceCss } from './font.js';
import { glance } from './glance.js';
import type { StringKey } from './interface-strings.js';
import { renderMapSvg } from './map.js';
import { quotes } from './quotes.js';
import { sources } from './sources.js';
import { reportCss } from './style.js';
import { timeline } from './timeline.js';
import { type Lang, titleAttr, ui, uiText, viewerStrings } from './ui.js';
import { untrustedDossier } from './untrusted.js';
import { VIEWER_JS } from './viewer.js';
import { dateText } from './words.js';

export { shortId } from './context.js';
export { cspHash, esc, jsonForScript } from './escape.js';
export type { Lang } from './ui.js';

const CSP = [
  "default-src 'none'",
  `script-src ${cspHash(VIEWER_JS)}`,
  "style-src 'unsafe-inline'",
  'font-src data:',
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

/** What the viewer needs: text, furniture and a little metadata per article. */
function viewerData(d: Dossier, c: Ctx) {
  return {
    more: c.pager.held,
    ui: viewerStrings(),
    docs: d.documents.map((x) => {
      // Without a title, the viewer heads the article with its first line; without an outlet, a short id.
      const o = x.title ? null : openingLine(x);
      return {
        id: x.id,
        title: x.title,
        heading: o ? clip(x.text.slice(o.start, o.end), 120) : null,
        label: shortId(x.id),
        outlet: x.outlet,
        date: x.published ? dateText(x.published) : null,
        date_ar: x.published ? dateText(x.published, 'ar') : null,
        source: x.url ?? x.source,
        text: x.text,
        furniture: x.furniture.map((f) => ({ kind: f.kind, start: f.start, end: f.end })),
      };
    }),
  };
}

function header(c: Ctx, lang: Lang): string {
  const { d } = c;
  const outlets = new Set(d.documents.map((x) => x.outlet).filter(Boolean)).size;
  const count = (key: StringKey, n: number) => ui(key, { n });
  const sub = [
    `${count('articles', d.documents.length)}${outlets ? ` ${count('fromOutlets', outlets)}` : ''}`,
    count('figuresCount', d.claims.length),
    count('statementsCount', d.quotes.length),
    count('entitiesCount', d.entities.length),
    count('eventsCount', d.timeline.length),
  ].join(' · ');
  const nav = (['glance', 'figures', 'timeline', 'map', 'quotes', 'sources', 'entities'] as const)
    .map((k) => `<a href="#${k}">${ui(k)}</a>`)
    .join('');
  return `<header class="top"><div class="wrap">
<div class="title-row"><h1>${ui('title')}</h1><button id="ui-switch" class="ui-switch" type="button" hidden>${ui('switchTo')}</button></div>
<p class="sub">${sub}</p>
<nav class="toc" aria-label="${esc(uiText('sectionsLabel', lang))}">${nav}</nav>
</div></header>`;
}

const VIEWER_PANEL =
  () => `<aside id="viewer" class="viewer" hidden tabindex="-1" role="dialog" aria-labelledby="viewer-title">
<div class="viewer-head"><div class="viewer-titles"><div id="viewer-meta" class="viewer-meta"></div><h2 id="viewer-title" class="ar" dir="auto"></h2></div><button id="viewer-close" class="viewer-close" type="button"${titleAttr('closeArticle').attr}>×</button></div>
<div id="viewer-where" class="viewer-where"></div>
<div id="viewer-body" class="viewer-body ar" dir="rtl" lang="ar"></div>
</aside>`;

/** The story's places and events on a map drawn offline (map.ts); nothing when no place is located. */
function mapSection(d: Dossier): string {
  let svg = '';
  try {
    svg = renderMapSvg(d, { labels: 'both' });
  } catch {
    svg = ''; // a map that cannot be drawn leaves the rest of the report whole
  }
  if (!svg) return '';
  return `<section id="map"><h2>${ui('map')}</h2><div class="card">${svg}</div></section>`;
}

export interface ReportOptions {
  /** The interface's language when the page opens (the switch in the header changes it). */
  lang?: Lang;
}

/** The whole report as one self-contained HTML file. The dossier may come from anyone: nothing in it is trusted. */
export function renderHtml(input: Dossier | unknown, opts: ReportOptions = {}): string {
  const lang: Lang = opts.lang === 'ar' ? 'ar' : 'en';
  const d = untrustedDossier(input);
  const c = context(d);
  // sections first: they fill the pager, whose held-back pages go into the data block
  const main = [
    glance(c),
    figures(c),
    timeline(c),
    mapSection(d),
    quotes(c),
    sources(c),
    entities(c),
    problems(c),
  ].join('\n');
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}" data-ui="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${esc(d.generated_by)}">
<title>${esc(uiText('title', lang))}</title>
<style>
${fontFaceCss()}
${reportCss()}
</style>
</head>
<body>
${header(c, lang)}
<noscript><div class="wrap"><p class="none">${ui('noscript')}</p></div></noscript>
<main class="wrap">
${main}
</main>
<footer><div class="wrap">${ui('footer', { by: `<bdi>${esc(d.generated_by)}</bdi>`, format: `<bdi>${esc(d.format)}</bdi>` })}</div></footer>
${VIEWER_PANEL()}
<script type="application/json" id="isnad-data">${jsonForScript(viewerData(d, c))}</script>
<script>${VIEWER_JS}</script>
</body>
</html>
`;
}
