// The map on a story's page of the desk (`isnad serve`): the report's map (src/report/map.ts), its points
// linking to the article page at their passage. The example story is ingested into a fresh store and its
// page opened in headless Chromium: points present, a point opens its passage, no request leaves the page.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { buildServer } from '../../src/serve/server.js';
import { ingestIntoStore, openStore, type Store } from '../../src/store/index.js';
import { readDeskInputs } from '../../src/store/inputs.js';
import { browserSkip, launchChromium } from '../browser.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SKIP = browserSkip("the desk map's browser test");

// The page functions below run in the browser; the project compiles without the DOM lib.
declare const document: { querySelectorAll(s: string): { length: number } };
declare const getComputedStyle: (e: unknown) => { fill: string };

let store: Store;
let app: FastifyInstance;
let base = '';
let browser: Browser | null = null;

before(async () => {
  if (SKIP) return;
  const db = join(mkdtempSync(join(tmpdir(), 'isnad-desk-map-')), 'desk.db');
  const w = await openStore(db);
  await ingestIntoStore(w, readDeskInputs([join(ROOT, 'examples', 'hasakah-2022')]), {
    jobs: 1,
    quiet: true,
  });
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

test('a story page shows the map: points link to passages, no request leaves the page; its report in Arabic', {
  skip: SKIP,
}, async () => {
  const page = await browser!.newPage({ viewport: { width: 1366, height: 900 } });
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => !r.url().startsWith(base) && outside.push(r.url()));
  // console errors (a CSP violation would be one); a missing favicon is the browser's own request
  page.on('console', (m) => m.type() === 'error' && !/status of 404/.test(m.text()) && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/stories`);
  await Promise.all([
    page.waitForURL(/\/stories\/\d+$/),
    page.locator('main a[href^="/stories/"]').first().click(),
  ]);
  const story = page.url();
  const points = page.locator('svg.isnad-map a.src');
  assert.ok((await points.count()) >= 3, 'points drawn');
  assert.ok((await page.locator('svg.isnad-map path.map-country').count()) >= 3, 'country shapes drawn');
  assert.equal(
    await page.evaluate(() => document.querySelectorAll('script').length),
    0,
    'no script on the page',
  );
  const hrefs = await points.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const h of hrefs) assert.match(h, /^\/articles\/[^?]+\?start=\d+&end=\d+#passage$/);
  // the map is styled by the desk's stylesheet (its CSP allows no inline style)
  const fill = await page
    .locator('svg.isnad-map path.map-country')
    .first()
    .evaluate((p) => getComputedStyle(p).fill);
  assert.equal(fill, 'rgb(238, 234, 226)');
  const first = new URL(hrefs[0]!, base);
  const id = decodeURIComponent(first.pathname.split('/').pop()!);
  const [start, end] = [Number(first.searchParams.get('start')), Number(first.searchParams.get('end'))];
  await Promise.all([page.waitForURL(/\/articles\//), points.first().locator('circle').click()]);
  const marked = (await page.locator('.text .passage').allTextContents()).join('');
  assert.equal(marked, (await store.article(id))!.text.slice(start, end));
  // the story's full report, its interface in Arabic when asked
  const report = await (await page.request.get(`${story}/report?lang=ar`)).text();
  assert.match(report, /<html lang="ar" dir="rtl" data-ui="ar">/);
  assert.deepEqual(outside, [], 'no request leaves the page');
  assert.deepEqual(errors, []);
  await page.close();
});
