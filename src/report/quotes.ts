// "Who said what": statements grouped by who made them, each with its isnad (speaker → relays → outlet).
import type { DossierQuote } from '../types.js';
import { type Ctx, entName, groupBy, none, outletOf, src } from './context.js';
import { esc, name } from './escape.js';
import { codeUi, ui } from './ui.js';

/** Statements shown per speaker before the rest folds away. */
const FOLD = 4;

/** The isnad of a statement as a chain: speaker → relays → outlet. */
function chain(c: Ctx, q: { speaker: string | null; via: string[]; doc: string }): string {
  const nodes = [
    q.speaker
      ? `<span class="node speaker">${entName(c, q.speaker)}</span>`
      : `<span class="node speaker muted">${ui('theOutletItself')}</span>`,
    ...q.via.map((v) => `<span class="node">${entName(c, v)}</span>`),
    `<span class="node outlet">${name(outletOf(c, q.doc))}</span>`,
  ];
  return `<div class="chain" aria-label="chain of reporting"><span class="muted small">${ui('isnad')}</span> ${nodes.join(`<span class="arrow" aria-hidden="true">→</span>`)}</div>`;
}

function statement(c: Ctx, q: DossierQuote): string {
  const cls = [q.direct ? 'direct' : 'indirect', q.stance === 'denies' ? 'denies' : ''].join(' ').trim();
  return `<div class="q"><blockquote class="${cls}" dir="rtl" lang="ar">${src(c, q, esc(q.text), 'quote ar')}</blockquote>
<div class="qmeta small"><span class="muted">${ui(q.direct ? 'directQuote' : 'reportedSpeech')}${q.verb ? ` · ${name(q.verb)}` : ''}</span>${q.stance === 'denies' ? ` <span class="badge k-denial">${ui('denial')}</span>` : ''}${chain(c, q)}</div></div>`;
}

function speakerCard(c: Ctx, sp: string, qs: DossierQuote[]): string {
  const e = sp ? c.ents.get(sp) : undefined;
  const title = sp
    ? `${entName(c, sp)}${e ? ` <span class="muted small ui-en">${name(e.name)}</span> <span class="tag">${codeUi(e.type)}</span>` : ''}`
    : `<span>${ui('unattributed')}</span>`;
  const items = qs.map((q) => statement(c, q));
  // Long lists fold after a few, so one talkative speaker does not bury the others.
  const rest =
    items.length > FOLD
      ? `<details class="more"><summary>${ui('moreFromSpeaker', { n: items.length - FOLD })}</summary>${items.slice(FOLD).join('')}</details>`
      : '';
  return `<div class="card speaker"><h3>${title} <span class="muted small">${ui('statementsCount', { n: qs.length })}</span></h3>${items.slice(0, FOLD).join('')}${rest}</div>`;
}

export function quotes(c: Ctx): string {
  const head = `<section id="quotes"><h2>${ui('quotes')}</h2>`;
  if (!c.d.quotes.length) return head + none('noQuotes') + '</section>';
  const groups = [...groupBy(c.d.quotes, (q) => q.speaker ?? '')].sort((a, b) =>
    (a[0] === '') !== (b[0] === '') ? (a[0] === '' ? 1 : -1) : b[1].length - a[1].length,
  );
  const cards = groups.map(([sp, qs]) => speakerCard(c, sp, qs));
  const list = c.pager.list(
    'quotes',
    cards,
    (attr, inner) => `<div class="quotes"${attr}>${inner}</div>`,
    'speakers',
  );
  return `${head}<p class="lead">${ui('quotesLead')}</p>${list}</section>`;
}
