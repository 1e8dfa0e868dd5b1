// UCDP GED-shaped rows: one per event with at least one death (GED records deadly organised violence only).
// date_prec: 1 the day, 2 two to six days, 3 a week, 4 a month, 5 longer. where_prec as src/geo says
// (1 the place … 4 first-level region, 5 part of a country, 6 the country). best / low / high: the killed
// estimate(s) of the event. source_office: the outlets; source_article: outlet, date and title of each article;
// source_original: the speakers the event's figures come from (the outlet's own narration is not one).
import type { Cell } from './csv.js';
import type { IsnadEvent } from './events.js';

export const UCDP_COLUMNS = [
  'date_start',
  'date_end',
  'date_prec',
  'side_a',
  'side_b',
  'where_prec',
  'where_description',
  'adm_1',
  'latitude',
  'longitude',
  'country',
  'best',
  'low',
  'high',
  'number_of_sources',
  'source_article',
  'source_office',
  'source_original',
] as const;

const DATE_PREC: Record<string, number> = { day: 1, days: 2, week: 3, month: 4, year: 5 };

function originals(e: IsnadEvent): string {
  const firsts = e.chains
    .map((c) => c.split(' → '))
    .filter((links) => links.length > 1)
    .map((links) => links[0]!);
  return [...new Set(firsts)].join('; ');
}

export function ucdpRows(events: IsnadEvent[]): Cell[][] {
  return events
    .filter((e) => (e.fatalities?.best ?? 0) > 0)
    .map((e) => {
      const loc = e.place?.location;
      const articles = e.sources.map((s) =>
        [s.outlet, s.published, s.title ?? s.url].filter(Boolean).join(', '),
      );
      return [
        e.date,
        e.until ?? e.date,
        DATE_PREC[e.precision] ?? 5,
        e.actors[0]?.english ?? '',
        e.actors[1]?.english ?? '',
        loc?.where_prec ?? null,
        e.place ? `${e.place.english} (${e.place.name})${loc?.where_prec === 2 ? `, ${loc.town}` : ''}` : '',
        loc?.admin1 ?? '',
        loc?.latitude ?? null,
        loc?.longitude ?? null,
        loc?.country ?? '',
        e.fatalities!.best,
        e.fatalities!.low,
        e.fatalities!.high,
        e.sources.length,
        articles.join('; '),
        [...new Set(e.sources.map((s) => s.outlet))].join('; '),
        originals(e),
      ];
    });
}
