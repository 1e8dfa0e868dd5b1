// `isnad serve [--db isnad.db] [--port 8080] [--host 127.0.0.1]`: the desk's web app over a store.
import type { Command } from 'commander';
import { buildServer } from '../serve/server.js';
import { DEFAULT_DB, openStore, redact, type Store, StoreError } from '../store/index.js';

export function registerServe(
  program: Command,
  setCode: (code: number) => void,
  positiveInt: (v: string) => number,
): void {
  program
    .command('serve')
    .description('the desk: browse, search and compare the stored stories in a web browser')
    .option('--db <file>', 'the database file', DEFAULT_DB)
    .option(
      '--port <n>',
      'port to listen on (0: any free port)',
      (v: string) => (v === '0' ? 0 : positiveInt(v)),
      8080,
    )
    .option('--host <address>', 'address to listen on (127.0.0.1: this machine only)', '127.0.0.1')
    .action(async (opts: { db: string; port: number; host: string }) => setCode(await serveCommand(opts)));
}

export async function serveCommand(opts: { db: string; port: number; host: string }): Promise<number> {
  let store: Store;
  try {
    store = await openStore(opts.db, { readonly: true });
  } catch (e) {
    process.stderr.write(`isnad: ${e instanceof StoreError ? e.message : String(e)}\n`);
    return 3;
  }
  const app = buildServer(store);
  let address: string;
  try {
    address = await app.listen({ port: opts.port, host: opts.host });
  } catch (e) {
    process.stderr.write(
      `isnad: cannot listen on ${opts.host}:${opts.port} (${(e as NodeJS.ErrnoException).code ?? e})\n`,
    );
    await store.close();
    return 3;
  }
  const { articles, stories } = await store.counts();
  process.stderr.write(
    `isnad: serving ${redact(opts.db)} (${articles} articles, ${stories} stories) at ${address}/\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return 0;
}
