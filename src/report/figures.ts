// "Figures": one row per quantity (a claim group of the analysis, or the uncompared claims of one
// measure), with every figure the articles give for it, who gives it, where and as of when.
import { measureLabel } from '../english/index.js';
import type { DifferenceKind, DossierClaim, DossierClaimGroup, DossierEstimate } from '../types.js';
import {
  type Ctx,
  claimChip,
  entName,
  gist,
  groupBy,
  int,
  kindBadge,
  mixed,
  none,
  outletOf,
} from './context.js';
import { esc, name } from './escape.js';
import { KIND_COLOURS } from './style.js';
import { codeUi, measureUi, ui } from './ui.js';
import { dateUi, KIND_KEYS, MEASURE_ORDER, n, words } from './words.js';

/** One row of the figures table: a claim group from the analysis, or the uncompared claims of one measure. */
interface FigRow {
  label: string;
  measure: string;
  claims: DossierClaim[];
  group: DossierClaimGroup | null;
}

const KIND_ORDER: Record<string, number> = {
  contradiction: 0,
  denial: 1,
  update: 2,
  scope: 3,
  rounding: 4,
  agreement: 5,
};

/** Who gives a figure: the speaker (and relays), or the outlet in its own voice; then where and when. */
function claimSource(c: Ctx, cl: DossierClaim): string {
  const who = cl.speaker ? entName(c, cl.speaker) : `<span class="muted">${ui('ownReporting')}</span>`;
  const via = cl.via.length
    ? ` <span class="muted">${ui('via')}</span> ${cl.via.map((v) => entName(c, v)).join(', ')}`
    : '';
  const date = cl.as_of ?? c.docs.get(cl.doc)?.published ?? null;
  const dated = date
    ? ` · <span class="nowrap">${dateUi(date)}${cl.as_of ? '' : ` ${ui('publishedMark')}`}</span>`
    : '';
  return `<span class="csrc">${who}${via} <span class="muted small">· ${name(outletOf(c, cl.doc))}${dated}</span></span>`;
}

function rows(c: Ctx): FigRow[] {
  const groups = [...c.groups].sort(
    (a, b) =>
      (KIND_ORDER[a.kind] ?? 9) - (KIND_ORDER[b.kind] ?? 9) ||
      (MEASURE_ORDER[a.measure] ?? 99) - (MEASURE_ORDER[b.measure] ?? 99),
  );
  const out: FigRow[] = groups.map((g) => ({
    label: g.label,
    measure: g.measure,
    group: g,
    claims: g.claims.map((id) => c.claims.get(id)).filter((x): x is DossierClaim => !!x),
  }));
  // Claims the analysis did not compare: one row per measure, so they are still shown with their source.
  const grouped = new Set(groups.flatMap((g) => g.claims));
  const loose = groupBy(
    c.d.claims.filter((cl) => !grouped.has(cl.id)),
    (cl) => cl.measure,
  );
  for (const [measure, cls] of loose)
    out.push({ label: measureLabel(measure), measure, group: null, claims: cls });
  return out;
}

function claimList(c: Ctx, r: FigRow): string {
  const when = (cl: DossierClaim) => cl.as_of ?? c.docs.get(cl.doc)?.published ?? '';
  const cls = [...r.claims].sort(
    (a, b) => when(a).localeCompare(when(b)) || (a.value.low ?? Infinity) - (b.value.low ?? Infinity),
  );
  return `<ul class="claims">${cls
    .map(
      (cl) =>
        `<li>${claimChip(c, cl, { who: false })}${claimSource(c, cl)}${cl.group && !r.group ? ` <span class="muted small">${ui('counting')} ${name(cl.group)}</span>` : ''}</li>`,
    )
    .join('')}</ul>`;
}

function estimateCell(e: DossierEstimate | undefined): string {
  if (!e) return `<div class="fe"><span class="muted small">${ui('noEstimate')}</span></div>`;
  const range =
    e.low === e.high
      ? ''
      : `${e.low === null ? '?' : esc(n(e.low))} – ${e.high === null ? ui('open') : esc(n(e.high))}`;
  return `<div class="fe"><span class="elabel">${ui('best')}</span><b>${e.best === null ? '?' : esc(n(e.best))}</b><span class="erange">${range}</span></div>`;
}

function row(c: Ctx, r: FigRow, est: Map<string, DossierEstimate>): string {
  const list = claimList(c, r);
  const g = r.group;
  if (!g)
    return `<div class="frow loose"><div class="fq"><div class="rowlabel">${measureUi(r.measure, words(r.label))}</div><div class="small muted">${ui('notComparedCount', { n: r.claims.length })}</div></div><div class="fe"></div><div class="fc">${list}</div></div>`;
  const expl = g.explanation
    ? `<div class="expl">${mixed(c, gist(g.explanation))}</div><details class="why small"><summary>${ui('fullExplanation')}</summary><p>${mixed(c, g.explanation)}</p></details>`
    : '';
  return `<div class="frow k-${esc(g.kind)}${g.kind !== 'agreement' ? ' dis' : ''}"><div class="fq"><div class="rowlabel">${name(g.label)}</div>
<div class="small tags">${kindBadge(g.kind)} <span class="tag">${measureUi(g.measure)}</span> <span class="muted">${int(g.origins)} ${ui('origins', { n: g.origins })} · ${codeUi(g.grading)}</span></div>
${expl}</div>${estimateCell(est.get(g.id))}<div class="fc">${list}</div></div>`;
}

export function figures(c: Ctx): string {
  const { d } = c;
  const head = `<section id="figures"><h2>${ui('figures')}</h2>
<p class="lead">${ui('figuresLead')}</p>`;
  if (!d.claims.length) return head + none('noFigures') + '</section>';
  const est = new Map(d.estimates.map((e) => [e.group, e]));
  const items = rows(c).map((r) => row(c, r, est));
  const legend = `<div class="legend">${(Object.keys(KIND_COLOURS) as DifferenceKind[]).map((k) => `<span>${kindBadge(k)} ${ui(KIND_KEYS[k])}</span>`).join('')}</div>`;
  const table = c.pager.list(
    'figures',
    items,
    (attr, body) =>
      `<div class="ftable"${attr}><div class="frow fhead"><div>${ui('colQuantity')}</div><div>${ui('colEstimate')}</div><div>${ui('colSays')}</div></div>${body}</div>`,
    'quantities',
  );
  const note = !c.groups.length
    ? `<p class="small muted">${ui('noGroups')}</p>`
    : !d.disagreements.length
      ? `<p class="small muted">${ui('noDisagreements')}</p>`
      : '';
  return `${head}${legend}${table}${note}</section>`;
}
