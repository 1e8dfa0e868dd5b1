// Lookups built once per render, and the small pieces every section uses: what to call an article,
// a link to a passage, a figure as a chip. Every string from the dossier is escaped here or by the
// caller (escape.ts); lookups are maps, so rendering stays linear in the dossier's size.

import { englishName, measureLabel } from '../english/index.js';
import type {
  DifferenceKind,
  Dossier,
  DossierClaim,
  DossierClaimGroup,
  DossierDocument,
  DossierEntity,
  DossierSpan,
} from '../types.js';
import { esc, name } from './escape.js';
import type { StringKey } from './interface-strings.js';
import { Pager } from './pages.js';
import { codeUi, type TitleAttr, titleAttr, ui, uiText } from './ui.js';
import { KIND_KEYS, valueText } from './words.js';

export interface Ctx {
  d: Dossier;
  docs: Map<string, DossierDocument>;
  docIndex: Map<string, number>;
  ents: Map<string, DossierEntity>;
  claims: Map<string, DossierClaim>;
  /** claim_groups, then the disagreements that are not among them: each group once. */
  groups: DossierClaimGroup[];
  groupById: Map<string, DossierClaimGroup>;
  /** Long lists: the rest of each after its first page (pages.ts). */
  pager: Pager;
}

export function context(d: Dossier): Ctx {
  const ids = new Set(d.claim_groups.map((g) => g.id));
  const groups = [...d.claim_groups, ...d.disagreements.filter((g) => !ids.has(g.id))];
  const groupById = new Map<string, DossierClaimGroup>();
  for (const g of groups) if (!groupById.has(g.id)) groupById.set(g.id, g);
  return {
    d,
    docs: new Map(d.documents.map((x) => [x.id, x])),
    docIndex: new Map(d.documents.map((x, i) => [x.id, i])),
    ents: new Map(d.entities.map((x) => [x.id, x])),
    claims: new Map(d.claims.map((x) => [x.id, x])),
    groups,
    groupById,
    pager: new Pager(),
  };
}

/** A long file-derived id shortened for chips and headings ("000_8a38dad5baed7584" → "000_8a38…"). */
export function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 8)}…` : id;
}

/** Text cut at a word boundary to about `max` characters, with an ellipsis when cut. */
export function clip(s: string, max: number): string {
  const t = (s.length > max * 4 ? s.slice(0, max * 4) : s).replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > max * 0.6 ? cut.slice(0, sp) : cut).trim()}…`;
}

/** What to call an article: its outlet, else its title (shortened), else a short form of its id. */
export function outletOf(c: Ctx, docId: string): string {
  const doc = c.docs.get(docId);
  if (doc?.outlet) return doc.outlet;
  if (doc?.title) return clip(doc.title, 48);
  return shortId(docId);
}

/** The first line of an article that is not page furniture, as a span: what a reader sees as its opening. */
export function openingLine(doc: DossierDocument): DossierSpan | null {
  const text = doc.text;
  for (let pos = 0; pos < text.length; ) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    const line = text.slice(pos, nl);
    const start = pos + (line.length - line.trimStart().length);
    const end = pos + line.trimEnd().length;
    pos = nl + 1;
    if (end <= start) continue;
    if (doc.furniture.some((f) => f.start <= start && f.end >= end)) continue;
    if (line.trim().split(/\s+/, 3).length < 3) continue;
    return { doc: doc.id, start, end };
  }
  return null;
}

const ARABIC_RUN =
  /([\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF][\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF\s“”"'«»ـ.-]*[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF“”"»])/;

/**
 * Free text of the analysis (an explanation) that mixes English with Arabic names: escaped, each Arabic
 * run isolated so it cannot reorder the English around it, article ids replaced by the articles' labels
 * (looked up word by word, so the cost does not grow with the number of articles).
 */
export function mixed(c: Ctx, s: string): string {
  const t = s.replace(/[^\s,;:()]{13,}/g, (w) => {
    const bare = w.replace(/[.,;:!?]+$/, '');
    if (c.docs.has(w)) return outletOf(c, w);
    if (c.docs.has(bare)) return outletOf(c, bare) + w.slice(bare.length);
    return w;
  });
  return t
    .split(ARABIC_RUN)
    .map((x, i) => (i % 2 ? `<bdi class="ar" dir="rtl" lang="ar">${esc(x)}</bdi>` : esc(x)))
    .join('');
}

