// A small Arabic → Latin transliteration for names the lexicons have no English for. The scheme (a plain-ASCII
// simplification of ALA-LC / the "Arabic chat" forms news agencies use):
//   consonants  ب b · ت t · ث th · ج j · ح h · خ kh · د d · ذ dh · ر r · ز z · س s · ش sh · ص s · ض d · ط t ·
//               ظ z · ع ' (a at a word's start) · غ gh · ف f · ق q · ك k · ل l · م m · ن n · ه h · ء أ إ ئ ؤ at a word's start: the
//               vowel (a, i), elsewhere '
//   long vowels ا ى a · و u and ي i after a consonant, w and y at a word's start or after a vowel
//   endings     ة a; the article ال → al- (the sun-letter assimilation is not written)
// Short vowels are not written in Arabic, so the result is a reading aid, not the name's English spelling:
// every transliterated name says so (see englishName).
const CONSONANTS: Record<string, string> = {
  ب: 'b',
  ت: 't',
  ث: 'th',
  ج: 'j',
  ح: 'h',
  خ: 'kh',
  د: 'd',
  ذ: 'dh',
  ر: 'r',
  ز: 'z',
  س: 's',
  ش: 'sh',
  ص: 's',
  ض: 'd',
  ط: 't',
  ظ: 'z',
  ع: "'",
  غ: 'gh',
  ف: 'f',
  ق: 'q',
  ك: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
  ه: 'h',
  ة: 'a',
  ء: "'",
  ئ: "'",
  ؤ: "'",
  پ: 'p',
  چ: 'ch',
  گ: 'g',
  ڤ: 'v',
};
const ALEFS: Record<string, string> = { ا: 'a', أ: 'a', إ: 'i', آ: 'a', ى: 'a', ٱ: 'a' };

/** The Latin of the consonants and of the alefs, by code unit (the tables above, read once). */
const CONSONANT_OF = new Map(
  Object.entries(CONSONANTS).map(([letter, latin]) => [letter.charCodeAt(0), latin]),
);
const ALEF_OF = new Map(Object.entries(ALEFS).map(([letter, latin]) => [letter.charCodeAt(0), latin]));
const WAW = 0x648;
const YEH = 0x64a;
const AIN = 0x639;
/** Vowel marks and tatweel: not written. */
const isMark = (c: number) => (c >= 0x64b && c <= 0x65f) || c === 0x670 || c === 0x640;
/** After a vowel (a, i, u) or the article's hyphen, و and ي are consonants (w, y). */
const afterVowel = (c: number) => c === 97 || c === 105 || c === 117 || c === 45;

function word(w: string): string {
  let out = '';
  let body = w;
  if (body.length > 3 && body.startsWith('ال')) {
    out = 'al-';
    body = body.slice(2);
  }
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    const start = i === 0;
    const alef = ALEF_OF.get(c);
    if (alef !== undefined) {
      if (start || !ALEF_OF.has(body.charCodeAt(i - 1))) out += alef;
    } else if (c === WAW || c === YEH) {
      const consonant = start || afterVowel(out.charCodeAt(out.length - 1));
      out += c === WAW ? (consonant ? 'w' : 'u') : consonant ? 'y' : 'i';
    } else if (c === AIN && start) out += 'a';
    else {
      const latin = CONSONANT_OF.get(c);
      if (latin !== undefined) out += start && latin === "'" ? '' : latin;
      else if (!isMark(c)) out += body[i]!;
    }
  }
  return out;
}

const capital = (w: string): string =>
  w.startsWith('al-') ? 'al-' + capital(w.slice(3)) : w.charAt(0).toUpperCase() + w.slice(1);

/** "حي الزهور" → "Hi al-Zhur". Latin text is kept as it is. */
export function transliterate(arabic: string): string {
  const latin = (QUOTES.test(arabic) ? arabic.replace(QUOTES_ALL, '') : arabic)
    .split(/(\s+)/)
    .map((w) => (ARABIC.test(w) ? capital(word(w)) : w))
    .join('');
  return latin.startsWith('al-') ? `Al-${latin.slice(3)}` : latin;
}

const QUOTES = /["“”«»„]/;
const QUOTES_ALL = /["“”«»„]/g;
const ARABIC = /\p{Script=Arabic}/u;
