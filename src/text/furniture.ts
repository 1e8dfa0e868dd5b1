// Page furniture: boilerplate lines (font-size widgets, "read also" teasers, newsletter prompts,
// embedded tweets, repeated photo captions) are marked as spans, never deleted.

import { loadTsv } from '../lexicon/index.js';
import type { Furniture } from '../types.js';
import { type MappedText, normalize, normalizeSpan, normalizeWithMap } from './normalize.js';
import { paragraphs } from './tokens.js';

interface Rule {
  kind: Furniture['kind'];
  test: (line: string, norm: string) => boolean;
}

/** The rules in their order, and a necessary test before them (performance: nearly no line is furniture,
 *  and the rules one by one made eight substring searches and six regexes per line): a line may match
 *  only when its form is a `line` pattern, starts as a `prefix` pattern does (its first PREFIX_KEY
 *  letters), holds a `contains` pattern (one regex of them all) or matches one of the regexes (one regex
 *  of their alternation). */
interface Rules {
  list: Rule[];
  lines: Set<string>;
  prefixKeys: Set<string>;
  /** Prefix patterns shorter than PREFIX_KEY (none today): the gate lets every line through. */
  shortPrefix: boolean;
  contains: RegExp | null;
  regex: RegExp | null;
  /** `tail` patterns, as written: from where one stands to its paragraph's end is furniture (رابط الخبر …
   *  closing the last paragraph). */
  tails: { kind: Furniture['kind']; pattern: string }[];
}
const PREFIX_KEY = 4;
let rules: Rules | null = null;

const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(): Rules {
  const gate: Rules = {
    list: [],
    lines: new Set(),
    prefixKeys: new Set(),
    shortPrefix: false,
    contains: null,
    regex: null,
    tails: [],
  };
  const contains: string[] = [];
  const regexes: string[] = [];
  gate.list = loadTsv('furniture').map((r) => {
    const kind = r.kind as Furniture['kind'];
    const p = normalize(r.pattern ?? '');
    switch (r.match) {
      case 'line':
        gate.lines.add(p);
        return { kind, test: (_l, n) => n === p };
      case 'prefix':
        if (p.length < PREFIX_KEY) gate.shortPrefix = true;
        gate.prefixKeys.add(p.slice(0, PREFIX_KEY));
        return { kind, test: (_l, n) => n.startsWith(p) };
      case 'tail':
        gate.tails.push({ kind, pattern: r.pattern! });
        return { kind, test: () => false };
      case 'contains':
        contains.push(escaped(p));
        return { kind, test: (_l, n) => n.includes(p) };
      default: {
        const re = new RegExp(r.pattern!, 'iu');
        regexes.push(`(?:${r.pattern!})`);
        return { kind, test: (l) => re.test(l) };
      }
    }
  });
  if (contains.length) gate.contains = new RegExp(contains.join('|'), 'u');
  if (regexes.length) gate.regex = new RegExp(regexes.join('|'), 'iu');
  return gate;
}

/** The first `tail` pattern in the line: where it stands and its kind. */
function tailIn(rs: Rules, line: string): { at: number; kind: Furniture['kind'] } | null {
  for (const x of rs.tails) {
    const at = line.indexOf(x.pattern);
    if (at >= 0) return { at, kind: x.kind };
  }
  return null;
}

/** Whether some rule may take the line (a necessary test: see Rules). */
function mayBeFurniture(rs: Rules, line: string, norm: string): boolean {
  return (
    rs.shortPrefix ||
    rs.lines.has(norm) ||
    rs.prefixKeys.has(norm.slice(0, PREFIX_KEY)) ||
    !!rs.contains?.test(norm) ||
    !!rs.regex?.test(line)
  );
}

/** Furniture spans of a document (each a whole line, or a `tail` pattern's rest of one). `normalized`, when given, is normalizeWithMap(text);
 *  `paras`, paragraphs(text). */
export function findFurniture(text: string, normalized?: MappedText, paras = paragraphs(text)): Furniture[] {
  const whole = normalized ?? normalizeWithMap(text);
  const rs = (rules ??= compile());
  const out: Furniture[] = [];
  const starts = new Set<number>(); // starts of the spans in `out` (a scan of `out` per line was quadratic)
  const push = (f: Furniture) => {
    out.push(f);
    starts.add(f.start);
  };
  const seen = new Map<string, number>();
  paras.forEach((p, pi) => {
    const line = text.slice(p.start, p.end);
    const norm = normalizeSpan(text, whole, p.start, p.end);
    const rule =
      norm.length < 400 && mayBeFurniture(rs, line, norm)
        ? rs.list.find((r) => r.test(line, norm))
        : undefined;
    const tail = rule ? null : tailIn(rs, line);
    if (rule) {
      push({ start: p.start, end: p.end, kind: rule.kind });
    } else if (tail) {
      push({ start: p.start + tail.at, end: p.end, kind: tail.kind });
    } else if (seen.has(norm) && norm.length > 20) {
      // A line repeated word for word (a photo caption shown twice) is furniture the second time,
      // and the first one too.
      const first = seen.get(norm)!;
      const fp = paras[first]!;
      if (!starts.has(fp.start)) push({ start: fp.start, end: fp.end, kind: 'caption' });
      push({ start: p.start, end: p.end, kind: 'caption' });
    }
    if (!seen.has(norm)) seen.set(norm, pi);
  });
  out.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * True when [start, end) lies inside a furniture span (not one of kind `except`). Furniture spans lie
 * within one paragraph each, sorted and disjoint (findFurniture), so only the last one starting at or before
 * `start` can hold it: a binary search (a scan of every span per question was quadratic in a text of many
 * captions).
 */
export function inFurniture(
  furniture: Furniture[],
  start: number,
  end: number,
  except?: Furniture['kind'],
): boolean {
  let lo = 0,
    hi = furniture.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (furniture[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  // spans with the same start (not made by findFurniture, but cheap to allow): look back over them
  for (let i = lo - 1; i >= 0 && furniture[i]!.start === furniture[lo - 1]!.start; i--)
    if (end <= furniture[i]!.end) return furniture[i]!.kind !== except;
  return false;
}