/** The gist of a group's explanation: its first clause, without the per-claim list that follows it. */
export function gist(s: string): string {
  const t = s.replace(/\s*\([^()]*\)/g, '');
  const i = t.indexOf(':');
  const head = (i > 0 ? t.slice(0, i) : t).trim().replace(/[.;,]$/, '');
  return head.length > 160 ? clip(head, 160) : `${head}.`;
}

/** An entity's name in each language of the interface: as written in Arabic, and its English name (a
 *  transliteration in italics, saying so on hover). */
export function entityLabel(e: DossierEntity): string {
  const english = englishName(e);
  const translit = english.how === 'transliteration';
  // the English name says on hover how it is written in the articles (and when it is a transliteration)
  const title = `${e.name}${translit ? ` (${uiText('transliterated', 'en')})` : ''}`;
  const shown = translit ? english.name.replace(/ \(transliterated\)$/, '') : english.name;
  return `<span class="ui-en"><bdi${translit ? ' class="translit"' : ''} title="${esc(title)}">${esc(shown)}</bdi></span><span class="ui-ar">${name(e.name)}</span>`;
}

/** An entity reference (id) or free text, as a name. */
export function entName(c: Ctx, ref: string | null | undefined): string {
  if (!ref) return name(null);
  const e = c.ents.get(ref);
  return e ? entityLabel(e) : name(ref);
}

/**
 * A link to a passage: the provenance of whatever it wraps. `inner` is already-escaped HTML.
 * Without scripts the href leads to the article's card in Sources.
 */
export function src(
  c: Ctx,
  span: DossierSpan,
  inner: string,
  cls = '',
  title: string | TitleAttr = '',
): string {
  const i = c.docIndex.get(span.doc);
  const href = i === undefined ? '#sources' : `#doc-${i}`;
  const t = typeof title !== 'string' ? title.attr : title ? ` title="${esc(title)}"` : '';
  return `<a class="src${cls ? ' ' + esc(cls) : ''}" href="${href}" data-doc="${esc(span.doc)}" data-start="${Number(span.start) | 0}" data-end="${Number(span.end) | 0}"${t}>${inner}</a>`;
}

/** A claim as a value chip: the value, who says it, in which outlet. */
export function claimChip(c: Ctx, cl: DossierClaim, opts: { who?: boolean } = {}): string {
  const v = valueText(cl.value);
  const deny = cl.stance === 'denies';
  const speaker = cl.speaker ? (c.ents.get(cl.speaker)?.name ?? cl.speaker) : null;
  const outlet = outletOf(c, cl.doc);
  const title = titleAttr('tipChip', (lang) => ({
    deny: deny ? uiText('tipDenies', lang) : '',
    value: lang === 'en' ? v.long : v.short,
    measure: measureLabel(cl.measure, lang),
    group: cl.group ? ` (${cl.group})` : '',
    who: speaker ? uiText('tipWhoIn', lang, { speaker }) : '',
    outlet,
  }));
  const who =
    opts.who === false
      ? ''
      : ` <span class="who">${speaker ? name(speaker) + ' · ' : ''}${name(outlet)}</span>`;
  return src(
    c,
    cl,
    `${deny ? `${ui('denies')} ` : ''}${esc(v.short)}${who}`,
    `chip val fig${deny ? ' deny' : ''}`,
    title,
  );
}

export function kindBadge(kind: string): string {
  const key = KIND_KEYS[kind as DifferenceKind];
  const title = key ? titleAttr(key).attr : ` title="${esc(kind)}"`;
  return `<span class="badge k-${esc(kind)}"${title}>${codeUi(kind)}</span>`;
}

/** The line said when a section has nothing to show. */
export function none(what: StringKey): string {
  return `<p class="none">${ui(what)}</p>`;
}

/** A count for the page: a finite whole number, whatever the dossier held. */
export function int(x: unknown): string {
  const v = Number(x);
  return Number.isFinite(v) ? String(Math.trunc(v)) : '?';
}

/** Items grouped by a key, in first-seen order (one pass; no copying of the groups). */
export function groupBy<T>(items: Iterable<T>, key: (x: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}
