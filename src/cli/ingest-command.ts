// `isnad ingest FILES… [--db isnad.db]`: articles into the store, each assigned to its story, the
// dossiers of the stories that gained articles rebuilt. Inputs: what `analyze` reads, plus saved
// HTML pages and RSS/Atom files (src/store/inputs.ts).
import type { Command } from 'commander';
import {
  DEFAULT_DB,
  ingestIntoStore,
  openStore,
  PostgresStore,
  type Store,
  StoreError,
} from '../store/index.js';
import { readDeskInputs } from '../store/inputs.js';
import { queueCommand } from './worker-command.js';

export interface IngestCommandOptions {
  db: string;
  maxFileSize: number;
  jobs?: number;
  quiet?: boolean;
  analysis: boolean;
  batch?: number;
}

export function registerIngest(
  program: Command,
  setCode: (code: number) => void,
  positiveInt: (v: string) => number,
): void {
  program
    .command('ingest')
    .description('put articles into the store, sort them into stories and rebuild those stories’ dossiers')
    .argument('<inputs...>', 'files, folders, .jsonl, saved .html pages, RSS/Atom .xml files')
    .option('--db <file>', 'the database file', DEFAULT_DB)
    .option('--max-file-size <bytes>', 'largest article accepted, in bytes', positiveInt, 10 * 1024 * 1024)
    .option('--jobs <n>', 'worker threads for the analysis (default: one per core)', positiveInt)
    .option('--batch <n>', 'articles per transaction', positiveInt, 500)
    .option('--no-analysis', 'store and cluster only (no figures, no dossiers)')
    .option('-q, --quiet', 'print only problems')
    .action(async (inputs: string[], opts: IngestCommandOptions) =>
      setCode(await ingestCommand(inputs, opts)),
    );
}

export async function ingestCommand(inputs: string[], opts: IngestCommandOptions): Promise<number> {
  let store: Store;
  try {
    store = await openStore(opts.db);
  } catch (e) {
    process.stderr.write(`isnad: ${e instanceof StoreError ? e.message : String(e)}\n`);
    return 3;
  }
  let problems = 0;
  try {
    // PostgreSQL: the articles are queued for `isnad worker` processes (issue 14)
    if (store instanceof PostgresStore) return await queueCommand(store, inputs, opts);
    const s = await ingestIntoStore(store, readDeskInputs(inputs, { maxBytes: opts.maxFileSize }), {
      jobs: opts.jobs,
      batchSize: opts.batch,
      quiet: opts.quiet,
      analyze: opts.analysis,
      onProblem: (p) => {
        problems++;
        process.stderr.write(`isnad: ${p.source}: ${p.reason}\n`);
      },
    });
    if (!opts.quiet)
      process.stderr.write(
        `isnad: ${opts.db}: ${s.articles} new article(s), ${s.skipped} already stored, ` +
          `${s.newStories} new story(ies), ${s.dossiers} dossier(s) rebuilt, ${s.stories} stories in all` +
          (problems ? `; ${problems} input problem(s)` : '') +
          ` (${s.seconds.toFixed(1)} s)\n`,
      );
    if (s.articles === 0 && s.skipped === 0) return 3;
    return problems ? 1 : 0;
  } finally {
    await store.close();
  }
}
