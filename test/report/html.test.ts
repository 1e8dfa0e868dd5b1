// String-level tests of the HTML report (no browser): structure, CSP, provenance attributes,
// empty dossiers, and escaping of hostile article text. The browser test is e2e.test.ts.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { renderHtml } from '../../src/report/html.js';
import type { Dossier } from '../../src/types.js';

const FIXTURE = new URL('../../../test/fixtures/dossier-small.json', import.meta.url);
const load = (): Dossier => JSON.parse(readFileSync(FIXTURE, 'utf8')) as Dossier;

/** Payloads that try to break out of text, attributes, the JSON block and URLs. */
const PAYLOAD = `<script>alert(1)</script>"><img src=x onerror=alert(1)>'><svg onload=alert(1)></script><script>alert(2)</script><!--`;

/** The fixture with hostile strings in every field a report shows, offsets kept valid. */
function evil(): Dossier {
  const d = load();
  const bad = (s: string) => `${s} ${PAYLOAD}`;
  for (const doc of d.documents) {
    doc.text = `${doc.text}\n${PAYLOAD}`;
    doc.title = bad(doc.title ?? '');
    doc.outlet = bad(doc.outlet ?? '');
    doc.source = bad(doc.source);
    doc.url = 'javascript:alert(1)';
  }
  for (const e of d.entities) {
    e.name = bad(e.name);
    e.aliases = e.aliases.map(bad);
    e.english_name = PAYLOAD;
    e.merged_because = [PAYLOAD];
  }
  for (const g of [...d.claim_groups, ...d.disagreements]) {
    g.label = bad(g.label);
    g.explanation = PAYLOAD;
  }
  for (const e of d.estimates) {
    e.label = bad(e.label);
    e.rule = PAYLOAD;
  }
  for (const q of d.quotes) {
    q.text = bad(q.text);
    q.verb = PAYLOAD;
  }
  for (const c of d.claims) c.group = PAYLOAD;
  for (const t of d.timeline) for (const ev of t.evidence) ev.text = bad(ev.text);
  const event = d.timeline[0];
  assert.ok(event, 'the fixture has a timeline');
  event.place = PAYLOAD;
  d.generated_by = PAYLOAD;
  d.problems = [{ source: PAYLOAD, reason: PAYLOAD }];
  // A figure whose passage is the payload itself, so the viewer has to mark hostile text.
  const [doc, claim] = [d.documents[0], d.claims[0]];
  assert.ok(doc && claim, 'the fixture has a document and a claim');
  const start = doc.text.length - PAYLOAD.length;
  d.claims.unshift({ ...claim, id: 'cx', start, end: doc.text.length, text: PAYLOAD, doc: doc.id });
  return d;
}

function inlineScript(html: string): string {
  const m = /<script>([\s\S]*?)<\/script>/.exec(html);
  assert.ok(m?.[1] !== undefined, 'an inline script');
  return m[1];
}

