// Writes a value as JSON.stringify(value, null, 1) does, byte for byte, but one top-level field and
// one array element at a time: the dossier of a long document is several times its text as JSON, and
// one string of all of it (then its UTF-8 copy) was the peak of `isnad analyze --json` on big input.
import { closeSync, openSync, writeSync } from 'node:fs';

/** Pieces are gathered up to this many characters before they are written. */
const FLUSH_CHARS = 1 << 20;

const indented = (value: unknown, pad: string): string =>
  (JSON.stringify(value, null, 1) ?? 'null').replace(/\n/g, `\n${pad}`);

/** The JSON of `value` with a final newline into `file` (created or truncated). */
export function writeJsonFile(file: string, value: object): void {
  const fd = openSync(file, 'w');
  try {
    let pending: string[] = [];
    let size = 0;
    const put = (s: string) => {
      pending.push(s);
      size += s.length;
      if (size >= FLUSH_CHARS) flush();
    };
    const flush = () => {
      if (pending.length) writeSync(fd, pending.join(''));
      pending = [];
      size = 0;
    };
    const fields = Object.entries(value).filter(
      ([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol',
    );
    if (Array.isArray(value) || !fields.length) put(JSON.stringify(value, null, 1));
    else {
      put('{');
      for (const [i, [key, v]] of fields.entries()) {
        put(`${i ? ',' : ''}\n ${JSON.stringify(key)}: `);
        if (!Array.isArray(v) || !v.length) {
          put(indented(v, ' '));
          continue;
        }
        put('[');
        for (let j = 0; j < v.length; j++) put(`${j ? ',' : ''}\n  ${indented(v[j], '  ')}`);
        put('\n ]');
      }
      put('\n}');
    }
    put('\n');
    flush();
  } finally {
    closeSync(fd);
  }
}
