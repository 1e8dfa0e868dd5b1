// The command line as a user meets it: exit codes, clear errors, a batch that survives bad files.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'bin', 'isnad');
const example = join(root, 'examples', 'hasakah-2022');
const isnad = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });

test('--help explains the commands and exits 0', () => {
  const r = isnad('--help');
  assert.equal(r.status, 0);
  assert.match(r.stdout, /analyze/);
  assert.match(r.stdout, /Exit codes/);
});

test('no arguments prints help and exits 2; an unknown option exits 2', () => {
  assert.equal(isnad().status, 2);
  const r = isnad('analyze', example, '--nope');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown option/);
});

test('the example story gives a dossier with every scored field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
  try {
    const out = join(dir, 'd.json');
    const r = isnad('analyze', example, '--json', out, '-q');
    assert.equal(r.status, 0, r.stderr);
    const d = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(d.format, 'isnad.dossier/1');
    assert.equal(d.documents.length, 5);
    for (const k of ['entities', 'claims', 'quotes', 'timeline', 'estimates', 'disagreements'])
      assert.ok(Array.isArray(d[k]), k);
    assert.ok(d.claims.length > 20);
    const texts = new Map<string, string>(
      d.documents.map((x: { id: string; text: string }) => [x.id, x.text]),
    );
    for (const c of d.claims) {
      const t = texts.get(c.doc)!;
      assert.ok(c.start >= 0 && c.end <= t.length && c.end - c.start <= 600);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a bad file is named with its reason, the rest of the batch is analysed, exit code 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
  try {
    copyFileSync(join(example, '000_8a38dad5baed7584.txt'), join(dir, 'good.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
    const out = join(dir, 'd.json');
    const r = isnad('analyze', dir, join(dir, 'missing.txt'), '--json', out);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /empty\.txt: .*empty/);
    assert.match(r.stderr, /binary\.txt: .*binary/);
    assert.match(r.stderr, /missing\.txt: /);
    assert.doesNotMatch(r.stderr, /\n\s+at /); // no stack trace
    const d = JSON.parse(readFileSync(out, 'utf8'));
    assert.deepEqual(
      d.documents.map((x: { id: string }) => x.id),
      ['good'],
    );
    assert.equal(d.problems.length, 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('nothing readable exits 3', () => {
  const r = isnad('analyze', join(root, 'no-such-folder'), '--json', '-');
  assert.equal(r.status, 3);
});

test('report turns a JSON dossier into HTML; a non-dossier is refused clearly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-cli-'));
  try {
    const json = join(dir, 'd.json');
    assert.equal(isnad('analyze', example, '--json', json, '-q').status, 0);
    const html = join(dir, 'd.html');
    const r = isnad('report', json, '--html', html);
    assert.equal(r.status, 0, r.stderr);
    assert.ok(existsSync(html));
    assert.match(readFileSync(html, 'utf8'), /<html/i);
    writeFileSync(join(dir, 'x.json'), '{"a":1}');
    const bad = isnad('report', join(dir, 'x.json'), '--html', html);
    assert.equal(bad.status, 3);
    assert.match(bad.stderr, /not an isnad dossier/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
