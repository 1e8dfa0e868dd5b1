// "Entities": each person, organisation, place and facility once, with its spellings; and the inputs
// that could not be read.

import { englishName } from '../english/index.js';
import { type Ctx, none, src } from './context.js';
import { esc, name } from './escape.js';
import { codeUi, ui, uiText } from './ui.js';

const TYPE_ORDER: Record<string, number> = { person: 0, organization: 1, location: 2, facility: 3, other: 4 };

export function entities(c: Ctx): string {
  const head = `<section id="entities"><h2>${ui('entities')}</h2>`;
  if (!c.d.entities.length) return head + none('noEntities') + '</section>';
  const ents = [...c.d.entities].sort(
    (a, b) => (TYPE_ORDER[a.type] ?? 9) - (TYPE_ORDER[b.type] ?? 9) || b.mentions.length - a.mentions.length,
  );
  const rows = ents.map((e) => {
    const docs = new Set(e.mentions.map((m) => m.doc));
    const variants = [...new Set(e.aliases.filter((a) => a !== e.name))];
    const why = e.merged_because.length
      ? `<details class="small"><summary class="muted">${ui('whyMerged')}</summary><ul>${e.merged_because.map((m) => `<li>${esc(m)}</li>`).join('')}</ul></details>`
      : '';
    const english = englishName(e);
    return `<tr><td><span class="tag">${codeUi(e.type)}</span></td><td>${e.mentions[0] ? src(c, e.mentions[0], name(e.name), 'ent') : name(e.name)}<div class="small muted">${english.how === 'transliteration' ? `<i title="${esc(uiText('transliterated', 'en'))}">${esc(english.name.replace(/ \(transliterated\)$/, ''))}</i>` : name(english.name)}</div></td>
<td class="variants">${variants.length ? variants.map((a) => `<span class="chip">${name(a)}</span>`).join(' ') : `<span class="muted small">${ui('none')}</span>`}${why}</td>
<td>${e.mentions.length}</td><td>${docs.size}</td></tr>`;
  });
  const table = c.pager.list(
    'entities',
    rows,
    (attr, inner) =>
      `<div class="tablewrap"><table class="ent"><thead><tr><th>${ui('colType')}</th><th>${ui('colName')}</th><th>${ui('colVariants')}</th><th>${ui('colMentions')}</th><th>${ui('colArticles')}</th></tr></thead><tbody${attr}>${inner}</tbody></table></div>`,
    'names',
    100,
  );
  return `${head}<p class="lead">${ui('entitiesLead')}</p>
${table}</section>`;
}

export function problems(c: Ctx): string {
  if (!c.d.problems.length) return '';
  return `<section id="problems"><h2>${ui('problems')}</h2><div class="card"><ul class="problems">${c.d.problems
    .map((p) => `<li><code>${esc(p.source)}</code>: ${esc(p.reason)}</li>`)
    .join('')}</ul></div></section>`;
}
