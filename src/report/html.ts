// The HTML report: one self-contained file (font, styles, data and script inline) that analysts
// can open offline. Every section is rendered here as escaped HTML, so it reads with scripts off;
// the one inline script (viewer.ts) only opens an article at a passage and marks it.
// Every figure, quote, event and name is an <a class="src"> with data-doc/data-start/data-end: the
// provenance of what it asserts. Without scripts it still links to the article's card in Sources.
import { createHash } from 'node:crypto';
import type {
  DifferenceKind,
  Dossier,
  DossierClaim,
  DossierClaimGroup,
  DossierDocument,
  DossierEntity,
  DossierQuote,
  DossierSpan,
  DossierTimelineEntry,
  Qualifier,
} from '../types.js';
import { fontFaceCss } from './font.js';
import { KIND_COLOURS, reportCss } from './style.js';
import { VIEWER_JS } from './viewer.js';

// ------------------------------------------------------------------------------------------
// Escaping: every string that comes from the dossier goes through esc() (text and attributes,
// which are always double-quoted), or into the JSON block through jsonForScript().

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export function esc(s: unknown): string {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ESC[c]);
}

/** JSON that can sit inside <script type="application/json">: no "<" (so no "</script>"), no "&" or ">". */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** A name or short string that may be Arabic or Latin, isolated so it cannot reorder its neighbours. */
function name(s: string | null | undefined, fallback = '—'): string {
  if (!s) return `<span class="muted">${esc(fallback)}</span>`;
  return ARABIC.test(s) ? `<bdi class="ar" dir="rtl" lang="ar">${esc(s)}</bdi>` : `<bdi>${esc(s)}</bdi>`;
}

