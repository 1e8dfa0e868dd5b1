// "At a glance": what happened, where, when, how it was reported, and the key figures (best estimate
// with the range the sources give).
import type { DossierClaim, DossierEstimate, DossierTimelineEntry } from '../types.js';
import { type Ctx, claimChip, entName, groupBy, int, kindBadge, none, src } from './context.js';
import { esc, name } from './escape.js';
import { dateText, GRADING_WORDS, MEASURE_ORDER, MEASURE_WORDS, n, words } from './words.js';

/** Dates shown in "What"; the rest are in the timeline. */
const DATES = 4;

function what(c: Ctx, tl: DossierTimelineEntry[]): string {
  if (!tl.length) return `<span class="muted">No dated happenings were found.</span>`;
  const byDate = [...groupBy(tl, (t) => t.date)];
  const lines = byDate.slice(0, DATES).map(([date, items]) => {
    const evs = items.map((t) => {
      const ev = t.evidence[0];
      const label = esc(words(t.type));
      const tip = `${t.docs.length} ${t.docs.length === 1 ? 'article' : 'articles'}`;
      return `${ev ? src(c, ev, label, 'event', tip) : label}${t.place ? ` <span class="muted">at</span> ${entName(c, t.place)}` : ''}${t.docs.length > 1 ? `<sup class="muted" title="${esc(tip)}">${t.docs.length}</sup>` : ''}`;
    });
    return `<li><span class="muted small date">${esc(dateText(date))}</span> ${evs.join(`<span class="muted"> · </span>`)}</li>`;
  });
  const later = byDate.length - DATES;
  if (later > 0) {
    const shown = byDate.slice(0, DATES).reduce((k, [, x]) => k + x.length, 0);
    lines.push(
      `<li class="muted small">and ${tl.length - shown} more on ${later} later ${later === 1 ? 'date' : 'dates'} in the <a href="#timeline">timeline</a> (small numbers: articles reporting it)</li>`,
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
  if (!places.length) return `<span class="muted">No places were found.</span>`;
  return places
    .map(([id]) => {
      const e = c.ents.get(id);
      return e?.mentions[0] ? src(c, e.mentions[0], name(e.name), 'ent') : name(id);
    })
    .join(' · ');
}

function when(tl: DossierTimelineEntry[]): string {
  if (!tl.length) return `<span class="muted">No dates were found in the timeline.</span>`;
  const first = tl[0]!.date;
  const last = tl.reduce((m, t) => ((t.until ?? t.date) > m ? (t.until ?? t.date) : m), first);
  return first === last ? esc(dateText(first)) : `${esc(dateText(first))} – ${esc(dateText(last))}`;
}

function reported(c: Ctx): string {
  const docs = c.d.documents;
  const pub = docs
    .map((x) => x.published)
    .filter((x): x is string => !!x)
    .sort();
  const outlets = new Set(docs.map((x) => x.outlet).filter(Boolean));
  const articles = `${docs.length} ${docs.length === 1 ? 'article' : 'articles'}`;
  if (!pub.length) return `${articles}, publication dates unknown`;
  const from = outlets.size
    ? ` from ${outlets.size} ${outlets.size === 1 ? 'outlet' : 'outlets'}`
    : ' (outlets not given)';
  const last = pub[pub.length - 1]!;
  return `${articles}${from}, published ${esc(dateText(pub[0]))}${last !== pub[0] ? ` – ${esc(dateText(last))}` : ''}`;
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
    ? src(c, first, esc(best), 'best fig', `Best estimate ${best}: see the passage`)
    : `<span class="best">${esc(best)}</span>`;
  const lo = e.low === null ? '?' : n(e.low);
  const hi = e.high === null ? 'open' : n(e.high);
  const range = lo === hi ? `low = high = ${lo}` : `range ${lo} – ${hi}`;
  const own = clausesOf(e.rule).filter((x) => !common.has(x) && !/^\d+ independent origin/.test(x));
  const grading = group ? ` · ${esc(GRADING_WORDS[group.grading] ?? group.grading)}` : '';
  return `<div class="kfig k-${esc(kind)}" title="${esc(`${MEASURE_WORDS[e.measure] ?? e.measure}: ${e.rule}`)}"><div class="label">${name(e.label)}</div>
<div class="bestline">${bestHtml}<span class="range">${esc(range)}</span></div>
<div class="small">${group ? kindBadge(kind) : ''} <span class="muted"><b>${int(e.origins)}</b> ${e.origins === 1 ? 'origin' : 'origins'}${grading}</span></div>
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
  if (!ests.length) return none('No key figures: no estimate could be made from the claims found.');
  const clauses = c.d.estimates.map((e) => new Set(clausesOf(e.rule)));
  const common = new Set([...clauses[0]!].filter((x) => clauses.every((cl) => cl.has(x))));
  const rule = common.size ? `<p class="small muted rule">${esc([...common].join('; '))}.</p>` : '';
  return `${rule}<div class="kf">${ests.map((e) => keyFigure(c, e, common)).join('\n')}</div>`;
}

export function glance(c: Ctx): string {
  const tl = [...c.d.timeline].sort((a, b) => a.date.localeCompare(b.date));
  return `<section id="glance"><h2>At a glance <span class="ar" lang="ar" dir="rtl">باختصار</span></h2>
<div class="glance"><div class="card facts-card"><dl class="facts">
<dt>What</dt><dd>${what(c, tl)}</dd>
<dt>Where</dt><dd>${where(c, tl)}</dd>
<dt>When</dt><dd>${when(tl)}</dd>
<dt>Reported</dt><dd>${reported(c)}</dd>
</dl></div>
<div class="keyfigs"><h3>Key figures <span class="muted small">best estimate, with the range the sources give</span></h3>${keyFigures(c)}</div>
<div class="card howto"><h3>How to read this report</h3><p class="small muted">Every figure, quote, event and name is a link to the words it came from: click it and the article opens at that passage, highlighted. “Origins” counts independent chains of reporting (speakers), not articles. The colour of a figure says how its sources differ (see <a href="#figures">Figures</a>).</p>
<p class="small muted">Arabic text is shown exactly as published; the interface is in English.</p></div></div></section>`;
}
