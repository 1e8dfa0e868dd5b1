// An RSS 2.0 or Atom file → one Document per item (fast-xml-parser): title, text (the item's HTML
// content or description as text), link, date; the outlet is the feed's title. An item's id is its
// guid or link, hashed, so that the same item read again is the same article.
import { createHash } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import type { Document, InputProblem } from '../types.js';
import { htmlText } from './html-page.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text' });

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && '#text' in v) return str((v as Node)['#text']);
  return null;
}

const list = (v: unknown): Node[] => (Array.isArray(v) ? v : v ? [v] : []) as Node[];

function atomLink(v: unknown): string | null {
  for (const l of list(v)) if (!l['@rel'] || l['@rel'] === 'alternate') return str(l['@href']);
  return typeof v === 'string' ? v : null;
}

export function* readFeed(source: string, xml: string): Generator<Document | InputProblem> {
  const root = parser.parse(xml) as Node;
  const channel = (root.rss as Node | undefined)?.channel as Node | undefined;
  const feed = root.feed as Node | undefined;
  if (!channel && !feed) {
    yield { source, reason: 'neither an RSS nor an Atom feed (no <rss><channel> or <feed>)' };
    return;
  }
  const outlet = str((channel ?? feed)!.title);
  const items = channel ? list(channel.item) : list(feed!.entry);
  let n = 0;
  for (const item of items) {
    n++;
    const title = str(item.title);
    const link = channel ? str(item.link) : atomLink(item.link);
    const html =
      str(item['content:encoded']) ?? str(item.content) ?? str(item.description) ?? str(item.summary);
    const body = html ? htmlText(html) : '';
    if (!body && !title) {
      yield { source: `${source}#${n}`, reason: 'item has neither text nor title' };
      continue;
    }
    const key = str(item.guid) ?? str(item.id) ?? link ?? `${source}#${n}`;
    yield {
      id: `feed-${createHash('sha1').update(key).digest('hex').slice(0, 16)}`,
      source: `${source}#${n}`,
      text: title && body ? `${title}\n\n${body}` : (title ?? body),
      title,
      outlet,
      url: link,
      publishedInput: str(item.pubDate) ?? str(item.published) ?? str(item.updated) ?? str(item['dc:date']),
      encoding: 'utf-8',
    };
  }
}
