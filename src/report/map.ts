// The story on a map: an SVG drawn offline from world-atlas country shapes (topojson-client, d3-geo), with the
// story's located places and its events, each a circle sized by the figures behind it and a link to a passage
// (the report's own passage links: href="#doc-N", data-doc / data-start / data-end, opened by its viewer).
// No tiles, no request: the shapes are read from the world-atlas package when the report is written.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoBounds, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { englishName } from '../english/index.js';
import { eventsOf } from '../export/index.js';
import { type Location, locateDossier } from '../geo/index.js';
import type { Dossier, DossierSpan } from '../types.js';
import { type Lang, uiText } from './ui.js';

export interface MapOptions {
  width?: number;
  height?: number;
  /** Label the places in English only, or in English and Arabic for a page with the language switch (ui.ts). */
  labels?: 'en' | 'both';
  /** Where a point links to: by default the report's own passage link (#doc-N, opened by its viewer); the web
   *  app gives its article page at the passage. */
  href?: (span: DossierSpan) => string;
}

/** The map's styles, for every page that shows it (no inline style: the web app's CSP forbids them). */
export const MAP_CSS =
  'svg.isnad-map{width:100%;height:auto}.map-country{fill:#eeeae2;stroke:#b9b2a5;stroke-width:.6}.map-place circle{fill:#3b6ea5;fill-opacity:.75;stroke:#fff}.map-event circle{fill:#b5452f;fill-opacity:.55;stroke:#7a2a1c}svg.isnad-map text{pointer-events:none;font:11px sans-serif;fill:#333;paint-order:stroke;stroke:#fff;stroke-width:3px}svg.isnad-map text.map-credit{font-size:9px}';

interface Point {
  kind: 'place' | 'event';
  lat: number;
  lon: number;
  weight: number;
  label: string;
  /** The place's name as the articles write it. */
  labelAr: string;
  title: string;
  span: DossierSpan | null;
  country: string | null;
  /** UCDP where_prec: at one spot, the town's name labels the mark. */
  prec: number;
}

let countries: FeatureCollection<Geometry> | null = null;

function worldShapes(): FeatureCollection<Geometry> {
  if (countries) return countries;
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(
    readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'),
  ) as Topology;
  countries = feature(
    topology,
    topology.objects.countries as GeometryCollection,
  ) as FeatureCollection<Geometry>;
  return countries;
}

const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function placePoints(dossier: Dossier, located: Map<string, Location>): Point[] {
  const figures = new Map<string, number>();
  for (const c of dossier.claims) if (c.place) figures.set(c.place, (figures.get(c.place) ?? 0) + 1);
  for (const t of dossier.timeline) if (t.place) figures.set(t.place, (figures.get(t.place) ?? 0) + 1);
  const out: Point[] = [];
  for (const e of dossier.entities) {
    const l = located.get(e.id);
    if (!l?.located || (l.where_prec ?? 9) > 5) continue;
    const name = englishName(e).name.replace(/ \(transliterated\)$/, '');
    const n = figures.get(e.id) ?? 0;
    out.push({
      kind: 'place',
      lat: l.latitude!,
      lon: l.longitude!,
      weight: n,
      label: name,
      labelAr: e.name,
      title: `${name} (${e.name}): ${n} figure(s) and event(s); ${l.how}`,
      span: e.mentions[0] ?? null,
      country: l.country_code,
      prec: l.where_prec ?? 9,
    });
  }
  return out;
}

function eventPoints(dossier: Dossier, located: Map<string, Location>): Point[] {
  return eventsOf(dossier, located)
    .filter((e) => e.place?.location.located && (e.place.location.where_prec ?? 9) <= 5)
    .map((e) => {
      const loc = e.place!.location;
      const deaths = e.fatalities?.best ?? 0;
      const figures = e.figures.map((f) => `${f.label} ${f.best ?? '?'}`).join('; ');
      return {
        kind: 'event' as const,
        lat: loc.latitude!,
        lon: loc.longitude!,
        weight: deaths,
        label: '',
        labelAr: '',
        title: `${e.date} ${e.type_label} in ${e.place!.english}: ${figures}`,
        span: e.evidence,
        country: loc.country_code,
        prec: loc.where_prec ?? 9,
      };
    });
}

/** Points of one kind at one spot become one mark: weights add up, the town names it, every title is kept. */
function merge(points: Point[]): Point[] {
  const bySpot = new Map<string, Point[]>();
  for (const p of points) {
    const key = `${p.kind}:${p.lat.toFixed(3)}:${p.lon.toFixed(3)}`;
    bySpot.set(key, [...(bySpot.get(key) ?? []), p]);
  }
  return [...bySpot.values()].map((group) => {
    const named = [...group].sort((a, b) => a.prec - b.prec || b.weight - a.weight)[0]!;
    const heaviest = [...group].sort((a, b) => b.weight - a.weight)[0]!;
    return {
      ...named,
      weight: group.reduce((s, p) => s + p.weight, 0),
      title: group.map((p) => p.title).join('\n'),
      span: heaviest.span ?? named.span,
    };
  });
}

