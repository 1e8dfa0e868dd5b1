// Lists the named-entity tagger's misses on ANERcorp's test split (false negatives), with context, and counts
// them by kind, for error analysis:
//   type      the tagger found the same words with another type
//   boundary  the tagger found an overlapping name of the same type with other edges: wider (it covers the
//             name and more: two names joined, a title or verb taken in), narrower (inside the name: a part
//             missed), shifted (neither)
//   latin     a name (missed entirely) written in Latin script
//   cue       a name (missed entirely) right after a trigger word of lexicons/ner-triggers.tsv or titles.tsv
//   nisba     right after a definite adjective in -ي that is not a trigger (الزوجي، الأوزباكستاني)
//   after-punctuation  at the start of a sentence or after a number or punctuation (results tables, lists)
//   bare      the rest: missed entirely after an Arabic word that is no cue
// With --dev-part k (0..9) it lists the misses of the k-th tenth of the train part instead (as train:ner --tune
// --dev-part k holds it out; give it a model trained so), never the test part. It also counts, per type, the
// misses whose words were all, some or none unseen in the rest of the train part ("unseen"), and the lengths
// in words of the gold names and of the missed ones ("length").
// Usage: node dist/scripts/ner-misses.js [--model <model.bin.gz>] [--type PERS|ORG|LOC] [--list] [--data <file>]
//   [--dev-part k]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBioCorpus, splitTrainTest, type TaggedSentence } from '../src/extract/ner/corpus.js';
import { tagCorpus } from '../src/extract/ner/evaluate.js';
import { DOCUMENT_SENTENCES, loadNerModel, NER_MODEL_PATH } from '../src/extract/ner/index.js';
import { entitySpans, type NerType } from '../src/extract/ner/tags.js';
import { stemsUncached as stems } from '../src/text/clitics.js';
import { normalize } from '../src/text/normalize.js';
import { ANERCORP, anercorpTest, arg, ROOT } from './cli-args.js';

const only = arg('--type', '');
const list = process.argv.includes('--list');
const devPart = arg('--dev-part', '');
/** The sentences to list the misses of, and the train sentences a model tuned on them learned from. */
function sentencesToList(): { test: TaggedSentence[]; seen: TaggedSentence[] } {
  const path = arg('--data', ANERCORP);
  if (devPart === '') return { test: anercorpTest(path), seen: [] };
  const train = splitTrainTest(parseBioCorpus(readFileSync(path, 'utf8'))).train;
  const from = Math.floor((train.length * Number(devPart)) / 10);
  const to = Math.floor((train.length * (Number(devPart) + 1)) / 10);
  return { test: train.slice(from, to), seen: [...train.slice(0, from), ...train.slice(to)] };
}
const { test, seen } = sentencesToList();
const seenWords = new Set(seen.flatMap((s) => s.words.map(normalize)));
const tagger = loadNerModel(arg('--model', NER_MODEL_PATH));
const pred = tagCorpus(tagger, test, DOCUMENT_SENTENCES);
const LATIN = /[A-Za-z]/;
const ARABIC = /[\u0621-\u064A]/;
/** A definite adjective ending in -ي (a nisba such as الفرنسي), not in the trigger lists. */
const NISBA = /^(و|ف)?ال[\u0621-\u064A]{3,}ي$/;
/** The trigger words of lexicons/ner-triggers.tsv and the titles of lexicons/titles.tsv: normalised word → kind. */
const triggers = new Map<string, string>();
for (const [file, kindColumn] of [
  ['ner-triggers.tsv', 1],
  ['titles.tsv', -1],
] as const) {
  const rows = readFileSync(join(ROOT, 'lexicons', file), 'utf8').split('\n');
  for (const row of rows.filter((r) => r.trim() && !r.startsWith('#')).slice(1)) {
    const cells = row.split('\t');
    if (cells[0]) triggers.set(normalize(cells[0]), kindColumn < 0 ? 'title' : (cells[kindColumn] ?? ''));
  }
}
const triggerKind = (word: string) => {
  for (const c of stems(normalize(word))) if (triggers.has(c)) return triggers.get(c);
  return undefined;
};

type Span = { start: number; end: number; type: NerType };
/** The kind of a miss (see the header). */
function kindOf(gold: Span, found: Span[], words: readonly string[]): string {
  if (found.some((p) => p.start === gold.start && p.end === gold.end)) return 'type';
  const same = found.filter((p) => p.type === gold.type && p.start < gold.end && gold.start < p.end);
  if (same.some((p) => p.start <= gold.start && gold.end <= p.end)) return 'boundary-wider';
  if (same.length && same.every((p) => gold.start <= p.start && p.end <= gold.end))
    return 'boundary-narrower';
  if (same.length) return 'boundary-shifted';
  if (found.some((p) => p.start < gold.end && gold.start < p.end)) return 'type-boundary';
  if (words.slice(gold.start, gold.end).some((w) => LATIN.test(w))) return 'latin';
  const before = words[gold.start - 1];
  const kind = before ? triggerKind(before) : undefined;
  if (kind) return `cue:${kind}`;
  if (before && NISBA.test(normalize(before))) return 'nisba';
  if (!before || !ARABIC.test(before)) return 'after-punctuation';
  return 'bare';
}

const counts = new Map<string, number>();
/** unseen and length counts (see the header), keyed "TYPE unseen:all" or "TYPE length:3 missed". */
const details = new Map<string, number>();
const bump = (key: string) => details.set(key, (details.get(key) ?? 0) + 1);
const lengthKey = (n: number) => (n >= 4 ? '4+' : String(n));
function countDetails(g: Span, words: readonly string[]): void {
  const unseen = words.slice(g.start, g.end).filter((w) => !seenWords.has(normalize(w))).length;
  bump(`${g.type} unseen:${unseen === 0 ? 'none' : unseen === g.end - g.start ? 'all' : 'some'}`);
  bump(`${g.type} length:${lengthKey(g.end - g.start)} missed`);
}
const gold: Record<string, number> = {};
test.forEach((s, k) => {
  const found = entitySpans(pred[k]!);
  const keys = new Set(found.map((p) => `${p.start}:${p.end}:${p.type}`));
  for (const g of entitySpans(s.tags)) {
    if (g.type === 'MISC' || (only && g.type !== only)) continue;
    gold[g.type] = (gold[g.type] ?? 0) + 1;
    if (devPart !== '') bump(`${g.type} length:${lengthKey(g.end - g.start)} gold`);
    if (keys.has(`${g.start}:${g.end}:${g.type}`)) continue;
    const kind = kindOf(g, found, s.words);
    const key = `${g.type} ${kind}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (devPart !== '') countDetails(g, s.words);
    if (!list) continue;
    const show = (from: number, to: number) => s.words.slice(Math.max(0, from), to).join(' ');
    const near = found.filter((p) => p.start < g.end + 2 && g.start - 2 < p.end);
    console.log(
      `${key}\t${show(g.start - 4, g.start)} [[${show(g.start, g.end)}]] ${show(g.end, g.end + 3)}` +
        `\tfound: ${near.map((p) => `${p.type}:${show(p.start, p.end)}`).join(' | ') || '-'}`,
    );
  }
});
console.log(`gold: ${JSON.stringify(gold)}`);
if (devPart !== '')
  for (const [key, n] of [...details].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${key}\t${n}`);
for (const [key, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) console.log(`${key}\t${n}`);
