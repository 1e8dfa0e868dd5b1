// "Timeline": dated happenings in order, grouped by day, with the articles that report each and the
// passages they were read from.
import type { DossierSpan, DossierTimelineEntry } from '../types.js';
import { type Ctx, clip, entName, groupBy, none, outletOf, src } from './context.js';
import { esc, name } from './escape.js';
import { dateText, words } from './words.js';

/** The passages an event was read from, long ones cut short (the link still opens the whole passage); one per article shown, the rest fold away. */
function evidenceList(c: Ctx, ev: (DossierSpan & { text: string })[]): string {
  const item = (e: DossierSpan & { text: string }) =>
    `<li>${src(c, e, esc(clip(e.text, 170)), 'event ar', e.text.length > 170 ? 'A long passage: click to read it whole' : '')} <span class="muted small who">${name(outletOf(c, e.doc))}</span></li>`;
  if (!ev.length) return '';
  const seen = new Set<string>();
  const shown: typeof ev = [];
  const rest: typeof ev = [];
  for (const e of ev) {
    (seen.has(e.doc) ? rest : shown).push(e);
    seen.add(e.doc);
  }
  return `<ul class="ev" dir="rtl" lang="ar">${shown.map(item).join('')}</ul>${rest.length ? `<details class="more"><summary>${rest.length} more ${rest.length === 1 ? 'passage' : 'passages'}</summary><ul class="ev" dir="rtl" lang="ar">${rest.map(item).join('')}</ul></details>` : ''}`;
}

function event(c: Ctx, t: DossierTimelineEntry): string {
  const label = esc(words(t.type));
  const k = t.docs.length;
  return `<div class="tev"><div class="what">${t.evidence[0] ? src(c, t.evidence[0], label, 'event') : `<b>${label}</b>`}${t.place ? ` <span class="muted">at</span> ${entName(c, t.place)}` : ''}${t.actors.length ? ` <span class="muted">·</span> ${t.actors.map((a) => entName(c, a)).join(', ')}` : ''}
<span class="muted small">${k} ${k === 1 ? 'article' : 'articles'}:</span> ${t.docs.map((id) => `<span class="chip">${name(outletOf(c, id))}</span>`).join('')}</div>
${evidenceList(c, t.evidence)}</div>`;
}

export function timeline(c: Ctx): string {
  const tl = [...c.d.timeline].sort((a, b) => a.date.localeCompare(b.date));
  const head = `<section id="timeline"><h2>Timeline <span class="ar" lang="ar" dir="rtl">التسلسل الزمني</span></h2>`;
  if (!tl.length) return head + none('No dated happenings were found.') + '</section>';
  // One block per date (and precision), its happenings under it.
  const days = groupBy(tl, (t) => `${t.date}|${t.precision}|${t.until ?? ''}`);
  const items = [...days.values()].map((entries) => {
    const t0 = entries[0]!;
    const prec =
      t0.precision === 'day'
        ? ''
        : t0.precision === 'days' || t0.precision === 'week'
          ? `${t0.precision}${t0.until ? ` until ${dateText(t0.until)}` : ''}`
          : `whole ${t0.precision}`;
    return `<li class="tl"><div class="when">${esc(dateText(t0.date))}${prec ? `<span class="prec">${esc(prec)}</span>` : ''}</div><div class="dot"></div>
<div class="card">${entries.map((t) => event(c, t)).join('')}</div></li>`;
  });
  const list = c.pager.list(
    'timeline',
    items,
    (attr, inner) => `<ol class="timeline"${attr}>${inner}</ol>`,
    'days',
  );
  return `${head}<p class="lead">Dated happenings in order, grouped by day, with the articles that report each and the words they were read from.</p>${list}</section>`;
}