/** The extent to draw: the story's own country or countries (where most points are), at least 4° wide. */
function extentOf(points: Point[]): Feature {
  const byCountry = new Map<string, number>();
  for (const p of points)
    if (p.country) byCountry.set(p.country, (byCountry.get(p.country) ?? 0) + 1 + p.weight);
  const top = [...byCountry].sort((a, b) => b[1] - a[1])[0]?.[0];
  const core = points.filter((p) => p.country === top);
  const lats = core.map((p) => p.lat);
  const lons = core.map((p) => p.lon);
  const mid = [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
  const half = Math.max(
    2,
    (Math.max(...lons) - Math.min(...lons)) / 2 + 1,
    (Math.max(...lats) - Math.min(...lats)) / 2 + 1,
  );
  const [x0, x1, y0, y1] = [mid[0]! - half, mid[0]! + half, mid[1]! - half, mid[1]! + half];
  const ring = [
    [x0, y0],
    [x0, y1],
    [x1, y1],
    [x1, y0],
    [x0, y0],
  ];
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: ring } };
}

function link(p: Point, docIndex: Map<string, number>, inner: string, to?: MapOptions['href']): string {
  if (!p.span) return `<g><title>${esc(p.title)}</title>${inner}</g>`;
  const i = docIndex.get(p.span.doc);
  const href = to ? to(p.span) : i === undefined ? '#sources' : `#doc-${i}`;
  return `<a class="src map-${p.kind}" href="${href}" data-doc="${esc(p.span.doc)}" data-start="${Number(p.span.start) | 0}" data-end="${Number(p.span.end) | 0}"><title>${esc(p.title)}</title>${inner}</a>`;
}

/** The SVG map of a dossier's places and events, or '' when no place of the story is located. */
export function renderMapSvg(dossier: Dossier, opts: MapOptions = {}): string {
  const width = opts.width ?? 640;
  const height = opts.height ?? 480;
  const both = opts.labels === 'both';
  const located = locateDossier(dossier);
  const points = merge([...placePoints(dossier, located), ...eventPoints(dossier, located)]);
  if (!points.length) return '';
  const projection = geoMercator().fitExtent(
    [
      [24, 24],
      [width - 24, height - 24],
    ],
    extentOf(points),
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const path = geoPath(projection).digits(1);
  const [[w, s], [e, n]] = geoBounds(extentOf(points));
  const shapes = worldShapes()
    .features.filter((f) => {
      const [[fw, fs], [fe, fn]] = geoBounds(f);
      return fe >= w - 5 && fw <= e + 5 && fn >= s - 5 && fs <= n + 5;
    })
    .map((f) => `<path class="map-country" d="${path(f) ?? ''}"/>`)
    .join('');
  const docIndex = new Map(dossier.documents.map((d, i) => [d.id, i]));
  const marks = points
    .map((p) => ({ p, xy: projection([p.lon, p.lat]) }))
    .filter(({ xy }) => xy && xy[0] >= 0 && xy[0] <= width && xy[1] >= 0 && xy[1] <= height)
    .sort((a, b) => b.p.weight - a.p.weight)
    .map(({ p, xy }) => {
      const [x, y] = [xy![0].toFixed(1), xy![1].toFixed(1)];
      const r = (p.kind === 'event' ? 6 : 4) + Math.sqrt(p.weight) * (p.kind === 'event' ? 1 : 1.5);
      const at = `x="${x}" y="${(xy![1] - r - 3).toFixed(1)}" text-anchor="middle"`;
      const label = !p.label
        ? ''
        : both
          ? `<text class="ui-en" ${at}>${esc(p.label)}</text><text class="ui-ar" ${at} direction="rtl">${esc(p.labelAr || p.label)}</text>`
          : `<text ${at}>${esc(p.label)}</text>`;
      return link(p, docIndex, `<circle cx="${x}" cy="${y}" r="${r.toFixed(1)}"/>${label}`, opts.href);
    })
    .join('');
  const credit = (lang: Lang, cls = '') =>
    `<text class="map-credit${cls}" x="${width - 6}" y="${height - 6}" text-anchor="end">${esc(uiText('mapCredit', lang))}</text>`;
  const credits = both ? credit('en', ' ui-en') + credit('ar', ' ui-ar') : credit('en');
  return `<svg class="isnad-map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(uiText('mapLabel', 'en'))}">
<rect width="${width}" height="${height}" fill="#dfe9f0"/>${shapes}${marks}
${credits}</svg>`;
}