/** Only http(s) URLs become links; anything else (javascript:, data:, …) is shown as text. */
function safeUrl(url: string | null): string {
  if (!url) return '';
  if (/^https?:\/\/[^\s"'<>`]+$/i.test(url.trim()))
    return `<a class="url" href="${esc(url.trim())}" rel="noopener noreferrer nofollow" target="_blank">${esc(url.trim())}</a>`;
  return `<span class="url muted">${esc(url)}</span>`;
}

// ------------------------------------------------------------------------------------------
// Words for codes.

const KIND_WORDS: Record<DifferenceKind, string> = {
  agreement: 'sources agree',
  rounding: 'the same figure, rounded differently',
  update: 'a later figure updates an earlier one',
  scope: 'the figures count different things',
  contradiction: 'the sources contradict each other',
  denial: 'a party denies the figure',
};

const GRADING_WORDS: Record<string, string> = {
  party: 'from a party to the events',
  independent: 'independent sources',
  anonymous: 'anonymous sources',
  single_source: 'single source',
  contested: 'contested',
};

const MEASURE_WORDS: Record<string, string> = {
  killed: 'killed',
  injured: 'injured',
  held: 'held in custody',
  escaped: 'escaped',
  arrested: 'arrested or recaptured',
  surrendered: 'surrendered',
  missing: 'missing',
  hostages: 'hostages',
  combatants: 'combatants',
  displaced: 'displaced',
  explosive_devices: 'explosive devices',
  duration: 'duration (days)',
  other: 'other figure',
};

const HOW_WORDS: Record<string, string> = {
  input: 'given with the input',
  dateline: 'read from the dateline',
  stated: 'stated in the text',
  'yesterday-anchor': 'inferred from “yesterday”',
  'latest-mention': 'inferred from the latest date mentioned',
  'weekday-after-anchor': 'inferred from a weekday after the dates mentioned',
  'past-bound': 'inferred from dates the text calls past',
  'lede-weekday': 'inferred from the weekday in the first paragraph',
  'today-weekday': 'inferred from “today” and its weekday',
  unbounded: 'not bounded by the text',
};

function words(code: string): string {
  const s = code.replace(/_/g, ' ');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Order of measures in the key figures and the figures table: human cost first. */
const MEASURE_ORDER: Record<string, number> = Object.fromEntries(
  [
    'killed',
    'injured',
    'missing',
    'hostages',
    'escaped',
    'arrested',
    'surrendered',
    'held',
    'displaced',
    'combatants',
    'explosive_devices',
    'duration',
    'other',
  ].map((m, i) => [m, i]),
);

const nf = new Intl.NumberFormat('en');
const n = (x: number) => nf.format(x);
const MAGNITUDE: Record<number, string> = {
  10: 'tens',
  100: 'hundreds',
  1000: 'thousands',
  10000: 'tens of thousands',
  100000: 'hundreds of thousands',
};

/** A value as written short (for chips) and in words (for tooltips). */
function valueText(v: { low: number | null; high: number | null; qualifier: Qualifier }): {
  short: string;
  long: string;
} {
  const { low, high, qualifier: q } = v;
  const lo = low === null ? '?' : n(low);
  const hi = high === null ? '?' : n(high);
  switch (q) {
    case 'exact':
      return { short: low === high || high === null ? lo : `${lo}–${hi}`, long: `exactly ${lo}` };
    case 'approx':
      return { short: `≈${lo}`, long: `about ${lo}` };
    case 'more_than':
      return { short: `>${lo}`, long: `more than ${lo}` };
    case 'at_least':
      return { short: `≥${lo}`, long: `at least ${lo}` };
    case 'less_than':
      return { short: `<${hi}`, long: `less than ${hi}` };
    case 'at_most':
      return { short: `≤${hi}`, long: `at most ${hi}` };
    case 'range':
      return { short: `${lo}–${hi}`, long: `between ${lo} and ${hi}` };
    case 'magnitude': {
      const w = (low !== null && MAGNITUDE[low]) || `order of ${lo}`;
      return { short: w, long: w };
    }
    default:
      return { short: lo, long: lo };
  }
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** ISO day, month or year in plain English ("4 Mar 2023"); anything else as given. */
function dateText(iso: string | null | undefined): string {
  if (!iso) return 'date unknown';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const mon = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !mon) return iso;
  return [d ? String(Number(d)) : '', mon ?? '', y].filter(Boolean).join(' ');
}

// ------------------------------------------------------------------------------------------
// Lookups built once per render.

interface Ctx {
  d: Dossier;
  docs: Map<string, DossierDocument>;
  docIndex: Map<string, number>;
  ents: Map<string, DossierEntity>;
  claims: Map<string, DossierClaim>;
}

function context(d: Dossier): Ctx {
  return {
    d,
    docs: new Map(d.documents.map((x) => [x.id, x])),
    docIndex: new Map(d.documents.map((x, i) => [x.id, i])),
    ents: new Map(d.entities.map((x) => [x.id, x])),
    claims: new Map(d.claims.map((x) => [x.id, x])),
  };
}

/** A long file-derived id shortened for chips and headings ("000_8a38dad5baed7584" → "000_8a38…"). */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/** What to call an article: its outlet, else its title (shortened), else a short form of its id. */
function outletOf(c: Ctx, docId: string): string {
  const doc = c.docs.get(docId);
  if (doc?.outlet) return doc.outlet;
  if (doc?.title) return clip(doc.title, 48);
  return shortId(docId);
}

/** Text cut at a word boundary to about `max` characters, with an ellipsis when cut. */
function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).trim()}…`;
}

/** The first line of an article that is not page furniture, as a span: what a reader sees as its opening. */
function openingLine(doc: DossierDocument): DossierSpan | null {
  let pos = 0;
  for (const line of doc.text.split('\n')) {
    const start = pos + (line.length - line.trimStart().length);
    const end = pos + line.trimEnd().length;
    pos += line.length + 1;
    if (end <= start) continue;
    if (doc.furniture.some((f) => f.start <= start && f.end >= end)) continue;
    if (line.trim().split(/\s+/).length < 3) continue;
    return { doc: doc.id, start, end };
  }
  return null;
}

/**
 * Free text of the analysis (an explanation) that mixes English with Arabic names: escaped, each Arabic
 * run isolated so it cannot reorder the English around it, article ids replaced by the articles' labels.
 */
function mixed(c: Ctx, s: string): string {
  let t = s;
  for (const id of c.docs.keys()) if (id.length > 12) t = t.split(id).join(outletOf(c, id));
  const parts = t.split(
    /([\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF][\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\s“”"'«»ـ.-]*[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF“”"»])/,
  );
  return parts
    .map((x, i) => (i % 2 ? `<bdi class="ar" dir="rtl" lang="ar">${esc(x)}</bdi>` : esc(x)))
    .join('');
}

/** The gist of a group's explanation: its first clause, without the per-claim list that follows it. */
function gist(s: string): string {
  const t = s.replace(/\s*\([^()]*\)/g, '');
  const i = t.indexOf(':');
  const head = (i > 0 ? t.slice(0, i) : t).trim().replace(/[.;,]$/, '');
  return head.length > 160 ? clip(head, 160) : `${head}.`;
}

/** An entity reference (id) or free text, as a name. */
function entName(c: Ctx, ref: string | null | undefined): string {
  if (!ref) return name(null);
  const e = c.ents.get(ref);
  return e ? name(e.name) : name(ref);
}

/**
 * A link to a passage: the provenance of whatever it wraps. `inner` is already-escaped HTML.
 * Without scripts the href leads to the article's card in Sources.
 */
function src(c: Ctx, span: DossierSpan, inner: string, cls = '', title = ''): string {
  const i = c.docIndex.get(span.doc);
  const href = i === undefined ? '#sources' : `#doc-${i}`;
  const t = title ? ` title="${esc(title)}"` : '';
  return `<a class="src${cls ? ' ' + cls : ''}" href="${href}" data-doc="${esc(span.doc)}" data-start="${Number(span.start) | 0}" data-end="${Number(span.end) | 0}"${t}>${inner}</a>`;
}

/** A claim as a value chip: the value, who says it, in which outlet. */
function claimChip(c: Ctx, cl: DossierClaim, opts: { who?: boolean } = {}): string {
  const v = valueText(cl.value);
  const deny = cl.stance === 'denies';
  const speaker = cl.speaker ? (c.ents.get(cl.speaker)?.name ?? cl.speaker) : null;
  const outlet = outletOf(c, cl.doc);
  const title =
    `${deny ? 'Denies: ' : ''}${v.long} ${MEASURE_WORDS[cl.measure] ?? cl.measure}` +
    `${cl.group ? ` (${cl.group})` : ''} — ${speaker ? `${speaker}, in ` : ''}${outlet}. Click to see the passage.`;
  const who =
    opts.who === false
      ? ''
      : ` <span class="who">${speaker ? name(speaker) + ' · ' : ''}${name(outlet)}</span>`;
  return src(
    c,
    cl,
    `${deny ? 'denies ' : ''}${esc(v.short)}${who}`,
    `chip val fig${deny ? ' deny' : ''}`,
    title,
  );
}

