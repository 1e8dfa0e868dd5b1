// The command line: `isnad analyze FILES… --json OUT --html OUT` and `isnad report DOSSIER --html OUT`.
// Exit codes: 0 all inputs analysed (notes such as a renamed duplicate id do not count); 1 some inputs
// could not be read (the rest were analysed);
// 2 usage error; 3 nothing could be analysed or an output could not be written.

import { readFileSync, writeFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { isUnreadable } from '../ingest/index.js';
import { type Lang, renderHtml } from '../report/html.js';
import type { Dossier } from '../types.js';
import { analyzeInputs } from './analyze.js';
import { addExportCommand } from './export-command.js';
import { limitHeapGrowth } from './heap.js';
import { registerIngest } from './ingest-command.js';
import { registerServe } from './serve-command.js';
import { forTerminal } from './terminal.js';
import { registerWorker } from './worker-command.js';
import { writeJsonFile } from './write-json.js';

export const EXIT = { ok: 0, partial: 1, usage: 2, failed: 3 } as const;

const HELP_AFTER = `
Examples:
  isnad analyze examples/hasakah-2022 --json dossier.json --html dossier.html
  isnad analyze articles.jsonl --json - | jq '.claims[] | {measure, value}'
  isnad report dossier.json --html dossier.html

Inputs are .txt files (UTF-8, UTF-16 with BOM or windows-1256), folders of them, or JSON Lines
files (.jsonl, .jsonl.gz) with one article a line: {"id", "text", "title"?, "published"?, "outlet"?, "url"?}.

Exit codes: 0 all inputs analysed · 1 some inputs could not be read (the rest were) ·
            2 usage error · 3 nothing analysed, or an output could not be written.`;

function positiveInt(v: string): number {
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a whole number above 0');
  return n;
}

/** The largest article accepted even when asked (--max-file-size): past it an article is refused. */
export const HARD_MAX_BYTES = 64 * 1024 * 1024;

function fileSize(v: string): number {
  const n = positiveInt(v);
  if (n > HARD_MAX_BYTES)
    throw new InvalidArgumentError(
      `at most ${HARD_MAX_BYTES} (64 MiB): a longer article is refused; split it into several files`,
    );
  return n;
}

export async function run(argv: string[]): Promise<number> {
  limitHeapGrowth();
  let code: number = EXIT.ok;
  const program = new Command();
  program
    .name('isnad')
    .description(
      'What happened, who says so, and through whom: reads news articles about one story and\nbuilds a dossier of figures, quotes, entities and a timeline, each pinned to the exact words.',
    )
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText('after', HELP_AFTER);

  program
    .command('analyze')
    .description('read articles and write the dossier')
    .argument('<inputs...>', 'files, folders or .jsonl files')
    .option('--json <file>', 'write the dossier as JSON (- for standard output)')
    .option('--html <file>', 'write the dossier as one self-contained HTML report')
    .addOption(LANG_OPTION())
    .option(
      '--max-file-size <bytes>',
      'largest article accepted, in bytes (at most 64 MiB; long ones are analysed in parts)',
      fileSize,
      10 * 1024 * 1024,
    )
    .option('--jobs <n>', 'worker threads for extraction (default: one per core)', positiveInt)
    .option('-q, --quiet', 'print only problems')
    .action(async (inputs: string[], opts: AnalyzeCommandOptions) => {
      code = await analyzeCommand(inputs, opts);
    });

  program
    .command('report')
    .description('turn a JSON dossier into the HTML report')
    .argument('<dossier>', 'a dossier written by `isnad analyze --json`')
    .requiredOption('--html <file>', 'where to write the HTML report')
    .addOption(LANG_OPTION())
    .action((file: string, opts: { html: string; lang: Lang }) => {
      code = reportCommand(file, opts);
    });

  addExportCommand(program, (c) => (code = c));
  registerIngest(program, (c) => (code = c), positiveInt);
  registerServe(program, (c) => (code = c), positiveInt);
  registerWorker(program, (c) => (code = c), positiveInt);

  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.usage;
    }
    await program.parseAsync(argv, { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    process.stderr.write(`isnad: internal error: ${forTerminal(String((e as Error)?.message ?? e))}\n`);
    return EXIT.failed;
  }
  return code;
}

/** The report's interface language when it opens (its header has a switch). */
const LANG_OPTION = () =>
  new Option('--lang <lang>', 'language of the HTML report’s interface').choices(['en', 'ar']).default('en');

function writeOutputs(
  dossier: Dossier,
  opts: { json?: string; html?: string; lang?: Lang },
): number | undefined {
  try {
    if (opts.json === '-') process.stdout.write(JSON.stringify(dossier, null, 1) + '\n');
    else if (opts.json) writeJsonFile(opts.json, dossier); // field by field: a long document's dossier is big
  } catch (e) {
    process.stderr.write(
      `isnad: ${forTerminal(opts.json ?? '')}: cannot write the JSON dossier (${(e as NodeJS.ErrnoException).code ?? e})\n`,
    );
    return EXIT.failed;
  }
  try {
    if (opts.html) writeFileSync(opts.html, renderHtml(dossier, { lang: opts.lang }));
  } catch (e) {
    process.stderr.write(
      `isnad: ${forTerminal(opts.html ?? '')}: cannot write the HTML report (${(e as NodeJS.ErrnoException).code ?? e})\n`,
    );
    return EXIT.failed;
  }
  return undefined;
}

interface AnalyzeCommandOptions {
  json?: string;
  html?: string;
  lang: Lang;
  maxFileSize: number;
  jobs?: number;
  quiet?: boolean;
}

/** `isnad analyze`: problems (escaped for the terminal) on stderr, the outputs written; the exit code. */
async function analyzeCommand(inputs: string[], opts: AnalyzeCommandOptions): Promise<number> {
  const { dossier, problems, documents, warning } = await analyzeInputs(inputs, {
    maxBytes: opts.maxFileSize,
    jobs: opts.jobs,
  });
  for (const p of problems)
    process.stderr.write(`isnad: ${forTerminal(p.source)}: ${forTerminal(p.reason)}\n`);
  const unread = problems.filter(isUnreadable).length;
  if (documents === 0) {
    process.stderr.write('isnad: no article could be analysed.\n');
    return EXIT.failed;
  }
  const code = writeOutputs(dossier, opts) ?? (unread ? EXIT.partial : EXIT.ok);
  if (!opts.quiet && opts.json !== '-') {
    process.stderr.write(
      `isnad: ${documents} article(s): ${dossier.claims.length} figures, ${dossier.quotes.length} quotes, ` +
        `${dossier.entities.length} entities, ${dossier.timeline.length} timeline entries` +
        (unread ? `; ${unread} input(s) not read` : '') +
        (problems.length > unread ? `; ${problems.length - unread} note(s)` : '') +
        '\n',
    );
    if (warning)
      for (const line of warning.trimEnd().split('\n')) process.stderr.write(`${forTerminal(line)}\n`);
    if (!opts.json && !opts.html)
      process.stderr.write('isnad: nothing written: add --json FILE and/or --html FILE.\n');
  }
  return code;
}

/** `isnad report`: a dossier from anyone (the report trusts none of it) to HTML; the exit code. */
function reportCommand(file: string, opts: { html: string; lang: Lang }): number {
  let dossier: Dossier;
  try {
    dossier = JSON.parse(readFileSync(file, 'utf8')) as Dossier;
  } catch (e) {
    process.stderr.write(
      `isnad: ${forTerminal(file)}: cannot be read as a dossier (${e instanceof SyntaxError ? 'not valid JSON' : ((e as NodeJS.ErrnoException).code ?? String(e))})\n`,
    );
    return EXIT.failed;
  }
  if (dossier?.format !== 'isnad.dossier/1') {
    process.stderr.write(
      `isnad: ${forTerminal(file)}: not an isnad dossier (format is ${forTerminal(String(JSON.stringify(dossier?.format)).slice(0, 80))})\n`,
    );
    return EXIT.failed;
  }
  return writeOutputs(dossier, { html: opts.html, lang: opts.lang }) ?? EXIT.ok;
}
