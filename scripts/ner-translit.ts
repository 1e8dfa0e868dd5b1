// train:ner's transliteration score (src/extract/ner/translit.ts): the foreign model learns the Arabic-script
// names of GeoNames towns in countries outside the Arab world (those arabic_places_mena.tsv does not list) and
// the foreign country and town names of lexicons/places.tsv; the native model learns the words of the word
// classes (the frequent words of the unlabelled news), less those in the place, organisation and person-name
// lists. Both learn stems (clitics stripped as the tagger strips them). Options: --translit on, --translit-order
// N (4), --translit-native type|log (each word once, the default, or weighted 1 + ln(V / rank): its frequency, roughly, by
// Zipf), --translit-edges a,b,… (the bins' edges over the score), --translit-feats bin,known,… (which features:
// features.ts translitFeatures), --translit-prior B (the lowest bin of the given-name hint, with 'prior').
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NerLexicon } from '../src/extract/ner/features.js';
import {
  ARABIC_STEM,
  CharCounts,
  FOREIGN,
  NATIVE,
  PERSON,
  PLACE,
  TRANSLIT_MIN_LENGTH,
  type TranslitModel,
  translitModel,
} from '../src/extract/ner/translit.js';
import { stemsUncached as stems } from '../src/text/clitics.js';
import { normalize } from '../src/text/normalize.js';
import { arg, ROOT, SHARED } from './cli-args.js';

export interface TranslitOptions {
  order: number;
  native: 'type' | 'log';
  edges: number[];
  feats: string[];
  prior: number;
  /** leave out of the native model the words the first model's news tags call names (P, L or G codes) */
  skipTagged: boolean;
  /** with the feature 'type': its bins' edges */
  typeEdges: number[];
}

/** The options of the command line (see the header). */
export function translitOptions(): TranslitOptions | null {
  if (arg('--translit', 'off') !== 'on') return null;
  return {
    order: Number(arg('--translit-order', '4')),
    native: arg('--translit-native', 'type') === 'log' ? 'log' : 'type',
    edges: arg('--translit-edges', '-1,-0.5,0,0.5,1').split(',').map(Number),
    feats: arg('--translit-feats', 'bin,known').split(','),
    prior: Number(arg('--translit-prior', '4')),
    skipTagged: arg('--translit-skip-tagged', 'off') === 'on',
    typeEdges: arg('--translit-type-edges', '-1,-0.5,0,0.5,1').split(',').map(Number),
  };
}

/** Rows of a TSV with # comments and a header line. */
function tsvRows(path: string): Record<string, string>[] {
  const rows: Record<string, string>[] = [];
  let header: string[] | null = null;
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) header = cells;
    else rows.push(Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()])));
  }
  return rows;
}

const stemOf = (word: string): string => {
  const cands = stems(word);
  return cands[cands.length - 1]!;
};

/** The words (normalised) of foreign place names: GeoNames towns of the countries arabic_places_mena.tsv
 *  does not list, and the non-Arab countries and towns of lexicons/places.tsv. */
export function foreignNames(): string[] {
  const geo = join(SHARED, 'data', 'geonames-cities15000');
  const arab = new Set(tsvRows(join(geo, 'arabic_places_mena.tsv')).map((r) => r.country_code));
  const names: string[] = [];
  for (const line of readFileSync(join(geo, 'cities15000.txt'), 'utf8').split('\n')) {
    const cells = line.split('\t');
    if (cells.length < 9 || arab.has(cells[8])) continue;
    for (const n of (cells[3] ?? '').split(',')) names.push(n);
  }
  for (const r of tsvRows(join(ROOT, 'lexicons', 'places.tsv')))
    if (r.country && !arab.has(r.country)) names.push(r.name ?? '', ...(r.aliases ?? '').split('|'));
  const words: string[] = [];
  for (const name of names) {
    const n = normalize(name);
    if (!/^[\u0621-\u064A ]+$/.test(n)) continue; // Arabic letters only (no Persian or Urdu ones)
    for (const w of n.split(' ')) if (w) words.push(w);
  }
  return words;
}

