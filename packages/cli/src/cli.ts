#!/usr/bin/env node
/**
 * `defense-topics build <articles-dir> --out <dir>`: builds a topics dataset from a folder of
 * Markdown articles; `defense-topics review <articles-dir> [--out page.html]` shows what it
 * chose for each topic and why; `defense-topics render` prints a widget's static HTML (see
 * render-command.ts). Exit codes: 0 built, 1 content errors (nothing written), 2 usage errors,
 * 3 an internal error (a bug: please report it).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildDataset } from './build.js';
import { type Diagnostic, formatDiagnostic } from './diagnostics.js';
import { DatasetBuilder } from './pipeline.js';
import { renderCommand } from './render-command.js';
import { formatRebuild, formatReport } from './report.js';
import { reviewPage, reviewText } from './review/render.js';
import { watchDataset } from './watch.js';
import { UnsafeOutputError } from './write-dataset.js';

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
A topic's translations are shown beside its original, field by field, with
a note where one differs (fewer key points, no conclusion…).

Options:
  -o, --out <dir>       build: folder to write (replaced whole, atomically) [required]
                        review: HTML file to write
      --themes <file>   themes vocabulary (YAML); default: the built-in one
      --lang <tag>      language of articles without "lang" in front matter [en]
  -w, --watch           build, then rebuild whenever an article or the themes
                        file changes (only changed files are rewritten); Ctrl+C stops
  -j, --jobs <n>        worker threads extracting articles [one per core; small
                        folders are built in the main thread; 1: no workers]
      --cache <dir>     keep each article's extraction in <dir>, keyed by the hash
                        of its content (and of the generator and themes), so an
                        unchanged article is never extracted again. Default with
                        --watch: node_modules/.cache/defense-topics/<out>-<hash>
      --no-cache        no cache on disk (also with --watch)
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
  /** Ends `build --watch` (the command stops it on Ctrl+C). */
  signal?: AbortSignal;
  /** Called after each build of `build --watch`, with its exit code (tests wait on it). */
  onBuild?: (code: number) => void;
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
        watch: { type: 'boolean', short: 'w' },
        jobs: { type: 'string', short: 'j' },
        cache: { type: 'string' },
        'no-cache': { type: 'boolean' },
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

  const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
  if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) return usage(io, `--jobs "${values.jobs}" is not a whole number of 1 or more`);
  if (values.cache !== undefined && values['no-cache']) return usage(io, '--cache and --no-cache cannot both be given');
  if (command === 'review' && (values.watch || values.cache !== undefined || values['no-cache'] || jobs !== undefined)) {
    return usage(io, '--watch, --jobs and the cache are options of build');
  }

  if (command === 'review') {
    let result;
    try {
      result = await buildDataset({
        articlesDir,
        ...(values.themes ? { themesFile: values.themes } : {}),
        ...(values.lang ? { defaultLang: values.lang } : {}),
      });
    } catch (error) {
      if (isMissing(error)) return usage(io, `cannot read ${(error as NodeJS.ErrnoException).path ?? articlesDir}: no such folder or file`);
      throw error;
    }
    const errors = reportDiagnostics(io, result.diagnostics, values.out);
    if (errors > 0) return EXIT.contentErrors;
    if (!values.out) {
      io.out(reviewText([...result.articles, ...result.translations]));
      return EXIT.ok;
    }
    // Each topic's translations beside its original.
    await writeFile(values.out, reviewPage([...result.articles, ...result.translations], `Dataset review: ${articlesDir}`));
    if (!values.quiet) io.out(`Wrote the review of ${plural(result.articles.length, 'topic')} to ${values.out}\n`);
    return EXIT.ok;
  }

  const outDir = values.out!;
  const cacheDir = values['no-cache'] ? undefined : (values.cache ?? (values.watch ? defaultCacheDir(outDir) : undefined));
  const builder = new DatasetBuilder({ articlesDir, outDir, themesFile: values.themes, defaultLang: values.lang, jobs, cacheDir, rebuilds: values.watch });
  const quiet = values.quiet ?? false;
  try {
    if (values.watch) {
      return await watchDataset(builder, { articlesDir, themesFile: values.themes, outDir, quiet }, io, (outcome, elapsed) => buildCode(io, outcome, elapsed, outDir, quiet, true));
    }
    const started = performance.now();
    const outcome = await builder.build();
    return buildCode(io, outcome, performance.now() - started, outDir, quiet, false);
  } catch (error) {
    if (error instanceof UnsafeOutputError) return usage(io, error.message);
    if (isMissing(error)) return usage(io, `cannot read ${(error as NodeJS.ErrnoException).path ?? articlesDir}: no such folder or file`);
    throw error;
  } finally {
    await builder.close();
  }
}

/** Prints a build's problems and report; its exit code. */
function buildCode(io: Io, outcome: Awaited<ReturnType<DatasetBuilder['build']>>, elapsed: number, outDir: string, quiet: boolean, rebuild: boolean): number {
  for (const note of outcome.notes) io.err(`defense-topics: note: ${note}\n`);
  // A rebuild repeats every error, but warnings only of the files it read again (the others were shown).
  const shown = rebuild ? outcome.diagnostics.filter((d) => d.severity === 'error' || outcome.read.has(d.file)) : outcome.diagnostics;
  const errors = reportDiagnostics(io, shown, outDir, outcome.diagnostics.length - shown.length);
  if (errors > 0) return EXIT.contentErrors;
  const warnings = outcome.diagnostics.length;
  if (!quiet) io.out(rebuild && outcome.written?.mode === 'in-place' ? formatRebuild(outcome, elapsed, warnings) : formatReport(outcome, outDir, elapsed, warnings));
  return EXIT.ok;
}

/** Prints every diagnostic and, when there are errors, that nothing was written; the number of errors. */
function reportDiagnostics(io: Io, diagnostics: readonly Diagnostic[], out: string | undefined, otherWarnings = 0): number {
  for (const diagnostic of diagnostics) io.err(`${formatDiagnostic(diagnostic)}\n`);
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors + otherWarnings;
  if (errors > 0) io.err(`\n${plural(errors, 'error')}, ${plural(warnings, 'warning')}: nothing was written${out ? `; ${out} is unchanged` : ''}.\n`);
  return errors;
}

/** The watch mode's cache: one folder per output, under node_modules/.cache (where build tools keep theirs). */
export function defaultCacheDir(outDir: string): string {
  const target = path.resolve(outDir);
  const tag = createHash('sha256').update(target).digest('hex').slice(0, 8);
  return path.join('node_modules', '.cache', 'defense-topics', `${path.basename(target)}-${tag}`);
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
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
  // Ctrl+C (or a service manager's stop) ends `build --watch` cleanly: workers stopped, spill removed.
  const stop = new AbortController();
  const argv = process.argv.slice(2);
  if (argv.some((arg) => arg === '--watch' || /^-[a-z]*w[a-z]*$/.test(arg))) {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stop.abort());
  }
  main(argv, { ...processIo, signal: stop.signal }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`defense-topics: internal error (please report it):\n${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = EXIT.internal;
    },
  );
}
