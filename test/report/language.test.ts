// The report's interface in English and Arabic: one table of strings, both languages in the page, a switch
// in the header that changes the language in place (headings, lang and dir of the root), entity names in
// English in English mode. Opened in headless Chromium: no request leaves the page, nothing breaks.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Locator } from 'playwright-core';
import { analyzeInputs } from '../../src/cli/analyze.js';
import { renderHtml } from '../../src/report/html.js';
import { INTERFACE_STRINGS } from '../../src/report/interface-strings.js';
import { uiText } from '../../src/report/ui.js';
import type { Dossier } from '../../src/types.js';
import { browserSkip, launchChromium } from '../browser.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const NO_BROWSER = browserSkip("the language switch's browser test");

// The page functions below run in the browser; the project compiles without the DOM lib.
declare const document: { documentElement: { dir: string; lang: string; getAttribute(n: string): string } };

/** The text a reader sees (innerText leaves out what display:none hides, which is what the switch changes). */
// biome-ignore lint/performance/useDomNodeTextContent: the visible text is the point here
const shown = (l: Locator): Promise<string> => l.innerText();

let dossier: Dossier;
before(async () => {
  dossier = (await analyzeInputs([join(ROOT, 'examples', 'hasakah-2022')], { jobs: 1 })).dossier;
});

test('every interface string is in English and in Arabic', () => {
  for (const [key, entry] of Object.entries(INTERFACE_STRINGS)) {
    const [en, ar] = 'en' in entry ? [entry.en.other, entry.ar.other] : entry;
    assert.ok(en?.trim(), `${key}: English`);
    assert.match(ar ?? '', /\p{Script=Arabic}|^English$/u, `${key}: Arabic`);
  }
  assert.equal(uiText('articles', 'en', { n: 1 }), '1 article');
  assert.equal(uiText('articles', 'ar', { n: 2 }), 'مقالان');
  assert.equal(uiText('articles', 'ar', { n: 5 }), '5 مقالات');
});

test('the initial language is the root’s lang, dir and data-ui; both languages are in the page', () => {
  const en = renderHtml(dossier);
  assert.match(en, /<html lang="en" dir="ltr" data-ui="en">/);
  const ar = renderHtml(dossier, { lang: 'ar' });
  assert.match(ar, /<html lang="ar" dir="rtl" data-ui="ar">/);
  assert.match(ar, /<title>ملف الإسناد<\/title>/);
  for (const html of [en, ar]) {
    assert.match(
      html,
      /<span class="ui-en">Figures<\/span><span class="ui-ar" lang="ar" dir="rtl">الأرقام<\/span>/,
    );
    assert.match(
      html,
      /<span class="ui-en"><bdi title="[^"]*">Al Hasakah<\/bdi><\/span><span class="ui-ar"><bdi class="ar"/,
    );
  }
});

test('isnad report --lang ar writes the report in Arabic; an unknown language is a usage error', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-lang-'));
  const json = join(dir, 'd.json');
  writeFileSync(json, JSON.stringify(dossier));
  const bin = join(ROOT, 'bin', 'isnad');
  const ok = spawnSync(process.execPath, [
    bin,
    'report',
    json,
    '--html',
    join(dir, 'r.html'),
    '--lang',
    'ar',
  ]);
  assert.equal(ok.status, 0, String(ok.stderr));
  assert.match(readFileSync(join(dir, 'r.html'), 'utf8'), /<html lang="ar" dir="rtl"/);
  const bad = spawnSync(
    process.execPath,
    [bin, 'report', json, '--html', join(dir, 'x.html'), '--lang', 'fr'],
    {
      encoding: 'utf8',
    },
  );
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--lang/);
});

test('the switch in Chromium: headings, lang and dir change in place, no request', {
  skip: NO_BROWSER,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-lang-'));
  const file = join(dir, 'report.html');
  writeFileSync(file, renderHtml(dossier));
  const url = pathToFileURL(file).href;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => r.url() !== url && requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(url);
    const heading = page.locator('#figures h2');
    const root = () =>
      page.evaluate(() => [
        document.documentElement.lang,
        document.documentElement.dir,
        document.documentElement.getAttribute('data-ui'),
      ]);
    assert.equal((await shown(heading)).trim(), 'Figures');
    assert.deepEqual(await root(), ['en', 'ltr', 'en']);
    const place = page.locator('#glance a.ent', { hasText: 'Al Hasakah' });
    const switchButton = page.locator('#ui-switch');
    assert.equal((await shown(switchButton)).trim(), 'العربية');
    await page.screenshot({ path: join(dir, 'english.png') });

    await switchButton.click();
    assert.deepEqual(await root(), ['ar', 'rtl', 'ar']);
    assert.equal((await shown(heading)).trim(), 'الأرقام');
    assert.equal((await shown(page.locator('#glance h2'))).trim(), 'باختصار');
    assert.equal((await shown(switchButton)).trim(), 'English');
    const badge = page.locator('#figures .badge').first();
    assert.match(
      (await badge.getAttribute('title')) ?? '',
      /\p{Script=Arabic}/u,
      'tooltips follow the language',
    );
    assert.equal(await page.locator('#glance a.ent', { hasText: 'Al Hasakah' }).count(), await place.count());
    assert.ok(
      !(await shown(page.locator('#glance .facts'))).includes('Al Hasakah'),
      'names in Arabic in Arabic mode',
    );
    await page.screenshot({ path: join(dir, 'arabic.png') });
    await page.screenshot({ path: '/tmp/h15-arabic.png' });

    // the rest still works: a figure opens its passage, in the Arabic interface
    await page.locator('#figures a.fig').first().click();
    await page.locator('#viewer-body mark').waitFor({ state: 'visible', timeout: 15000 });
    assert.match(await shown(page.locator('#viewer-where')), /المظلَّل/);
    await page.keyboard.press('Escape');

    await switchButton.click();
    assert.deepEqual(await root(), ['en', 'ltr', 'en']);
    assert.equal((await shown(heading)).trim(), 'Figures');
    assert.doesNotMatch((await badge.getAttribute('title')) ?? '', /\p{Script=Arabic}/u);
    assert.deepEqual(requests, [], 'no request leaves the page');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
