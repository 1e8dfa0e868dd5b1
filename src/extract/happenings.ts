// Dated happenings for the timeline: a resolved date and the happening cues near it in one sentence
// (lexicons/happenings.tsv). One sentence may hold several happenings of one day.
import type { DateMention, Happening, HappeningType, Sentence, Token } from "../types.js";
import { loadTsv } from "../lexicon/index.js";
import { normalize, stems } from "../text/normalize.js";
import type { AttrSegment } from "./attribution.js";

interface Cue { type: HappeningType; words: string[]; prefix: boolean }
let cues: Map<string, Cue[]> | null = null;
let prefixCues: Cue[] = [];

function load() {
  if (cues) return cues;
  cues = new Map();
  prefixCues = [];
  for (const r of loadTsv("happenings")) {
    const raw = r.cue!;
    const prefix = raw.endsWith("*");
    const words = normalize(prefix ? raw.slice(0, -1) : raw).split(" ");
    const c: Cue = { type: r.type as HappeningType, words, prefix };
    if (prefix) prefixCues.push(c);
    else {
      if (!cues.has(words[0]!)) cues.set(words[0]!, []);
      cues.get(words[0]!)!.push(c);
    }
  }
  return cues;
}

const WINDOW = 12;

export function findHappenings(doc: string, text: string, tokens: Token[], sentences: Sentence[], dates: DateMention[], _segments: AttrSegment[]): Happening[] {
  const map = load();
  const out: Happening[] = [];
  let ti = 0;
  for (const s of sentences) {
    const ds = dates.filter((d) => d.start >= s.start && d.end <= s.end && d.value && d.value.length === 10 && d.kind !== "dateline");
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    if (!ds.length) continue;
    let tj = ti;
    while (tj < tokens.length && tokens[tj]!.end <= s.end) tj++;
    for (const d of ds) {
      const seen = new Set<HappeningType>();
      // token index of the date
      let di = ti;
      while (di < tj && tokens[di]!.end <= d.start) di++;
      let words = 0;
      const scan = (i: number) => {
        const t = tokens[i]!;
        if (!t.word || (t.start >= d.start && t.end <= d.end)) return;
        for (const st of stems(t.norm)) {
          const found: Cue[] = [];
          for (const c of map.get(st) ?? []) {
            let ok = true;
            for (let k = 1, j = i + 1; k < c.words.length; k++, j++) if (tokens[j]?.norm !== c.words[k]) ok = false;
            if (ok) found.push(c);
          }
          for (const c of prefixCues) if (st.startsWith(c.words[0]!) && st.length - c.words[0]!.length <= 4) found.push(c);
          for (const c of found) {
            if (seen.has(c.type)) continue;
            seen.add(c.type);
            out.push({ doc, start: Math.min(t.start, d.start), end: Math.max(t.end, d.end), type: c.type, date: d, cue: { start: t.start, end: t.end, text: text.slice(t.start, t.end) }, place: null, actors: [] });
          }
          if (found.length) break;
        }
      };
      for (let i = di, w = 0; i < tj && w < WINDOW; i++) { if (tokens[i]!.word) w++; scan(i); }
      for (let i = di - 1, w = 0; i >= ti && w < WINDOW; i--) { if (tokens[i]!.word) w++; scan(i); }
      void words;
    }
  }
  return out;
}
