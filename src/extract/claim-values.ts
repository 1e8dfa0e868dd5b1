// What a figure's number says before any cue is read: whether it is a time, an age or the number of a list
// item (no count at all), and a duration's value in days. Part of the claims component.

import { alternation, wordSet } from '../lexicon/index.js';
import { normalize } from '../text/normalize.js';
import type { Measure, NumberMention } from '../types.js';
import type { Hit } from './claim-cues.js';

const AGE_BEFORE = new RegExp(`(${alternation('claim-words', 'age_before')})\\s*$`);
const YEARS = new RegExp(`^\\s*(${alternation('claim-words', 'years_after')})(?![\\u0621-\\u064A])`);
const DURATION_LEAD = new RegExp(`(${alternation('claim-words', 'duration_lead')})\\s*$`);
const SUPERLATIVE = /^(ال)?أ[\u0621-\u064A]{2,3}$/;
const AGO = new RegExp(`^\\s*(${alternation('claim-words', 'ago')})`); // after the unit
const ITEM_BEFORE = /(^|[\n:.]) *$/;
const ITEM_AFTER = /^ *[-–)] *[\u0621-\u064A]/;
const WEEK_UNIT = wordSet('claim-words', 'week_unit');
const MONTH_UNIT = wordSet('claim-words', 'month_unit');
const HOUR_UNIT = wordSet('claim-words', 'hour_unit');
const MINUTE_UNIT = wordSet('claim-words', 'minute_unit');
const YEAR_UNIT = wordSet('claim-words', 'year_unit');
const DECADE_UNIT = wordSet('claim-words', 'decade_unit');

/** "قبل 17 عاما", "(16 سنة)": a time or an age, not a count; and يبلغ الثمانين. The number of an item of
 *  a list ("الآتي: 1- حادث …") is none either. */
export function timeOrAge(text: string, n: NumberMention): boolean {
  // (its unit may stand before a qualifier the number took: 3 سنوات على الأقل)
  if (YEARS.test(text.slice(n.end, n.end + 8)) || YEARS.test(text.slice(n.numEnd, n.numEnd + 8))) return true;
  if (
    n.form === 'digits' &&
    ITEM_AFTER.test(text.slice(n.end, n.end + 4)) &&
    ITEM_BEFORE.test(text.slice(Math.max(0, n.start - 3), n.start))
  )
    return true;
  return (
    n.form === 'words' &&
    text.startsWith('ال', n.numStart) &&
    AGE_BEFORE.test(text.slice(Math.max(0, n.start - 12), n.start))
  );
}

/** "منذ سبع سنوات", "دام ثلاث سنوات": a count of years after a word of lasting is a duration (the end of
 *  its unit word), unless it says how long ago (منذ أربع سنوات مضت) or since when a superlative holds
 *  (الأعلى منذ ثلاث سنوات). */
export function yearsDuration(text: string, n: NumberMention): number {
  // a dual of a year's unit is its own unit (منذ عامين)
  const own = n.form === 'dual' ? YEARS.exec(text.slice(n.numStart, n.end)) : null;
  const unitEnd =
    own && own[0].length === n.end - n.numStart
      ? n.end
      : n.end + (YEARS.exec(text.slice(n.end, n.end + 8))?.[0].length ?? -n.end - 1);
  if (unitEnd < 0 || AGO.test(text.slice(unitEnd, unitEnd + 12))) return -1;
  const before = text.slice(Math.max(0, n.start - 60), n.start);
  const lead = DURATION_LEAD.exec(before);
  if (!lead) return -1;
  const words = before.slice(0, lead.index).trim().split(/\s+/).slice(-4);
  if (words.some((w) => SUPERLATIVE.test(w))) return -1;
  return unitEnd;
}

/** The unit word of a cue, normalised and without its article (الساعات → ساعات). */
const unitWord = (best: Hit): string => normalize(best.cue.words[0]!).replace(/^ال/, '');

/** The best cue is a unit shorter than a day (دقائق، ساعات). */
export const underADay = (best: Hit | undefined): boolean => {
  if (best?.cue.kind !== 'unit') return false;
  const u = unitWord(best);
  return HOUR_UNIT.has(u) || MINUTE_UNIT.has(u);
};

/** A duration in weeks, months, years or decades is counted in days; one in hours or minutes too (48 ساعة =
 *  2 days). */
export function inDays(
  measure: Measure,
  best: Hit | undefined,
  n: NumberMention,
): { low: number | null; high: number | null } {
  let { low, high } = n;
  if (measure !== 'duration' || !best) return { low, high };
  const u = unitWord(best);
  // a part of a day: divided, not rounded (3 ساعات = 0.125, 45 دقيقة = 0.03125)
  const per = HOUR_UNIT.has(u) ? 24 : MINUTE_UNIT.has(u) ? 1440 : 1;
  if (per !== 1) {
    low = low === null ? null : low / per;
    high = high === null ? null : high / per;
    return { low, high };
  }
  const mult = WEEK_UNIT.has(u)
    ? 7
    : MONTH_UNIT.has(u)
      ? 30
      : YEAR_UNIT.has(u)
        ? 365
        : DECADE_UNIT.has(u)
          ? 3650
          : 1;
  if (mult !== 1) {
    low = low === null ? null : Math.round(low * mult * 100) / 100;
    high = high === null ? null : Math.round(high * mult * 100) / 100;
  }
  return { low, high };
}
