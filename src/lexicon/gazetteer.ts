// The gazetteer's index: known organisations and places (lexicons/organizations.tsv, places.tsv) by the
// match form of their first word, and the head words that introduce places (place-heads.tsv). Built once
// per process; extract/gazetteer.ts matches it against tokens, reconcile reads entries by id.

import { looseKey, normalize } from '../text/normalize.js';
import { tokenize } from '../text/tokens.js';
import type { EntityType } from '../types.js';
import { loadTsv } from './load.js';
import { many } from './tsv.js';
import { wordList } from './words.js';

export interface LexEntry {
  id: string;
  type: 'person' | 'organization' | 'location' | 'facility' | 'other';
  kind: string;
  name: string;
  english: string | null;
  aliases: string[];
}

/** One alias as a token sequence. */
export interface Alias {
  entry: LexEntry;
  forms: string[];
  /** Original alias tokens that are short Latin acronyms with capitals (ISIS): the text must show capitals too. */
  caps: boolean[];
  /** True when some token is a capitalised Latin acronym (a quick skip for the usual case). */
  hasCaps: boolean;
  /** Mention key (looseKey of the alias as matched). */
  key: string;
}

export interface Head {
  type: EntityType;
  takes: number;
}

export interface Lookup {
  entries: Map<string, LexEntry>;
  /** First match form → aliases starting with it, longest first. */
  byFirst: Map<string, Alias[]>;
  heads: Map<string, Head>;
}

/** Per-token match form: normalised and with hamza seats folded (as looseKey does for whole strings). */
const HAMZA = /[ؤئء]/;
export function matchForm(norm: string): string {
  // (a plain loop before the regex: most words have none; performance)
  let i = 0;
  for (; i < norm.length; i++) {
    const c = norm.charCodeAt(i);
    if (c === 0x624 || c === 0x626 || c === 0x621) break;
  }
  if (i === norm.length || !HAMZA.test(norm)) return norm;
  const f = norm.replace(/ؤ/g, 'و').replace(/ئ/g, 'ي').replace(/ء/g, '');
  return f || norm;
}

const TYPES = new Set(['person', 'organization', 'location', 'facility', 'other']);

/** Spelling alternations that real articles use interchangeably; every alias gets its variants. */
const ALTERNATIONS: [RegExp, string][] = wordList('rule-words', 'spelling_pair').flatMap((pair) => {
  const [a, b] = many(pair) as [string, string];
  return [
    [new RegExp(a, 'g'), b],
    [new RegExp(b, 'g'), a],
  ];
});

let lookup: Lookup | null = null;

function build(): Lookup {
  const entries = new Map<string, LexEntry>();
  const byFirst = new Map<string, Alias[]>();
  const seen = new Set<string>();

  const addEntry = (file: string, e: LexEntry) => {
    if (!e.id) throw new Error(`lexicon ${file}: a row has no id`);
    if (!TYPES.has(e.type)) throw new Error(`lexicon ${file}: row ${e.id} has unknown type "${e.type}"`);
    if (entries.has(e.id)) throw new Error(`lexicon ${file}: duplicate id ${e.id}`);
    entries.set(e.id, e);
    for (const a of [e.name, ...e.aliases]) {
      const toks = tokenize(a);
      if (!toks.length) continue;
      const base = toks.map((t) => matchForm(t.norm));
      const caps = toks.map((t) => {
        const s = a.slice(t.start, t.end);
        return /^[A-Za-z.]+$/.test(s) && /[A-Z]/.test(s) && s.length <= 6;
      });
      const variants = new Set([base.join(' ')]);
      for (const [re, to] of ALTERNATIONS) variants.add(base.join(' ').replace(re, to));
      for (const v of variants) {
        // The first file that claims an alias keeps it (organisations load before places).
        if (seen.has(v)) continue;
        seen.add(v);
        const forms = v.split(' ');
        const list = byFirst.get(forms[0]!) ?? [];
        list.push({ entry: e, forms, caps, hasCaps: caps.some(Boolean), key: looseKey(v) });
        byFirst.set(forms[0]!, list);
      }
    }
  };

  for (const r of loadTsv('organizations')) {
    addEntry('organizations.tsv', {
      id: r.id!,
      type: (r.type || 'organization') as LexEntry['type'],
      kind: r.kind || 'other',
      name: r.name!,
      english: r.english || null,
      aliases: many(r.aliases),
    });
  }
  for (const r of loadTsv('places')) {
    addEntry('places.tsv', {
      id: r.id!,
      type: (r.type || 'location') as LexEntry['type'],
      // ids are "<kind>:<slug>" (country:sy, region:west-bank, town:aleppo)
      kind: r.id!.split(':')[0] ?? 'place',
      name: r.name!,
      english: r.english || null,
      aliases: many(r.aliases),
    });
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.forms.length - a.forms.length);

  const heads = new Map<string, Head>();
  for (const r of loadTsv('place-heads')) {
    const type = r.type as EntityType;
    if (type !== 'location' && type !== 'facility')
      throw new Error(`lexicon place-heads.tsv: head ${r.head} has type "${r.type}" (location or facility)`);
    heads.set(matchForm(normalize(r.head!)), { type, takes: Math.max(1, Math.min(2, Number(r.takes) || 1)) });
  }
  return { entries, byFirst, heads };
}

export function getLookup(): Lookup {
  return (lookup ??= build());
}

/** The lexicon row with this id (organisations and places). */
export function lexEntry(id: string): LexEntry | undefined {
  return getLookup().entries.get(id);
}

let capitals: Map<string, string> | null = null;

/** The country (its lexicon id) whose capital the town of lexicons/places.tsv with this id is, or null:
 *  the town's English name and country against the capital GeoNames gives (lexicons/geo/countries.tsv;
 *  "Washington, D. C." is Washington). */
export function countryOfCapital(townId: string): string | null {
  if (!capitals) {
    capitals = new Map();
    const names = new Map<string, string>(); // cc → the capital's name
    for (const r of loadTsv('geo/countries'))
      if (r.capital_name) names.set(r.cc!, r.capital_name.split(',')[0]!);
    for (const r of loadTsv('places'))
      if (r.id!.startsWith('town:') && r.country && names.get(r.country) === r.english)
        capitals.set(r.id!, `country:${r.country.toLowerCase()}`);
  }
  return capitals.get(townId) ?? null;
}

interface PlaceNameWords {
  notName: Set<string>;
  titleWord: Set<string>;
  /** Two-word phrases (word before + head) in which the head introduces no place: من ناحية. */
  notPlace: Set<string>;
}
let nameWords: PlaceNameWords | null = null;

/** lexicons/place-name-words.tsv: words that end a head-introduced name, words after which it goes on, and
 *  phrases in which a head word is no head. */
export function placeNameWords(): PlaceNameWords {
  if (nameWords) return nameWords;
  const rows = loadTsv('place-name-words');
  const ofClass = (cls: string) => rows.filter((r) => r.class === cls);
  return (nameWords = {
    notName: new Set(ofClass('not_name').map((r) => matchForm(r.word))),
    titleWord: new Set(ofClass('title_word').map((r) => r.word)),
    notPlace: new Set(ofClass('not_place').map((r) => r.word.split(' ').map(matchForm).join(' '))),
  });
}