function kindBadge(kind: string): string {
  return `<span class="badge k-${esc(kind)}" title="${esc(KIND_WORDS[kind as DifferenceKind] ?? kind)}">${esc(kind)}</span>`;
}

function none(what: string): string {
  return `<p class="none">${esc(what)}</p>`;
}

// ------------------------------------------------------------------------------------------
// Sections.

function glance(c: Ctx): string {
  const { d } = c;
  const tl = [...d.timeline].sort((a, b) => a.date.localeCompare(b.date));
  // What: one line per date, its happenings side by side; the first few dates, the rest in the timeline.
  const byDate: { date: string; items: DossierTimelineEntry[] }[] = [];
  for (const t of tl) {
    if (byDate.length && byDate[byDate.length - 1].date === t.date) byDate[byDate.length - 1].items.push(t);
    else byDate.push({ date: t.date, items: [t] });
  }
  const DATES = 4;
  const what = tl.length
    ? `<ul>${byDate
        .slice(0, DATES)
        .map(({ date, items }) => {
          const evs = items.map((t) => {
            const ev = t.evidence[0];
            const label = esc(words(t.type));
            const tip = `${t.docs.length} ${t.docs.length === 1 ? 'article' : 'articles'}`;
            return `${ev ? src(c, ev, label, 'event', tip) : label}${t.place ? ` <span class="muted">at</span> ${entName(c, t.place)}` : ''}${t.docs.length > 1 ? `<sup class="muted" title="${esc(tip)}">${t.docs.length}</sup>` : ''}`;
          });
          return `<li><span class="muted small date">${esc(dateText(date))}</span> ${evs.join(`<span class="muted"> · </span>`)}</li>`;
        })
        .join(
          '',
        )}${byDate.length > DATES ? `<li class="muted small">and ${tl.length - byDate.slice(0, DATES).reduce((k, x) => k + x.items.length, 0)} more on ${byDate.length - DATES} later ${byDate.length - DATES === 1 ? 'date' : 'dates'} in the <a href="#timeline">timeline</a> (small numbers: articles reporting it)</li>` : ''}</ul>`
    : `<span class="muted">No dated happenings were found.</span>`;

  // Where: the places and facilities of the timeline first, then the most mentioned ones.
  const placeIds = new Map<string, number>();
  for (const t of tl) if (t.place) placeIds.set(t.place, (placeIds.get(t.place) ?? 0) + 10);
  for (const e of d.entities)
    if (e.type === 'location' || e.type === 'facility')
      placeIds.set(e.id, (placeIds.get(e.id) ?? 0) + e.mentions.length);
  const places = [...placeIds.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4);
  const where = places.length
    ? places
        .map(([id]) => {
          const e = c.ents.get(id);
          return e && e.mentions[0] ? src(c, e.mentions[0], name(e.name), 'ent') : name(id);
        })
        .join(' · ')
    : `<span class="muted">No places were found.</span>`;

  let when = `<span class="muted">No dates were found in the timeline.</span>`;
  if (tl.length) {
    const first = tl[0].date;
    const last = tl.reduce((m, t) => ((t.until ?? t.date) > m ? (t.until ?? t.date) : m), first);
    when = first === last ? esc(dateText(first)) : `${esc(dateText(first))} – ${esc(dateText(last))}`;
  }
  const pub = d.documents
    .map((x) => x.published)
    .filter((x): x is string => !!x)
    .sort();
  const outlets = new Set(d.documents.map((x) => x.outlet).filter(Boolean));
  const reported = pub.length
    ? `${d.documents.length} ${d.documents.length === 1 ? 'article' : 'articles'}${outlets.size ? ` from ${outlets.size} ${outlets.size === 1 ? 'outlet' : 'outlets'}` : ' (outlets not given)'}, published ${esc(dateText(pub[0]))}${pub[pub.length - 1] !== pub[0] ? ` – ${esc(dateText(pub[pub.length - 1]))}` : ''}`
    : `${d.documents.length} ${d.documents.length === 1 ? 'article' : 'articles'}, publication dates unknown`;

  // The estimation rule is mostly the same for every figure: its shared clauses are said once, under the
  // heading, and each card keeps only what is particular to it (origins are shown on the card anyway).
  const clauses = d.estimates.map((e) =>
    (e.rule ?? '')
      .split(/;\s*/)
      .map((x) => x.trim())
      .filter(Boolean),
  );
  const common = clauses.length ? clauses[0].filter((x) => clauses.every((cl) => cl.includes(x))) : [];
  const ests = [...d.estimates].sort(
    (a, b) => (MEASURE_ORDER[a.measure] ?? 99) - (MEASURE_ORDER[b.measure] ?? 99),
  );
  const figs = ests.length
    ? `${common.length ? `<p class="small muted rule">${esc(common.join('; '))}.</p>` : ''}<div class="kf">${ests
        .map((e) => {
          const group =
            d.claim_groups.find((g) => g.id === e.group) ?? d.disagreements.find((g) => g.id === e.group);
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
          const own = (e.rule ?? '')
            .split(/;\s*/)
            .map((x) => x.trim())
            .filter((x) => x && !common.includes(x) && !/^\d+ independent origin/.test(x));
          return `<div class="kfig k-${esc(kind)}" title="${esc(`${MEASURE_WORDS[e.measure] ?? e.measure}: ${e.rule ?? ''}`)}"><div class="label">${name(e.label)}</div>
<div class="bestline">${bestHtml}<span class="range">${esc(range)}</span></div>
<div class="small">${group ? kindBadge(kind) : ''} <span class="muted"><b>${e.origins}</b> ${e.origins === 1 ? 'origin' : 'origins'}${group ? ` · ${esc(GRADING_WORDS[group.grading] ?? group.grading)}` : ''}</span></div>
${own.length ? `<div class="note small">${own.map((x) => esc(x)).join('; ')}</div>` : ''}
<div class="chips">${cls.map((x) => claimChip(c, x, { who: false })).join('')}</div></div>`;
        })
        .join('\n')}</div>`
    : none('No key figures: no estimate could be made from the claims found.');

  return `<section id="glance"><h2>At a glance <span class="ar" lang="ar" dir="rtl">باختصار</span></h2>
<div class="glance"><div class="card facts-card"><dl class="facts">
<dt>What</dt><dd>${what}</dd>
<dt>Where</dt><dd>${where}</dd>
<dt>When</dt><dd>${when}</dd>
<dt>Reported</dt><dd>${reported}</dd>
</dl></div>
<div class="keyfigs"><h3>Key figures <span class="muted small">best estimate, with the range the sources give</span></h3>${figs}</div>
<div class="card howto"><h3>How to read this report</h3><p class="small muted">Every figure, quote, event and name is a link to the words it came from: click it and the article opens at that passage, highlighted. “Origins” counts independent chains of reporting (speakers), not articles. The colour of a figure says how its sources differ (see <a href="#figures">Figures</a>).</p>
<p class="small muted">Arabic text is shown exactly as published; the interface is in English.</p></div></div></section>`;
}

