// ACLED-shaped rows (the columns of ACLED's export). Mapping (lexicons/event-types.tsv): attack and clash →
// Battles / Armed clash; explosion → Explosions/Remote violence / Remote explosive/landmine/IED; airstrike →
// Explosions/Remote violence / Air/drone strike; riot → Riots / Mob violence; hostage_taking → Violence against
// civilians / Abduction/forced disappearance; arrest → Strategic developments / Arrests; escape, surrender,
// control_declared, statement, claim_of_responsibility, curfew, displacement, other → Strategic developments /
// Other. time_precision: 1 a day, 2 a few days or a week, 3 a month or more. geo_precision: 1 the town (UCDP
// where_prec 1–2), 2 near it or a part of a region (3–5), 3 only the region or country (6). fatalities: the best
// estimate (low, high and the rule are in notes).

import type { Cell } from './csv.js';
import type { IsnadEvent } from './events.js';

export const ACLED_COLUMNS = [
  'event_date',
  'year',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'country',
  'admin1',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
] as const;

const TIME_PRECISION: Record<string, number> = { day: 1, days: 2, week: 2, month: 3, year: 3 };

export function geoPrecision(wherePrec: number | null | undefined): number | null {
  if (!wherePrec) return null;
  return wherePrec <= 2 ? 1 : wherePrec <= 5 ? 2 : 3;
}

export function notesOf(e: IsnadEvent): string {
  const figures = e.figures.map((f) => {
    const range = f.low === f.high ? '' : ` (low ${f.low ?? '?'}, high ${f.high ?? '?'})`;
    return `${f.label}: ${f.best ?? '?'}${range}`;
  });
  const where = e.place ? ` in ${e.place.english}` : '';
  const chains = e.chains.length ? ` Sources: ${e.chains.join('; ')}.` : '';
  const rule = e.fatalities ? ` Fatalities: ${e.fatalities.rule}` : '';
  return `${e.type_label}${where} on ${e.date}. Figures: ${figures.join('; ')}.${chains}${rule}`;
}

export function acledRows(events: IsnadEvent[]): Cell[][] {
  return events.map((e) => {
    const loc = e.place?.location;
    return [
      e.date,
      Number(e.date.slice(0, 4)),
      TIME_PRECISION[e.precision] ?? 3,
      e.acled.event_type,
      e.acled.sub_event_type,
      e.actors[0]?.english ?? '',
      e.actors[1]?.english ?? '',
      loc?.country ?? '',
      loc?.admin1 ?? '',
      loc?.town ?? e.place?.english ?? '',
      loc?.latitude ?? null,
      loc?.longitude ?? null,
      geoPrecision(loc?.where_prec),
      [...new Set(e.sources.map((s) => s.outlet))].join('; '),
      '',
      notesOf(e),
      e.fatalities?.best ?? 0,
    ];
  });
}
