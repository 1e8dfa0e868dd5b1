// Stage "text": normalisation with an offset map, tokens, sentences, clitics and page furniture.
export { normalize, normalizeWithMap, toOriginal, looseKey, stems, foldChar, isArabicLetter } from "./normalize.js";
export type { MappedText } from "./normalize.js";
export { tokenize, sentences, paragraphs, segmentWords, tokenStems } from "./tokens.js";
export { findFurniture, inFurniture } from "./furniture.js";
