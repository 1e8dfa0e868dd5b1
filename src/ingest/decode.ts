// Turning the bytes of one text file into a string, or into a reason why it is not an article.
// Order: UTF-16/UTF-8 byte-order mark, then binary detection, then strict UTF-8, then windows-1256
// (the old Arabic Windows code page, still common in archives) when the result reads as Arabic.

export type Decoded = { text: string; encoding: string } | { error: string };

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
    if (utf8Bom) return { error: 'starts with a UTF-8 byte-order mark but is not valid UTF-8 text' };
  }
  // Not UTF-8. windows-1256 maps every byte to something, so only accept it when the result is Arabic.
  const text = new TextDecoder('windows-1256').decode(body);
  if (looksArabic(text)) return finish(text, 'windows-1256');
  return {
    error:
      'not valid UTF-8, and reading it as windows-1256 (Arabic Windows) does not give Arabic text; ' +
      'save the file as UTF-8',
  };
}
