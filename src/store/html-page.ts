// A saved HTML page → one Document: the article's text found by Readability (paragraphs kept apart
// by blank lines), the title, outlet, date and URL from the page's metadata when it has them.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Document, InputProblem } from '../types.js';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td';

function meta(doc: ReturnType<typeof parseHTML>['document'], ...names: string[]): string | null {
  for (const n of names) {
    const el = doc.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** Text of an HTML fragment, one block a paragraph. */
export function htmlText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll(BLOCKS)]
    .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const text = blocks.length ? blocks.join('\n\n') : (document.body?.textContent ?? '');
  return text.replace(/[ \t]+/g, ' ').trim();
}

export function readHtmlPage(source: string, id: string, html: string): Document | InputProblem {
  const { document } = parseHTML(html);
  const title = meta(document, 'og:title', 'twitter:title') ?? document.title?.trim() ?? null;
  const outlet = meta(document, 'og:site_name', 'application-name', 'publisher');
  const published = meta(
    document,
    'article:published_time',
    'datePublished',
    'date',
    'pubdate',
    'og:updated_time',
  );
  const url =
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta(document, 'og:url');
  // biome-ignore lint/suspicious/noExplicitAny: linkedom's document is DOM-compatible enough for Readability
  const article = new Readability(document as any).parse();
  const body = article?.content ? htmlText(article.content) : '';
  if (!body) return { source, reason: 'no article text found in the page' };
  const head = article?.title?.trim() || title;
  return {
    id,
    source,
    text: head ? `${head}\n\n${body}` : body,
    title: head ?? null,
    outlet: outlet ?? article?.siteName ?? null,
    url: url ?? null,
    publishedInput: published ?? article?.publishedTime ?? null,
    encoding: 'utf-8',
  };
}
