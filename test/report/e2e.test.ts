// End-to-end test of the HTML report in headless Chromium (Debian's `chromium` + playwright-core):
// open the report from a file:// URL, click the first figure, and check that the article panel marks
// exactly text.slice(start, end); no console errors, no request but the file itself. A second report
// full of hostile strings must run no injected script and create no injected element.
// The example story's dossier, built here by the pipeline itself (examples/hasakah-2022), gets the
// same checks with real data: click a figure, a quote and a timeline event.
// Screenshots of the example report go to docs/report.png (1366×768, top of the page) and
// docs/report-mobile.png (390×844) when ISNAD_SCREENSHOTS=1; all other screenshots, and these too
// without ISNAD_SCREENSHOTS=1, go to a temporary folder.

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { analyzeInputs } from '../../src/cli/analyze.js';
import { renderHtml } from '../../src/report/html.js';
import type { Dossier } from '../../src/types.js';
import { browserSkip, launchChromium } from '../browser.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/dossier-small.json');
const SKIP = browserSkip('the browser test');
const EXAMPLE = join(ROOT, 'examples', 'hasakah-2022');
const TMP_SHOTS = mkdtempSync(join(tmpdir(), 'isnad-shots-'));
const DOC_SHOTS = process.env.ISNAD_SCREENSHOTS === '1' ? join(ROOT, 'docs') : TMP_SHOTS;
mkdirSync(DOC_SHOTS, { recursive: true });
const PAYLOAD = `<script>alert(1)</script>"><img src=x onerror=alert(1)>'><svg onload=alert(1)></script><script>alert(2)</script><!--`;

// The page functions below run in the browser; the project compiles without the DOM lib.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const document: any;

const load = (): Dossier => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Dossier;

function writeReport(d: Dossier): string {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-report-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, renderHtml(d));
  return pathToFileURL(file).href;
}

async function launch(): Promise<Browser> {
  return launchChromium();
}

/** Watches a page for anything the report must never do. */
/** The report at phone width: it must not scroll sideways. */
async function openPhone(browser: Browser, url: string) {
  const phone = await browser.newPage({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const seenPhone = watch(phone, url);
  await phone.goto(url);
  await phone.evaluate(() => document.fonts.ready);
  const overflow = await phone.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  assert.ok(overflow <= 1, `page is ${overflow}px wider than a phone screen`);
  return { phone, seenPhone };
}

function watch(page: Page, url: string) {
  const seen = { errors: [] as string[], requests: [] as string[], dialogs: [] as string[] };
  page.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()));
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('request', (r) => r.url() !== url && seen.requests.push(r.url()));
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

/** Clicks `selector` and checks the viewer marks exactly the clicked element's passage. */
async function clickAndCheck(page: Page, d: Dossier, selector: string): Promise<void> {
  const el = page.locator(selector).first();
  const [doc, start, end] = await Promise.all(
    ['data-doc', 'data-start', 'data-end'].map((a) => el.getAttribute(a)),
  );
  assert.ok(doc != null && start != null && end != null, 'the element carries data-doc/start/end');
  // The viewer marks the element it opened for as active. Under a loaded machine a click right after the
  // panel closed most likely missed its link once (the layout moves as the panel closes): the old passage's mark,
  // hidden with its panel, was then all the test found. So a click that opened nothing is made again.
  for (let attempt = 1; ; attempt++) {
    await el.click();
    const opened = await el
      .evaluate((a) => a.classList.contains('active'), undefined, { timeout: 5000 })
      .catch(() => false);
    if (opened || attempt === 3) break;
    await page.waitForTimeout(500);
  }
  const mark = page.locator('#viewer-body mark');
  // generous: under CI the browser shares two cores with the other test files
  await mark.waitFor({ state: 'visible', timeout: 15000 });
  const text = d.documents.find((x) => x.id === doc)!.text;
  assert.equal(await mark.textContent(), text.slice(+start, +end));
  assert.equal(await page.locator('#viewer-body mark').count(), 1);
  // The passage is scrolled into the panel's view.
  const inView = await mark.evaluate((m) => {
    const r = m.getBoundingClientRect();
    const p = m.closest('.viewer-body')!.getBoundingClientRect();
    return r.bottom > p.top && r.top < p.bottom;
  });
  assert.ok(inView, 'the marked passage is visible');
}

test('report in Chromium: click a figure, the passage is highlighted', { skip: SKIP }, async () => {
  const d = load();
  const url = writeReport(d);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const seen = watch(page, url);
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    // The embedded Arabic font is used, not a fallback.
    assert.ok(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'قال')));
    await page.screenshot({ path: join(TMP_SHOTS, 'fixture-1366x768.png') });
    await clickAndCheck(page, d, 'a.fig');
    await page.screenshot({ path: join(TMP_SHOTS, 'fixture-1366x768-passage.png') });
    // Escape closes the panel; a quote and an event open their own passages.
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#viewer').isHidden(), true);
    await clickAndCheck(page, d, '#quotes a.quote');
    await clickAndCheck(page, d, '#timeline a.event');

    // Phone width: the page does not scroll sideways, and the panel still works.
    const { phone, seenPhone } = await openPhone(browser, url);
    await phone.screenshot({ path: join(TMP_SHOTS, 'fixture-390x844.png') });
    await clickAndCheck(phone, d, '#figures a.fig');
    await phone.screenshot({ path: join(TMP_SHOTS, 'fixture-390x844-passage.png') });

    for (const s of [seen, seenPhone]) {
      assert.deepEqual(s.errors, [], 'no console errors');
      assert.deepEqual(s.requests, [], 'no request but the file itself');
      assert.deepEqual(s.dialogs, []);
    }
  } finally {
    await browser.close();
  }
});

