// An ingest killed with SIGKILL keeps every committed batch, and the next run goes on after them:
// in the end every article is stored exactly once.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const BIN = fileURLToPath(new URL('../../../bin/isnad', import.meta.url));
const WORDS = ['مدينة', 'سوق', 'مطر', 'قمة', 'وزير', 'نهر', 'جسر', 'مدرسة', 'ميناء', 'قطار', 'مصنع', 'حديقة'];

function articles(n: number): string {
  const rows: string[] = [];
  for (let i = 0; i < n; i++) {
    const words = Array.from({ length: 30 }, (_, k) => WORDS[(i * 7 + k * ((i % 5) + 1)) % WORDS.length]);
    rows.push(JSON.stringify({ id: `a${i}`, text: `${words.join(' ')} ${i}`, published: '2020-01-01' }));
  }
  return rows.join('\n') + '\n';
}

const count = (db: string): number => {
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0;
  }
};

test('ingest killed with SIGKILL: the next run stores every article exactly once', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-resume-'));
  const input = join(dir, 'in.jsonl');
  const db = join(dir, 'desk.db');
  writeFileSync(input, articles(3000));
  const child = spawn(process.execPath, [
    BIN,
    'ingest',
    input,
    '--db',
    db,
    '--no-analysis',
    '--batch',
    '100',
    '-q',
  ]);
  const exited = new Promise((resolve) => child.on('exit', resolve));
  for (let i = 0; i < 400 && count(db) === 0; i++) await new Promise((r) => setTimeout(r, 25));
  child.kill('SIGKILL');
  await exited;
  const before = count(db);
  assert.equal(before % 100, 0, 'only whole batches were committed');
  const again = spawnSync(process.execPath, [BIN, 'ingest', input, '--db', db, '--no-analysis'], {
    encoding: 'utf8',
  });
  assert.equal(again.status, 0, again.stderr);
  assert.match(again.stderr, new RegExp(`${3000 - before} new article\\(s\\), ${before} already stored`));
  assert.equal(count(db), 3000);
  const d = new Database(db, { readonly: true });
  try {
    assert.equal(d.prepare('SELECT count(DISTINCT id) FROM articles').pluck().get(), 3000);
    assert.equal(
      d.prepare('SELECT sum(size) FROM stories').pluck().get(),
      3000,
      'story sizes count each article once',
    );
  } finally {
    d.close();
  }
});
