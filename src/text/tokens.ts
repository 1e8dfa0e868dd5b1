// Words and sentences, as spans of the original text.
import type { Sentence, Token } from "../types.js";
import { normalize } from "./normalize.js";

const wordSeg = new Intl.Segmenter("ar", { granularity: "word" });
const sentSeg = new Intl.Segmenter("ar", { granularity: "sentence" });

const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/;
const isDigit = (c: string | undefined) => !!c && DIGIT.test(c);
const isLetter = (c: string | undefined) => !!c && /\p{L}/u.test(c);

/** Tokens of text[start, end): words and numbers split apart where pages glue them (374من، و223، الـ20). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = start === 0 && end === text.length ? text : text.slice(start, end);
  for (const seg of wordSeg.segment(slice)) {
    const s = start + seg.index;
    const e = s + seg.segment.length;
    if (!seg.isWordLike) {
      if (!/^\s+$/.test(seg.segment)) out.push({ start: s, end: e, norm: normalize(seg.segment), word: false });
      continue;
    }
    // split at letter↔digit boundaries (keeping 3,000 and 12.5 whole)
    let a = s;
    for (let i = s + 1; i < e; i++) {
      const p = text[i - 1], c = text[i];
      if ((isDigit(p) && isLetter(c)) || (isLetter(p) && isDigit(c)) || (p === "\u0640" && isDigit(c))) {
        out.push({ start: a, end: i, norm: normalize(text.slice(a, i)), word: true });
        a = i;
      }
    }
    out.push({ start: a, end: e, norm: normalize(text.slice(a, e)), word: true });
  }
  return out;
}

/** Paragraphs (blocks of text between line breaks) as spans. */
export function paragraphs(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /[^\r\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
  }
  return out;
}

/** Sentences: each paragraph split by Intl.Segmenter, trimmed, never crossing a line break. */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  paragraphs(text).forEach((p, pi) => {
    const body = text.slice(p.start, p.end);
    for (const seg of sentSeg.segment(body)) {
      const raw = seg.segment;
      const lead = raw.length - raw.trimStart().length;
      const t = raw.trim();
      if (!t) continue;
      const s = p.start + seg.index + lead;
      out.push({ start: s, end: s + t.length, paragraph: pi });
    }
  });
  return out;
}