test('renders a complete self-contained report from the fixture', () => {
  const d = load();
  const html = renderHtml(d);
  assert.match(html, /^<!DOCTYPE html>/);
  for (const id of ['glance', 'figures', 'timeline', 'quotes', 'sources', 'entities'])
    assert.match(html, new RegExp(`<section id="${id}"`));
  // The font is embedded: four woff2 files (arabic + latin, 400 + 700) as data: URLs, nothing fetched.
  assert.equal((html.match(/url\(data:font\/woff2;base64,/g) ?? []).length, 4);
  assert.doesNotMatch(html, /url\((?!data:)/);
  assert.doesNotMatch(html, /\ssrc=/i);
  assert.doesNotMatch(html, /<link\b/i);
  // Every kind of difference is named in words.
  for (const k of ['update', 'scope', 'denial']) assert.match(html, new RegExp(`class="badge k-${k}"`));
  assert.match(html, /a later figure updates an earlier one/);
});

test('the CSP allows exactly the inline script, by its hash', () => {
  const html = renderHtml(load());
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.ok(csp);
  const hash = createHash('sha256').update(inlineScript(html), 'utf8').digest('base64');
  assert.ok(csp.includes(`script-src 'sha256-${hash}'`), csp);
  for (const part of ["default-src 'none'", 'font-src data:', 'img-src data:', "style-src 'unsafe-inline'"])
    assert.ok(csp.includes(part), part);
  assert.ok(!/connect-src|unsafe-eval|script-src[^;]*unsafe-inline/.test(csp), csp);
  assert.equal((html.match(/<script\b/g) ?? []).length, 2);
});

test('every figure, quote and event points at a real passage', () => {
  const d = load();
  const html = renderHtml(d);
  const texts = new Map(d.documents.map((x) => [x.id, x.text]));
  const spans = [...html.matchAll(/data-doc="([^"]*)" data-start="(\d+)" data-end="(\d+)"/g)];
  assert.ok(spans.length > 20);
  for (const [, doc = '', s = '', e = ''] of spans) {
    const t = texts.get(doc);
    assert.ok(t !== undefined, doc);
    assert.ok(+s <= +e && +e <= t.length, `${doc} ${s}-${e}`);
  }
  const has = (x: { doc: string; start: number; end: number }) =>
    html.includes(`data-doc="${x.doc}" data-start="${x.start}" data-end="${x.end}"`);
  for (const c of d.claims) assert.ok(has(c), `claim ${c.id}`);
  for (const q of d.quotes) assert.ok(has(q), `quote ${q.id}`);
  for (const t of d.timeline) for (const ev of t.evidence) assert.ok(has(ev), `event ${t.id}`);
  // The JSON block carries the article texts exactly.
  const json = /<script type="application\/json" id="isnad-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  assert.ok(json);
  const data = JSON.parse(json) as { docs: { id: string; text: string }[] };
  for (const x of data.docs) assert.equal(x.text, texts.get(x.id));
  // Arabic text is marked right-to-left.
  assert.match(html, /<blockquote class="direct" dir="rtl" lang="ar">/);
});

test('an empty dossier says honestly that nothing was found', () => {
  const d: Dossier = {
    format: 'isnad.dossier/1',
    generated_by: 'test',
    documents: [],
    entities: [],
    claims: [],
    quotes: [],
    timeline: [],
    claim_groups: [],
    disagreements: [],
    estimates: [],
    problems: [],
  };
  const html = renderHtml(d);
  // Missing arrays (an older or hand-made file) read as empty too.
  assert.match(
    renderHtml({ format: 'isnad.dossier/1', generated_by: 'test' } as Dossier),
    /No articles were read/,
  );
  for (const s of [
    'No figures were found',
    'No dated happenings were found',
    'No quotes or reported statements',
    'No articles were read',
    'No people, organisations',
    'No key figures',
  ])
    assert.ok(html.includes(s), s);
});

test('hostile strings everywhere are escaped, never markup', () => {
  const d = evil();
  const html = renderHtml(d);
  // Only the two script elements of the report itself; no injected element of any kind.
  assert.equal((html.match(/<script\b/gi) ?? []).length, 2);
  assert.equal((html.match(/<\/script/gi) ?? []).length, 2);
  assert.doesNotMatch(html, /<img|<svg|<!--/i);
  assert.doesNotMatch(html, /href="javascript:/i);
  assert.match(
    html,
    /&lt;script&gt;alert\(1\)&lt;\/script&gt;&quot;&gt;&lt;img src=x onerror=alert\(1\)&gt;/,
  );
  // The JSON block survives and round-trips the hostile text.
  const json = /<script type="application\/json" id="isnad-data">([\s\S]*?)<\/script>/.exec(html)?.[1];
  assert.ok(json && !json.includes('<'));
  const data = JSON.parse(json) as { docs: { text: string; title: string }[] };
  assert.ok(data.docs[0]?.text.endsWith(PAYLOAD));
  assert.ok(data.docs[0]?.title.endsWith(PAYLOAD));
});
