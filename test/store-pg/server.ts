// The PostgreSQL server the tests run against: its address in ISNAD_TEST_PG (set by .ci/run, which
// starts a throwaway cluster with scripts/pg-test-server.sh). Each test gets a database of its own.
// Without a server the tests skip and say so; under CI (CI=true) a missing server fails the run.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_ADDRESS = process.env.ISNAD_TEST_PG || null;

export const PG_SKIP = PG_ADDRESS
  ? false
  : 'no PostgreSQL server given (set ISNAD_TEST_PG=postgres://…; scripts/pg-test-server.sh starts one)';

if (!PG_ADDRESS && process.env.CI === 'true')
  throw new Error('CI: ISNAD_TEST_PG is not set; .ci/run must start a PostgreSQL server for the store tests');

/** A new, empty database on the test server; drop() removes it. */
export async function freshDatabase(): Promise<{ address: string; drop: () => Promise<void> }> {
  const name = `isnad_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_ADDRESS! });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(PG_ADDRESS!);
  url.pathname = `/${name}`;
  return {
    address: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADDRESS! });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
