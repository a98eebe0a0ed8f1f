/**
 * `defense-topics build --watch`: builds, then rebuilds whenever a file of the articles folder
 * or the themes file changes, until stopped. One builder lives through the session (see
 * pipeline.ts): a rebuild reads only the files that changed, extracts only articles whose bytes
 * are not in the cache, reruns the corpus step over the kept state, and rewrites only the files
 * whose bytes change. A build with errors writes nothing: the previous dataset stays, and the
 * next change that fixes them rebuilds.
 */
import { type FSWatcher, watch } from 'node:fs';
import path from 'node:path';
import type { BuildOutcome, DatasetBuilder } from './pipeline.js';

/** Changes arriving together (an editor saving several files, a git checkout) make one rebuild. */
const SETTLE_MS = 25;

export interface WatchOptions {
  articlesDir: string;
  themesFile?: string | undefined;
  outDir: string;
  quiet: boolean;
}

interface WatchIo {
  out: (text: string) => void;
  err: (text: string) => void;
  signal?: AbortSignal;
  onBuild?: (code: number) => void;
}

/**
 * Runs builds until `io.signal` aborts; `report` prints each build's outcome and gives its exit
 * code. Resolves with 0 once stopped (or with the first build's failure to start watching).
 */
export async function watchDataset(
  builder: DatasetBuilder,
  options: WatchOptions,
  io: WatchIo,
  report: (outcome: BuildOutcome, elapsedMs: number) => number,
): Promise<number> {
  let pending: Set<string> | undefined = new Set();
  let everything = true; // the first build looks at every file
  let running: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;

  const rebuild = async () => {
    const changed = everything ? undefined : pending;
    pending = new Set();
    everything = false;
    const started = performance.now();
    let code: number;
    try {
      code = report(await builder.build(changed), performance.now() - started);
    } catch (error) {
      const { code: errno, message } = error as NodeJS.ErrnoException;
      // A folder or file missing for a moment (an editor replacing it) is not the end of the session.
      io.err(`defense-topics: ${errno === 'ENOENT' ? message : ((error as Error).stack ?? message)}\n`);
      code = 1;
      everything = true;
    }
    if (!options.quiet && code !== 0) io.err(`Waiting for changes (Ctrl+C to stop)…\n`);
    io.onBuild?.(code);
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (running) {
        // After the build under way, with whatever changed meanwhile.
        void running.then(schedule);
        return;
      }
      running = rebuild().finally(() => (running = undefined));
    }, SETTLE_MS);
  };

  const watchers: FSWatcher[] = [];
  const onError = (error: Error) => io.err(`defense-topics: watching stopped working: ${error.message}\n`);
  const articles = watch(options.articlesDir, (_, filename) => {
    if (filename === null) everything = true;
    else pending?.add(filename.toString());
    schedule();
  });
  articles.on('error', onError);
  watchers.push(articles);
  if (options.themesFile) {
    // The folder, not the file: editors save by replacing the file, which ends a watch on it.
    const themesName = path.basename(options.themesFile);
    const themes = watch(path.dirname(options.themesFile), (_, filename) => {
      if (filename === null || filename.toString() === themesName) schedule();
    });
    themes.on('error', onError);
    watchers.push(themes);
  }

  running = rebuild().finally(() => (running = undefined));
  await new Promise<void>((resolve) => {
    if (io.signal?.aborted) resolve();
    io.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  for (const watcher of watchers) watcher.close();
  if (timer) clearTimeout(timer);
  await running;
  return 0;
}
