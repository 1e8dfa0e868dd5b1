// A speaker named by a bare definite noun stands for the body or source named before it: «الوزارة» for
// «وزارة الصحة», «المصادر» for «مصادر حكومية», «بيان اللجنة» for «اللجنة الدولية …». What a body issued,
// named alone («البيان», «التقرير»), speaks for whoever issued it: the speaker of the statement before.
// Resolved once the document is read, over the statements, quotes and their relays.

import { loadTsv, wordSet } from '../../lexicon/index.js';
import { looseKey } from '../../text/normalize.js';
import type { Attribution, Mention, Quote, Statement } from '../../types.js';
import { attribution } from './statement-at.js';

let documentNouns: Set<string> | null = null;
const isDocumentNoun = (w: string) =>
  (documentNouns ??= new Set(loadTsv('document-nouns').map((r) => looseKey(r.word!)))).has(w);

/** "Itself" after a noun (الوكالة نفسها), loose keys. */
const ITSELF = new Set([...wordSet('rule-words', 'itself')].map((w) => looseKey(w)));

/** What a speaker's words make of it: a bare definite head (its word without ال), or what a body issued. */
function anaphor(m: Mention): { head: string; issued: boolean } | null {
  // a known name, or a person named after a rank or role (اللواء التركي): not an anaphor
  if (m.how === 'lexicon' || m.how === 'model' || (m.type === 'person' && m.title)) return null;
  const words = looseKey(m.surface).split(' ');
  // الوكالة نفسها: the noun alone
  if (words.length === 2 && ITSELF.has(words[1]!)) words.pop();
  const bare = (w: string | undefined) => (w && /^ال.{3,}$/.test(w) ? w.slice(2) : null);
  if (words.length === 1) {
    const head = bare(words[0]);
    return head ? { head, issued: isDocumentNoun(head) } : null;
  }
  // بيان اللجنة: the body's bare head after what it issued
  if (words.length === 2 && isDocumentNoun(words[0]!)) {
    const head = bare(words[1]);
    return head && !isDocumentNoun(head) ? { head, issued: false } : null;
  }
  return null;
}

/** The forms the first word of a name may take: as written, without one proclitic, without the article. */
function firstWordForms(m: Mention): string[] {
  const w = looseKey(m.surface).split(' ')[0] ?? '';
  const forms = [w, w.replace(/^[وفبل](?=...)/, '')];
  return forms.flatMap((f) => [f, f.replace(/^ال(?=...)/, '')]);
}

/** Replaces anaphoric speakers and relays in place. One sweep in reading order: the names and statements
 *  seen so far give, for each anaphor, the nearest name with its head and the last issuer before it. */
export function resolveAnaphora(
  segments: Statement[],
  quotes: Quote[],
  mentions: Mention[],
  speakers: Mention[],
): void {
  const used = new Set<Mention>();
  for (const x of [...segments, ...quotes]) {
    if (x.attribution.speaker) used.add(x.attribution.speaker);
    for (const v of x.attribution.via) used.add(v);
  }
  const anaphors = [...used]
    .map((m) => ({ m, a: anaphor(m) }))
    .filter((x) => x.a)
    .sort((x, y) => x.m.start - y.m.start);
  if (!anaphors.length) return;
  const names = [...mentions, ...speakers]
    .filter((m) => m.surface.trim().includes(' ') && !anaphor(m))
    .sort((x, y) => x.end - y.end);
  const order = [...segments].sort((x, y) => x.start - y.start);
  const byHead = new Map<string, Mention>();
  let issuer: Mention | null = null;
  let ni = 0,
    si = 0;
  const resolved = new Map<Mention, Mention>();
  for (const { m, a } of anaphors) {
    for (; ni < names.length && names[ni]!.end <= m.start; ni++)
      for (const f of firstWordForms(names[ni]!)) byHead.set(f, names[ni]!);
    // the issuer: the speaker of the last statement before it (an anaphor as resolved)
    for (; si < order.length && order[si]!.start < m.start; si++) {
      const sp = order[si]!.attribution.speaker;
      const named = sp && (resolved.get(sp) ?? (anaphor(sp) ? null : sp));
      if (named) issuer = named;
    }
    const to = a!.issued ? issuer : (byHead.get(a!.head) ?? null);
    if (to && to !== m) resolved.set(m, to);
  }
  const resolve = (m: Mention) => resolved.get(m) ?? m;
  const fix = (att: Attribution): Attribution => {
    const speaker = att.speaker ? resolve(att.speaker) : null;
    if (speaker === att.speaker && att.via.every((v) => !resolved.has(v))) return att;
    return attribution(
      speaker,
      att.via.map(resolve).filter((v) => v !== speaker),
      att.verb,
      att.stance,
      att.how,
    );
  };
  for (const s of segments) s.attribution = fix(s.attribution);
  for (const q of quotes) q.attribution = fix(q.attribution);
}
