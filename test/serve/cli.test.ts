// `isnad serve` as a user starts it: it says where it listens, answers there, and stops on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ingestIntoStore, openStore } from '../../src/store/index.js';
import { readDeskInputs } from '../../src/store/inputs.js';
import { writeInputs } from '../store/fixtures.js';

const BIN = fileURLToPath(new URL('../../../bin/isnad', import.meta.url));

test('isnad serve: listens on 127.0.0.1, serves the story list, stops on SIGTERM', async () => {
  const { dir, db } = writeInputs();
  const w = await openStore(db);
  await ingestIntoStore(w, readDeskInputs([dir]), { analyze: false, quiet: true });
  await w.close();
  const child = spawn(process.execPath, [BIN, 'serve', '--db', db, '--port', '0']);
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = await new Promise<string>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (b: Buffer) => {
      err += String(b);
      const m = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(err);
      if (m) resolve(m[1]!);
    });
    child.on('exit', () => reject(new Error(err)));
  });
  const res = await fetch(`${url}/stories.json`);
  assert.equal(res.status, 200);
  assert.ok(((await res.json()) as { total: number }).total >= 2);
  child.kill('SIGTERM');
  assert.equal(await exited, 0);
});