/** Whether a normalised word (or one of its stripped forms) is a known place, organisation or person name. */
function nameTest(lexicon: NerLexicon): (word: string) => boolean {
  const places = new Set(lexicon.places);
  const orgs = new Set(lexicon.orgs ?? []);
  return (word) =>
    stems(word).some((c) => {
      const kind = lexicon.triggers[c];
      return places.has(c) || orgs.has(c) || kind === 'given' || kind === 'family';
    });
}

/** The words whose context profile has a news tag (profile codes P, L or G: the first model tagged at least a
 *  tenth of their occurrences in the news inside a name). */
function newsTagged(profiles: string): Set<string> {
  const out = new Set<string>();
  for (const line of profiles.split('\n')) {
    const tab = line.indexOf('\t');
    const codes = line.slice(tab + 1);
    for (let k = 0; k + 1 < codes.length; k += 2)
      if ('PLG'.includes(codes[k]!)) {
        out.add(line.slice(0, tab));
        break;
      }
  }
  return out;
}

/** The type score's models: the stems of the words the news tags call persons (P2, P3: at least 30% of
 *  their occurrences), and of those they call places (L2, L3) with the foreign place names. */
function typeModels(profiles: string, foreignStems: ReadonlySet<string>, order: number): CharCounts[] {
  const person = new Set<string>();
  const place = new Set(foreignStems);
  for (const line of profiles.split('\n')) {
    const tab = line.indexOf('\t');
    const codes = line.slice(tab + 1);
    const stem = stemOf(line.slice(0, tab));
    if (stem.length < TRANSLIT_MIN_LENGTH || !ARABIC_STEM.test(stem)) continue;
    if (/P[23]/.test(codes)) person.add(stem);
    else if (/L[23]/.test(codes)) place.add(stem);
  }
  const out = [new CharCounts(PERSON, order), new CharCounts(PLACE, order)];
  for (const stem of [...person].sort()) out[0]!.add(stem, 1);
  for (const stem of [...place].sort()) if (!person.has(stem)) out[1]!.add(stem, 1);
  console.log(`train:ner: type models of ${person.size} person and ${place.size} place stems`);
  return out;
}

/** Both models from the word classes' lines (rank order) and the lexicon's name lists. */
export function buildTranslit(clusters: string, lexicon: NerLexicon, o: TranslitOptions): TranslitModel {
  const isListed = nameTest(lexicon);
  const tagged = o.skipTagged ? newsTagged(lexicon.profiles ?? '') : new Set<string>();
  const isName = (w: string) => tagged.has(w) || isListed(w);
  const native = new CharCounts(NATIVE, o.order);
  const nativeWords = new Set<string>();
  const lines = clusters.split('\n');
  let nativeCount = 0;
  lines.forEach((line, rank) => {
    const w = line.slice(0, line.indexOf('\t'));
    if (!w || isName(w)) return;
    nativeWords.add(w);
    const stem = stemOf(w);
    if (stem.length < TRANSLIT_MIN_LENGTH || !ARABIC_STEM.test(stem)) return;
    native.add(stem, o.native === 'type' ? 1 : 1 + Math.log(lines.length / (rank + 1)));
    nativeCount++;
  });
  const foreign = new CharCounts(FOREIGN, o.order);
  const foreignStems = new Set<string>();
  for (const w of foreignNames()) {
    if (nativeWords.has(w)) continue; // an ordinary word inside a name (المتحدة)
    const stem = stemOf(w);
    if (stem.length >= TRANSLIT_MIN_LENGTH && ARABIC_STEM.test(stem)) foreignStems.add(stem);
  }
  for (const stem of [...foreignStems].sort()) foreign.add(stem, 1);
  console.log(
    `train:ner: transliteration models (order ${o.order}) of ${foreignStems.size} foreign stems, ${nativeCount} native words`,
  );
  const models = [foreign, native];
  if (o.feats.includes('type')) models.push(...typeModels(lexicon.profiles ?? '', foreignStems, o.order));
  return translitModel(models, { edges: o.edges, feats: o.feats, prior: o.prior, typeEdges: o.typeEdges });
}
