// The summed weights of one word type's features (features.ts emitTypeFeatures), as the tagger's word cache
// keeps them: the model's row of each feature is found by its hashes (never built as a string), or by the
// number features.ts gives it (word classes, profile codes), or by prefix and value for the other features
// of a closed set, remembered on first use.

import { CLOSED_PREFIXES, CODED_FEATURES, type FeatureSink } from './features.js';
import type { NerModel } from './model-file.js';

/** A coded feature whose row is not looked up yet. */
const UNSEEN = -2;

export class TypeVectorSum {
  /** The summed integer weights (slot × NT + tag) of the features added since `clear`. */
  readonly sum: Int32Array;
  /** The model's rows of the features of closed prefixes (features.ts CLOSED_PREFIXES), by prefix and
   *  value, remembered on first use (-1: no row). */
  private readonly closedRows = new Map<string, Map<string, number>>(
    CLOSED_PREFIXES.map((prefix) => [prefix, new Map()]),
  );
  /** The model's rows of the coded features (FeatureSink's `code`), by number (UNSEEN: not looked up yet). */
  private readonly codedRows = new Int32Array(CODED_FEATURES).fill(UNSEEN);

  constructor(
    private readonly model: NerModel,
    width: number,
  ) {
    this.sum = new Int32Array(width);
  }

  /** Adds a word-type feature's weights to `sum` (a FeatureSink). */
  readonly add: FeatureSink = (_level, prefix, value, from, to, code) => {
    const { features, rowStart, rowPlace, rowValue } = this.model;
    let row: number | undefined;
    const closed = code === undefined ? this.closedRows.get(prefix) : undefined;
    if (code !== undefined) {
      row = this.codedRows[code]!;
      if (row === UNSEEN) this.codedRows[code] = row = features.findJoined(prefix, value, from, to);
    } else if (closed && from === 0 && to === value.length) {
      row = closed.get(value);
      if (row === undefined) closed.set(value, (row = features.findJoined(prefix, value, from, to)));
    } else row = features.findJoined(prefix, value, from, to);
    if (row < 0) return;
    const sum = this.sum;
    const end = rowStart[row + 1]!;
    for (let j = rowStart[row]!; j < end; j++) sum[rowPlace[j]!]! += rowValue[j]!;
  };
}
