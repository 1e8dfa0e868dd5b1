// npm run score:dev [-- --set DIR] [--verbose] [--examples N] [--keep DIR]
// Scores isnad on a set of annotated stories (default: the development set, ../shared/eval/dev) with the
// shared scorer, prints its per-story lines and micro-average, and with --verbose groups what went wrong by
// cause (wrong measure, wrong qualifier, number never read, narration read as a speaker, a name split into
// several entities, …) so that the next fix goes where most of the errors are.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

interface GoldClaim {
  doc: string;
  measure: string;
  low: number | null;
  high: number | null;
  qualifier: string;
  stance?: string;
  speaker: string | null;
  speaker_org: string | null;
  evidence: string;
}
interface GoldQuote {
  doc: string;
  speaker: string | null;
  speaker_org: string | null;
  evidence: string;
}
interface GoldEntity {
  key: string;
  type: string;
  aliases: string[];
}
interface Gold {
  claims: GoldClaim[];
  quotes: GoldQuote[];
  entities: GoldEntity[];
  timeline: { date: string; type: string; what?: unknown; description?: unknown; evidence?: unknown }[];
}
interface PredClaim {
  doc: string;
  start: number;
  end: number;
  measure: string;
  value: { low: number | null; high: number | null; qualifier: string };
  stance?: string;
  speaker: string | null;
}
interface PredQuote {
  doc: string;
  start: number;
  end: number;
  speaker: string | null;
}
interface Dossier {
  claims: PredClaim[];
  quotes: PredQuote[];
  entities: { id: string; name: string; aliases?: string[] }[];
  timeline: { date: string; type: string }[];
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const shared = resolve('../shared/eval');
const set = resolve(option('--set') ?? join(shared, 'dev'));
const verbose = args.includes('--verbose');
const examplesPerCause = Number(option('--examples') ?? 4);
const keep = option('--keep');

/** The scorer's name normalisation (hamza forms, ى/ي, ة/ه, diacritics, punctuation). */
function normalizeName(text: string | null | undefined): string {
  return String(text ?? '')
    .normalize('NFC')
    .replace(/[\u064B-\u0652\u0670\u0640]/g, '')
    .replace(/[\u0622\u0623\u0625\u0671]/g, '\u0627')
    .replace(/\u0649/g, '\u064A')
    .replace(/\u0629/g, '\u0647')
    .replace(/["'“”«»‘’()[\].,:;،؛!?؟\-–—_/]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const qualifierClass = (qualifier: string): string =>
  ({
    exact: 'exact',
    approx: 'approx',
    more_than: 'gt',
    at_least: 'gt',
    less_than: 'lt',
    at_most: 'lt',
    range: 'range',
    magnitude: 'mag',
  })[qualifier] ?? `?${qualifier}`;

class Causes {
  readonly counts = new Map<string, { count: number; examples: string[] }>();
  add(cause: string, example: string): void {
    const entry = this.counts.get(cause) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < examplesPerCause) entry.examples.push(example);
    this.counts.set(cause, entry);
  }
  print(title: string): void {
    const total = [...this.counts.values()].reduce((sum, entry) => sum + entry.count, 0);
    console.log(`\n## ${title}: ${total}`);
    for (const [cause, entry] of [...this.counts].sort((a, b) => b[1].count - a[1].count)) {
      console.log(`${String(entry.count).padStart(5)}  ${cause}`);
      for (const example of entry.examples) console.log(`         ${example}`);
    }
  }
}

interface Story {
  name: string;
  gold: Gold;
  dossier: Dossier;
  texts: Map<string, string>;
}

function loadStories(): Story[] {
  const names = readdirSync(set)
    .filter((file) => file.endsWith('.gold.json'))
    .map((file) => file.replace('.gold.json', ''))
    .sort();
  const stories: Story[] = [];
  for (const name of names) {
    const dossierPath = join(work, `${name}.dossier.json`);
    if (!existsSync(dossierPath)) continue;
    const texts = new Map<string, string>();
    for (const line of readFileSync(join(work, `${name}.jsonl`), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const record = JSON.parse(line) as { id: string; text: string };
      texts.set(record.id, record.text);
    }
    stories.push({
      name,
      gold: JSON.parse(readFileSync(join(set, `${name}.gold.json`), 'utf8')) as Gold,
      dossier: JSON.parse(readFileSync(dossierPath, 'utf8')) as Dossier,
      texts,
    });
  }
  return stories;
}

function explain(): void {
  const claims = new Causes();
  const spurious = new Causes();
  const speakers = new Causes();
  const quotes = new Causes();
  const entities = new Causes();
  const timeline = new Causes();
  for (const story of loadStories()) {
    explainClaims(story, claims, spurious, speakers);
    explainQuotes(story, quotes, speakers);
    explainEntities(story, entities);
    explainTimeline(story, timeline);
  }
  claims.print('missed gold claims, by cause');
  spurious.print('predicted claims not in the gold, by cause');
  speakers.print('wrong speakers (matched claims and found quotes), by cause');
  quotes.print('missed gold quotes, by cause');
  entities.print('entity errors, by cause');
  timeline.print('timeline errors, by cause');
}

function short(text: string, length = 90): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > length ? `${flat.slice(0, length)}…` : flat;
}

function explainClaims(story: Story, missed: Causes, spurious: Causes, speakers: Causes): void {
  const key = (
    doc: string,
    measure: string,
    low: unknown,
    high: unknown,
    qualifier: string,
    stance?: string,
  ) => [doc, measure, low ?? null, high ?? null, qualifierClass(qualifier), stance ?? 'asserts'].join('|');
  const predicted = story.dossier.claims ?? [];
  const predictedKeys = new Map<string, PredClaim[]>();
  for (const claim of predicted) {
    const { low, high, qualifier } = claim.value;
    const claimKey = key(claim.doc, claim.measure, low, high, qualifier, claim.stance);
    predictedKeys.set(claimKey, [...(predictedKeys.get(claimKey) ?? []), claim]);
  }
  const goldKeys = new Set<string>();
  for (const gold of story.gold.claims) {
    const goldKey = key(gold.doc, gold.measure, gold.low, gold.high, gold.qualifier, gold.stance);
    goldKeys.add(goldKey);
    const matches = predictedKeys.get(goldKey);
    const where = `${story.name}: ${gold.measure} ${gold.low ?? ''}–${gold.high ?? ''} ${gold.qualifier} «${short(gold.evidence)}»`;
    if (matches) {
      // as the scorer does: the gold claim's speaker is right when any claim of its key names it
      if (!matches.some((claim) => speakerRight(story, gold, claim.speaker))) {
        judgeSpeaker(story, gold, matches[0]!.speaker, speakers, `claim ${where}`);
      }
      continue;
    }
    missed.add(missedClaimCause(story, gold, predicted), where);
  }
  for (const claim of predicted) {
    const { low, high, qualifier } = claim.value;
    if (goldKeys.has(key(claim.doc, claim.measure, low, high, qualifier, claim.stance))) continue;
    const sameValue = story.gold.claims.find(
      (gold) =>
        gold.doc === claim.doc &&
        gold.low === low &&
        gold.high === high &&
        qualifierClass(gold.qualifier) === qualifierClass(qualifier),
    );
    const text = story.texts.get(claim.doc)?.slice(claim.start, claim.end) ?? '';
    const cause = sameValue
      ? sameValue.measure !== claim.measure
        ? `measure: predicted ${claim.measure}, gold ${sameValue.measure}`
        : `stance: predicted ${claim.stance ?? 'asserts'}`
      : `not in the gold: ${claim.measure}`;
    spurious.add(
      cause,
      `${story.name}: ${claim.measure} ${low ?? ''}–${high ?? ''} ${qualifier} «${short(text)}»`,
    );
  }
}

function missedClaimCause(story: Story, gold: GoldClaim, predicted: PredClaim[]): string {
  const inDoc = predicted.filter((claim) => claim.doc === gold.doc);
  const sameNumbers = inDoc.filter((claim) => claim.value.low === gold.low && claim.value.high === gold.high);
  const sameClass = sameNumbers.filter(
    (claim) => qualifierClass(claim.value.qualifier) === qualifierClass(gold.qualifier),
  );
  const otherMeasure = sameClass.find((claim) => claim.measure !== gold.measure);
  if (otherMeasure) return `measure: gold ${gold.measure}, predicted ${otherMeasure.measure}`;
  if (sameClass.length) return `stance: gold ${gold.stance ?? 'asserts'}`;
  const number = gold.low ?? gold.high;
  const otherQualifier = inDoc.find(
    (claim) => claim.measure === gold.measure && (claim.value.low === number || claim.value.high === number),
  );
  if (otherQualifier) return `qualifier: gold ${gold.qualifier}, predicted ${otherQualifier.value.qualifier}`;
  const text = story.texts.get(gold.doc) ?? '';
  const start = text.indexOf(gold.evidence);
  const end = start + gold.evidence.length;
  const atEvidence = inDoc.filter((claim) => start >= 0 && claim.start < end && claim.end > start);
  if (atEvidence.length) return `other value or measure read at the evidence (gold ${gold.measure})`;
  return `no claim at the evidence: ${gold.measure}${gold.qualifier === 'magnitude' ? ' (magnitude)' : ''}`;
}

function predictedNames(story: Story, id: string | null): Set<string> {
  if (id === null) return new Set();
  const entity = story.dossier.entities.find((candidate) => candidate.id === id);
  if (!entity) return new Set([normalizeName(id)]);
  return new Set([entity.name, ...(entity.aliases ?? [])].map(normalizeName).filter(Boolean));
}

function goldNames(story: Story, ...keys: (string | null)[]): Set<string> {
  const names = new Set<string>();
  for (const key of keys) {
    const entity = story.gold.entities.find((candidate) => candidate.key === key);
    for (const alias of entity?.aliases ?? []) names.add(normalizeName(alias));
  }
  return names;
}

function speakerRight(
  story: Story,
  gold: { speaker: string | null; speaker_org: string | null },
  predictedSpeaker: string | null,
): boolean {
  if (gold.speaker === null) return predictedSpeaker === null;
  const expected = goldNames(story, gold.speaker, gold.speaker_org);
  return [...predictedNames(story, predictedSpeaker)].some((name) => expected.has(name));
}

function judgeSpeaker(
  story: Story,
  gold: { speaker: string | null; speaker_org: string | null },
  predictedSpeaker: string | null,
  causes: Causes,
  where: string,
): void {
  const predicted = predictedNames(story, predictedSpeaker);
  const label = story.dossier.entities.find((entity) => entity.id === predictedSpeaker)?.name ?? '';
  if (gold.speaker === null) {
    if (predictedSpeaker !== null) causes.add('narration read as a speaker', `${where} → ${label}`);
    return;
  }
  if (predictedSpeaker === null) {
    causes.add('speaker missed (predicted narration)', `${where} (gold ${gold.speaker})`);
    return;
  }
  const expected = goldNames(story, gold.speaker, gold.speaker_org);
  if ([...predicted].some((name) => expected.has(name))) return;
  causes.add('another speaker', `${where} → ${label} (gold ${gold.speaker})`);
}

function explainQuotes(story: Story, missed: Causes, speakers: Causes): void {
  for (const gold of story.gold.quotes) {
    const text = story.texts.get(gold.doc) ?? '';
    const start = text.indexOf(gold.evidence);
    const end = start + gold.evidence.length;
    const hits = (story.dossier.quotes ?? []).filter(
      (quote) => quote.doc === gold.doc && quote.start < end && quote.end > start,
    );
    const where = `${story.name}: «${short(gold.evidence)}»`;
    if (!hits.length) {
      const before = text.slice(Math.max(0, start - 40), start);
      const direct = /["«“]\s*$/.test(before) || /^["«“]/.test(gold.evidence);
      missed.add(direct ? 'direct quote not found' : 'indirect speech not found', where);
      continue;
    }
    const good = hits.find((quote) => {
      const names = predictedNames(story, quote.speaker);
      if (gold.speaker === null) return quote.speaker === null;
      const expected = goldNames(story, gold.speaker, gold.speaker_org);
      return [...names].some((name) => expected.has(name));
    });
    if (!good) judgeSpeaker(story, gold, hits[0]!.speaker, speakers, `quote ${where}`);
  }
}

function explainEntities(story: Story, causes: Causes): void {
  const owners = new Map<string, Set<string>>();
  for (const entity of story.dossier.entities ?? []) {
    for (const name of predictedNames(story, entity.id)) {
      const set = owners.get(name) ?? new Set<string>();
      set.add(entity.id);
      owners.set(name, set);
    }
  }
  for (const gold of story.gold.entities) {
    const aliases = [
      ...new Set(gold.aliases.filter((alias) => /[\u0600-\u06FF]/.test(alias)).map(normalizeName)),
    ];
    if (!aliases.length) continue;
    const missing = aliases.filter((alias) => !owners.has(alias));
    const found = aliases.filter((alias) => owners.has(alias));
    const where = `${story.name}: ${gold.key} (${gold.type})`;
    if (!found.length) {
      causes.add(`never found: ${gold.type}`, `${where} «${aliases.slice(0, 3).join(' / ')}»`);
      continue;
    }
    if (missing.length)
      causes.add(
        `some forms never found: ${gold.type}`,
        `${where} missing «${missing.slice(0, 3).join(' / ')}»`,
      );
    const predictedIds = new Set(found.flatMap((alias) => [...owners.get(alias)!]));
    if (predictedIds.size > 1 && found.length > 1) {
      const shared = [...predictedIds].some((id) => found.every((alias) => owners.get(alias)!.has(id)));
      if (!shared) causes.add(`split into ${Math.min(predictedIds.size, 5)}+ entities: ${gold.type}`, where);
    }
  }
  const goldOwner = new Map<string, string>();
  for (const gold of story.gold.entities)
    for (const alias of gold.aliases) goldOwner.set(normalizeName(alias), gold.key);
  for (const entity of story.dossier.entities ?? []) {
    const keys = new Set(
      [...predictedNames(story, entity.id)]
        .map((name) => goldOwner.get(name))
        .filter((key) => key !== undefined),
    );
    if (keys.size > 1)
      causes.add('one entity for several gold referents', `${story.name}: ${[...keys].join(' + ')}`);
  }
}

/** A gold timeline entry's label: annotators wrote it as `what`, `description` or only `evidence`. */
function timelineLabel(entry: Story['gold']['timeline'][number]): string {
  const label = [entry.what, entry.description, entry.evidence].find((text) => typeof text === 'string');
  return label ?? '';
}

function explainTimeline(story: Story, causes: Causes): void {
  const predicted = story.dossier.timeline ?? [];
  const predictedKeys = new Set(predicted.map((entry) => `${entry.date}|${entry.type}`));
  const goldKeys = new Set(story.gold.timeline.map((entry) => `${entry.date}|${entry.type}`));
  for (const gold of story.gold.timeline) {
    if (predictedKeys.has(`${gold.date}|${gold.type}`)) continue;
    const sameDate = predicted.find((entry) => entry.date === gold.date);
    const where = `${story.name}: ${gold.date} ${gold.type} (${short(timelineLabel(gold), 60)})`;
    causes.add(
      sameDate ? `missed: date found, type ${sameDate.type} not ${gold.type}` : 'missed: date never found',
      where,
    );
  }
  for (const entry of predicted) {
    if (goldKeys.has(`${entry.date}|${entry.type}`)) continue;
    const sameDate = story.gold.timeline.some((gold) => gold.date === entry.date);
    causes.add(
      sameDate ? 'spurious: right date, other type' : 'spurious: a date the gold has not',
      `${story.name}: ${entry.date} ${entry.type}`,
    );
  }
}

if (!existsSync(join(shared, 'score-set.mjs'))) {
  console.error('score:dev: ../shared/eval is absent; nothing to score');
  process.exit(2);
}
const work = keep ? resolve(keep) : mkdtempSync(join(tmpdir(), 'score-dev-'));
const summary = execFileSync(
  process.execPath,
  [join(shared, 'score-set.mjs'), '--set', set, '--keep', work],
  {
    encoding: 'utf8',
  },
);
process.stdout.write(summary);
if (verbose) explain();
if (!keep) rmSync(work, { recursive: true, force: true });
