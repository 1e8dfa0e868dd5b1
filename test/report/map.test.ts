// The map: an SVG of the story's places and events, drawn offline. Unit checks on the markup, and a standalone
// page wrapping it opened in headless Chromium (points present, every point a passage link, no request).
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { analyzeInputs } from '../../src/cli/analyze.js';
import { renderMapSvg } from '../../src/report/map.js';
import type { Dossier } from '../../src/types.js';
import { browserSkip, launchChromium } from '../browser.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const NO_BROWSER = browserSkip("the map's browser test");

let dossier: Dossier;
let svg: string;
before(async () => {
  dossier = (await analyzeInputs([join(ROOT, 'examples', 'hasakah-2022')], { jobs: 1 })).dossier;
  svg = renderMapSvg(dossier);
});

test('the map holds country shapes and a linked point for each located place and event', () => {
  assert.match(svg, /^<svg class="isnad-map"/);
  assert.ok((svg.match(/class="map-country"/g) ?? []).length >= 3, 'neighbouring countries drawn');
  assert.ok((svg.match(/<a class="src map-place"/g) ?? []).length >= 4);
  assert.ok((svg.match(/<a class="src map-event"/g) ?? []).length >= 1);
  assert.match(svg, /href="#doc-\d+" data-doc="[^"]+" data-start="\d+" data-end="\d+"/);
  assert.doesNotMatch(svg, /https?:\/\/(?!www\.w3\.org\/2000\/svg)/, 'no URL but the SVG namespace');
});

test('names from the text are escaped in the map', () => {
  const hostile = structuredClone(dossier);
  const place = hostile.entities.find((e) => e.english_name === 'Damascus')!;
  place.english_name = '<script>alert(1)</script>';
  const out = renderMapSvg(hostile);
  assert.ok(!out.includes('<script>alert'));
  assert.ok(out.includes('&#60;script&#62;'));
});

test('a story with no located place has no map', () => {
  assert.equal(renderMapSvg({ ...dossier, entities: [] }), '');
});

test('the map in Chromium: points present, no request leaves the page', { skip: NO_BROWSER }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-map-'));
  const file = join(dir, 'map.html');
  const csp = "default-src 'none'; style-src 'unsafe-inline'";
  writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><body>${svg}</body>`,
  );
  const url = pathToFileURL(file).href;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => r.url() !== url && requests.push(r.url()));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(url);
    const circles = page.locator('svg.isnad-map a.src circle');
    assert.ok((await circles.count()) >= 5, 'points drawn');
    const box = await circles.first().boundingBox();
    assert.ok(box && box.width > 0 && box.height > 0, 'a point is visible');
    const links = await page
      .locator('svg.isnad-map a.src')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('data-doc')]));
    assert.ok(links.every(([href, doc]) => /^#doc-\d+$/.test(href ?? '') && doc));
    await circles.last().click();
    assert.deepEqual(requests, [], 'no request leaves the page');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
