// A hand-made NER model for unit tests: no transition weights, the lexicon and feature rows given.
import type { TrainedNerModel } from '../../src/extract/ner/index.js';
import { TAGS } from '../../src/extract/ner/index.js';

type Rows = TrainedNerModel['words'];

export function handMadeModel(
  lexicon: TrainedNerModel['lexicon'],
  words: Rows,
  context: TrainedNerModel['context'],
  meta: TrainedNerModel['meta'] = {},
): TrainedNerModel {
  const n = TAGS.length;
  return {
    format: 'isnad-ner/2',
    tags: [...TAGS],
    start: new Array(n).fill(0),
    trans: new Array(n * n).fill(0),
    lexicon,
    words,
    context,
    meta,
  };
}
