// The desk's web app (fastify): every page rendered on the server, and its JSON twin at the same
// path with ".json" (in the manner of Datasette). Every response carries the Content-Security-Policy;
// nothing on a page asks for anything beyond this server.
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import type { Store, StoryQuery } from '../store/index.js';
import { looseKey as entityKey } from '../text/index.js';
import { articlePage, highlightsOf } from './article-page.js';
import { CSP, deskCss } from './layout.js';
import { entityPage, notFound, outletPage, searchPage, storiesPage } from './list-pages.js';
import { renderHtml } from './report-adapter.js';
import { storyPage } from './story-page.js';

type Query = Record<string, string | undefined>;

/** "12.json" → { key: "12", json: true }. */
function twin(param: string): { key: string; json: boolean } {
  return param.endsWith('.json') ? { key: param.slice(0, -5), json: true } : { key: param, json: false };
}

function int(v: string | undefined, dflt: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(v);
  return Number.isInteger(n) && n >= 0 ? Math.min(n, max) : dflt;
}

/** Story pages kept rendered (they change only when an ingest rebuilds the story). */
const RENDERED_PAGES = 256;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function storyQuery(q: Query): StoryQuery {
  const text = (v: string | undefined) => (v?.trim() ? v.trim().slice(0, 200) : undefined);
  return {
    q: text(q.q),
    place: text(q.place),
    outlet: text(q.outlet),
    measure: text(q.measure),
    from: q.from && ISO_DAY.test(q.from) ? q.from : undefined,
    to: q.to && ISO_DAY.test(q.to) ? q.to : undefined,
    offset: int(q.offset, 0),
    limit: int(q.limit, 50, 200) || 50,
  };
}

const html = (reply: FastifyReply, body: string, status = 200) =>
  reply.code(status).type('text/html; charset=utf-8').send(body);

/** The story page (kept rendered by story version), its dossier twin and its full report. */
function storyRoutes(app: FastifyInstance, store: Store): void {
  // story pages as rendered, by story, with the version of the story they show
  const rendered = new Map<number, { version: string; html: string }>();
  app.get('/stories/:id', async (req, reply) => {
    const { key, json } = twin((req.params as { id: string }).id);
    const found = /^\d+$/.test(key) ? await store.story(Number(key)) : null;
    if (!found)
      return json
        ? reply.code(404).send({ error: 'no such story' })
        : html(reply, notFound(`story ${key}`), 404);
    if (json) return found.dossier ?? { summary: found.summary, dossier: null };
    const cached = rendered.get(found.summary.id);
    if (cached?.version === found.version) return html(reply, cached.html);
    const d = found.dossier;
    const entityLinks = d
      ? await store.entityIds(d.entities.map((e) => `${e.type}:${entityKey(e.name)}`))
      : new Map();
    const outletIds = await store.outletIds(found.summary.outlets);
    const page = storyPage(found.summary, d, entityLinks, outletIds);
    rendered.set(found.summary.id, { version: found.version, html: page });
    if (rendered.size > RENDERED_PAGES) rendered.delete(rendered.keys().next().value!);
    return html(reply, page);
  });
  app.get('/stories/:id/report', async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const found = /^\d+$/.test(id) ? await store.story(Number(id)) : null;
    if (!found?.dossier) return html(reply, notFound(`story ${id} has no dossier`), 404);
    // the report carries its own, stricter policy (its one script, by hash) in a meta element; ?lang=ar opens
    // its interface in Arabic (its header has the switch)
    const lang = (req.query as { lang?: string }).lang === 'ar' ? 'ar' : 'en';
    return html(reply.header('Content-Security-Policy', null), renderHtml(found.dossier, { lang }));
  });
}

export function buildServer(store: Store, opts: { logger?: boolean } = {}): FastifyInstance {
  const app = Fastify({ logger: opts.logger ?? false });
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    return payload;
  });
  app.get('/static/desk.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('Cache-Control', 'public, max-age=86400').send(deskCss()),
  );
  const list = async (query: Query, json: boolean, reply: FastifyReply) => {
    const q = storyQuery(query);
    const p = await store.stories(q);
    return json ? p : html(reply, storiesPage(p, q));
  };
  app.get('/', async (req, reply) => list(req.query as Query, false, reply));
  app.get('/index.json', async (req, reply) => list(req.query as Query, true, reply));
  app.get('/stories', async (req, reply) => list(req.query as Query, false, reply));
  app.get('/stories.json', async (req, reply) => list(req.query as Query, true, reply));
  app.get('/search', async (req, reply) => search(req.query as Query, false, reply));
  app.get('/search.json', async (req, reply) => search(req.query as Query, true, reply));
  const search = async (query: Query, json: boolean, reply: FastifyReply) => {
    const q = (query.q ?? '').slice(0, 200);
    const p = await store.search(q, int(query.offset, 0), int(query.limit, 20, 100) || 20);
    return json ? { q, ...p } : html(reply, searchPage(q, p));
  };

  storyRoutes(app, store);
  app.get('/articles/:id', async (req, reply) => {
    const { key, json } = twin((req.params as { id: string }).id);
    const a = await store.article(key);
    if (!a)
      return json
        ? reply.code(404).send({ error: 'no such article' })
        : html(reply, notFound(`article ${key}`), 404);
    const story = a.story !== null ? await store.story(a.story) : null;
    const spans = highlightsOf(story?.dossier ?? null, a.id);
    if (json) return { article: a, spans };
    const q = req.query as Query;
    const start = int(q.start, -1);
    const end = int(q.end, -1);
    const passage = start >= 0 && end > start ? { start, end } : null;
    return html(reply, articlePage(a, spans, passage));
  });
  app.get('/entities/:id', async (req, reply) => {
    const { key, json } = twin((req.params as { id: string }).id);
    const e = /^\d+$/.test(key) ? await store.entity(Number(key)) : null;
    if (!e)
      return json
        ? reply.code(404).send({ error: 'no such entity' })
        : html(reply, notFound(`entity ${key}`), 404);
    return json ? e : html(reply, entityPage(e));
  });
  app.get('/outlets/:id', async (req, reply) => {
    const { key, json } = twin((req.params as { id: string }).id);
    const o = /^\d+$/.test(key) ? await store.outlet(Number(key)) : null;
    if (!o)
      return json
        ? reply.code(404).send({ error: 'no such outlet' })
        : html(reply, notFound(`outlet ${key}`), 404);
    return json ? o : html(reply, outletPage(o));
  });
  app.setNotFoundHandler(async (req, reply) => html(reply, notFound(req.url), 404));
  return app;
}
