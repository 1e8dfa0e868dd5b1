// Stage "extract": everything that can be read from one document alone. Pure and independent per
// document, so it runs in worker threads.
import type { DocAnalysis, Document } from "../types.js";
import { findFurniture, inFurniture, sentences as splitSentences, tokenize } from "../text/index.js";
import { findNumbers } from "./numbers.js";
import { findDates, inferPublished } from "./dates.js";
import { findMentions } from "./mentions.js";
import { attribute } from "./attribution.js";
import { extractClaims } from "./claims.js";
import { findHappenings } from "./happenings.js";

export { attribute } from "./attribution.js";
export { extractClaims } from "./claims.js";

/** Analyse one document. `hint` is an ISO date near the story, used only to pick a year. */
export function analyzeDocument(doc: Document, hint?: string | null): DocAnalysis {
  const timings: Record<string, number> = {};
  let t0 = performance.now();
  const lap = (name: string) => {
    const t = performance.now();
    timings[name] = (timings[name] ?? 0) + (t - t0);
    t0 = t;
  };
  const text = doc.text;
  const furniture = findFurniture(text);
  const sentences = splitSentences(text).filter((s) => !inFurniture(furniture, s.start, s.end));
  const tokens = tokenize(text);
  lap("text");
  const published = inferPublished(text, doc.publishedInput ?? null, hint ?? null);
  const dates = findDates(text, published.date).filter((d) => !inFurniture(furniture, d.start, d.end));
  lap("dates");
  const numbers = findNumbers(text).filter((n) => !inFurniture(furniture, n.start, n.end));
  lap("numbers");
  const mentions = findMentions(doc.id, text, tokens).filter((m) => !inFurniture(furniture, m.start, m.end));
  lap("mentions");
  const att = attribute(doc.id, text, tokens, sentences, mentions);
  lap("attribution");
  const claims = extractClaims(doc.id, text, tokens, sentences, numbers, att.segments);
  lap("claims");
  const happenings = findHappenings(doc.id, text, tokens, sentences, dates, att.segments, claims, published.date);
  lap("happenings");
  const dateline = dates.find((d) => d.kind === "dateline");
  // speakers join the mentions (they become entities); aliases found in apposition travel with them
  for (const [m, alias] of att.aliases) m.aliases = [...(m.aliases ?? []), alias];
  const all = [...mentions];
  for (const s of att.speakers) if (!all.includes(s)) all.push(s);
  return {
    doc,
    published,
    dateline: dateline ? { start: dateline.start, end: dateline.end, place: null } : null,
    furniture,
    sentences,
    mentions: all,
    numbers,
    dates,
    quotes: att.quotes,
    claims,
    happenings,
    timings,
  };
}
