// Readers for the out-of-domain NER corpora in ../shared/data/arabic-ner, their types mapped onto ours:
// NewsFANE gold (Alotaibi & Lee 2014; 50 fine-grained classes) and the Wojood sample (Jarrar et al. 2022;
// 21 types, nested). Types we do not tag (products, facilities, nationalities, dates...) become MISC, so a
// PERS/LOC/ORG prediction over them counts as a false positive, and only PERS/LOC/ORG are reported.
import { normalize } from '../../text/normalize.js';
import type { TaggedSentence } from './corpus.js';
import type { NerTag, NerType } from './tags.js';

const FANE: Record<string, NerType> = {};
for (const t of 'Politician Athlete Artist Other_PER Religious_PER Scientist Businessperson Lawyer Engineer Police'.split(
  ' ',
))
  FANE[t] = 'PERS';
for (const t of 'Nation Population-Center State-or-Province GPE-Cluster Continent County-or-District Water-Body Land-Region-Natural Address Boundary Region-General'.split(
  ' ',
))
  FANE[t] = 'LOC';
for (const t of 'Non-Governmental Sports Government Media Commercial Educational Medical-Science Entertainment Religious_ORG'.split(
  ' ',
))
  FANE[t] = 'ORG';

const WOJOOD: Record<string, NerType> = { PERS: 'PERS', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC' };

/** NewsFANE type → ours (MISC for the types we do not tag). */
export const newsFaneType = (fine: string): NerType => FANE[fine] ?? 'MISC';
/** Wojood type → ours (MISC for the types we do not tag). */
export const wojoodType = (t: string): NerType => WOJOOD[t] ?? 'MISC';

/** NewsFANE: `token<TAB>tag` lines (a left-to-right mark before each token), a line of only a tab between
 *  sentences. */
export function parseNewsFane(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  for (const raw of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    const [w0 = '', t0 = ''] = raw.split('\t');
    const w = w0.replace(/[\u200E\u200F]/g, '').trim();
    if (!w) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const m = /^([BI])-(.+)$/.exec(t0.trim());
    cur.words.push(w);
    cur.tags.push(m ? (`${m[1]}-${newsFaneType(m[2]!)}` as NerTag) : 'O');
  }
  if (cur.words.length) out.push(cur);
  return out;
}

interface Span {
  start: number;
  end: number;
  type: NerType;
}

/** Wojood: one token per line with one or more BIO tags (nested entities), blank lines between sentences.
 *  Each column gives spans; the outermost span of our types wins, nested ones inside it are dropped. */
export function parseWojood(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length) out.push(wojoodSentence(rows));
    rows = [];
  };
  for (const raw of text.split(/\r?\n/)) {
    const cells = raw.trim().split(/\s+/);
    if (!cells[0]) flush();
    else rows.push(cells);
  }
  flush();
  return out;
}

function wojoodSentence(rows: string[][]): TaggedSentence {
  const spans: Span[] = [];
  const cols = Math.max(...rows.map((r) => r.length)) - 1;
  for (let c = 1; c <= cols; c++) {
    let open: Span | null = null;
    rows.forEach((r, i) => {
      const m = /^([BI])-(.+)$/.exec(r[c] ?? '');
      const type = m ? wojoodType(m[2]!) : null;
      if (open && (!m || m[1] === 'B' || type !== open.type)) {
        spans.push(open);
        open = null;
      }
      if (m && type) {
        if (open) open.end = i + 1;
        else open = { start: i, end: i + 1, type };
      }
    });
    if (open) spans.push(open);
  }
  // our types first, then the others (MISC); outermost first (longest, then leftmost); a span overlapping a
  // kept one is dropped, so an untagged type around a name (an occupation, say) lets the name through
  const rank = (s: Span) => (s.type === 'MISC' ? 1 : 0);
  spans.sort((a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const tags: NerTag[] = rows.map(() => 'O');
  const taken = new Uint8Array(rows.length);
  for (const s of spans) {
    let free = true;
    for (let i = s.start; i < s.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    for (let i = s.start; i < s.end; i++) {
      taken[i] = 1;
      tags[i] = `${i === s.start ? 'B' : 'I'}-${s.type}` as NerTag;
    }
  }
  return { words: rows.map((r) => r[0]!), tags };
}

/** Letters-only loose form of a sentence or a word (hamza seats, alef maqsura, ta marbuta folded), for overlap
 *  tests and for aligning two tokenisations of one text (scripts/ner-agreement.ts). */
export function looseLetters(words: readonly string[]): string {
  return normalize(words.join(''))
    .replace(/[أإآ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[^\u0621-\u064A]/g, '');
}

const SHINGLE = 12;
function shingles(words: readonly string[]): string[] {
  const s = looseLetters(words);
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= s.length; i += 3) out.push(s.slice(i, i + SHINGLE));
  return out;
}

/** Share of each sentence's text (12-letter shingles, loosely normalised) found in the reference sentences.
 *  NewsFANE re-annotates ANERcorp's text with its own tokenisation: this tells which of its sentences lie in
 *  ANERcorp's test part (to score on) and which in its train part. */
export function overlapShares(
  sents: readonly TaggedSentence[],
  reference: readonly { words: string[] }[],
): number[] {
  const ref = new Set<string>();
  for (const r of reference) for (const g of shingles(r.words)) ref.add(g);
  return sents.map((s) => {
    const g = shingles(s.words);
    return g.length ? g.filter((x) => ref.has(x)).length / g.length : 0;
  });
}
