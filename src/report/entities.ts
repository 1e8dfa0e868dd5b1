// "Entities": each person, organisation, place and facility once, with its spellings; and the inputs
// that could not be read.
import { type Ctx, none, src } from './context.js';
import { esc, name } from './escape.js';

const TYPE_ORDER: Record<string, number> = { person: 0, organization: 1, location: 2, facility: 3, other: 4 };

export function entities(c: Ctx): string {
  const head = `<section id="entities"><h2>Entities <span class="ar" lang="ar" dir="rtl">الأسماء</span></h2>`;
  if (!c.d.entities.length)
    return head + none('No people, organisations, places or facilities were found.') + '</section>';
  const ents = [...c.d.entities].sort(
    (a, b) => (TYPE_ORDER[a.type] ?? 9) - (TYPE_ORDER[b.type] ?? 9) || b.mentions.length - a.mentions.length,
  );
  const rows = ents.map((e) => {
    const docs = new Set(e.mentions.map((m) => m.doc));
    const variants = [...new Set(e.aliases.filter((a) => a !== e.name))];
    const why = e.merged_because.length
      ? `<details class="small"><summary class="muted">why merged</summary><ul>${e.merged_because.map((m) => `<li>${esc(m)}</li>`).join('')}</ul></details>`
      : '';
    return `<tr><td><span class="tag">${esc(e.type)}</span></td><td>${e.mentions[0] ? src(c, e.mentions[0], name(e.name), 'ent') : name(e.name)}${e.english_name ? `<div class="small muted">${esc(e.english_name)}</div>` : ''}</td>
<td class="variants">${variants.length ? variants.map((a) => `<span class="chip">${name(a)}</span>`).join(' ') : `<span class="muted small">none</span>`}${why}</td>
<td>${e.mentions.length}</td><td>${docs.size}</td></tr>`;
  });
  const table = c.pager.list(
    'entities',
    rows,
    (attr, inner) =>
      `<div class="tablewrap"><table class="ent"><thead><tr><th>Type</th><th>Name</th><th>Variants</th><th>Mentions</th><th>Articles</th></tr></thead><tbody${attr}>${inner}</tbody></table></div>`,
    'names',
    100,
  );
  return `${head}<p class="lead">Each person, organisation, place and facility once, with the spellings the articles use. Click a name to see its first mention.</p>
${table}</section>`;
}

export function problems(c: Ctx): string {
  if (!c.d.problems.length) return '';
  return `<section id="problems"><h2>Input problems</h2><div class="card"><ul class="problems">${c.d.problems
    .map((p) => `<li><code>${esc(p.source)}</code>: ${esc(p.reason)}</li>`)
    .join('')}</ul></div></section>`;
}
