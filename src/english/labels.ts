// English (and Arabic) labels for isnad's timeline types and measures, and the ACLED event type of each
// timeline type. The words are data: lexicons/event-types.tsv and lexicons/measure-labels.tsv.
import { loadTsv, many } from '../lexicon/index.js';
import type { HappeningType, Measure } from '../types.js';

export type Lang = 'en' | 'ar';

function row(
  file: 'event-types' | 'measure-labels',
  key: string,
  value: string,
): Record<string, string> | undefined {
  return (loadTsv(file) as Record<string, string>[]).find((r) => r[key] === value);
}

/** "attack" → "attack" / "هجوم". */
export function eventTypeLabel(type: HappeningType | string, lang: Lang = 'en'): string {
  const r = row('event-types', 'type', type);
  return (lang === 'ar' ? r?.arabic : r?.english) || type;
}

/** "killed" → "killed" / "قتلى". */
export function measureLabel(measure: Measure | string, lang: Lang = 'en'): string {
  const r = row('measure-labels', 'measure', measure);
  return (lang === 'ar' ? r?.arabic : r?.english) || measure;
}

/** The ACLED event type and sub-event type a timeline type is exported as. */
export function acledType(type: HappeningType | string): { event_type: string; sub_event_type: string } {
  const r = row('event-types', 'type', type) ?? row('event-types', 'type', 'other');
  return {
    event_type: r?.acled_event_type ?? 'Strategic developments',
    sub_event_type: r?.acled_sub_event_type ?? 'Other',
  };
}

/** The timeline types a figure of this measure may belong to, likeliest first. */
export function happeningsOf(measure: Measure | string): string[] {
  return many(row('measure-labels', 'measure', measure)?.happenings);
}
