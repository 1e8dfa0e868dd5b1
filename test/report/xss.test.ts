// XSS: every payload of payloads.ts in every string field of a hand-edited dossier (and in its
// numbers), and in the text, title, outlet, URL, id and file name of articles that go through the
// whole pipeline. String-level checks run everywhere; the same reports then open in Chromium, where
// every "Show more" and every passage link is clicked: nothing may run, nothing may be requested,
// the page may not move, and no element may be injected. The same articles (and an RSS feed of
// payloads) are then ingested into a SQLite store and served by the web app on 127.0.0.1: every page
// reached from its lists and searches (stories, story, article, entity, outlet, search, and the
// story reports it serves) is checked the same way.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { markupProblems } from '../../scripts/markup-check.js';
import { PAYLOADS, poison } from '../../scripts/payloads.js';
import { analyzeInputs } from '../../src/cli/analyze.js';
import { renderHtml } from '../../src/report/html.js';
import { buildServer } from '../../src/serve/server.js';
import { ingestIntoStore, openStore } from '../../src/store/index.js';
import { readDeskInputs } from '../../src/store/inputs.js';
import type { Dossier } from '../../src/types.js';
import { browserSkip, launchChromium } from '../browser.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/dossier-small.json');
const SKIP = browserSkip('the browser checks');
const TMP = mkdtempSync(join(tmpdir(), 'isnad-xss-'));
after(() => rmSync(TMP, { recursive: true, force: true }));

// The page functions below run in the browser; the project compiles without the DOM lib.
declare const document: any;
declare const window: any;

const load = (): Dossier => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Dossier;

function checkMarkup(html: string): void {
  assert.ok(PAYLOADS.length >= 40);
  assert.deepEqual(markupProblems(html), []);
}

test('every string (and number) of a hand-edited dossier is escaped', () => {
  checkMarkup(renderHtml(poison(load())));
  checkMarkup(renderHtml(poison(load(), true)));
  // the fields the first outside test found unescaped
  const d = load() as any;
  for (const x of [...d.estimates, ...d.claim_groups, ...d.disagreements]) x.origins = PAYLOADS[12];
  const html = renderHtml(d);
  checkMarkup(html);
  assert.ok(!html.includes('<meta http-equiv="refresh"'));
});

/** A folder of articles whose every field and name carries payloads: .txt files named with them,
 *  a JSONL file with them in id, title, outlet, URL, date and text, and an RSS feed. */
function writePayloadArticles(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const base = 'قال مسؤول محلي إن سبعة أشخاص أصيبوا في حريق اندلع أمس في سوق المدينة.';
  const lines: string[] = [];
  PAYLOADS.forEach((p, i) => {
    const safeName = p.replace(/[/\\\0]/g, '_').slice(0, 80);
    if (i % 2) writeFileSync(join(dir, `${i}-${safeName}.txt`), `${base}\n${p}\n${base}`);
    else
      lines.push(
        JSON.stringify({ id: `${i}${p}`, title: p, outlet: p, url: p, published: p, text: `${p}\n${base}` }),
      );
  });
  writeFileSync(join(dir, 'feed.jsonl'), lines.join('\n'));
}

/** The payloads analysed by the pipeline into a dossier. */
async function pipelineDossier(): Promise<Dossier> {
  const dir = join(TMP, 'articles');
  writePayloadArticles(dir);
  const { dossier } = await analyzeInputs([dir], { jobs: 1 });
  assert.ok(dossier.documents.length >= 40, `${dossier.documents.length} articles read`);
  return dossier;
}

test('payloads in article text, title, outlet, URL, id and file name are escaped', async () => {
  checkMarkup(renderHtml(await pipelineDossier()));
});

function writeReport(name: string, html: string): string {
  const file = join(TMP, `${name}.html`);
  writeFileSync(file, html);
  return pathToFileURL(file).href;
}

async function launch(): Promise<Browser> {
  return launchChromium();
}

