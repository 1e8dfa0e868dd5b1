// Turning the bytes of one text file into a string, or into a reason why it is not an article.
// Order: UTF-16/UTF-8 byte-order mark, then binary detection, then strict UTF-8; then, for bytes that
// are not all valid UTF-8, windows-1256 (the old Arabic Windows code page, still common in archives)
// only when the bytes say so (more invalid UTF-8 sequences than valid multibyte ones, and the
// windows-1256 reading is Arabic); otherwise UTF-8 with the bad bytes replaced by U+FFFD and a
// `warning` naming their byte offsets. Nothing is guessed silently.

/** `warning`: the text was read, but not exactly as its bytes (bad bytes replaced). */
export type Decoded = { text: string; encoding: string; warning?: string } | { error: string };

/** How much of a file the binary and Arabic checks look at (enough to judge, cheap on big files). */
const SAMPLE = 64 * 1024;
/** Above this share of control characters a file is taken as binary. */
const MAX_CONTROL_SHARE = 0.02;

/** C0 controls other than tab, LF, VT, FF, CR; plus DEL. ESC (0x1B) counts too. */
function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f;
}

function bytesLookBinary(bytes: Uint8Array): boolean {
  if (bytes.indexOf(0) !== -1) return true;
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i]!)) controls++;
  return n > 0 && controls / n > MAX_CONTROL_SHARE;
}

function textLooksBinary(text: string): boolean {
  const n = Math.min(text.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isControl(c)) controls++;
  }
  return n > 0 && controls / n > MAX_CONTROL_SHARE;
}

const LETTER = /\p{L}/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/** True when most letters are Arabic: the test that a windows-1256 reading is the right one. */
function looksArabic(text: string): boolean {
  let letters = 0;
  let arabic = 0;
  const sample = text.slice(0, SAMPLE);
  for (const ch of sample) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ARABIC_LETTER.test(ch)) arabic++;
  }
  return letters > 0 && arabic / letters >= 0.6 && !textLooksBinary(sample);
}

function finish(text: string, encoding: string): Decoded {
  if (textLooksBinary(text)) return { error: 'binary file, not text' };
  if (text.trim() === '') return { error: 'empty file' };
  return { text, encoding };
}

/** Decode bytes of one text file: BOM-sniffing, UTF-8 validation, windows-1256 fallback, binary detection. */
export function decodeBytes(bytes: Uint8Array): Decoded {
  const b0 = bytes[0],
    b1 = bytes[1],
    b2 = bytes[2];
  // Byte-order marks: the BOM is removed, so offsets start at the first real character.
  for (const [bom, enc] of [
    [[0xff, 0xfe], 'utf-16le'],
    [[0xfe, 0xff], 'utf-16be'],
  ] as const) {
    if (b0 === bom[0] && b1 === bom[1]) {
      try {
        const text = new TextDecoder(enc, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(2));
        return finish(text, enc);
      } catch {
        return {
          error: `starts with a ${enc.toUpperCase()} byte-order mark but is not valid ${enc.toUpperCase()} text`,
        };
      }
    }
  }
  let body = bytes;
  const utf8Bom = b0 === 0xef && b1 === 0xbb && b2 === 0xbf;
  if (utf8Bom) body = bytes.subarray(3);

  if (bytes.length === 0 || (utf8Bom && body.length === 0)) return { error: 'empty file' };
  if (bytesLookBinary(body)) return { error: 'binary file, not text' };

  try {
    return finish(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body), 'utf-8');
  } catch {
    // not all valid UTF-8: weigh the evidence below
  }
  const seq = utf8Sequences(body);
  // windows-1256 maps every byte to something, so only when the bytes are mostly not UTF-8 and the result is Arabic
  if (!utf8Bom && seq.invalid > seq.valid) {
    const text = new TextDecoder('windows-1256').decode(body);
    if (looksArabic(text)) return finish(text, 'windows-1256');
  }
  if (seq.valid === 0 && !utf8Bom && seq.invalid > 0 && seq.invalid * 50 > body.length)
    return {
      error:
        'not valid UTF-8, and reading it as windows-1256 (Arabic Windows) does not give Arabic text; ' +
        'save the file as UTF-8',
    };
  const text = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true }).decode(body);
  const shift = utf8Bom ? 3 : 0;
  const where = seq.offsets.map((o) => o + shift).join(', ');
  const more = seq.invalid > seq.offsets.length ? ` and ${seq.invalid - seq.offsets.length} more` : '';
  const d = finish(text, 'utf-8 (invalid bytes replaced)');
  if ('error' in d) return d;
  return {
    ...d,
    warning:
      `not valid UTF-8 at ${seq.invalid === 1 ? 'byte' : 'bytes'} ${where}${more} ` +
      `(${seq.invalid} invalid ${seq.invalid === 1 ? 'sequence' : 'sequences'}, replaced by U+FFFD); read as UTF-8`,
  };
}

/** How many offsets of invalid sequences a warning names. */
const MAX_OFFSETS = 5;

/**
 * Valid multibyte UTF-8 sequences and invalid ones (each maximal bad run of bytes counted once per
 * byte that starts no valid sequence), with the byte offsets of the first few invalid ones.
 */
export function utf8Sequences(bytes: Uint8Array): { valid: number; invalid: number; offsets: number[] } {
  let valid = 0,
    invalid = 0;
  const offsets: number[] = [];
  const cont = (i: number) => i < bytes.length && (bytes[i]! & 0xc0) === 0x80;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    if (b >= 0xc2 && b <= 0xdf) len = 2;
    else if (b >= 0xe0 && b <= 0xef) len = 3;
    else if (b >= 0xf0 && b <= 0xf4) len = 4;
    let ok = len > 0;
    for (let k = 1; ok && k < len; k++) ok = cont(i + k);
    if (ok && len === 3) {
      const c = bytes[i + 1]!;
      ok = !(b === 0xe0 && c < 0xa0) && !(b === 0xed && c >= 0xa0); // overlong, surrogates
    }
    if (ok && len === 4) {
      const c = bytes[i + 1]!;
      ok = !(b === 0xf0 && c < 0x90) && !(b === 0xf4 && c >= 0x90);
    }
    if (ok) {
      valid++;
      i += len;
      continue;
    }
    invalid++;
    if (offsets.length < MAX_OFFSETS) offsets.push(i);
    i++;
  }
  return { valid, invalid, offsets };
}
