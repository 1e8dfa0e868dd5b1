// The command line against hostile input: ids that try to drive the terminal, a file cut inside a
// character, a file given twice, a renamed duplicate id, and no private paths in the dossier.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'bin', 'isnad');
const example = join(root, 'examples', 'hasakah-2022');
const isnad = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });

const A = 'قال مسؤول محلي إن سبعة أشخاص أصيبوا في حريق اندلع أمس في سوق المدينة.';

function inTemp(run: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-hostile-'));
  try {
    run(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('escape sequences and newlines in ids are shown escaped on stderr', () =>
  inTemp((dir) => {
    const evil = 'x\u001b]0;owned\u0007\u001b[2J\nisnad: forged.txt: fake problem';
    const f = join(dir, 'a.jsonl');
    writeFileSync(
      f,
      [JSON.stringify({ id: evil, text: A }), JSON.stringify({ id: evil, text: A })].join('\n'),
    );
    const r = isnad('analyze', f, '--json', join(dir, 'd.json'));
    assert.equal(r.status, 0, 'a renamed duplicate id is a note, not an unreadable input');
    assert.ok(!r.stderr.includes('\u001b'));
    assert.ok(!r.stderr.includes('\u0007'));
    assert.match(r.stderr, /\\x1b\]0;owned\\x07\\x1b\[2J\\nisnad: forged/);
    for (const line of r.stderr.trim().split('\n')) assert.match(line, /^isnad: /);
    assert.doesNotMatch(r.stderr, /^isnad: forged\.txt/m);
  }));

test('a UTF-8 file cut inside a character is read as UTF-8, with a problem line naming the byte', () =>
  inTemp((dir) => {
    const bytes = readFileSync(join(example, '001_199af6c8cd0b6ea9.txt'));
    let cut = 3001;
    while ((bytes[cut]! & 0xc0) !== 0x80) cut++; // inside a multibyte character
    const f = join(dir, 'cut.txt');
    writeFileSync(f, bytes.subarray(0, cut));
    const r = isnad('analyze', f, '--json', '-');
    assert.equal(r.status, 0);
    const d = JSON.parse(r.stdout);
    assert.match(d.documents[0].encoding, /^utf-8/);
    assert.match(r.stderr, new RegExp(`cut\\.txt: not valid UTF-8 at byte ${cut - 1}`));
    assert.ok(d.claims.length > 0, 'the figures are read');
  }));

test('the same file given twice (and inside a folder given) is read once; no absolute path in the dossier', () =>
  inTemp((dir) => {
    const f = join(dir, 'one.txt');
    writeFileSync(f, A);
    const out = join(dir, 'd.json');
    const r = isnad('analyze', f, f, dir, '--json', out);
    assert.equal(r.status, 0);
    const d = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(d.documents.length, 1);
    assert.match(r.stderr, /given twice: read once/);
    const json = readFileSync(out, 'utf8');
    assert.ok(!json.includes(dir), 'the dossier names no folder of this machine');
    assert.equal(d.documents[0].source, 'one.txt');
  }));

test('an over-long id, title or line is a clear problem, and the rest is read', () =>
  inTemp((dir) => {
    const f = join(dir, 'big.jsonl');
    writeFileSync(
      f,
      [
        JSON.stringify({ id: 'i'.repeat(5000), text: A }),
        JSON.stringify({ id: 'ok', title: 't'.repeat(50_000), text: A }),
        JSON.stringify({ id: 'long', text: A.repeat(20_000) }),
        JSON.stringify({ id: 'fine', text: A }),
      ].join('\n'),
    );
    const r = isnad('analyze', f, '--max-file-size', '100000', '--json', join(dir, 'd.json'));
    assert.equal(r.status, 1);
    assert.match(r.stderr, /big\.jsonl:1: the id is 5000 characters, over the 200 limit/);
    assert.match(r.stderr, /big\.jsonl:2: record "ok": the title is 50000 characters/);
    assert.match(r.stderr, /big\.jsonl:3: /);
    const d = JSON.parse(readFileSync(join(dir, 'd.json'), 'utf8'));
    assert.deepEqual(
      d.documents.map((x: { id: string }) => x.id),
      ['ok', 'fine'],
    );
    assert.equal(d.documents[0].title, null);
  }));
