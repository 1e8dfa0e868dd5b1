// Arabic vocabulary is data (lexicons/*.tsv), code keeps only grammar: this guard reads every src/**/*.ts
// with the TypeScript parser (so comments never count) and fails on an Arabic word written in a string,
// template or regular-expression literal, or an identifier, unless it is a grammar morpheme below or on
// the reviewed allow-list. A word a rule needs goes into a lexicon class (lexicons/rule-words.tsv …)
// read through src/lexicon/words.ts (theWord, wordSet, alternation).

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Runs of Arabic letters, marks and signs (the Arabic blocks and presentation forms). */
const ARABIC_RUN = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+/g;
/** A character class of a pattern ([وفبل], [^\s،]): letters, not words. */
const CHARACTER_CLASS = /\[(?:\\.|[^\]\\])*\]/g;

/** Grammar, not vocabulary: the morphemes code may write out (a run of one letter is always allowed:
 *  a letter class, a normalisation table, a clitic or a punctuation mark). */
const GRAMMAR = new Set([
  // the article and the proclitics glued before it or before a word
  'ال',
  'لل',
  'وال',
  'فال',
  'بال',
  'كال',
  'وبال',
  'ولل',
  'وب',
  'ول',
  'فب',
  'فل',
  'لـ',
  // pronoun suffixes
  'ها',
  'هم',
  'هما',
  'كم',
  'نا',
  // endings: the nisba adjective (ي، يه، ية), sound plurals (ون، ين، ات), the past plural (وا)
  'يه',
  'ية',
  'يا',
  'يون',
  'يين',
  'ون',
  'ين',
  'يات',
  'ات',
  'وا',
]);

/** Reviewed exceptions: the file (under src/), the Arabic run, and why it stays in code. */
const ALLOWED: readonly { file: string; run: string | RegExp; reason: string }[] = [
  {
    file: 'report/interface-strings.ts',
    run: /./,
    reason:
      "the report's Arabic interface text (labels and messages shown to a reader), not extraction vocabulary",
  },
  { file: 'serve/layout.ts', run: 'بحث', reason: 'interface text: the search box placeholder' },
  { file: 'serve/story-page.ts', run: 'بالعربية', reason: 'interface text: the link to the Arabic report' },
  {
    file: 'lexicon/schemas.ts',
    run: /^(باسم|في)$/,
    reason:
      'the schema: the values titles.tsv allows in its org column (the link a title takes before its organisation)',
  },
  {
    file: 'extract/attribution/speaker-end.ts',
    run: 'ان',
    reason: 'grammar: the dual ending (شاهدان), beside the sound plural endings in one pattern',
  },
  {
    file: 'reconcile/aliases.ts',
    run: 'وفبكل',
    reason: 'the proclitic letters, written as one string of letters',
  },
];

interface Offender {
  file: string;
  line: number;
  run: string;
  literal: string;
}

/** The Arabic runs of a piece of literal text that are neither grammar nor a character class. */
function vocabularyIn(text: string): string[] {
  const bare = text.replace(CHARACTER_CLASS, ' ');
  return (bare.match(ARABIC_RUN) ?? []).filter((run) => [...run].length > 1 && !GRAMMAR.has(run));
}

const allowed = (file: string, run: string) =>
  ALLOWED.some((a) => a.file === file && (typeof a.run === 'string' ? a.run === run : a.run.test(run)));

/** The Arabic words of one source file's literals and identifiers that are not grammar nor allowed. */
function offendersIn(file: string, source: string): Offender[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const out: Offender[] = [];
  const visit = (node: ts.Node) => {
    let text: string | null = null;
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateLiteralToken(node)
    )
      text = node.text; // the value, escapes (\u0641) decoded
    else if (ts.isRegularExpressionLiteral(node) || ts.isIdentifier(node) || ts.isPrivateIdentifier(node))
      text = node.text;
    if (text !== null)
      for (const run of vocabularyIn(text))
        if (!allowed(file, run))
          out.push({
            file,
            line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
            run,
            literal: node.getText(sf).slice(0, 80),
          });
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** src/ of the package (this file runs from <package>/dist/test/lexicon). */
const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'src');

test('no Arabic vocabulary in src/: every word a rule needs is read from lexicons/', () => {
  const offenders = sourceFiles(SRC).flatMap((path) =>
    offendersIn(relative(SRC, path), readFileSync(path, 'utf8')),
  );
  assert.deepEqual(
    offenders.map((o) => `src/${o.file}:${o.line}: "${o.run}" in ${o.literal}`),
    [],
    'Arabic words in code: move them into a lexicon class (lexicons/rule-words.tsv …) and read them through ' +
      'src/lexicon/words.ts, or, if they are grammar, add them to GRAMMAR or ALLOWED here with a reason',
  );
});

test('the guard finds a word in a string, a regex, a template or an escape, not in a comment or grammar', () => {
  const source = [
    '// a comment may say في and من',
    "const a = 'من';",
    'const b = /^(?:في|عن)$/;',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the source text of a template literal
    'const c = `${a}بعد`;',
    "const d = '\\u0645\\u0646\\u0630';",
    '/* عن */ const e = /^[وف]?(?:ال|لل)[\\u0621-\\u064A]{2,}(يه|ي|ون)$/;',
    "const f = 'ل' + 'ها';",
  ].join('\n');
  const found = offendersIn('example.ts', source).map((o) => `${o.line}:${o.run}`);
  assert.deepEqual(found, ['2:من', '3:في', '3:عن', '4:بعد', '5:منذ']);
});

test('every allow-list entry still matches something (no stale exceptions)', () => {
  for (const entry of ALLOWED) {
    const source = readFileSync(join(SRC, entry.file), 'utf8');
    const sf = ts.createSourceFile(entry.file, source, ts.ScriptTarget.Latest, true);
    let used = false;
    const visit = (node: ts.Node) => {
      if (
        ts.isStringLiteralLike(node) ||
        ts.isTemplateLiteralToken(node) ||
        ts.isRegularExpressionLiteral(node)
      )
        for (const run of node.text.replace(CHARACTER_CLASS, ' ').match(ARABIC_RUN) ?? [])
          if (typeof entry.run === 'string' ? entry.run === run : entry.run.test(run)) used = true;
      ts.forEachChild(node, visit);
    };
    visit(sf);
    assert.ok(used, `src/${entry.file}: the allow-list entry ${entry.run} matches nothing any more`);
  }
});
