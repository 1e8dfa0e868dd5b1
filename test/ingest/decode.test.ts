import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeBytes } from '../../src/ingest/index.js';

const SENTENCE = 'قال مصدر أمني إن ثلاثة أشخاص أصيبوا في انفجار وقع صباح اليوم.';

/** windows-1256 bytes for a string: the byte table is the inverse of the built-in decoder. */
function toCp1256(s: string): Uint8Array {
  const dec = new TextDecoder('windows-1256');
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(dec.decode(new Uint8Array([b])), b);
  return Uint8Array.from(
    [...s].map((ch) => {
      const b = table.get(ch);
      if (b === undefined) throw new Error(`no windows-1256 byte for ${ch}`);
      return b;
    }),
  );
}

function utf16(s: string, be: boolean): Uint8Array {
  const out = new Uint8Array(2 + s.length * 2);
  out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 + 2 * i + (be ? 1 : 0)] = c & 0xff;
    out[2 + 2 * i + (be ? 0 : 1)] = c >> 8;
  }
  return out;
}

const enc = new TextEncoder();

test('UTF-8 without BOM', () => {
  assert.deepEqual(decodeBytes(enc.encode(SENTENCE)), { text: SENTENCE, encoding: 'utf-8' });
});

test('UTF-8 with BOM: BOM stripped so offsets start at the first letter', () => {
  const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(SENTENCE)]);
  assert.deepEqual(decodeBytes(bytes), { text: SENTENCE, encoding: 'utf-8' });
});

test('UTF-16 LE and BE with BOM', () => {
  assert.deepEqual(decodeBytes(utf16(SENTENCE, false)), { text: SENTENCE, encoding: 'utf-16le' });
  assert.deepEqual(decodeBytes(utf16(SENTENCE, true)), { text: SENTENCE, encoding: 'utf-16be' });
});

test('windows-1256 is recognised when the result is Arabic', () => {
  const bytes = toCp1256(SENTENCE + '\r\n' + 'وأضاف المتحدث باسم الشرطة أن التحقيق جارٍ.');
  const d = decodeBytes(bytes);
  assert.ok('text' in d, JSON.stringify(d));
  assert.equal(d.encoding, 'windows-1256');
  assert.ok(d.text.startsWith(SENTENCE));
});

test('Latin-1 French is not mistaken for windows-1256', () => {
  const bytes = Uint8Array.from(
    [..."Le ministère a déclaré à la presse qu'il était prêt."].map((c) => c.charCodeAt(0)),
  );
  const d = decodeBytes(bytes);
  assert.ok('error' in d);
  assert.match(d.error, /not valid UTF-8/);
});

test('binary: NUL bytes or many control characters', () => {
  assert.deepEqual(
    decodeBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    {
      error: 'binary file, not text',
    },
  );
  const noisy = new Uint8Array(200).map((_, i) => (i % 10 === 0 ? 0x01 : 0x41));
  assert.deepEqual(decodeBytes(noisy), { error: 'binary file, not text' });
});

test('empty and whitespace-only', () => {
  assert.deepEqual(decodeBytes(new Uint8Array()), { error: 'empty file' });
  assert.deepEqual(decodeBytes(enc.encode(' \n\t\r\n ')), { error: 'empty file' });
  assert.deepEqual(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf])), { error: 'empty file' });
  assert.deepEqual(decodeBytes(new Uint8Array([0xff, 0xfe, 0x20, 0x00])), { error: 'empty file' });
});

test('UTF-8 with a few bad bytes stays UTF-8: bytes replaced, a warning names their offsets', () => {
  const good = enc.encode(SENTENCE + ' ' + SENTENCE);
  const bytes = Uint8Array.from([...good.subarray(0, 20), 0xff, ...good.subarray(20), 0xd8]);
  const d = decodeBytes(bytes);
  assert.ok(!('error' in d));
  assert.match(d.encoding, /^utf-8/);
  assert.match(
    d.warning ?? '',
    new RegExp(`not valid UTF-8 at bytes 20, ${bytes.length - 1} \\(2 invalid sequences`),
  );
  assert.equal(d.text.split('\ufffd').length, 3);
});

test('windows-1256 only when the bytes say so: one stray high byte in Arabic UTF-8 is not a code page', () => {
  const d = decodeBytes(Uint8Array.from([...enc.encode(SENTENCE), 0xc7]));
  assert.ok(!('error' in d));
  assert.notEqual(d.encoding, 'windows-1256');
});
