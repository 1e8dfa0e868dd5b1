// The desk in headless Chromium (Debian's chromium + playwright-core), served by `buildServer` on a
// free port of 127.0.0.1 over a store of invented articles, one full of hostile markup:
// search → story → click a figure → the article opens with that passage highlighted; no page runs
// injected script or makes a request beyond the server; a phone-width page does not scroll sideways.
// With ISNAD_SCREENSHOTS=1 and ISNAD_DESK_DB=FILE (a store of real articles), the README's
// screenshots are taken from that store into docs/desk.png and docs/desk-story.png.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { buildServer } from '../../src/serve/server.js';
import { ingestIntoStore, openStore, type Store } from '../../src/store/index.js';
import { readDeskInputs } from '../../src/store/inputs.js';
import { browserSkip, launchChromium } from '../browser.js';
import { writeInputs } from '../store/fixtures.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SKIP = browserSkip("the desk's browser tests");

// The page functions below run in the browser; the project compiles without the DOM lib.
declare const document: any;

let store: Store;
let app: FastifyInstance;
let base = '';
let browser: Browser | null = null;

before(async () => {
  if (SKIP) return;
  const { dir, db } = writeInputs();
  const w = await openStore(db);
  await ingestIntoStore(w, readDeskInputs([dir]), { jobs: 1, quiet: true });
  await w.close();
  store = await openStore(db, { readonly: true });
  app = buildServer(store);
  base = await app.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await store?.close();
});

function watch(page: Page) {
  const seen = { errors: [] as string[], outside: [] as string[], dialogs: [] as string[] };
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('request', (r) => !r.url().startsWith(base) && seen.outside.push(r.url()));
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

test('search → story → click a figure → its passage is highlighted', { skip: SKIP }, async () => {
  const page = await browser!.newPage({ viewport: { width: 1366, height: 768 } });
  const seen = watch(page);
  await page.goto(`${base}/`);
  await page.fill('header input[name=q]', 'فيضانات');
  await Promise.all([page.waitForURL(/\/search\?/), page.press('header input[name=q]', 'Enter')]);
  await Promise.all([
    page.waitForURL(/\/stories\/\d+$/),
    page.locator('main a[href^="/stories/"]').first().click(),
  ]);
  const fig = page.locator('a.fig').first();
  const href = (await fig.getAttribute('href'))!;
  const u = new URL(href, base);
  const [start, end] = [Number(u.searchParams.get('start')), Number(u.searchParams.get('end'))];
  const id = decodeURIComponent(u.pathname.split('/').pop()!);
  await Promise.all([page.waitForURL(/\/articles\//), fig.click()]);
  const text = (await store.article(id))!.text;
  const marked = (await page.locator('.text .passage').allTextContents()).join('');
  assert.equal(marked, text.slice(start, end));
  const inView = await page.evaluate(() => {
    const r = document.getElementById('passage').getBoundingClientRect();
    return r.top >= 0 && r.top < document.documentElement.clientHeight;
  });
  assert.ok(inView, 'the passage is scrolled into view');
  assert.deepEqual(seen, { errors: [], outside: [], dialogs: [] });
  await page.close();
});

test('hostile article text runs nothing on any page; a phone-width page does not scroll sideways', {
  skip: SKIP,
}, async () => {
  const flood = (await store.article('flood-2'))!;
  const urls = [
    '/',
    '/stories',
    `/stories/${flood.story}`,
    '/articles/flood-2',
    `/outlets/${flood.outletId}`,
    '/search?q=فيضانات',
    '/entities/1',
  ];
  for (const width of [1366, 390]) {
    const page = await browser!.newPage({ viewport: { width, height: 800 }, isMobile: width < 500 });
    const seen = watch(page);
    for (const url of urls) {
      await page.goto(`${base}${url}`);
      const injected = await page.evaluate(
        () => document.querySelectorAll('script, img[src="x"], svg:not(.isnad-map)').length,
      );
      assert.equal(injected, 0, `${url}: no injected element`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 1, `${url} at ${width}px: ${overflow}px wider than the screen`);
    }
    assert.deepEqual(seen, { errors: [], outside: [], dialogs: [] });
    await page.close();
  }
});

test('screenshots of a real store for the README', {
  skip:
    SKIP ||
    (process.env.ISNAD_SCREENSHOTS !== '1' || !process.env.ISNAD_DESK_DB
      ? 'set ISNAD_SCREENSHOTS=1 and ISNAD_DESK_DB=FILE to take them'
      : false),
}, async () => {
  const real = await openStore(process.env.ISNAD_DESK_DB!, { readonly: true });
  const server = buildServer(real);
  const url = await server.listen({ port: 0, host: '127.0.0.1' });
  try {
    const page = await browser!.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${url}/stories?q=${encodeURIComponent(process.env.ISNAD_DESK_QUERY ?? 'غزة')}`);
    await page.screenshot({ path: join(ROOT, 'docs', 'desk.png') });
    const top = (await real.stories({ offset: 0, limit: 1, q: process.env.ISNAD_DESK_QUERY ?? 'غزة' }))
      .items[0];
    await page.goto(`${url}/stories/${process.env.ISNAD_DESK_STORY ?? top?.id ?? 1}`);
    await page.screenshot({ path: join(ROOT, 'docs', 'desk-story.png') });
  } finally {
    await server.close();
    await real.close();
  }
});
