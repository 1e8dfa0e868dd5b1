// "At a glance": what happened, where, when, how it was reported, and the key figures (best estimate
// with the range the sources give).
import { measureLabel } from '../english/index.js';
import type { DossierClaim, DossierEstimate, DossierTimelineEntry } from '../types.js';
import { type Ctx, claimChip, entityLabel, entName, groupBy, int, kindBadge, none, src } from './context.js';
import { esc, name } from './escape.js';
import { codeUi, eventUi, titleAttr, ui, uiText } from './ui.js';
import { dateUi, MEASURE_ORDER, n, words } from './words.js';

/** Dates shown in "What"; the rest are in the timeline. */
const DATES = 4;

function what(c: Ctx, tl: DossierTimelineEntry[]): string {
  if (!tl.length) return `<span class="muted">${ui('noHappenings')}</span>`;
  const byDate = [...groupBy(tl, (t) => t.date)];
  const lines = byDate.slice(0, DATES).map(([date, items]) => {
    const evs = items.map((t) => {
      const ev = t.evidence[0];
      const label = eventUi(t.type, words(t.type));
      const tip = uiText('articles', 'en', { n: t.docs.length });
      return `${ev ? src(c, ev, label, 'event', tip) : label}${t.place ? ` <span class="muted">${ui('at')}</span> ${entName(c, t.place)}` : ''}${t.docs.length > 1 ? `<sup class="muted" title="${esc(tip)}">${t.docs.length}</sup>` : ''}`;
    });
    return `<li><span class="muted small date">${dateUi(date)}</span> ${evs.join(`<span class="muted"> · </span>`)}</li>`;
  });
  const later = byDate.length - DATES;
  if (later > 0) {
    const shown = byDate.slice(0, DATES).reduce((k, [, x]) => k + x.length, 0);
    lines.push(
      `<li class="muted small">${ui('moreLater', { k: tl.length - shown, n: later, timeline: `<a href="#timeline">${ui('timeline')}</a>` })}</li>`,
    );
  }
  return `<ul>${lines.join('')}</ul>`;
}

