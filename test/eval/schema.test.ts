// The dossier's JSON Schema (schema/dossier.schema.json) holds for what `isnad analyze` writes
// on the example story, and describes every field it names.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import type { Dossier } from '../../src/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'schema', 'dossier.schema.json'), 'utf8'));

test('the example dossier is valid against schema/dossier.schema.json', () => {
  const dir = mkdtempSync(join(tmpdir(), 'isnad-schema-'));
  try {
    const out = join(dir, 'd.json');
    const a = spawnSync(
      process.execPath,
      [join(root, 'bin', 'isnad'), 'analyze', join(root, 'examples', 'hasakah-2022'), '--json', out, '-q'],
      { encoding: 'utf8' },
    );
    assert.equal(a.status, 0, a.stderr);
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const dossier: Dossier = JSON.parse(readFileSync(out, 'utf8'));
    const valid = validate(dossier);
    assert.ok(valid, JSON.stringify(validate.errors?.slice(0, 5), null, 1));
    assert.ok(dossier.claims.length > 0 && dossier.quotes.length > 0 && dossier.timeline.length > 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the schema describes every field and rejects a field it does not know', () => {
  const undescribed: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    for (const [name, sub] of Object.entries((o.properties as Record<string, unknown>) ?? {})) {
      if (!(sub as { description?: string }).description) undescribed.push(`${path}.${name}`);
      walk(sub, `${path}.${name}`);
    }
    if (o.items) walk(o.items, `${path}[]`);
    for (const [name, sub] of Object.entries((o.definitions as Record<string, unknown>) ?? {}))
      walk(sub, `#${name}`);
  };
  walk(schema, '');
  assert.deepEqual(undescribed, []);
  const validate = new Ajv().compile(schema);
  const empty = { format: 'isnad.dossier/1', generated_by: 'test', problems: [] } as Record<string, unknown>;
  for (const k of ['documents', 'entities', 'claims', 'quotes', 'timeline', 'claim_groups', 'disagreements'])
    empty[k] = [];
  empty.estimates = [];
  assert.equal(validate(empty), true, JSON.stringify(validate.errors));
  assert.equal(validate({ ...empty, extra: 1 }), false);
  assert.equal(validate({ ...empty, claims: [{ id: 'c1' }] }), false);
});
