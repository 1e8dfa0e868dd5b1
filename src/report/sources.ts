// "Sources": every article read, with what only it reports. Article texts are not in the page's
// markup (the viewer shows them from the data block when a passage is opened), so a report of
// thousands of articles opens quickly; with scripts off, each card carries its text in <noscript>.
import type { DossierClaim, DossierDocument, DossierTimelineEntry } from '../types.js';
import { type Ctx, claimChip, clip, entName, groupBy, none, openingLine, shortId, src } from './context.js';
import { esc, name, safeUrl } from './escape.js';
import { codeUi, eventUi, measureUi, titleAttr, ui } from './ui.js';
import { dateUi, n, words } from './words.js';

/** What only one article reports, for every article at once (one pass over the dossier). */
interface OnlyHere {
  figures: Map<string, DossierClaim[]>;
  events: Map<string, DossierTimelineEntry[]>;
  speakers: Map<string, string[]>;
  withClaims: Set<string>;
}

function onlyHere(c: Ctx): OnlyHere {
  const { d } = c;
  // figures no other article gives (only groups count: an uncompared figure is not known to be unique)
  const figures = new Map<string, DossierClaim[]>();
  for (const g of c.groups) {
    const cls = g.claims.map((id) => c.claims.get(id));
    const doc = cls[0]?.doc;
    if (!cls.length || doc === undefined || !cls.every((x) => x?.doc === doc)) continue;
    const list = figures.get(doc);
    if (list) for (const x of cls as DossierClaim[]) list.push(x);
    else figures.set(doc, [...(cls as DossierClaim[])]);
  }
  const events = groupBy(
    d.timeline.filter((t) => t.docs.length === 1),
    (t) => t.docs[0]!,
  );
  // speakers no other article quotes
  const spDocs = new Map<string, Set<string>>();
  for (const q of [...d.quotes, ...d.claims])
    if (q.speaker) spDocs.set(q.speaker, (spDocs.get(q.speaker) ?? new Set()).add(q.doc));
  const speakers = new Map<string, string[]>();
  for (const [sp, docs] of spDocs)
    if (docs.size === 1) {
      const doc = [...docs][0]!;
      const list = speakers.get(doc);
      if (list) list.push(sp);
      else speakers.set(doc, [sp]);
    }
  return { figures, events, speakers, withClaims: new Set(d.claims.map((x) => x.doc)) };
}

function onlyList(c: Ctx, only: OnlyHere, doc: DossierDocument): string {
  const out: string[] = [];
  const figs = only.figures.get(doc.id) ?? [];
  if (figs.length) {
    const byMeasure = groupBy(figs, (x) => x.measure);
    out.push(
      `<li>${ui('figuresColon')} ${[...byMeasure].map(([m, xs]) => `<span class="fgroup"><span class="small muted">${measureUi(m)}</span> ${xs.map((x) => claimChip(c, x, { who: false })).join(' ')}</span>`).join(' ')}</li>`,
    );
  }
  const evs = only.events.get(doc.id) ?? [];
  if (evs.length)
    out.push(
      `<li>${ui('eventsColon')} ${evs.map((t) => (t.evidence[0] ? src(c, t.evidence[0], `${eventUi(t.type, words(t.type))} (${dateUi(t.date)})`, 'event chip') : `<span class="chip">${eventUi(t.type, words(t.type))}</span>`)).join(' ')}</li>`,
    );
  const sps = only.speakers.get(doc.id) ?? [];
  if (sps.length)
    out.push(
      `<li>${ui('speakersColon')} ${sps.map((s) => `<span class="chip">${entName(c, s)}</span>`).join(' ')}</li>`,
    );
  if (!c.groups.length && only.withClaims.has(doc.id))
    out.push(`<li class="muted">${ui('figuresNotCompared')}</li>`);
  return out.length ? `<ul>${out.join('')}</ul>` : `<span class="muted">${ui('nothingOnly')}</span>`;
}

function titleLine(c: Ctx, doc: DossierDocument): string {
  const whole = { doc: doc.id, start: 0, end: 0 };
  if (doc.title)
    return `<div class="ttl ar" dir="rtl" lang="ar">${src(c, whole, esc(doc.title), 'doc')}</div>`;
  const open = openingLine(doc);
  if (open)
    return `<div class="ttl ar" dir="rtl" lang="ar">${src(c, open, esc(clip(doc.text.slice(open.start, open.end), 140)), 'doc', titleAttr('tipFirstLine'))}</div>`;
  return `<div>${src(c, whole, `<span class="muted">${ui('untitled')}</span>`, 'doc')}</div>`;
}

function meta(c: Ctx, doc: DossierDocument): string {
  const pubHow = codeUi(doc.published_how, 'how_');
  const pub = doc.published
    ? `${doc.published_precision && doc.published_precision !== 'day' ? `${ui('about')} ` : ''}${doc.published_evidence ? src(c, doc.published_evidence, dateUi(doc.published)) : dateUi(doc.published)} <span class="muted small">(${pubHow})</span>`
    : `<span class="muted">${ui('publicationUnknown')}</span>`;
  const dl = doc.dateline;
  const dateline = dl
    ? `<span>${ui('dateline')} ${src(c, { doc: doc.id, start: dl.start, end: dl.end }, dl.place ? name(dl.place) : name(clip(doc.text.slice(dl.start, dl.end), 40)))}</span>`
    : '';
  // where it came from: its URL when it has one, else the input's name
  const from = doc.url ? '' : `<span>${esc(doc.source)}</span>`;
  const encoding = doc.encoding && doc.encoding !== 'utf-8' ? `<span>${esc(doc.encoding)}</span>` : '';
  return `<div class="meta"><span>${pub}</span>${dateline}${from}${encoding}</div>`;
}

function card(c: Ctx, only: OnlyHere, doc: DossierDocument, i: number): string {
  const heading = doc.outlet
    ? name(doc.outlet)
    : `<span title="${esc(doc.id)}">${ui('article', { id: esc(shortId(doc.id)) })}</span> <span class="muted small">${ui('outletNotGiven')}</span>`;
  return `<article class="card source" id="doc-${i}"><h3>${heading}</h3>
${titleLine(c, doc)}
${meta(c, doc)}
${doc.url ? `<div class="small">${safeUrl(doc.url)}</div>` : ''}
<div class="only"><b>${ui('onlyHere')}</b> ${onlyList(c, only, doc)}</div>
<div class="full small">${src(c, { doc: doc.id, start: 0, end: 0 }, ui('readArticle', { n: n(doc.text.length) }), 'doc')}</div>
<noscript><details class="full"><summary>${ui('fullText', { n: n(doc.text.length) })}</summary><div class="fulltext ar" dir="rtl" lang="ar">${esc(doc.text)}</div></details></noscript></article>`;
}

export function sources(c: Ctx): string {
  const { d } = c;
  const head = `<section id="sources"><h2>${ui('sources')}</h2>`;
  if (!d.documents.length) return head + none('noArticles') + '</section>';
  const only = onlyHere(c);
  const cards = d.documents.map((doc, i) => card(c, only, doc, i));
  const list = c.pager.list(
    'sources',
    cards,
    (attr, inner) => `<div class="sources"${attr}>${inner}</div>`,
    'articles',
  );
  return `${head}<p class="lead">${ui('sourcesLead')}</p>${list}</section>`;
}