/** Opens a report, clicks every "Show more" and every passage link, and checks nothing ran or loaded. */
async function probe(page: Page, url: string): Promise<void> {
  const seen = { requests: [] as string[], dialogs: [] as string[], errors: [] as string[] };
  page.on('request', (r) => r.url() !== url && seen.requests.push(r.url()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(url);
  for (let i = 0; i < 200; i++) {
    const more = page.locator('button[data-more]:visible').first();
    if (!(await more.count())) break;
    await more.click();
  }
  const links = await page.locator('a.src').all();
  for (const a of links.slice(0, 60)) await a.click({ timeout: 2000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  const state = await page.evaluate(() => ({
    xss: window.__xss ?? null,
    url: window.location.href.split('#')[0], // a passage link may set the fragment: the page stays
    scripts: document.scripts.length,
    injected: document.querySelectorAll(
      'img, svg, iframe, object, embed, base, link, form, template, textarea, input, video, math, meta[http-equiv="refresh"], main style, main script',
    ).length,
    handlers: [...document.querySelectorAll('*')].filter((e: any) =>
      [...e.attributes].some((a: any) => a.name.startsWith('on')),
    ).length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i]').length,
  }));
  assert.deepEqual(state, { xss: null, url, scripts: 2, injected: 0, handlers: 0, jsLinks: 0 });
  assert.deepEqual(seen.dialogs, [], 'no dialog');
  assert.deepEqual(seen.requests, [], 'no request');
  assert.deepEqual(seen.errors, []);
}

test('in Chromium: no payload runs, loads or moves the page', { skip: SKIP }, async () => {
  const reports = [
    writeReport('strings', renderHtml(poison(load()))),
    writeReport('numbers', renderHtml(poison(load(), true))),
    writeReport('pipeline', renderHtml(await pipelineDossier())),
  ];
  const browser = await launch();
  try {
    for (const url of reports) await probe(await browser.newPage(), url);
  } finally {
    await browser.close();
  }
});

// ---------------------------------------------------------------------------------------------
// The web app: the same payloads ingested into a SQLite store in a temporary folder (and an RSS
// feed of them), served on 127.0.0.1, and every page reached from the lists visited in Chromium.

const xmlText = (s: string) =>
  s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/[\u2028\u2029\u202e\u202c]/g, ' ');

function writePayloadFeed(dir: string): void {
  const items = PAYLOADS.slice(0, 12).map(
    (p, i) => `<item><title>${xmlText(p)} حريق في سوق المدينة</title><link>${xmlText(p)}</link>
<guid>feed-${i}</guid><pubDate>Mon, 02 Mar 2020 12:00:00 GMT</pubDate>
<description>${xmlText(`<p>${p} قال مسؤول محلي إن ثلاثة أشخاص أصيبوا في حريق سوق المدينة.</p>`)}</description></item>`,
  );
  writeFileSync(
    join(dir, 'feed.xml'),
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>${xmlText(PAYLOADS[0]!)}</title>\n${items.join('\n')}\n</channel></rss>`,
  );
}

async function serveStore(): Promise<{ base: string; close: () => Promise<void> }> {
  const dir = join(TMP, 'desk');
  writePayloadArticles(dir);
  writePayloadFeed(dir);
  const db = join(TMP, 'desk.db');
  const writer = await openStore(db);
  await ingestIntoStore(writer, readDeskInputs([dir]), { jobs: 1, quiet: true });
  await writer.close();
  const store = await openStore(db, { readonly: true });
  const app = buildServer(store);
  const base = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    base,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/** What an injected payload would leave on a page of the web app (which has no script of its own). */
async function appPageState(page: Page) {
  return page.evaluate(() => ({
    xss: window.__xss ?? null,
    scripts: document.scripts.length,
    injected: document.querySelectorAll(
      'img, svg, iframe, object, embed, base, template, textarea, video, math, style, meta[http-equiv], link:not([href="/static/desk.css"]), form:not([action="/search"]):not([action="/stories"])',
    ).length,
    handlers: [...document.querySelectorAll('*')].filter((e: any) =>
      [...e.attributes].some((a: any) => a.name.startsWith('on')),
    ).length,
    jsLinks: document.querySelectorAll('a[href^="javascript:" i], a[href^="data:" i]').length,
  }));
}

const APP_LINK = /^\/(stories|articles|entities|outlets|search)\b/;

test('in Chromium: no payload runs or loads anything on any page of the web app', {
  skip: SKIP,
}, async () => {
  const { base, close } = await serveStore();
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const seen = { outside: [] as string[], dialogs: [] as string[], errors: [] as string[] };
    page.on('request', (r) => !r.url().startsWith(`${base}/`) && seen.outside.push(r.url()));
    page.on('pageerror', (e) => seen.errors.push(String(e)));
    page.on('dialog', (d) => {
      seen.dialogs.push(d.message());
      void d.dismiss();
    });
    // the lists, searches for a word and for payloads, then every page they link to (breadth first)
    const queue = [
      '/',
      '/stories',
      '/search?q=حريق',
      ...PAYLOADS.slice(0, 8).map((p) => `/search?q=${encodeURIComponent(p)}`),
    ];
    const visited = new Set<string>();
    const kinds = new Set<string>();
    const reports: string[] = [];
    while (queue.length && visited.size < 400) {
      const path = queue.shift()!;
      if (visited.has(path)) continue;
      visited.add(path);
      if (/^\/stories\/\d+\/report(\?.*)?$/.test(path)) {
        reports.push(path);
        continue;
      }
      const url = new URL(path, base).href;
      const response = await page.goto(url);
      assert.ok(response && response.status() < 500, `${path}: ${response?.status()}`);
      await page.waitForTimeout(20);
      assert.equal(page.url(), url, `${path}: the page did not move`);
      assert.deepEqual(
        await appPageState(page),
        { xss: null, scripts: 0, injected: 0, handlers: 0, jsLinks: 0 },
        path,
      );
      kinds.add(path.split(/[/?]/)[1] || 'home');
      const links: string[] = await page.evaluate(() =>
        [...document.querySelectorAll('main a[href]')].map((a: any) => a.getAttribute('href')),
      );
      for (const href of links) if (APP_LINK.test(href) && !visited.has(href)) queue.push(href);
    }
    for (const kind of ['home', 'stories', 'search', 'articles', 'entities', 'outlets'])
      assert.ok(kinds.has(kind), `a page of ${kind} visited (${[...kinds].join(', ')})`);
    assert.ok(visited.size >= 60, `${visited.size} pages visited`);
    assert.deepEqual(seen, { outside: [], dialogs: [], errors: [] });
    await page.close();
    console.log(
      `web app: ${visited.size} pages (${[...kinds].join(', ')}), ${reports.length} story reports linked`,
    );
    // the story reports the app serves, as the report test opens them
    assert.ok(reports.length > 0, 'a story report linked');
    for (const path of reports.slice(0, 5)) await probe(await browser.newPage(), `${base}${path}`);
  } finally {
    await browser.close();
    await close();
  }
});