/** One row of the figures table: a claim group from the analysis, or the uncompared claims of one measure. */
interface FigRow {
  label: string;
  measure: string;
  claims: DossierClaim[];
  group: DossierClaimGroup | null;
}

/** Who gives a figure: the speaker (and relays), or the outlet in its own voice; then where and when. */
function claimSource(c: Ctx, cl: DossierClaim): string {
  const who = cl.speaker ? entName(c, cl.speaker) : `<span class="muted">own reporting</span>`;
  const via = cl.via.length
    ? ` <span class="muted">via</span> ${cl.via.map((v) => entName(c, v)).join(', ')}`
    : '';
  const doc = c.docs.get(cl.doc);
  const date = cl.as_of ?? doc?.published ?? null;
  return `<span class="csrc">${who}${via} <span class="muted small">· ${name(outletOf(c, cl.doc))}${date ? ` · <span class="nowrap">${esc(dateText(date))}${cl.as_of ? '' : ' (published)'}</span>` : ''}</span></span>`;
}

function figures(c: Ctx): string {
  const { d } = c;
  const groups = [...d.claim_groups];
  // Disagreements that are not among claim_groups still get a row.
  for (const g of d.disagreements) if (!groups.some((x) => x.id === g.id)) groups.push(g);
  const grouped = new Set(groups.flatMap((g) => g.claims));
  const head = `<section id="figures"><h2>Figures <span class="ar" lang="ar" dir="rtl">الأرقام</span></h2>
<p class="lead">Each row is one quantity, with every figure the articles give for it: who gives it, in which article, as of when. Rows where the sources differ come first, coloured by the kind of difference and explained in words.</p>`;
  if (!d.claims.length) return head + none('No figures were found in these articles.') + '</section>';

  const order: Record<string, number> = {
    contradiction: 0,
    denial: 1,
    update: 2,
    scope: 3,
    rounding: 4,
    agreement: 5,
  };
  groups.sort(
    (a, b) =>
      (order[a.kind] ?? 9) - (order[b.kind] ?? 9) ||
      (MEASURE_ORDER[a.measure] ?? 99) - (MEASURE_ORDER[b.measure] ?? 99),
  );
  const rows: FigRow[] = groups.map((g) => ({
    label: g.label,
    measure: g.measure,
    group: g,
    claims: g.claims.map((id) => c.claims.get(id)).filter((x): x is DossierClaim => !!x),
  }));
  // Claims the analysis did not compare: one row per measure, so they are still shown with their source.
  const loose = new Map<string, DossierClaim[]>();
  for (const cl of d.claims)
    if (!grouped.has(cl.id)) loose.set(cl.measure, [...(loose.get(cl.measure) ?? []), cl]);
  for (const [measure, cls] of loose)
    rows.push({ label: MEASURE_WORDS[measure] ?? measure, measure, group: null, claims: cls });
  const est = new Map(d.estimates.map((e) => [e.group, e]));

  const body = rows
    .map((r) => {
      const when = (cl: DossierClaim) => cl.as_of ?? c.docs.get(cl.doc)?.published ?? '';
      const cls = [...r.claims].sort(
        (a, b) => when(a).localeCompare(when(b)) || (a.value.low ?? Infinity) - (b.value.low ?? Infinity),
      );
      const list = `<ul class="claims">${cls
        .map(
          (cl) =>
            `<li>${claimChip(c, cl, { who: false })}${claimSource(c, cl)}${cl.group && !r.group ? ` <span class="muted small">counting ${name(cl.group)}</span>` : ''}</li>`,
        )
        .join('')}</ul>`;
      const g = r.group;
      if (!g)
        return `<div class="frow loose"><div class="fq"><div class="rowlabel">${esc(words(r.label))}</div><div class="small muted">${r.claims.length} ${r.claims.length === 1 ? 'figure' : 'figures'}, not compared by the analysis</div></div><div class="fe"></div><div class="fc">${list}</div></div>`;
      const e = est.get(g.id);
      const estimate = e
        ? `<div class="fe"><span class="elabel">best</span><b>${e.best === null ? '?' : esc(n(e.best))}</b><span class="erange">${e.low === e.high ? '' : `${e.low === null ? '?' : esc(n(e.low))} – ${e.high === null ? 'open' : esc(n(e.high))}`}</span></div>`
        : `<div class="fe"><span class="muted small">no estimate</span></div>`;
      const expl = g.explanation
        ? `<div class="expl">${mixed(c, gist(g.explanation))}</div><details class="why small"><summary>full explanation</summary><p>${mixed(c, g.explanation)}</p></details>`
        : '';
      return `<div class="frow k-${esc(g.kind)}${g.kind !== 'agreement' ? ' dis' : ''}"><div class="fq"><div class="rowlabel">${name(g.label)}</div>
<div class="small tags">${kindBadge(g.kind)} <span class="tag">${esc(MEASURE_WORDS[g.measure] ?? g.measure)}</span> <span class="muted">${g.origins} ${g.origins === 1 ? 'origin' : 'origins'} · ${esc(GRADING_WORDS[g.grading] ?? g.grading)}</span></div>
${expl}</div>${estimate}<div class="fc">${list}</div></div>`;
    })
    .join('\n');
  const legend = `<div class="legend">${(Object.keys(KIND_COLOURS) as DifferenceKind[]).map((k) => `<span>${kindBadge(k)} ${esc(KIND_WORDS[k])}</span>`).join('')}</div>`;
  const table = `<div class="ftable"><div class="frow fhead"><div>Quantity and how the sources differ</div><div>Estimate</div><div>What each source says</div></div>${body}</div>`;
  const note = !groups.length
    ? `<p class="small muted">The analysis compared no figures across sources, so no disagreements can be shown.</p>`
    : !d.disagreements.length
      ? `<p class="small muted">No disagreements between sources were found.</p>`
      : '';
  return `${head}${legend}${table}${note}</section>`;
}

