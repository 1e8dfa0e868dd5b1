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
