// The dossier written field by field is the same file as JSON.stringify(dossier, null, 1) gives.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeJsonFile } from '../../src/cli/write-json.js';

const TMP = mkdtempSync(join(tmpdir(), 'isnad-json-'));
after(() => rmSync(TMP, { recursive: true, force: true }));

test('written field by field, byte for byte what JSON.stringify(value, null, 1) gives', () => {
  const values: object[] = [
    {},
    [],
    [1, { a: 2 }],
    { a: [], b: {}, c: undefined, d: null, e: [1, [2, { x: [3] }], 'z\n"\u2028'], f: 'نص', g: () => 1 },
    {
      format: 'x',
      documents: [
        { id: 'a', text: 'سطر\nسطر' },
        { id: 'b', list: [undefined, null] },
      ],
    },
    { many: Array.from({ length: 30_000 }, (_, i) => ({ i, s: `${i}`.repeat(8) })) },
  ];
  for (const value of values) {
    const file = join(TMP, 'out.json');
    writeJsonFile(file, value);
    assert.equal(readFileSync(file, 'utf8'), `${JSON.stringify(value, null, 1)}\n`);
  }
});
