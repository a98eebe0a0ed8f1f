/**
 * One measured phase of the dataset benchmark, in a process of its own so that its peak memory
 * (maxRSS, which counts the worker threads too) is its own. Prints one JSON line.
 *
 *   parse <dir>            read, decode and parse each article of <dir>, one at a time (the floor)
 *   build <dir> <jobs>     `defense-topics build <dir> --out … --jobs <jobs>` (the built CLI)
 *   before <dir> <build.ts> the in-memory generator of another copy (e.g. main's packages/cli/src/build.ts)
 *   rebuild <dir> <jobs>   `build --watch --cache` over <dir>, then one article edited: the time
 *                          from the edit to the rebuilt dataset, as the watcher sees it, and whether
 *                          it equals a clean build of the edited folder byte for byte
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseMarkdown } from '../packages/cli/src/parse-markdown.js';

const [phase = 'build', dir = '', arg = ''] = process.argv.slice(2);
const names = readdirSync(dir).filter((name) => name.endsWith('.md')).sort();
const work = mkdtempSync(path.join(os.tmpdir(), 'bench-data-'));
const out = path.join(work, 'out');
const quietIo = (errors: string[]) => ({ out: () => {}, err: (text: string) => void errors.push(text) });

// The code under test is loaded before the clock starts, as the parser is for the floor.
// The built CLI (npm run build:generator), as users run it: its worker threads run the bundle.
// BENCH_CLI: another build of it (e.g. a copy kept while the tree is rebuilt).
const builtCli = process.env.BENCH_CLI ? pathToFileURL(path.resolve(process.env.BENCH_CLI)).href : new URL('../packages/cli/dist/cli.js', import.meta.url).href;
const cli = phase === 'build' || phase === 'rebuild' ? ((await import(builtCli)) as typeof import('../packages/cli/src/cli.js')) : undefined;
let extra: Record<string, unknown> = {};
const cpuBefore = process.cpuUsage();
const started = performance.now();
try {
  if (phase === 'parse') {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const name of names) parseMarkdown(decoder.decode(readFileSync(path.join(dir, name))));
  } else if (phase === 'build') {
    const errors: string[] = [];
    const code = await cli!.main(['build', dir, '--out', out, '--jobs', arg, '--quiet'], quietIo(errors));
    if (code !== 0) throw new Error(`build failed (${code}): ${errors.slice(0, 3).join('')}`);
    const index = readFileSync(path.join(out, 'index.json'));
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    extra = {
      indexBytes: index.length,
      indexGzipBytes: gzipSync(index, { level: 9 }).length,
      topics: (JSON.parse(index.toString()) as { topics: unknown[] }).topics.length,
      outputBytes: files.reduce((sum, entry) => sum + readFileSync(path.join(entry.parentPath, entry.name)).length, 0),
      outputFiles: files.length,
    };
  } else if (phase === 'before') {
    const { buildDataset } = (await import(pathToFileURL(path.resolve(arg)).href)) as typeof import('../packages/cli/src/build.js');
    const result = await buildDataset({ articlesDir: dir });
    if (result.diagnostics.some((d) => d.severity === 'error')) throw new Error('the corpus has errors');
  } else if (phase === 'rebuild') {
    extra = await rebuild(Number(arg));
  } else throw new Error(`unknown phase ${phase}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
const ms = performance.now() - started;
// CPU time of every thread of the process (the workers' too): less swayed by a busy machine than wall time.
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(JSON.stringify({ phase, articles: names.length, ms, cpuMs, maxRssKb: process.resourceUsage().maxRSS, ...extra }));

/** Watch mode over a copy of the folder: the first build, then one edit and the rebuild it causes. */
async function rebuild(jobs: number): Promise<Record<string, unknown>> {
  const { main } = cli!;
  const articles = path.join(work, 'articles');
  rmSync(articles, { recursive: true, force: true });
  (await import('node:fs')).cpSync(dir, articles, { recursive: true });
  const stop = new AbortController();
  const errors: string[] = [];
  let done: ((code: number) => void) | undefined;
  const next = () => new Promise<number>((resolve) => (done = resolve));
  let first = next();
  const watching = main(['build', articles, '--out', out, '--watch', '--cache', path.join(work, 'cache'), '--jobs', String(jobs), '--quiet'], {
    ...quietIo(errors),
    signal: stop.signal,
    onBuild: (code) => done?.(code),
  });
  const firstStarted = performance.now();
  if ((await first) !== 0) throw new Error(`first build failed: ${errors.join('')}`);
  const firstMs = performance.now() - firstStarted;
  // Let the watcher settle, then edit one article in the middle of the folder.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const file = path.join(articles, names[Math.floor(names.length / 2)]!);
  const text = readFileSync(file, 'utf8');
  const rebuilt = next();
  const editAt = performance.now();
  writeFileSync(file, text.replace(/\n\n/, '\n\nAn added opening sentence about joint naval exercises with Indonesia.\n\n'));
  if ((await rebuilt) !== 0) throw new Error(`rebuild failed: ${errors.join('')}`);
  const rebuildMs = performance.now() - editAt;
  stop.abort();
  first = Promise.resolve(0);
  await watching;

  // The same folder built from scratch, without the cache: the bytes must be the same.
  const clean = path.join(work, 'clean');
  if ((await main(['build', articles, '--out', clean, '--jobs', String(jobs), '--quiet'], quietIo(errors))) !== 0) throw new Error('clean build failed');
  const files = (root: string) =>
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
      .sort();
  const a = files(out);
  const b = files(clean);
  const identical = a.length === b.length && a.every((name, i) => name === b[i] && readFileSync(path.join(out, name)).equals(readFileSync(path.join(clean, name))));
  return { firstMs, rebuildMs, identical };
}
