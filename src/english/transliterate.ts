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
const VOWELS = new Set(['a', 'i', 'u']);

function word(w: string): string {
  let out = '';
  let body = w;
  if (body.length > 3 && body.startsWith('ال')) {
    out = 'al-';
    body = body.slice(2);
  }
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    const prev = out.at(-1) ?? '';
    const start = i === 0;
    if (ALEFS[c]) out += start || !ALEFS[body[i - 1] ?? ''] ? ALEFS[c]! : '';
    else if (c === 'و') out += start || VOWELS.has(prev) || prev === '-' ? 'w' : 'u';
    else if (c === 'ي') out += start || VOWELS.has(prev) || prev === '-' ? 'y' : 'i';
    else if (c === 'ع' && start) out += 'a';
    else if (CONSONANTS[c] !== undefined) out += start && CONSONANTS[c] === "'" ? '' : CONSONANTS[c]!;
    else if (/[\u064B-\u065F\u0670\u0640]/.test(c)) continue;
    else out += c;
  }
  return out;
}

const capital = (w: string): string =>
  w.startsWith('al-') ? 'al-' + capital(w.slice(3)) : w.charAt(0).toUpperCase() + w.slice(1);

/** "حي الزهور" → "Hi al-Zhur". Latin text is kept as it is. */
export function transliterate(arabic: string): string {
  return arabic
    .replace(/["“”«»„]/g, '')
    .split(/(\s+)/)
    .map((w) => (/\p{Script=Arabic}/u.test(w) ? capital(word(w)) : w))
    .join('')
    .replace(/^al-/, 'Al-');
}
