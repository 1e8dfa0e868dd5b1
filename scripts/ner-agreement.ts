// How far two human annotations of the same text agree: ANERcorp's test part against NewsFANE gold, which
// annotated the same newswire again with its own tokenisation (clitics split off) and its 50 fine types
// (mapped onto PERS/LOC/ORG as eval-ner does). It tells how high a score against ANERcorp's gold can
// sensibly go. Each NewsFANE sentence is located in the test part by its letters (loosely normalised, no
// spaces or punctuation); names are compared as letter ranges: the same end, the same type, and starts
// that differ at most by a clitic prefix (و، ف، ب، ل، ال and their combinations), since NewsFANE splits
// them off. Only the names inside located sentences count, for both annotations and for the tagger, whose
// figures over the same names are printed beside them.
// Usage: node dist/scripts/ner-agreement.js [--data <ANERCorp.txt>] [--model <model.bin.gz>] [--list TYPE]
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TaggedSentence } from '../src/extract/ner/corpus.js';
import { tagCorpus } from '../src/extract/ner/evaluate.js';
import { DOCUMENT_SENTENCES, loadNerModel, NER_MODEL_PATH } from '../src/extract/ner/index.js';
import { looseLetters, parseNewsFane } from '../src/extract/ner/other-corpora.js';
import { entitySpans, type NerTag } from '../src/extract/ner/tags.js';
import { ANERCORP, anercorpTest, arg, SHARED } from './cli-args.js';

const TYPES = ['PERS', 'LOC', 'ORG'] as const;
type Type = (typeof TYPES)[number];
/** Clitic prefixes one annotation may take into a name and the other leave out. */
const PREFIXES = new Set(['', 'و', 'ف', 'ب', 'ل', 'ال', 'وال', 'بال', 'لل', 'فال', 'ول', 'وب', 'كال', 'ولل']);

interface Name {
  start: number;
  end: number;
  type: Type;
  text: string;
}

/** The sentences' letters in one string, and each word's [start, end) in it. */
function letterString(sentences: readonly { words: readonly string[] }[]): {
  text: string;
  at: number[][][];
} {
  let text = '';
  const at = sentences.map((s) =>
    s.words.map((w) => {
      const l = looseLetters([w]);
      const range = [text.length, text.length + l.length];
      text += l;
      return range;
    }),
  );
  return { text, at };
}

/** The PERS/LOC/ORG names of tagged sentences as letter ranges (shifted by `base`). */
function namesOf(
  words: readonly (readonly string[])[],
  tags: readonly (readonly NerTag[])[],
  at: number[][][],
  base = 0,
): Name[] {
  const out: Name[] = [];
  tags.forEach((t, i) => {
    for (const e of entitySpans(t)) {
      if (e.type === 'MISC') continue;
      const start = at[i]![e.start]![0]! + base;
      const end = at[i]![e.end - 1]![1]! + base;
      if (end > start)
        out.push({ start, end, type: e.type, text: words[i]!.slice(e.start, e.end).join(' ') });
    }
  });
  return out;
}

/** Agreement of `found` with `gold` (names inside the located ranges only): per type gold, found, agreed. */
function agreement(gold: Name[], found: Name[], text: string, inside: (n: Name) => boolean) {
  const foundInside = found.filter(inside);
  const byEnd = new Map<string, Name[]>();
  for (const f of foundInside) {
    const key = `${f.end}:${f.type}`;
    byEnd.set(key, [...(byEnd.get(key) ?? []), f]);
  }
  const counts = Object.fromEntries(TYPES.map((t) => [t, { gold: 0, found: 0, agreed: 0 }]));
  for (const f of foundInside) counts[f.type]!.found++;
  const missed: Name[] = [];
  for (const g of gold.filter(inside)) {
    counts[g.type]!.gold++;
    const same = (byEnd.get(`${g.end}:${g.type}`) ?? []).some((f) =>
      PREFIXES.has(text.slice(Math.min(f.start, g.start), Math.max(f.start, g.start))),
    );
    if (same) counts[g.type]!.agreed++;
    else missed.push(g);
  }
  return { counts, missed };
}

function f1Line(label: string, c: { gold: number; found: number; agreed: number }): string {
  const p = c.found ? c.agreed / c.found : 0;
  const r = c.gold ? c.agreed / c.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `${label}  P ${p.toFixed(3)}  R ${r.toFixed(3)}  F1 ${f.toFixed(3)}`;
}

const fanePath = join(SHARED, 'data', 'arabic-ner', 'newsfane-gold', 'NewsFANE_Gold_2014_170K.txt');
const dataPath = arg('--data', ANERCORP);
if (!existsSync(dataPath) || !existsSync(fanePath)) {
  console.log(`ner-agreement: skipped, ${existsSync(dataPath) ? fanePath : dataPath} is absent`);
  process.exit(0);
}
const test = anercorpTest(dataPath);
const whole = letterString(test);
const goldNames = namesOf(
  test.map((s) => s.words),
  test.map((s) => s.tags),
  whole.at,
);
const fane: TaggedSentence[] = parseNewsFane(readFileSync(fanePath, 'utf8'));
const located: [number, number][] = [];
const faneNames: Name[] = [];
for (const s of fane) {
  const own = letterString([s]);
  if (own.text.length < 15) continue; // too short to locate safely
  const from = whole.text.indexOf(own.text);
  if (from < 0) continue;
  located.push([from, from + own.text.length]);
  faneNames.push(...namesOf([s.words], [s.tags], own.at, from));
}
const inside = (n: Name) => located.some(([a, b]) => n.start >= a && n.end <= b);
const coveredLetters = located.reduce((n, [a, b]) => n + b - a, 0);
console.log(
  `NewsFANE sentences located in ANERcorp's test part: ${located.length}, ` +
    `${((100 * coveredLetters) / whole.text.length).toFixed(1)}% of its letters`,
);
const human = agreement(goldNames, faneNames, whole.text, inside);
const tagger = loadNerModel(arg('--model', NER_MODEL_PATH));
const predicted = tagCorpus(tagger, test, DOCUMENT_SENTENCES);
const model = agreement(
  goldNames,
  namesOf(
    test.map((s) => s.words),
    predicted,
    whole.at,
  ),
  whole.text,
  inside,
);
for (const t of TYPES) {
  console.log(`${t.padEnd(4)} gold ${human.counts[t]!.gold}`);
  console.log(f1Line('  NewsFANE vs ANERcorp', human.counts[t]!));
  console.log(f1Line('  tagger   vs ANERcorp', model.counts[t]!));
}
const list = arg('--list', '');
for (const n of human.missed) if (n.type === list) console.log(`not in NewsFANE\t${n.type}\t${n.text}`);