function timeline(c: Ctx): string {
  const tl = [...c.d.timeline].sort((a, b) => a.date.localeCompare(b.date));
  const head = `<section id="timeline"><h2>Timeline <span class="ar" lang="ar" dir="rtl">التسلسل الزمني</span></h2>`;
  if (!tl.length) return head + none('No dated happenings were found.') + '</section>';
  // One block per date (and precision), its happenings under it.
  const days: { key: string; entries: DossierTimelineEntry[] }[] = [];
  for (const t of tl) {
    const key = `${t.date}|${t.precision}|${t.until ?? ''}`;
    if (days.length && days[days.length - 1].key === key) days[days.length - 1].entries.push(t);
    else days.push({ key, entries: [t] });
  }
  const items = days
    .map(({ entries }) => {
      const t0 = entries[0];
      const prec =
        t0.precision === 'day'
          ? ''
          : t0.precision === 'days' || t0.precision === 'week'
            ? `${t0.precision}${t0.until ? ` until ${dateText(t0.until)}` : ''}`
            : `whole ${t0.precision}`;
      const events = entries
        .map((t) => {
          const label = esc(words(t.type));
          const n = t.docs.length;
          return `<div class="tev"><div class="what">${t.evidence[0] ? src(c, t.evidence[0], label, 'event') : `<b>${label}</b>`}${t.place ? ` <span class="muted">at</span> ${entName(c, t.place)}` : ''}${t.actors.length ? ` <span class="muted">·</span> ${t.actors.map((a) => entName(c, a)).join(', ')}` : ''}
<span class="muted small">${n} ${n === 1 ? 'article' : 'articles'}:</span> ${t.docs.map((id) => `<span class="chip">${name(outletOf(c, id))}</span>`).join('')}</div>
${evidenceList(c, t.evidence)}</div>`;
        })
        .join('');
      return `<li class="tl"><div class="when">${esc(dateText(t0.date))}${prec ? `<span class="prec">${esc(prec)}</span>` : ''}</div><div class="dot"></div>
<div class="card">${events}</div></li>`;
    })
    .join('\n');
  return `${head}<p class="lead">Dated happenings in order, grouped by day, with the articles that report each and the words they were read from.</p><ol class="timeline">${items}</ol></section>`;
}

