// The report's rendering code the web app shares (escaping, the embedded font, the full report of
// a dossier), imported in one place: src/report is being reorganised, and only this file needs to
// follow it.
export { fontFaceCss } from '../report/font.js';
export { esc, renderHtml } from '../report/html.js';
export { MAP_CSS, renderMapSvg } from '../report/map.js';
