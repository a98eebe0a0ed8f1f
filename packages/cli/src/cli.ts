#!/usr/bin/env node
/**
 * `defense-topics build <articles-dir> --out <dir>`: builds a topics dataset from a folder of
 * Markdown articles; `defense-topics review <articles-dir> [--out page.html]` shows what it
 * chose for each topic and why; `defense-topics render` prints a widget's static HTML (see
 * render-command.ts). Exit codes: 0 built, 1 content errors (nothing written), 2 usage errors,
 * 3 an internal error (a bug: please report it).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildDataset } from './build.js';
import { formatDiagnostic } from './diagnostics.js';
import { renderCommand } from './render-command.js';
import { formatReport } from './report.js';
import { reviewPage, reviewText } from './review/render.js';
import { UnsafeOutputError, writeDatasetAtomically } from './write-dataset.js';

export const EXIT = { ok: 0, contentErrors: 1, usage: 2, internal: 3 } as const;

const HELP = `Usage: defense-topics build <articles-dir> --out <dir> [options]
       defense-topics review <articles-dir> [--out <file.html>] [options]
       defense-topics render <widget> --topic <id> [options]   (see: defense-topics render --help)

Builds a typed, validated topics dataset from a folder of Markdown articles
(one "# Name: tagline" article per .md file): an index, one card and one
article record per topic, and the JSON Schemas describing them.

review builds the same dataset in memory and shows, for each topic, the
fields the generator chose (abstract, summary sentences, key points,
conclusion, themes, related topics, keywords, images) beside the rule and
the evidence that chose them: as one HTML page with --out, else as text.

Options:
  -o, --out <dir>       build: folder to write (replaced whole, atomically) [required]
                        review: HTML file to write
      --themes <file>   themes vocabulary (YAML); default: the built-in one
      --lang <tag>      language of articles without "lang" in front matter [en]
  -q, --quiet           print problems only, no summary
  -h, --help            show this help
  -v, --version         show the version

Every problem in the articles is reported as file:line:col, all of them at
once; if there is any error, nothing is written and the previous output stays.

Exit codes: 0 built, 1 content errors, 2 usage error, 3 internal error.
`;

interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  if (argv[0] === 'render') return renderCommand(argv.slice(1), io, (message) => usage(io, message));
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        out: { type: 'string', short: 'o' },
        themes: { type: 'string' },
        lang: { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    return usage(io, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help || positionals[0] === 'help') {
    io.out(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    io.out(`${await packageVersion()}\n`);
    return EXIT.ok;
  }
  const [command, articlesDir, ...extra] = positionals;
  if (command !== 'build' && command !== 'review') return usage(io, command ? `unknown command "${command}"` : 'missing command');
  if (!articlesDir) return usage(io, 'missing <articles-dir>');
  if (extra.length > 0) return usage(io, `unexpected argument "${extra[0]}"`);
  if (command === 'build' && !values.out) return usage(io, 'missing --out <dir>');
  if (values.lang !== undefined && !isLanguageTag(values.lang)) return usage(io, `--lang "${values.lang}" is not a BCP 47 language tag`);

  const started = performance.now();
  let result;
  try {
    result = await buildDataset({
      articlesDir,
      ...(values.themes ? { themesFile: values.themes } : {}),
      ...(values.lang ? { defaultLang: values.lang } : {}),
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return usage(io, `cannot read ${(error as NodeJS.ErrnoException).path ?? articlesDir}: no such folder or file`);
    throw error;
  }

  for (const diagnostic of result.diagnostics) io.err(`${formatDiagnostic(diagnostic)}\n`);
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.length - errors;
  if (errors > 0) {
    io.err(`\n${plural(errors, 'error')}, ${plural(warnings, 'warning')}: nothing was written${values.out ? `; ${values.out} is unchanged` : ''}.\n`);
    return EXIT.contentErrors;
  }
  if (command === 'review') {
    if (!values.out) {
      io.out(reviewText(result.articles));
      return EXIT.ok;
    }
    await writeFile(values.out, reviewPage(result.articles, `Dataset review: ${articlesDir}`));
    if (!values.quiet) io.out(`Wrote the review of ${plural(result.articles.length, 'topic')} to ${values.out}\n`);
    return EXIT.ok;
  }
  if (!values.out) return usage(io, 'missing --out <dir>');
  try {
    await writeDatasetAtomically(values.out, result.files);
  } catch (error) {
    if (error instanceof UnsafeOutputError) return usage(io, error.message);
    throw error;
  }
  if (!values.quiet) io.out(formatReport(result, values.out, performance.now() - started, warnings));
  return EXIT.ok;
}

function usage(io: Io, message: string): number {
  io.err(`defense-topics: ${message}\nRun "defense-topics --help" for usage.\n`);
  return EXIT.usage;
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

async function packageVersion(): Promise<string> {
  const pkg = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

// Run when executed directly (the `bin`), not when imported by tests.
const invokedPath = process.argv[1] ? (await import('node:fs')).realpathSync(process.argv[1]) : '';
if (invokedPath === (await import('node:url')).fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`defense-topics: internal error (please report it):\n${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}