/** The passages an event was read from, long ones cut short (the link still opens the whole passage); one per article shown, the rest fold away. */
function evidenceList(c: Ctx, ev: (DossierSpan & { text: string })[]): string {
  const item = (e: DossierSpan & { text: string }) =>
    `<li>${src(c, e, esc(clip(e.text, 170)), 'event ar', e.text.length > 170 ? 'A long passage: click to read it whole' : '')} <span class="muted small who">${name(outletOf(c, e.doc))}</span></li>`;
  if (!ev.length) return '';
  const seen = new Set<string>();
  const shown: typeof ev = [];
  const rest: typeof ev = [];
  for (const e of ev) (seen.has(e.doc) ? rest : shown).push(e), seen.add(e.doc);
  return `<ul class="ev" dir="rtl" lang="ar">${shown.map(item).join('')}</ul>${rest.length ? `<details class="more"><summary>${rest.length} more ${rest.length === 1 ? 'passage' : 'passages'}</summary><ul class="ev" dir="rtl" lang="ar">${rest.map(item).join('')}</ul></details>` : ''}`;
}

/** The isnad of a statement as a chain: speaker → relays → outlet. */
function chain(c: Ctx, q: { speaker: string | null; via: string[]; doc: string }): string {
  const nodes = [
    q.speaker
      ? `<span class="node speaker">${entName(c, q.speaker)}</span>`
      : `<span class="node speaker muted">the outlet itself</span>`,
    ...q.via.map((v) => `<span class="node">${entName(c, v)}</span>`),
    `<span class="node outlet">${name(outletOf(c, q.doc))}</span>`,
  ];
  return `<div class="chain" aria-label="chain of reporting"><span class="muted small">Isnad:</span> ${nodes.join(`<span class="arrow" aria-hidden="true">→</span>`)}</div>`;
}

function quotes(c: Ctx): string {
  const head = `<section id="quotes"><h2>Who said what <span class="ar" lang="ar" dir="rtl">من قال ماذا</span></h2>`;
  if (!c.d.quotes.length) return head + none('No quotes or reported statements were found.') + '</section>';
  const by = new Map<string, DossierQuote[]>();
  for (const q of c.d.quotes) {
    const k = q.speaker ?? '';
    by.set(k, [...(by.get(k) ?? []), q]);
  }
  const groups = [...by.entries()].sort((a, b) =>
    (a[0] === '') !== (b[0] === '') ? (a[0] === '' ? 1 : -1) : b[1].length - a[1].length,
  );
  const html = groups
    .map(([sp, qs]) => {
      const e = sp ? c.ents.get(sp) : undefined;
      const title = sp
        ? `${entName(c, sp)}${e?.english_name ? ` <span class="muted small">${esc(e.english_name)}</span>` : ''}${e ? ` <span class="tag">${esc(e.type)}</span>` : ''}`
        : `<span>Unattributed: the outlets’ own narration</span>`;
      const items = qs.map((q) => {
        const cls = [q.direct ? 'direct' : 'indirect', q.stance === 'denies' ? 'denies' : '']
          .join(' ')
          .trim();
        return `<div class="q"><blockquote class="${cls}" dir="rtl" lang="ar">${src(c, q, esc(q.text), 'quote ar')}</blockquote>
<div class="qmeta small"><span class="muted">${q.direct ? 'Direct quote' : 'Reported speech'}${q.verb ? ` · ${name(q.verb)}` : ''}</span>${q.stance === 'denies' ? ` <span class="badge k-denial">denial</span>` : ''}${chain(c, q)}</div></div>`;
      });
      // Long lists fold after a few, so one talkative speaker does not bury the others.
      const FOLD = 4;
      const shown = items.slice(0, FOLD).join('');
      const rest =
        items.length > FOLD
          ? `<details class="more"><summary>${items.length - FOLD} more from this speaker</summary>${items.slice(FOLD).join('')}</details>`
          : '';
      return `<div class="card speaker"><h3>${title} <span class="muted small">${qs.length} ${qs.length === 1 ? 'statement' : 'statements'}</span></h3>${shown}${rest}</div>`;
    })
    .join('\n');
  return `${head}<p class="lead">Statements grouped by who made them; under each, its isnad: who said it, who relayed it, and the outlet that published it.</p><div class="quotes">${html}</div></section>`;
}

