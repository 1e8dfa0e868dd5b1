// The BIO tag set of the named-entity tagger (ANERcorp types).
export type NerTag = 'O' | 'B-PERS' | 'I-PERS' | 'B-LOC' | 'I-LOC' | 'B-ORG' | 'I-ORG' | 'B-MISC' | 'I-MISC';
export type NerType = 'PERS' | 'LOC' | 'ORG' | 'MISC';

export const TAGS: readonly NerTag[] = [
  'O',
  'B-PERS',
  'I-PERS',
  'B-LOC',
  'I-LOC',
  'B-ORG',
  'I-ORG',
  'B-MISC',
  'I-MISC',
];
export const NT = TAGS.length;
const TAG_SET = new Set<string>(TAGS);
export const isTag = (s: string): s is NerTag => TAG_SET.has(s);

/** May tag `to` follow tag `from` (-1 = sentence start)? I-X only continues B-X or I-X. */
export function allowed(from: number, to: number): boolean {
  const t = TAGS[to]!;
  if (!t.startsWith('I-')) return true;
  if (from < 0) return false;
  return TAGS[from]!.slice(2) === t.slice(2);
}

/** Entity spans over word indices, [start, end). A stray I-X (not after B-X/I-X) opens a new span. */
export function entitySpans(tags: readonly NerTag[]): { start: number; end: number; type: NerType }[] {
  const out: { start: number; end: number; type: NerType }[] = [];
  let open: { start: number; end: number; type: NerType } | null = null;
  tags.forEach((t, i) => {
    const type = t === 'O' ? null : (t.slice(2) as NerType);
    if (open && (t === 'O' || t.startsWith('B-') || type !== open.type)) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (type && !open) open = { start: i, end: i + 1, type };
  });
  if (open) {
    (open as { end: number }).end = tags.length;
    out.push(open);
  }
  return out;
}

/** Each tag's entity type (null for O), and whether it begins a name: by tag index. */
const TYPE_OF_TAG = TAGS.map((t) => (t === 'O' ? null : (t.slice(2) as NerType)));
const BEGINS = TAGS.map((t) => t.startsWith('B-'));

/** entitySpans of tags given as indices into TAGS (a tagger's path: no string per word). */
export function entitySpansOfIndices(
  tags: ArrayLike<number>,
): { start: number; end: number; type: NerType }[] {
  const out: { start: number; end: number; type: NerType }[] = [];
  let open: { start: number; end: number; type: NerType } | null = null;
  // one step past the last tag closes a name still open (the same push: a second one, reached only when a
  // document ends in a name, would deoptimise the optimised code the first time it is)
  const n = tags.length;
  for (let i = 0; i <= n; i++) {
    const type = i < n ? TYPE_OF_TAG[tags[i]!]! : null;
    if (open && (type === null || BEGINS[tags[i]!] || type !== open.type)) {
      open.end = i;
      out.push(open);
      open = null;
    }
    if (type && !open) open = { start: i, end: i + 1, type };
  }
  return out;
}
