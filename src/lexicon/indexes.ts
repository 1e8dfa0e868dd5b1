// Fast lookups built once from the reviewed lexicons (knowledge is data; this file only indexes it).

import { normalize } from '../text/normalize.js';
import type { Measure, Stance } from '../types.js';
import { loadTsv } from './load.js';
import { many } from './tsv.js';

export interface VerbInfo {
  lemma: string;
  gender: 'm' | 'f' | null;
  stance: Stance;
  kind: 'say' | 'continue' | 'announce' | 'appeal' | 'relay';
  participle: boolean;
  present: boolean;
}

export interface TitleInfo {
  title: string;
  words: string[];
  kind: 'rank' | 'honorific' | 'role' | 'anon';
  gender: 'm' | 'f' | null;
  org: string;
}

export interface MeasureCue {
  measure: Measure;
  words: string[];
  prefix: boolean;
  where: 'left' | 'right' | 'any';
  weight: number;
  kind: 'verb' | 'noun' | 'unit';
}

export interface Lexicons {
  verbs: Map<string, VerbInfo>;
  titles: Map<string, TitleInfo[]>; // keyed by first normalised word
  relays: { words: string[]; role: 'source' | 'from' | 'via' }[];
  denials: { words: string[]; scope: 'before' | 'after' }[];
  cues: Map<string, MeasureCue[]>; // keyed by first word (exact)
  prefixCues: MeasureCue[]; // single-word cues with a trailing *
  nounClass: (w: string) => string | null;
}

let lex: Lexicons | null = null;

const words = (s: string) => normalize(s).split(' ').filter(Boolean);

export function lexicons(): Lexicons {
  if (lex) return lex;
  const verbs = new Map<string, VerbInfo>();
  for (const r of loadTsv('reporting-verbs')) {
    const base = {
      lemma: r.lemma!,
      stance: (r.stance || 'asserts') as Stance,
      kind: (r.kind || 'say') as VerbInfo['kind'],
    };
    const add = (cell: string | undefined, gender: 'm' | 'f', participle: boolean, present: boolean) => {
      for (const f of many(cell))
        if (f !== '-') {
          const k = normalize(f);
          // one literal, not a spread of base: every verb then has one hidden class (the spread had made a
          // class per verb form, and every reader of a verb met new ones: deopts)
          if (!verbs.has(k))
            verbs.set(k, {
              lemma: base.lemma,
              stance: base.stance,
              kind: base.kind,
              gender,
              participle,
              present,
            });
        }
    };
    add(r.past_m, 'm', false, false);
    add(r.past_f, 'f', false, false);
    add(r.pres_m, 'm', false, true);
    add(r.pres_f, 'f', false, true);
    add(r.part_m, 'm', true, false);
    add(r.part_f, 'f', true, false);
  }
  const titles = new Map<string, TitleInfo[]>();
  for (const r of loadTsv('titles')) {
    const w = words(r.title!);
    const t: TitleInfo = {
      title: r.title!,
      words: w,
      kind: r.kind as TitleInfo['kind'],
      gender: r.gender === 'm' || r.gender === 'f' ? r.gender : null,
      org: r.org || '-',
    };
    const k = w[0]!;
    if (!titles.has(k)) titles.set(k, []);
    titles.get(k)!.push(t);
  }
  for (const list of titles.values()) list.sort((a, b) => b.words.length - a.words.length);
  const relays = loadTsv('relays').map((r) => ({
    words: words(r.marker!),
    role: r.role as 'source' | 'from' | 'via',
  }));
  relays.sort((a, b) => b.words.length - a.words.length);
  const denials = loadTsv('denials').map((r) => ({
    words: words(r.phrase!),
    scope: r.scope as 'before' | 'after',
  }));
  const cues = new Map<string, MeasureCue[]>();
  const prefixCues: MeasureCue[] = [];
  for (const r of loadTsv('measures')) {
    const raw = r.cue!;
    const prefix = raw.endsWith('*');
    const w = words(prefix ? raw.slice(0, -1) : raw);
    const c: MeasureCue = {
      measure: r.measure as Measure,
      words: w,
      prefix,
      where: (r.where || 'any') as MeasureCue['where'],
      weight: Number(r.weight || 1),
      kind: (r.kind || 'noun') as MeasureCue['kind'],
    };
    if (prefix && w.length === 1) prefixCues.push(c);
    else {
      const k = w[0]!;
      if (!cues.has(k)) cues.set(k, []);
      cues.get(k)!.push(c);
    }
  }
  const exactNoun = new Map<string, string>();
  const prefixNoun: [string, string][] = [];
  for (const r of loadTsv('counted-nouns')) {
    const n = r.noun!;
    if (n.endsWith('*')) prefixNoun.push([normalize(n.slice(0, -1)), r.class!]);
    else exactNoun.set(normalize(n), r.class!);
  }
  const nounClass = (w: string): string | null => {
    const e = exactNoun.get(w);
    if (e) return e;
    for (const [p, c] of prefixNoun) if (w.startsWith(p) && w.length - p.length <= 3) return c;
    return null;
  };
  lex = { verbs, titles, relays, denials, cues, prefixCues, nounClass };
  return lex;
}

/** A word (normalised) that is a one-word verb cue of lexicons/measures.tsv (قتل، توفي): what befell
 *  someone, which ends a name or a role. */
export function isMeasureVerbWord(norm: string): boolean {
  const cues = lexicons().cues.get(norm);
  return !!cues && cues.some((cue) => cue.kind === 'verb' && cue.words.length === 1);
}
