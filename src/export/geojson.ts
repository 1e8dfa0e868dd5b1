// GeoJSON (RFC 7946) FeatureCollection of the events: a Point where the place is located, a null geometry where
// it is not (the event is kept, so nothing is lost).
import type { IsnadEvent } from './events.js';

export function eventsGeoJson(events: IsnadEvent[]): object {
  return {
    type: 'FeatureCollection',
    features: events.map((e) => {
      const loc = e.place?.location;
      const point = loc?.located ? { type: 'Point', coordinates: [loc.longitude, loc.latitude] } : null;
      return {
        type: 'Feature',
        id: e.id,
        geometry: point,
        properties: {
          date: e.date,
          until: e.until,
          precision: e.precision,
          type: e.type,
          type_label: e.type_label,
          acled_event_type: e.acled.event_type,
          acled_sub_event_type: e.acled.sub_event_type,
          place: e.place?.english ?? null,
          place_ar: e.place?.name ?? null,
          country: loc?.country ?? null,
          country_ar: loc?.country_ar ?? null,
          admin1: loc?.admin1 ?? null,
          where_prec: loc?.where_prec ?? null,
          where_how: loc?.how ?? null,
          actors: e.actors.map((a) => a.english),
          fatalities: e.fatalities,
          figures: e.figures.map(({ claims: _claims, ...f }) => f),
          sources: e.sources.map((s) => s.outlet),
          chains: e.chains,
          timeline: e.timeline,
        },
      };
    }),
  };
}
