// The frame of every page of the desk: escaped text only, one stylesheet from this server, no script,
// and a navigation bar with the search box. Pages read without JavaScript and reflow down to a phone.
import { esc, fontFaceCss, MAP_CSS } from './report-adapter.js';

export { esc };

/** The Content-Security-Policy of every page: nothing but this server's stylesheet and font. */
export const CSP =
  "default-src 'none'; style-src 'self'; font-src 'self' data:; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const ARABIC = /[\u0600-\u06FF]/;

/** Escaped text, set right-to-left when it is Arabic. */
export function t(s: string | null | undefined): string {
  if (s === null || s === undefined || s === '') return '';
  return ARABIC.test(s) ? `<bdi dir="rtl" lang="ar">${esc(s)}</bdi>` : esc(s);
}

/** A query string from parameters (empty ones left out), for links. */
export function qs(params: Record<string, string | number | null | undefined>): string {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== null && v !== undefined && v !== '') u.set(k, String(v));
  const s = u.toString();
  return s ? `?${s}` : '';
}

export function page(title: string, body: string, opts: { q?: string; json?: string } = {}): string {
  const json = opts.json ? ` · <a href="${esc(opts.json)}">JSON</a>` : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · isnad desk</title>
<link rel="stylesheet" href="/static/desk.css">
</head><body>
<header class="bar"><a class="home" href="/">isnad desk</a>
<a href="/stories">stories</a>
<form action="/search" method="get" role="search"><input type="search" name="q" value="${esc(opts.q ?? '')}" placeholder="search بحث" aria-label="search"><button>Search</button></form>
</header>
<main>${body}</main>
<footer>isnad desk${json}</footer>
</body></html>`;
}

const CSS = `
:root { --fg: #1d1d1f; --muted: #5f6368; --line: #dadce0; --accent: #0b57d0; --mark: #ffe08a; --claim: #e3f0ff; --quote: #eaf6e6; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, sans-serif; color: var(--fg); background: #fff; }
bdi[lang=ar], .ar, .text { font-family: 'Noto Naskh Arabic', serif; }
a { color: var(--accent); }
.bar { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; padding: .5rem 1rem; border-bottom: 1px solid var(--line); background: #f8f9fa; }
.bar .home { font-weight: 700; text-decoration: none; color: var(--fg); }
.bar form { display: flex; gap: .25rem; flex: 1 1 14rem; max-width: 32rem; }
.bar input { flex: 1; min-width: 0; padding: .3rem .5rem; font: inherit; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; overflow-wrap: anywhere; }
footer { color: var(--muted); font-size: .85rem; padding: 1rem; text-align: center; }
h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.2rem; margin-top: 1.5rem; }
.meta { color: var(--muted); font-size: .9rem; }
.filters { display: flex; flex-wrap: wrap; gap: .5rem; align-items: end; margin: .5rem 0 1rem; }
.filters label { display: flex; flex-direction: column; font-size: .8rem; color: var(--muted); }
.filters input, .filters select { font: inherit; padding: .2rem .4rem; max-width: 12rem; }
ol.stories, ul.plain { list-style: none; padding: 0; margin: 0; }
ol.stories li, ul.plain li { padding: .6rem 0; border-bottom: 1px solid var(--line); }
.headline { font-size: 1.1rem; font-weight: 600; }
.figure { font-weight: 600; }
.tags { display: flex; flex-wrap: wrap; gap: .25rem .5rem; font-size: .85rem; }
.tags a, .tag { background: #f1f3f4; border-radius: 1rem; padding: 0 .5rem; text-decoration: none; color: var(--fg); }
.table { width: 100%; overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; }
th, td { text-align: start; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid var(--line); }
th { background: #f8f9fa; }
.pager { display: flex; gap: 1rem; margin: 1rem 0; }
.text { white-space: pre-wrap; font-size: 1.1rem; line-height: 1.9; }
.text .claim { background: var(--claim); } .text .quote { background: var(--quote); }
.text .passage { background: var(--mark); outline: 2px solid #e0a800; }
details { display: inline; } details[open] { display: block; font-size: .9rem; }
.snippet { font-family: 'Noto Naskh Arabic', serif; }
.outlets { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: 1rem; }
.outlets section { border: 1px solid var(--line); border-radius: .5rem; padding: .5rem .75rem; }
.outlets h3 { margin: .25rem 0; font-size: 1rem; }
@media (max-width: 40rem) { main { padding: .5rem; } table { font-size: .85rem; } th, td { padding: .25rem; } }
`;

let stylesheet: string | null = null;

/** The stylesheet with the Arabic font inlined (no request leaves the machine). */
export function deskCss(): string {
  return (stylesheet ??= fontFaceCss() + CSS + MAP_CSS);
}
