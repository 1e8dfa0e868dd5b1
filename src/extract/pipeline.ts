// The extraction pipeline: the components that fill a Doc's layers, in the order they run. Each reads
// the layers of the components before it and writes its own.

import type { Doc } from '../text/doc.js';
import { inFurniture } from '../text/furniture.js';
import { attribute } from './attribution/index.js';
import { confirmedClaims } from './claim-confirmations.js';
import { dateAndPlaceClaims } from './claim-context.js';
import { extractClaims } from './claims.js';
import { impliedOnes } from './counts-without-numbers.js';
import { readDates } from './dates/index.js';
import { findHappenings } from './happenings.js';
import { findMentions } from './mentions.js';
import { findNumbers } from './numbers/index.js';

/** One step of the pipeline: reads the Doc and its earlier layers, writes its own layers. */
export interface Component {
  /** Its name in the benchmark's stage timings. */
  readonly name: string;
  /** The layers it writes. */
  readonly writes: readonly (keyof Doc['layers'])[];
  run(doc: Doc): void;
}

const outsideFurniture = (doc: Doc) => (x: { start: number; end: number }) =>
  !inFurniture(doc.furniture, x.start, x.end);

/** The publication date, then every date of the text (relative dates resolved against it). */
export const datesComponent: Component = {
  name: 'dates',
  writes: ['published', 'dates'],
  run(doc) {
    const { layers } = doc;
    const found = readDates(
      doc.text,
      doc.document.publishedInput ?? null,
      doc.hint,
      doc.document.url ?? null,
      doc.normalized,
    );
    layers.published = found.published;
    layers.dates = found.dates.filter(outsideFurniture(doc));
  },
};

export const numbersComponent: Component = {
  name: 'numbers',
  writes: ['numbers'],
  run(doc) {
    doc.layers.numbers = findNumbers(doc.text, 0, doc.text.length, doc.normalized, doc.tokens).filter(
      outsideFurniture(doc),
    );
  },
};

export const mentionsComponent: Component = {
  name: 'mentions',
  writes: ['mentions'],
  run(doc) {
    // (the outlet a link back to the article names is one: رابط الخبر بصحيفة X)
    doc.layers.mentions = findMentions(doc.document.id, doc.text, doc.tokens).filter(
      (x) => !inFurniture(doc.furniture, x.start, x.end, 'link'),
    );
  },
};

/** Statements and quotes with their isnad; the speakers and relays they name. */
export const attributionComponent: Component = {
  name: 'attribution',
  writes: ['statements', 'quotes', 'speakers', 'aliases'],
  run(doc) {
    const { layers } = doc;
    const found = attribute(
      doc.document.id,
      doc.text,
      doc.tokens,
      doc.sentences,
      layers.mentions,
      layers.dates,
    );
    layers.statements = found.segments;
    layers.quotes = found.quotes;
    layers.speakers = found.speakers;
    layers.aliases = found.aliases;
  },
};

/** Figures and implied counts, each with its day and place. */
export const claimsComponent: Component = {
  name: 'claims',
  writes: ['claims'],
  run(doc) {
    const { layers, text, tokens, sentences } = doc;
    const id = doc.document.id;
    const claims = extractClaims(id, text, tokens, sentences, layers.numbers, layers.statements);
    layers.claims = [
      ...claims,
      ...confirmedClaims(tokens, sentences, claims, layers.statements),
      ...impliedOnes(id, text, tokens, sentences, layers.statements),
    ];
    dateAndPlaceClaims(text, layers.claims, sentences, layers.dates, layers.mentions, layers.published.date);
  },
};

export const happeningsComponent: Component = {
  name: 'happenings',
  writes: ['happenings'],
  run(doc) {
    const { layers } = doc;
    layers.happenings = findHappenings(
      doc.document.id,
      doc.text,
      doc.tokens,
      doc.sentences,
      layers.dates,
      layers.statements,
      layers.claims,
      layers.published.date,
      layers.mentions,
    );
  },
};

/** The components, in the order they run. */
export const PIPELINE: readonly Component[] = [
  datesComponent,
  numbersComponent,
  mentionsComponent,
  attributionComponent,
  claimsComponent,
  happeningsComponent,
];
