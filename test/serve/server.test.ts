// The web app through fastify's inject (no port): every page and its JSON twin, the security
// headers, and hostile article text escaped on every page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { buildServer } from '../../src/serve/server.js';
import { ingestIntoStore, openStore, type Store } from '../../src/store/index.js';
import { readDeskInputs } from '../../src/store/inputs.js';
import { HOSTILE, writeInputs } from '../store/fixtures.js';

let store: Store;
let app: FastifyInstance;

before(async () => {
  const { dir, db } = writeInputs();
  const w = await openStore(db);
  await ingestIntoStore(w, readDeskInputs([dir]), { jobs: 1, quiet: true });
  await w.close();
  store = await openStore(db, { readonly: true });
  app = buildServer(store);
});

after(async () => {
  await app?.close();
  await store?.close();
});

const get = (url: string) => app.inject({ method: 'GET', url });

function assertSafe(body: string, url: string): void {
  assert.ok(!body.includes('<script'), `${url}: no script element`);
  assert.ok(!body.includes('<img src=x'), `${url}: no injected image`);
  assert.ok(!body.includes('<svg onload'), `${url}: no injected svg`);
}

test('every page answers with HTML, the CSP header and escaped text; every twin with JSON', async () => {
  const stories = (await get('/stories.json')).json() as { items: { id: number }[] };
  assert.ok(stories.items.length >= 2);
  const flood = (await store.article('flood-2'))!;
  const outlet = flood.outletId!;
  const entity = (await get(`/entities/1.json`)).statusCode === 200 ? 1 : null;
  const urls = [
    '/',
    '/stories',
    `/stories/${flood.story}`,
    `/articles/flood-2?start=5&end=20`,
    `/outlets/${outlet}`,
    '/search?q=فيضانات',
    `/stories?q=${encodeURIComponent(HOSTILE)}`,
    `/search?q=${encodeURIComponent(HOSTILE)}`,
    ...(entity ? [`/entities/${entity}`] : []),
  ];
  for (const url of urls) {
    const res = await get(url);
    assert.equal(res.statusCode, 200, url);
    assert.match(String(res.headers['content-type']), /text\/html/, url);
    assert.match(String(res.headers['content-security-policy']), /default-src 'none'/, url);
    assertSafe(res.body, url);
    const twin = url
      .replace(/^\/(\?|$)/, '/index.json$1')
      .replace(/^(\/[^?]*?)(\?|$)/, (m, p, q) => (p.endsWith('.json') ? m : `${p}.json${q}`));
    const j = await get(twin);
    assert.equal(j.statusCode, 200, twin);
    assert.match(String(j.headers['content-type']), /application\/json/, twin);
  }
});

test('the story twin is the dossier; the article page marks the passage asked for', async () => {
  const a = (await store.article('flood-1'))!;
  const d = (await get(`/stories/${a.story}.json`)).json() as {
    format: string;
    claims: { doc: string; start: number; end: number }[];
  };
  assert.equal(d.format, 'isnad.dossier/1');
  const c = d.claims.find((x) => x.doc === 'flood-1')!;
  const page = (await get(`/articles/flood-1?start=${c.start}&end=${c.end}`)).body;
  const marked = [...page.matchAll(/<span class="[^"]*passage[^"]*"[^>]*>([^<]*)<\/span>/g)]
    .map((m) => m[1])
    .join('');
  assert.equal(marked, a.text.slice(c.start, c.end));
});

test('unknown ids are 404 pages, not errors', async () => {
  for (const url of ['/stories/999', '/stories/abc', '/articles/nope', '/entities/999.json', '/nowhere']) {
    const res = await get(url);
    assert.equal(res.statusCode, 404, url);
  }
});
