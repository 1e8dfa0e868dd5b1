// Text from the input (ids, file names, reasons quoting them) shown on a terminal: control
// characters, line breaks and the bidirectional controls are written as visible escapes, so an id
// can neither send the terminal escape sequences nor forge a problem line of its own.

/** C0 and C1 controls, DEL, line and paragraph separators, and the bidi marks, embeddings and isolates. */
function unsafe(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x061c
  );
}

const NAMED: Record<number, string> = { 10: '\\n', 13: '\\r', 9: '\\t' };

export function forTerminal(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (!unsafe(code)) continue;
    const hex = code.toString(16).padStart(code < 0x100 ? 2 : 4, '0');
    out += s.slice(from, i) + (NAMED[code] ?? (code < 0x100 ? `\\x${hex}` : `\\u${hex}`));
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}
