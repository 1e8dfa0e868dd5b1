// Lines of a byte stream, decoded as UTF-8, each at most `limit` bytes: the rest of a longer line
// is skipped as it streams by (only its length is kept), so no line can make memory grow past the
// limit. Line ends: LF, with a CR before it dropped.

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line's text ('' when too long). */
  text: string;
  /** Bytes of a line over the limit (counted up to the limit and a little beyond), else undefined. */
  tooLong?: number;
  /** How many bytes were not valid UTF-8 (replaced by U+FFFD). */
  badBytes?: number;
}

const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

function finish(parts: Buffer[], size: number, number: number): Line {
  let buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
  if (buf.length && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1);
  const text = decoder.decode(buf);
  let bad = 0;
  if (text.includes('\ufffd')) for (const ch of text) if (ch === '\ufffd') bad++;
  // a U+FFFD written in the file is valid UTF-8: count only when the bytes were not
  if (bad && Buffer.from(text, 'utf8').equals(buf)) bad = 0;
  return bad ? { number, text, badBytes: bad } : { number, text };
}

export async function* lines(stream: AsyncIterable<Buffer | string>, limit: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let number = 0;
  for await (const chunk of stream) {
    let buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (;;) {
      const nl = buf.indexOf(0x0a);
      const piece = nl === -1 ? buf : buf.subarray(0, nl);
      if (!over) {
        if (size + piece.length > limit) {
          over = true;
          parts = [];
        } else if (piece.length) parts.push(piece);
      }
      size += piece.length;
      if (nl === -1) break;
      number++;
      yield over ? { number, text: '', tooLong: size } : finish(parts, size, number);
      parts = [];
      size = 0;
      over = false;
      buf = buf.subarray(nl + 1);
    }
  }
  if (size > 0 || parts.length) {
    number++;
    yield over ? { number, text: '', tooLong: size } : finish(parts, size, number);
  }
}
