// "Timeline": dated happenings in order, grouped by day, with the articles that report each and the
// passages they were read from.
import type { DossierSpan, DossierTimelineEntry } from '../types.js';
import { type Ctx, clip, entName, groupBy, none, outletOf, src } from './context.js';
import { esc, name } from './escape.js';
import { codeUi, eventUi, titleAttr, ui } from './ui.js';
import { dateUi, words } from './words.js';

/** The passages an event was read from, long ones cut short (the link still opens the whole passage); one per article shown, the rest fold away. */
function evidenceList(c: Ctx, ev: (DossierSpan & { text: string })[]): string {
  const item = (e: DossierSpan & { text: string }) =>
    `<li>${src(c, e, esc(clip(e.text, 170)), 'event ar', e.text.length > 170 ? titleAttr('tipLongPassage') : '')} <span class="muted small who">${name(outletOf(c, e.doc))}</span></li>`;
  if (!ev.length) return '';
  const seen = new Set<string>();
  const shown: typeof ev = [];
  const rest: typeof ev = [];
  for (const e of ev) {
    (seen.has(e.doc) ? rest : shown).push(e);
    seen.add(e.doc);
  }
  return `<ul class="ev" dir="rtl" lang="ar">${shown.map(item).join('')}</ul>${rest.length ? `<details class="more"><summary>${ui('morePassages', { n: rest.length })}</summary><ul class="ev" dir="rtl" lang="ar">${rest.map(item).join('')}</ul></details>` : ''}`;
}

function event(c: Ctx, t: DossierTimelineEntry): string {
  const label = eventUi(t.type, words(t.type));
  const k = t.docs.length;
  return `<div class="tev"><div class="what">${t.evidence[0] ? src(c, t.evidence[0], label, 'event') : `<b>${label}</b>`}${t.place ? ` <span class="muted">${ui('at')}</span> ${entName(c, t.place)}` : ''}${t.actors.length ? ` <span class="muted">·</span> ${t.actors.map((a) => entName(c, a)).join(', ')}` : ''}
<span class="muted small">${ui('articles', { n: k })}:</span> ${t.docs.map((id) => `<span class="chip">${name(outletOf(c, id))}</span>`).join('')}</div>
${evidenceList(c, t.evidence)}</div>`;
}

export function timeline(c: Ctx): string {
  const tl = [...c.d.timeline].sort((a, b) => a.date.localeCompare(b.date));
  const head = `<section id="timeline"><h2>${ui('timeline')}</h2>`;
  if (!tl.length) return head + none('noHappenings') + '</section>';
  // One block per date (and precision), its happenings under it.
  const days = groupBy(tl, (t) => `${t.date}|${t.precision}|${t.until ?? ''}`);
  const items = [...days.values()].map((entries) => {
    const t0 = entries[0]!;
    const p = t0.precision;
    const span = p === 'days' || p === 'week' ? ui(p) : '';
    const prec =
      p === 'day'
        ? ''
        : span
          ? t0.until
            ? ui('until', { prec: span, date: dateUi(t0.until) })
            : span
          : codeUi(p === 'month' ? 'wholeMonth' : p === 'year' ? 'wholeYear' : p);
    return `<li class="tl"><div class="when">${dateUi(t0.date)}${prec ? `<span class="prec">${prec}</span>` : ''}</div><div class="dot"></div>
<div class="card">${entries.map((t) => event(c, t)).join('')}</div></li>`;
  });
  const list = c.pager.list(
    'timeline',
    items,
    (attr, inner) => `<ol class="timeline"${attr}>${inner}</ol>`,
    'days',
  );
  return `${head}<p class="lead">${ui('timelineLead')}</p>${list}</section>`;
}
