// The day and the place of each figure: part of the claims component.

import { theWord } from '../lexicon/index.js';
import type { Claim, DateMention, Mention, Sentence } from '../types.js';
import { firstStartingAt, spansWithin } from './sorted-spans.js';

/** A figure right after منذ counts the time since, not a day of its own. */
const SINCE_BEFORE = new RegExp(`${theWord('rule-words', 'since')}\\s*$`);

/** A dated mention this close to a figure (in its sentence) gives its day; a duration takes any in the sentence. */
const DAY_DISTANCE = 80;
/** A place mention this close to the number (in its sentence) is the figure's place. */
const PLACE_DISTANCE = 120;

/** The day named nearest to the claim in its sentence (not a dateline), if any. */
function dayInSentence(claim: Claim, sentence: Sentence, dates: DateMention[]): string | null {
  let best: string | null = null;
  let distance = Infinity;
  for (const d of spansWithin(dates, sentence.start, sentence.end)) {
    if (
      d.start < sentence.start ||
      d.end > sentence.end ||
      !d.value ||
      d.value.length !== 10 ||
      d.kind === 'dateline'
    )
      continue;
    const k = Math.abs(d.start - claim.start);
    if (k < distance && (k <= DAY_DISTANCE || claim.measure === 'duration')) {
      distance = k;
      best = d.value;
    }
  }
  return best;
}

/** The nearest town, district or facility in the sentence (not a country or region). */
function placeInSentence(claim: Claim, sentence: Sentence, mentions: Mention[]): Mention | null {
  let place: Mention | null = null;
  let distance = PLACE_DISTANCE;
  for (const m of spansWithin(mentions, sentence.start, sentence.end)) {
    if (m.start < sentence.start || m.end > sentence.end) continue;
    if (!(m.type === 'facility' || (m.type === 'location' && !/^(country|region):/.test(m.lexId ?? ''))))
      continue;
    const k = Math.abs(m.start - claim.number.numStart);
    if (k < distance) {
      distance = k;
      place = m;
    }
  }
  return place;
}

/** Sets `asOf` (a day named in the claim's sentence, else the publication date) and `place` on every
 *  claim that lies in a sentence. "منذ ثلاثة أيام" counts up to the day of writing. */
export function dateAndPlaceClaims(
  text: string,
  claims: Claim[],
  sentences: Sentence[],
  dates: DateMention[],
  mentions: Mention[],
  published: string | null,
): void {
  for (const c of claims) {
    // sentences are sorted and do not overlap: the one holding c.start, by binary search
    const s = sentences[firstStartingAt(sentences, c.start + 1) - 1];
    if (!s || c.start >= s.end) continue;
    const best = dayInSentence(c, s, dates);
    c.place = placeInSentence(c, s, mentions);
    const sinceWriting =
      c.measure === 'duration' && SINCE_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start));
    c.asOf = (sinceWriting ? null : best) ?? published;
  }
}