test("the example story's own dossier in Chromium: figures, quotes and events open their passages", {
  skip: SKIP,
}, async () => {
  const { dossier: d } = await analyzeInputs([EXAMPLE], { jobs: 1 });
  assert.ok(
    d.claims.length && d.quotes.length && d.timeline.length,
    'the pipeline finds figures, quotes and events in the example',
  );
  const url = writeReport(d);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const seen = watch(page, url);
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready);
    await page.screenshot({ path: join(DOC_SHOTS, 'report.png') });
    await clickAndCheck(page, d, 'a.fig');
    await page.screenshot({ path: join(TMP_SHOTS, 'report-passage.png') });
    await page.keyboard.press('Escape');
    await clickAndCheck(page, d, '#figures a.fig');
    await clickAndCheck(page, d, '#quotes a.quote');
    await clickAndCheck(page, d, '#timeline a.event');
    await page.keyboard.press('Escape');
    await page.locator('#figures').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(TMP_SHOTS, 'report-figures.png') });
    await page.locator('#timeline').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(TMP_SHOTS, 'report-timeline.png') });
    await page.screenshot({ path: join(TMP_SHOTS, 'report-full.png'), fullPage: true });

    const { phone, seenPhone } = await openPhone(browser, url);
    await phone.screenshot({ path: join(DOC_SHOTS, 'report-mobile.png') });
    await clickAndCheck(phone, d, '#timeline a.event');
    await phone.screenshot({ path: join(TMP_SHOTS, 'report-mobile-passage.png') });
    await phone.keyboard.press('Escape');
    await phone.screenshot({ path: join(TMP_SHOTS, 'report-mobile-full.png'), fullPage: true });

    for (const s of [seen, seenPhone]) {
      assert.deepEqual(s.errors, [], 'no console errors');
      assert.deepEqual(s.requests, [], 'no request but the file itself');
      assert.deepEqual(s.dialogs, []);
    }
  } finally {
    await browser.close();
  }
  if (process.env.ISNAD_SHOTS_LOG) console.log(`screenshots in ${TMP_SHOTS} and ${DOC_SHOTS}`);
});

test('report in Chromium: hostile article text runs nothing and injects nothing', {
  skip: SKIP,
}, async () => {
  const d = load();
  for (const doc of d.documents) {
    doc.text = `${doc.text}\n${PAYLOAD}`;
    doc.title = PAYLOAD;
    doc.outlet = PAYLOAD;
    doc.url = 'javascript:alert(1)';
  }
  for (const e of d.entities) {
    e.name = PAYLOAD;
    e.aliases = [PAYLOAD];
  }
  for (const g of d.claim_groups) {
    g.label = PAYLOAD;
    g.explanation = PAYLOAD;
  }
  for (const q of d.quotes) q.text = PAYLOAD;
  for (const t of d.timeline) for (const ev of t.evidence) ev.text = PAYLOAD;
  const [doc, claim, estimate] = [d.documents[0], d.claims[0], d.estimates[0]];
  assert.ok(doc && claim && estimate, 'the dossier has a document, a claim and an estimate');
  d.claims.unshift({
    ...claim,
    id: 'cx',
    doc: doc.id,
    start: doc.text.length - PAYLOAD.length,
    end: doc.text.length,
  });
  d.estimates.unshift({ ...estimate, label: PAYLOAD, claims: ['cx'], best: claim.value.low });

  const url = writeReport(d);
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const seen = watch(page, url);
    await page.goto(url);
    await clickAndCheck(page, d, 'a.fig'); // the figure whose passage is the payload
    assert.equal(await page.locator('#viewer-body mark').textContent(), PAYLOAD);
    // Open every article once, then look for anything injected.
    for (const a of await page.locator('#sources a.doc').all()) await a.click();
    await page.waitForTimeout(200);
    const injected = await page.evaluate(() => ({
      elements: document.querySelectorAll('img, svg, iframe, object, embed, #viewer script').length,
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].filter((e: any) =>
        [...e.attributes].some((a: any) => a.name.startsWith('on')),
      ).length,
      jsLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    }));
    assert.deepEqual(injected, { elements: 0, scripts: 2, handlers: 0, jsLinks: 0 });
    assert.deepEqual(seen.dialogs, [], 'no alert fired');
    assert.deepEqual(seen.requests, [], 'no request (no img src=x)');
    assert.deepEqual(seen.errors, []);
  } finally {
    await browser.close();
  }
});
