// The fuzzer's worker thread: one case at a time through decoding, extraction, reconciliation and
// the report, with the checks of fuzz.ts. It never throws: what goes wrong is the answer.
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from '../src/extract/index.js';
import { decodeBytes } from '../src/ingest/index.js';
import { buildDossier } from '../src/reconcile/index.js';
import { renderHtml } from '../src/report/html.js';
import type { Document, Dossier } from '../src/types.js';
import type { CaseInput, CaseResult } from './fuzz-case.js';
import { markupProblems } from './markup-check.js';

type Span = { doc?: string; start: number; end: number };

/** Every span of the dossier inside its article, and quotes and claims equal to the text they span. */
function badSpans(d: Dossier): string[] {
  const texts = new Map(d.documents.map((x) => [x.id, x.text]));
  const out: string[] = [];
  const check = (what: string, s: Span | null | undefined, doc?: string) => {
    if (!s) return;
    const text = texts.get(s.doc ?? doc ?? '');
    if (text === undefined) out.push(`${what}: no article ${s.doc ?? doc}`);
    else if (
      !(
        Number.isInteger(s.start) &&
        Number.isInteger(s.end) &&
        0 <= s.start &&
        s.start <= s.end &&
        s.end <= text.length
      )
    )
      out.push(`${what} [${s.start}, ${s.end}) outside a text of ${text.length}`);
  };
  for (const x of d.documents) {
    check('published evidence', x.published_evidence, x.id);
    check('dateline', x.dateline, x.id);
    for (const f of x.furniture) check('furniture', f, x.id);
  }
  for (const e of d.entities) for (const m of e.mentions) check(`mention of ${e.id}`, m);
  for (const t of d.timeline) for (const ev of t.evidence) check(`evidence of ${t.id}`, ev);
  for (const x of [...d.claims, ...d.quotes]) {
    check(x.id, x);
    const text = texts.get(x.doc);
    if (text !== undefined && text.slice(x.start, x.end) !== x.text)
      out.push(`${x.id}: its text is not the text it spans`);
  }
  for (const c of d.claims) check(`number of ${c.id}`, c.number, c.doc);
  return out;
}

function runCase(c: CaseInput): CaseResult {
  let text = c.text;
  let encoding = 'utf-8';
  if (c.bytes) {
    const decoded = decodeBytes(c.bytes);
    if ('error' in decoded) return { error: null, badSpans: [], markup: [] }; // refused with a reason: fine
    text = decoded.text;
    encoding = decoded.encoding;
  }
  const doc: Document = {
    id: c.id,
    source: `${c.id}.txt`,
    text: text ?? '',
    title: c.title,
    outlet: c.outlet,
    url: c.url,
    encoding,
  };
  const dossier = buildDossier([analyzeDocument(doc, null)]);
  const html = renderHtml(dossier);
  return { error: null, badSpans: badSpans(dossier), markup: markupProblems(html) };
}

parentPort?.on('message', (c: CaseInput) => {
  let r: CaseResult;
  try {
    r = runCase(c);
  } catch (e) {
    r = {
      error: (e as Error)?.stack?.split('\n').slice(0, 3).join(' | ') ?? String(e),
      badSpans: [],
      markup: [],
    };
  }
  parentPort!.postMessage(r);
});