function sources(c: Ctx): string {
  const { d } = c;
  const head = `<section id="sources"><h2>Sources <span class="ar" lang="ar" dir="rtl">المصادر</span></h2>`;
  if (!d.documents.length) return head + none('No articles were read.') + '</section>';
  const groups = [
    ...d.claim_groups,
    ...d.disagreements.filter((g) => !d.claim_groups.some((x) => x.id === g.id)),
  ];
  const cards = d.documents
    .map((doc, i) => {
      // What only this article reports: figures no other article gives, events no other article dates,
      // speakers no other article quotes.
      // (Only groups count: a figure the analysis did not compare is not known to be unique.)
      const onlyFigs = groups
        .filter((g) => g.claims.length && g.claims.every((id) => c.claims.get(id)?.doc === doc.id))
        .flatMap((g) => g.claims)
        .map((id) => c.claims.get(id))
        .filter((x): x is DossierClaim => !!x);
      const onlyEvents = d.timeline.filter((t) => t.docs.length === 1 && t.docs[0] === doc.id);
      const spDocs = new Map<string, Set<string>>();
      for (const q of [...d.quotes, ...d.claims])
        if (q.speaker) spDocs.set(q.speaker, (spDocs.get(q.speaker) ?? new Set()).add(q.doc));
      const onlySpeakers = [...spDocs.entries()]
        .filter(([, s]) => s.size === 1 && s.has(doc.id))
        .map(([k]) => k);
      const only: string[] = [];
      if (onlyFigs.length) {
        const byMeasure = new Map<string, DossierClaim[]>();
        for (const x of onlyFigs) byMeasure.set(x.measure, [...(byMeasure.get(x.measure) ?? []), x]);
        only.push(
          `<li>Figures: ${[...byMeasure].map(([m, xs]) => `<span class="fgroup"><span class="small muted">${esc(MEASURE_WORDS[m] ?? m)}</span> ${xs.map((x) => claimChip(c, x, { who: false })).join(' ')}</span>`).join(' ')}</li>`,
        );
      }
      if (onlyEvents.length)
        only.push(
          `<li>Events: ${onlyEvents.map((t) => (t.evidence[0] ? src(c, t.evidence[0], esc(`${words(t.type)} (${dateText(t.date)})`), 'event chip') : `<span class="chip">${esc(words(t.type))}</span>`)).join(' ')}</li>`,
        );
      if (onlySpeakers.length)
        only.push(
          `<li>Speakers: ${onlySpeakers.map((s) => `<span class="chip">${entName(c, s)}</span>`).join(' ')}</li>`,
        );
      if (!groups.length && d.claims.some((x) => x.doc === doc.id))
        only.push(`<li class="muted">Figures: not compared across articles by the analysis.</li>`);
      const dl = doc.dateline;
      const pubHow = HOW_WORDS[doc.published_how] ?? doc.published_how;
      const pub = doc.published
        ? `${doc.published_precision && doc.published_precision !== 'day' ? 'about ' : ''}${doc.published_evidence ? src(c, doc.published_evidence, esc(dateText(doc.published))) : esc(dateText(doc.published))} <span class="muted small">(${esc(pubHow)})</span>`
        : `<span class="muted">publication date unknown</span>`;
      const open = openingLine(doc);
      const heading = doc.outlet
        ? name(doc.outlet)
        : `<span title="${esc(doc.id)}">Article ${esc(shortId(doc.id))}</span> <span class="muted small">outlet not given</span>`;
      const titleLine = doc.title
        ? `<div class="ttl ar" dir="rtl" lang="ar">${src(c, { doc: doc.id, start: 0, end: 0 }, esc(doc.title), 'doc')}</div>`
        : open
          ? `<div class="ttl ar" dir="rtl" lang="ar">${src(c, open, esc(clip(doc.text.slice(open.start, open.end), 140)), 'doc', 'The article’s first line: click to read the article')}</div>`
          : `<div>${src(c, { doc: doc.id, start: 0, end: 0 }, `<span class="muted">Untitled: read the article</span>`, 'doc')}</div>`;
      return `<article class="card source" id="doc-${i}"><h3>${heading}</h3>
${titleLine}
<div class="meta"><span>${pub}</span>${dl ? `<span>dateline ${src(c, { doc: doc.id, start: dl.start, end: dl.end }, dl.place ? name(dl.place) : name(clip(doc.text.slice(dl.start, dl.end), 40)))}</span>` : ''}<span>${esc(doc.source)}</span>${doc.encoding && doc.encoding !== 'utf-8' ? `<span>${esc(doc.encoding)}</span>` : ''}</div>
${doc.url ? `<div class="small">${safeUrl(doc.url)}</div>` : ''}
<div class="only"><b>Only here:</b> ${only.length ? `<ul>${only.join('')}</ul>` : `<span class="muted">nothing that other articles do not also report.</span>`}</div>
<details class="full"><summary>Full text (${n(doc.text.length)} characters)</summary><div class="fulltext ar" dir="rtl" lang="ar">${esc(doc.text)}</div></details></article>`;
    })
    .join('\n');
  return `${head}<p class="lead">Every article read, with what only it reports. Click its title (or, when it has none, its first line) to read the article.</p><div class="sources">${cards}</div></section>`;
}

function entities(c: Ctx): string {
  const head = `<section id="entities"><h2>Entities <span class="ar" lang="ar" dir="rtl">الأسماء</span></h2>`;
  if (!c.d.entities.length)
    return head + none('No people, organisations, places or facilities were found.') + '</section>';
  const order: Record<string, number> = { person: 0, organization: 1, location: 2, facility: 3, other: 4 };
  const ents = [...c.d.entities].sort(
    (a, b) => (order[a.type] ?? 9) - (order[b.type] ?? 9) || b.mentions.length - a.mentions.length,
  );
  const rows = ents
    .map((e) => {
      const docs = new Set(e.mentions.map((m) => m.doc));
      const variants = [...new Set(e.aliases.filter((a) => a !== e.name))];
      return `<tr><td><span class="tag">${esc(e.type)}</span></td><td>${e.mentions[0] ? src(c, e.mentions[0], name(e.name), 'ent') : name(e.name)}${e.english_name ? `<div class="small muted">${esc(e.english_name)}</div>` : ''}</td>
<td class="variants">${variants.length ? variants.map((a) => `<span class="chip">${name(a)}</span>`).join(' ') : `<span class="muted small">none</span>`}${e.merged_because.length ? `<details class="small"><summary class="muted">why merged</summary><ul>${e.merged_because.map((m) => `<li>${esc(m)}</li>`).join('')}</ul></details>` : ''}</td>
<td>${e.mentions.length}</td><td>${docs.size}</td></tr>`;
    })
    .join('\n');
  return `${head}<p class="lead">Each person, organisation, place and facility once, with the spellings the articles use. Click a name to see its first mention.</p>
<div class="tablewrap"><table class="ent"><thead><tr><th>Type</th><th>Name</th><th>Variants</th><th>Mentions</th><th>Articles</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function problems(c: Ctx): string {
  if (!c.d.problems.length) return '';
  return `<section id="problems"><h2>Inputs not read</h2><div class="card"><ul class="problems">${c.d.problems
    .map((p) => `<li><code>${esc(p.source)}</code>: ${esc(p.reason)}</li>`)
    .join('')}</ul></div></section>`;
}

// ------------------------------------------------------------------------------------------

/** The sha256 CSP source for an inline script's exact text. */
export function cspHash(script: string): string {
  return `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
}

