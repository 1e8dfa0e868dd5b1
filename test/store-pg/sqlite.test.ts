// The shared store tests (suite.ts) on the embedded engine: a SQLite file in a temporary folder.
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeInputs } from '../store/fixtures.js';
import { storeSuite } from './suite.js';

storeSuite('sqlite', async () => {
  const { db } = writeInputs();
  return { address: db, drop: async () => rmSync(dirname(db), { recursive: true, force: true }) };
});
