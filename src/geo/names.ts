// Place names as lookup keys, and the words around a name that say what part of it is meant:
// "مدينة حماة" (the town), "محافظة إدلب" (its region), "شمال شرقي سوريا" (a part of a country).
// The word lists are data: lexicons/geo/place-words.tsv and lexicons/geo/directions.tsv.
import { loadTsv } from '../lexicon/index.js';
import { looseKey } from '../text/index.js';

const ARTICLE = /^(?:al|el|ad|an|ar|as|at|az|ash|ath|adh|ad|ed|es|et|ez|er|en)\s+/;

/** Keys of an Arabic name: folded letters without spaces, and the same without the article of each word. */
export function arabicKeys(name: string): string[] {
  const words = looseKey(name).split(' ').filter(Boolean);
  const full = words.join('');
  const bare = words.map((w) => (w.length > 4 && w.startsWith('ال') ? w.slice(2) : w)).join('');
  if (full.length < 3) return [];
  return bare !== full && bare.length >= 3 ? [full, bare] : [full];
}

/** A Latin name folded to lower-case ASCII words. */
export function latinFold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim();
}

/** Keys of a Latin name: all its letters, and the same without a leading article (al-, el-, ad-…). */
export function latinKeys(name: string): string[] {
  return foldedLatinKeys(latinFold(name));
}

const SPACE = /\s/;

/** latinKeys of a name already folded (the gazetteer stores Latin names folded). */
export function foldedLatinKeys(folded: string): string[] {
  if (folded.length < 3) return [];
  // one word (most names): no space to drop, no article before one
  if (!SPACE.test(folded)) return [folded];
  const full = folded.replace(/ /g, '');
  const bare = folded.replace(ARTICLE, '').replace(/ /g, '');
  return bare !== full && bare.length >= 3 ? [full, bare] : [full];
}

export type PlaceWordKind = 'town' | 'admin1' | 'district' | 'facility' | 'area' | 'capital' | 'territory';

/** A one-word country name or its adjective reduced to a common stem: سوريا, السورية → سور; اليمن, اليمنية → يمن. */
export function nisbaStem(word: string): string | null {
  const w = looseKey(word);
  if (!w || w.includes(' ')) return null;
  const bare = w.startsWith('ال') ? w.slice(2) : w;
  const suffix = ['يه', 'يا', 'ي', 'ا', 'ه'].find((x) => bare.endsWith(x) && bare.length - x.length >= 3);
  return suffix ? bare.slice(0, -suffix.length) : bare.length >= 3 ? bare : null;
}

let placeWords: Map<string, PlaceWordKind> | null = null;
let directions: Map<string, { north: number; east: number }> | null = null;

function words(): Map<string, PlaceWordKind> {
  placeWords ??= new Map(loadTsv('geo/place-words').map((r) => [looseKey(r.word!), r.kind as PlaceWordKind]));
  return placeWords;
}

function compass(): Map<string, { north: number; east: number }> {
  directions ??= new Map(
    loadTsv('geo/directions').map((r) => [
      looseKey(r.word!),
      { north: Number(r.north), east: Number(r.east) },
    ]),
  );
  return directions;
}

/** A name with its leading place words taken off: "محافظة حماة" → {kinds: [admin1], rest: "حماة"}. */
export function stripPlaceWords(name: string): { kinds: PlaceWordKind[]; rest: string } {
  const parts = looseKey(name).split(' ').filter(Boolean);
  const kinds: PlaceWordKind[] = [];
  while (parts.length > 1) {
    const kind = words().get(parts[0]!);
    if (!kind) break;
    kinds.push(kind);
    parts.shift();
    // العاصمة الأفغانية كابل: the capital's nisba is dropped when a name follows it
    if (kind === 'capital' && parts.length > 1 && /يه$/.test(parts[0]!)) parts.shift();
    if (kind === 'territory') break;
  }
  return { kinds, rest: parts.join(' ') };
}

/** A compass part of a place: "شمال شرقي سوريا" → {north: 1, east: 1, rest: "سوريا"}; null when none. */
export function parseDirection(name: string): { north: number; east: number; rest: string } | null {
  const parts = looseKey(name).split(' ').filter(Boolean);
  let north = 0;
  let east = 0;
  let used = 0;
  while (used < parts.length - 1 && used < 3) {
    let w = parts[used]!;
    if (used > 0 && w.startsWith('و') && compass().has(w.slice(1))) w = w.slice(1);
    const d = compass().get(w);
    if (!d) break;
    north += d.north;
    east += d.east;
    used++;
  }
  if (!used) return null;
  return { north: Math.sign(north), east: Math.sign(east), rest: parts.slice(used).join(' ') };
}

/** True when the name is written in Arabic script. */
export const isArabicName = (s: string): boolean => /\p{Script=Arabic}/u.test(s);
