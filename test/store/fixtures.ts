// Invented articles for the store and serve tests: plain text, a saved HTML page and an RSS feed,
// one of them full of hostile markup.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HOSTILE = `<script>alert(1)</script>"><img src=x onerror=alert(1)>'><svg onload=alert(1)></script><!--`;

export function writeInputs(): { dir: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-desk-'));
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  const rows = [
    {
      id: 'flood-1',
      title: 'فيضانات تجتاح مدينة الوادي الأخضر',
      text: 'فيضانات تجتاح مدينة الوادي الأخضر\n\nقال الدفاع المدني إن 12 شخصا قتلوا في فيضانات مدينة الوادي الأخضر وأصيب 30 آخرون.',
      published: '2020-03-01T10:00:00Z',
      outlet: 'Outlet One',
      url: 'https://example.org/a/1',
    },
    {
      id: 'flood-2',
      title: 'الدفاع المدني: فيضانات الوادي الأخضر تقتل 14',
      text: `الدفاع المدني: فيضانات الوادي الأخضر تقتل 14\n\nأعلن الدفاع المدني مقتل 14 شخصا في فيضانات مدينة الوادي الأخضر ${HOSTILE}.`,
      published: '2020-03-02T09:00:00Z',
      outlet: `Outlet ${HOSTILE}`,
      url: 'https://example.org/b/2',
    },
  ];
  writeFileSync(join(inputs, 'stream.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(
    join(inputs, 'page.html'),
    `<!doctype html><html><head><title>قمة التجارة</title><meta property="og:site_name" content="Outlet Three">
<meta property="article:published_time" content="2020-03-05T08:00:00Z"><link rel="canonical" href="https://example.org/c/3"></head>
<body><nav>القائمة الرئيسية</nav><article><h1>قمة اقتصادية في العاصمة الشمالية</h1>
<p>بحث وزراء التجارة في القمة الاقتصادية بالعاصمة الشمالية خفض الجمارك بين الدول المشاركة في القمة.</p>
<p>وقال رئيس القمة إن الاتفاق سيشمل 20 دولة في المرحلة الأولى، وإن الجمارك ستنخفض تدريجيا خلال عامين.</p>
<p>وأضاف أن الدول المشاركة ستجتمع مرة أخرى في العاصمة الشمالية لمراجعة ما تحقق من خفض الجمارك والتجارة.</p></article></body></html>`,
  );
  writeFileSync(
    join(inputs, 'feed.xml'),
    `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Outlet Four</title>
<item><title>فيضانات الوادي الأخضر: ارتفاع عدد القتلى</title><link>https://example.org/d/4</link>
<guid>item-4</guid><pubDate>Mon, 02 Mar 2020 12:00:00 GMT</pubDate>
<description>&lt;p&gt;ارتفع عدد قتلى فيضانات مدينة الوادي الأخضر إلى 15 شخصا بحسب الدفاع المدني.&lt;/p&gt;</description></item>
</channel></rss>`,
  );
  return { dir: inputs, db: join(dir, 'desk.db') };
}
