// `isnad worker --db postgres://…`: take the articles `isnad ingest` queued, analyse them, assign them
// to stories and rebuild those stories' dossiers (src/store/queue-worker.ts). Start as many as the
// stream needs, on as many machines. Also `queueCommand`: what `isnad ingest` does with a
// PostgreSQL address (queue the articles for the workers).
import { type Command, Option } from 'commander';
import {
  DEFAULT_DB,
  isPostgresAddress,
  openStore,
  type PostgresStore,
  redact,
  StoreError,
} from '../store/index.js';
import { readDeskInputs } from '../store/inputs.js';
import { queueArticles, queueStatus } from '../store/queue.js';
import { QueueWorker } from '../store/queue-worker.js';

export interface WorkerCommandOptions {
  db: string;
  batch?: number;
  exitWhenIdle?: boolean;
  quiet?: boolean;
}

export function registerWorker(
  program: Command,
  setCode: (code: number) => void,
  positiveInt: (v: string) => number,
): void {
  program
    .command('worker')
    .description('take queued articles from a PostgreSQL store: analyse, sort into stories, rebuild dossiers')
    // the default is shown as "$ISNAD_DB", never as the address (it may carry a password)
    .addOption(
      new Option('--db <address>', 'the PostgreSQL store (postgres://…)').default(DEFAULT_DB, '$ISNAD_DB'),
    )
    .option('--batch <n>', 'articles analysed per transaction', positiveInt, 4)
    .option('--exit-when-idle', 'stop when the queue is empty and every dossier is up to date')
    .option('-q, --quiet', 'print only problems')
    .action(async (opts: WorkerCommandOptions) => setCode(await workerCommand(opts)));
}

export async function workerCommand(opts: WorkerCommandOptions): Promise<number> {
  if (!isPostgresAddress(opts.db)) {
    process.stderr.write(`isnad: ${opts.db}: workers need a PostgreSQL store (--db postgres://…)\n`);
    return 2;
  }
  let store: PostgresStore;
  try {
    store = (await openStore(opts.db)) as PostgresStore;
  } catch (e) {
    process.stderr.write(`isnad: ${e instanceof StoreError ? e.message : String(e)}\n`);
    return 3;
  }
  const say = (line: string) => process.stderr.write(`isnad worker ${process.pid}: ${line}\n`);
  const worker = new QueueWorker(store, {
    batch: opts.batch,
    exitWhenIdle: opts.exitWhenIdle,
    log: opts.quiet ? undefined : say,
  });
  const stop = () => worker.stop();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const started = Date.now();
  const c = await worker.run();
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  await store.close();
  if (!opts.quiet)
    say(
      `${c.analysed} analysed, ${c.assigned} stored in stories, ${c.dossiers} dossier(s) rebuilt` +
        (c.failed ? `, ${c.failed} could not be analysed` : '') +
        ` (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    );
  return 0;
}

/** `isnad ingest --db postgres://…`: the articles go on the queue; workers do the rest. */
export async function queueCommand(
  store: PostgresStore,
  inputs: string[],
  opts: { maxFileSize: number; quiet?: boolean },
): Promise<number> {
  let problems = 0;
  const s = await queueArticles(store, readDeskInputs(inputs, { maxBytes: opts.maxFileSize }), {
    quiet: opts.quiet,
    onProblem: (p) => {
      problems++;
      process.stderr.write(`isnad: ${p.source}: ${p.reason}\n`);
    },
  });
  const left = await queueStatus(store);
  if (!opts.quiet)
    process.stderr.write(
      `isnad: ${redact(store.address)}: ${s.queued} article(s) queued, ${s.skipped} already stored or queued` +
        (problems ? `; ${problems} input problem(s)` : '') +
        `; ${left.waiting} waiting for a worker (isnad worker --db …) (${s.seconds.toFixed(1)} s)\n`,
    );
  if (s.queued === 0 && s.skipped === 0) return 3;
  return problems ? 1 : 0;
}