/** The places and facilities of the timeline first, then the most mentioned ones. */
function where(c: Ctx, tl: DossierTimelineEntry[]): string {
  const placeIds = new Map<string, number>();
  for (const t of tl) if (t.place) placeIds.set(t.place, (placeIds.get(t.place) ?? 0) + 10);
  for (const e of c.d.entities)
    if (e.type === 'location' || e.type === 'facility')
      placeIds.set(e.id, (placeIds.get(e.id) ?? 0) + e.mentions.length);
  const places = [...placeIds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
  if (!places.length) return `<span class="muted">${ui('noPlaces')}</span>`;
  return places
    .map(([id]) => {
      const e = c.ents.get(id);
      return e?.mentions[0] ? src(c, e.mentions[0], entityLabel(e), 'ent') : name(id);
    })
    .join(' · ');
}

function when(tl: DossierTimelineEntry[]): string {
  if (!tl.length) return `<span class="muted">${ui('noDates')}</span>`;
  const first = tl[0]!.date;
  const last =
    tl
      .map((t) => t.until ?? t.date)
      .sort()
      .at(-1) ?? first;
  return first === last ? dateUi(first) : `${dateUi(first)} – ${dateUi(last)}`;
}

function reported(c: Ctx): string {
  const docs = c.d.documents;
  const pub = docs
    .map((x) => x.published)
    .filter((x): x is string => !!x)
    .sort();
  const outlets = new Set(docs.map((x) => x.outlet).filter(Boolean));
  const articles = ui('articles', { n: docs.length });
  if (!pub.length) return `${articles}, ${ui('datesUnknown')}`;
  const from = outlets.size ? ` ${ui('fromOutlets', { n: outlets.size })}` : ` ${ui('outletsNotGiven')}`;
  const last = pub[pub.length - 1]!;
  const dates = `${dateUi(pub[0])}${last !== pub[0] ? ` – ${dateUi(last)}` : ''}`;
  return `${articles}${from}, ${ui('published', { date: `<bdi>${dates}</bdi>` })}`;
}

const clausesOf = (rule: string) =>
  rule
    .split(/;\s*/)
    .map((x) => x.trim())
    .filter(Boolean);

function keyFigure(c: Ctx, e: DossierEstimate, common: Set<string>): string {
  const group = c.groupById.get(e.group);
  const kind = group?.kind ?? 'agreement';
  const cls = e.claims.map((id) => c.claims.get(id)).filter((x): x is DossierClaim => !!x);
  const best = e.best === null ? '?' : n(e.best);
  const first =
    cls.find((x) => x.stance === 'asserts' && x.value.low === e.best) ??
    cls.find((x) => x.stance === 'asserts') ??
    cls[0];
  const bestHtml = first
    ? src(c, first, esc(best), 'best fig', titleAttr('tipBest', { best }))
    : `<span class="best">${esc(best)}</span>`;
  const lo = e.low === null ? '?' : n(e.low);
  const hi = e.high === null ? uiText('open', 'en') : n(e.high);
  const range = lo === hi ? ui('rangeEqual', { lo: esc(lo) }) : ui('range', { lo: esc(lo), hi: esc(hi) });
  const own = clausesOf(e.rule).filter((x) => !common.has(x) && !/^\d+ independent origin/.test(x));
  const grading = group ? ` · ${codeUi(group.grading)}` : '';
  return `<div class="kfig k-${esc(kind)}" title="${esc(`${measureLabel(e.measure)}: ${e.rule}`)}"><div class="label">${name(e.label)}</div>
<div class="bestline">${bestHtml}<span class="range">${range}</span></div>
<div class="small">${group ? kindBadge(kind) : ''} <span class="muted"><b>${int(e.origins)}</b> ${ui('origins', { n: e.origins })}${grading}</span></div>
${own.length ? `<div class="note small">${own.map((x) => esc(x)).join('; ')}</div>` : ''}
<div class="chips">${cls.map((x) => claimChip(c, x, { who: false })).join('')}</div></div>`;
}

/**
 * The key figures. The estimation rule is mostly the same for every figure: its shared clauses are
 * said once, under the heading, and each card keeps only what is particular to it.
 */
function keyFigures(c: Ctx): string {
  const ests = [...c.d.estimates].sort(
    (a, b) => (MEASURE_ORDER[a.measure] ?? 99) - (MEASURE_ORDER[b.measure] ?? 99),
  );
  if (!ests.length) return none('noKeyFigures');
  const clauses = c.d.estimates.map((e) => new Set(clausesOf(e.rule)));
  const common = new Set([...clauses[0]!].filter((x) => clauses.every((cl) => cl.has(x))));
  const rule = common.size ? `<p class="small muted rule">${esc([...common].join('; '))}.</p>` : '';
  return `${rule}<div class="kf">${ests.map((e) => keyFigure(c, e, common)).join('\n')}</div>`;
}

export function glance(c: Ctx): string {
  const tl = [...c.d.timeline].sort((a, b) => a.date.localeCompare(b.date));
  return `<section id="glance"><h2>${ui('glance')}</h2>
<div class="glance"><div class="card facts-card"><dl class="facts">
<dt>${ui('what')}</dt><dd>${what(c, tl)}</dd>
<dt>${ui('where')}</dt><dd>${where(c, tl)}</dd>
<dt>${ui('when')}</dt><dd>${when(tl)}</dd>
<dt>${ui('reported')}</dt><dd>${reported(c)}</dd>
</dl></div>
<div class="keyfigs"><h3>${ui('keyFigures')} <span class="muted small">${ui('keyFiguresNote')}</span></h3>${keyFigures(c)}</div>
<div class="card howto"><h3>${ui('howToRead')}</h3><p class="small muted">${ui('howToReadText', { figures: `<a href="#figures">${ui('figures')}</a>` })}</p>
<p class="small muted">${ui('languageNote')}</p></div></div></section>`;
}
