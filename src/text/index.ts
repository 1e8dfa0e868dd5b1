// Stage "text": normalisation with an offset map, tokens, sentences, clitics and page furniture.

export { bareForms, stems, stemsUncached } from './clitics.js';
export { findFurniture, inFurniture } from './furniture.js';
export type { MappedText } from './normalize.js';
export {
  foldChar,
  isArabicLetter,
  looseKey,
  normalize,
  normalizeSpan,
  normalizeWithMap,
  toOriginal,
} from './normalize.js';
export { paragraphs, segmentWords, sentences, tokenize, tokenStems } from './tokens.js';
