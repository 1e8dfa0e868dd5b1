// `isnad export DOSSIER.json --format acled|ucdp|csv|geojson [--out FILE]`: a dossier as coders load it.
// Exit codes as the rest of the CLI: 0 written, 2 usage error, 3 the dossier cannot be read or the output written.
import { readFileSync, writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import { type ExportFormat, exportDossier, FORMATS } from '../export/index.js';
import type { Dossier } from '../types.js';

const EXIT = { ok: 0, usage: 2, failed: 3 } as const;

function readDossier(file: string): Dossier | string {
  let dossier: Dossier;
  try {
    dossier = JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8')) as Dossier;
  } catch (e) {
    const why =
      e instanceof SyntaxError ? 'not valid JSON' : ((e as NodeJS.ErrnoException).code ?? String(e));
    return `${file}: cannot be read as a dossier (${why})`;
  }
  if (dossier?.format !== 'isnad.dossier/1')
    return `${file}: not an isnad dossier (format is ${JSON.stringify(dossier?.format)})`;
  return dossier;
}

/** Adds the `export` command; `setCode` receives its exit code. */
export function addExportCommand(program: Command, setCode: (code: number) => void): void {
  program
    .command('export')
    .description('write a dossier as ACLED- or UCDP-shaped CSV, a CSV of every claim, or GeoJSON of events')
    .argument('[dossier]', 'a dossier written by `isnad analyze --json` (- for standard input)')
    .addOption(new Option('--format <format>', 'what to write').choices(FORMATS).makeOptionMandatory())
    .option('--out <file>', 'where to write it (default: standard output)')
    .option('--db <file>', 'read the story from an isnad store instead of a dossier file (not yet available)')
    .action((file: string | undefined, opts: { format: ExportFormat; out?: string; db?: string }) => {
      if (opts.db) {
        process.stderr.write(
          'isnad: export --db: not yet available (the store is not part of this build); export a dossier JSON file\n',
        );
        return setCode(EXIT.usage);
      }
      if (!file) {
        process.stderr.write(
          'isnad: export: name a dossier JSON file (isnad export dossier.json --format acled)\n',
        );
        return setCode(EXIT.usage);
      }
      const dossier = readDossier(file);
      if (typeof dossier === 'string') {
        process.stderr.write(`isnad: ${dossier}\n`);
        return setCode(EXIT.failed);
      }
      const text = exportDossier(dossier, opts.format);
      try {
        if (opts.out) writeFileSync(opts.out, text);
        else process.stdout.write(text);
      } catch (e) {
        process.stderr.write(
          `isnad: ${opts.out}: cannot write the export (${(e as NodeJS.ErrnoException).code ?? e})\n`,
        );
        return setCode(EXIT.failed);
      }
      setCode(EXIT.ok);
    });
}
