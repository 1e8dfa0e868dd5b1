// Helpers shared by the attribution tests: analyse one invented sentence and read who speaks.

import { analyzeDocument } from '../../src/extract/index.js';

/** The analysis of one text. */
export const run = (text: string) => analyzeDocument({ id: 't', source: 't', text });

/** The speakers of a text's quotes, in order (null: the outlet's narration). */
export const quoteSpeakers = (text: string) =>
  run(text).quotes.map((q) => q.attribution.speaker?.surface ?? null);

/** The speaker of the quote that holds `needle` (null: narration; undefined: no quote). */
export const quoteSpeaker = (text: string, needle: string) => {
  const quote = run(text).quotes.find((q) => text.slice(q.start, q.end).includes(needle));
  return quote ? (quote.attribution.speaker?.surface ?? null) : undefined;
};

/** The attribution of the claim whose number is at `needle` (or whose text holds it), or null. */
export const speakerOf = (text: string, needle: string) => {
  const a = run(text);
  const at = text.indexOf(needle);
  const c =
    a.claims.find((x) => x.number.numStart <= at + needle.length && x.number.numEnd >= at) ??
    a.claims.find((x) => text.slice(x.start, x.end).includes(needle));
  return c
    ? {
        speaker: c.attribution.speaker?.surface ?? null,
        via: c.attribution.via.map((v) => v.surface),
        stance: c.stance,
        measure: c.measure,
        how: c.attribution.how,
      }
    : null;
};
