// Long lists in pages: the first page of each list is in the page's markup, the rest waits in the
// data block as HTML already escaped here (chunks of one page each) until "Show more" asks for it.
// A report of thousands of articles then opens with a small DOM, and a click restyles only that.
// The held-back HTML is exactly what would have been in the page: the same escaping, the same CSP.

import { ui } from './ui.js';

/** Items per page of a long list. */
export const PAGE = 50;

export class Pager {
  /** list key → the chunks not yet in the page, in order. */
  readonly held: Record<string, string[]> = {};

  /**
   * The first page of `items` in their container, then the button for the rest. `wrap` puts the items
   * in the container and gives it `attr` (data-list=key, where the rest goes); `what` names the items.
   */
  list(
    key: string,
    items: string[],
    wrap: (attr: string, inner: string) => string,
    what: string,
    page = PAGE,
  ): string {
    const shown = items.slice(0, page).join('\n');
    const rest = items.length - page;
    if (rest <= 0) return wrap('', shown);
    const chunks: string[] = [];
    for (let i = page; i < items.length; i += page) chunks.push(items.slice(i, i + page).join('\n'));
    this.held[key] = chunks;
    return `${wrap(` data-list="${key}"`, shown)}
<p class="more-line"><button class="more-btn" type="button" data-more="${key}" data-left="${rest}" data-page="${page}" hidden>${ui('moreButton', { n: Math.min(rest, page), what, left: rest })}</button><noscript>${ui('moreNoscript', { left: rest, what })}</noscript></p>`;
  }
}