/** The whole report as one self-contained HTML file. */
export function renderHtml(input: Dossier): string {
  // A dossier read from JSON may lack arrays (older or hand-made files): treat them as empty.
  const d: Dossier = {
    ...input,
    documents: (input.documents ?? []).map((x) => ({
      ...x,
      text: x.text ?? '',
      furniture: x.furniture ?? [],
    })),
    entities: (input.entities ?? []).map((e) => ({
      ...e,
      aliases: e.aliases ?? [],
      mentions: e.mentions ?? [],
      merged_because: e.merged_because ?? [],
    })),
    claims: (input.claims ?? []).map((x) => ({ ...x, via: x.via ?? [] })),
    quotes: (input.quotes ?? []).map((x) => ({ ...x, via: x.via ?? [] })),
    timeline: (input.timeline ?? []).map((t) => ({
      ...t,
      docs: t.docs ?? [],
      actors: t.actors ?? [],
      evidence: t.evidence ?? [],
    })),
    claim_groups: input.claim_groups ?? [],
    disagreements: input.disagreements ?? [],
    estimates: (input.estimates ?? []).map((e) => ({ ...e, claims: e.claims ?? [] })),
    problems: input.problems ?? [],
  };
  const c = context(d);
  const csp = [
    "default-src 'none'",
    `script-src ${cspHash(VIEWER_JS)}`,
    "style-src 'unsafe-inline'",
    'font-src data:',
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "object-src 'none'",
  ].join('; ');
  // The viewer needs only what it shows: text, furniture and a little metadata per article.
  const data = {
    docs: d.documents.map((x) => ({
      id: x.id,
      title: x.title,
      // Without a title, the viewer heads the article with its first line; without an outlet, a short id.
      heading: (() => {
        const o = openingLine(x);
        return o ? clip(x.text.slice(o.start, o.end), 120) : null;
      })(),
      label: shortId(x.id),
      outlet: x.outlet,
      date: x.published ? dateText(x.published) : null,
      source: x.source,
      text: x.text,
      furniture: (x.furniture ?? []).map((f) => ({ kind: f.kind, start: f.start, end: f.end })),
    })),
  };
  const outlets = [...new Set(d.documents.map((x) => x.outlet).filter(Boolean))];
  const sub = `${d.documents.length} ${d.documents.length === 1 ? 'article' : 'articles'}${outlets.length ? ` from ${outlets.length} ${outlets.length === 1 ? 'outlet' : 'outlets'}` : ''} · ${d.claims.length} figures · ${d.quotes.length} statements · ${d.entities.length} entities · ${d.timeline.length} dated events`;
  return `<!DOCTYPE html>
<html lang="en" dir="ltr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${esc(d.generated_by)}">
<title>isnad dossier</title>
<style>
${fontFaceCss()}
${reportCss()}
</style>
</head>
<body>
<header class="top"><div class="wrap">
<h1>isnad dossier <span class="ar" lang="ar" dir="rtl">ملف الإسناد</span></h1>
<p class="sub">${esc(sub)}</p>
<nav class="toc" aria-label="Sections"><a href="#glance">At a glance</a><a href="#figures">Figures</a><a href="#timeline">Timeline</a><a href="#quotes">Who said what</a><a href="#sources">Sources</a><a href="#entities">Entities</a></nav>
</div></header>
<noscript><div class="wrap"><p class="none">Scripts are off: links lead to the article’s card in Sources (open “Full text”), without the passage highlighted.</p></div></noscript>
<main class="wrap">
${glance(c)}
${figures(c)}
${timeline(c)}
${quotes(c)}
${sources(c)}
${entities(c)}
${problems(c)}
</main>
<footer><div class="wrap">Made by ${esc(d.generated_by)} (format ${esc(d.format)}). This file is self-contained: it makes no network requests. Offsets are UTF-16 code units into each article’s text as read.</div></footer>
<aside id="viewer" class="viewer" hidden tabindex="-1" role="dialog" aria-labelledby="viewer-title">
<div class="viewer-head"><div style="flex:1"><div id="viewer-meta" class="viewer-meta"></div><h2 id="viewer-title" class="ar" dir="auto"></h2></div><button id="viewer-close" class="viewer-close" type="button" aria-label="Close the article">×</button></div>
<div id="viewer-where" class="viewer-where"></div>
<div id="viewer-body" class="viewer-body ar" dir="rtl" lang="ar"></div>
</aside>
<script type="application/json" id="isnad-data">${jsonForScript(data)}</script>
<script>${VIEWER_JS}</script>
</body>
</html>
`;
}
