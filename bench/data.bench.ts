/**
 * `npm run bench:data`: `defense-topics build` (the built CLI: streaming, worker threads) on
 * seeded synthetic corpora of 500, 5,000 and 50,000 articles written to disk, against reading
 * and CommonMark-parsing the same files one at a time in the same run (the floor). Each figure
 * is the median of interleaved rounds, each phase in a process of its own (bench/data-worker.ts)
 * so its peak memory is its own. Prints figures and ratios; asserts nothing (the machine is
 * shared and noisy: the spread of the rounds is printed with them).
 *
 * Goals (issue 15): build ≤ 2× parse-only; time linear in corpus size; ≤ 16 KB of peak memory
 * per added article; after one article changes, `build --watch` has rebuilt a 5,000-article
 * dataset in ≤ 0.5 s, byte-identical to a clean build. Older goals: index ≤ 400 B gzip per topic.
 *
 * BENCH_SIZES=500,5000 (default 500,5000,50000), BENCH_ROUNDS (default 3), BENCH_JOBS (worker
 * threads, default one per core), BENCH_BEFORE=path/to/build.ts: also the in-memory generator
 * of another copy (e.g. main's) on the 5,000-article corpus, in the same rounds. BENCH_EXTRAS=0
 * skips --jobs 1, the other copy and the rebuild (a run for the scaling figures alone).
 * BENCH_BEFORE_CLI=path/to/dist/cli.js: another copy's built CLI (e.g. main's), run as this one is
 * (`build --jobs`, worker threads) on the 5,000-article corpus, in the same rounds (extras or not).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { syntheticCorpus } from './synthetic-corpus.js';

const SIZES = (process.env.BENCH_SIZES ?? '500,5000,50000').split(',').map(Number);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const JOBS = Number(process.env.BENCH_JOBS ?? os.availableParallelism());
const BEFORE = process.env.BENCH_BEFORE;
const BEFORE_CLI = process.env.BENCH_BEFORE_CLI;
const EXTRAS = process.env.BENCH_EXTRAS !== '0';
/** The size the ratio, the rebuild and the comparison with another copy are measured at. */
const MAIN_SIZE = SIZES.includes(5000) ? 5000 : SIZES[SIZES.length - 1]!;

interface Measure {
  ms: number;
  cpuMs: number;
  maxRssKb: number;
  indexGzipBytes?: number;
  indexBytes?: number;
  topics?: number;
  outputBytes?: number;
  outputFiles?: number;
  rebuildMs?: number;
  identical?: boolean;
}

function measure(...args: string[]): Measure {
  return measureWith(process.env, ...args);
}

function measureWith(env: NodeJS.ProcessEnv, ...args: string[]): Measure {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/data-worker.ts', ...args], { encoding: 'utf8', maxBuffer: 16 << 20, env });
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
/** The rounds' spread around their median, in percent: the noise of this run. */
const spread = (values: number[]) => (values.length < 2 ? 0 : ((Math.max(...values) - Math.min(...values)) / median(values)) * 100);
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
const n = (value: number) => value.toLocaleString('en-US');

const cpus = os.cpus();
console.log(
  `Dataset benchmark: synthetic corpora of ${SIZES.map(n).join(' / ')} articles, ${ROUNDS} interleaved rounds (median), build with --jobs ${JOBS}; ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, Node ${process.version}, load average ${os.loadavg()[0]!.toFixed(1)} at the start\n`,
);

const root = mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-'));
const results = new Map<number, { parse: Measure[]; build: Measure[]; build1: Measure[]; before: Measure[]; beforeCli: Measure[]; rebuild: Measure[] }>();
try {
  for (const size of SIZES) {
    const dir = path.join(root, String(size));
    mkdirSync(dir);
    for (const { name, text } of syntheticCorpus(size)) writeFileSync(path.join(dir, name), text);
    const runs = { parse: [] as Measure[], build: [] as Measure[], build1: [] as Measure[], before: [] as Measure[], beforeCli: [] as Measure[], rebuild: [] as Measure[] };
    for (let round = 0; round < ROUNDS; round++) {
      // Interleaved, so that a noisy neighbour slows every side alike.
      runs.parse.push(measure('parse', dir));
      runs.build.push(measure('build', dir, String(JOBS)));
      if (size === MAIN_SIZE && EXTRAS) {
        if (JOBS > 1) runs.build1.push(measure('build', dir, '1'));
        if (BEFORE) runs.before.push(measure('before', dir, BEFORE));
        runs.rebuild.push(measure('rebuild', dir, String(JOBS)));
      }
      if (size === MAIN_SIZE && BEFORE_CLI) runs.beforeCli.push(measureWith({ ...process.env, BENCH_CLI: BEFORE_CLI }, 'build', dir, String(JOBS)));
      process.stderr.write(`  ${n(size)} articles, round ${round + 1}: parse ${s(runs.parse.at(-1)!.ms)}, build ${s(runs.build.at(-1)!.ms)}\n`);
    }
    results.set(size, runs);
    rmSync(dir, { recursive: true, force: true });
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}

// The scaling table.
const table: string[][] = [['articles', 'parse-only', `build (--jobs ${JOBS})`, 'build ÷ parse', 'articles/s', 'ms per article', 'peak memory, build', 'peak memory, parse-only', 'noise (build, parse)']];
for (const [size, runs] of results) {
  const parse = median(runs.parse.map((m) => m.ms));
  const build = median(runs.build.map((m) => m.ms));
  table.push([
    n(size),
    s(parse),
    s(build),
    `${(build / parse).toFixed(2)}×`,
    (size / (build / 1000)).toFixed(0),
    (build / size).toFixed(2),
    mb(median(runs.build.map((m) => m.maxRssKb))),
    mb(median(runs.parse.map((m) => m.maxRssKb))),
    `±${(spread(runs.build.map((m) => m.ms)) / 2).toFixed(0)}%, ±${(spread(runs.parse.map((m) => m.ms)) / 2).toFixed(0)}%`,
  ]);
}
printTable(table);

// The goals.
const main = results.get(MAIN_SIZE)!;
const mainParse = median(main.parse.map((m) => m.ms));
const mainBuild = median(main.build.map((m) => m.ms));
const ratio = mainBuild / mainParse;
const sizes = [...results.keys()];
const smallest = sizes[0]!;
const largest = sizes[sizes.length - 1]!;
const perArticle = (size: number) => median(results.get(size)!.build.map((m) => m.ms)) / size;
const peak = (size: number) => median(results.get(size)!.build.map((m) => m.maxRssKb));
const from = sizes.length > 1 && largest > MAIN_SIZE ? MAIN_SIZE : smallest;
const memoryPerArticleKb = (peak(largest) - peak(from)) / (largest - from);
const linear = perArticle(largest) / perArticle(from);
const last = main.build[main.build.length - 1]!;
const gzipPerTopic = last.indexGzipBytes! / last.topics!;
const goals: string[][] = [['measure', 'figure', 'goal', '']];
const goal = (measure: string, figure: string, target: string, met: boolean | undefined) => goals.push([measure, figure, target, met === undefined ? '' : met ? 'met' : 'MISSED']);
goal(`build ÷ parse-only, ${n(MAIN_SIZE)} articles`, `${ratio.toFixed(2)}×`, '≤ 2×', ratio <= 2);
const cpuRatio = median(main.build.map((m) => m.cpuMs)) / median(main.parse.map((m) => m.cpuMs));
goal(`CPU time (all threads), build ÷ parse-only, ${n(MAIN_SIZE)} articles`, `${cpuRatio.toFixed(2)}×`, '', undefined);
if (main.build1.length > 0) goal(`build --jobs 1 ÷ parse-only, ${n(MAIN_SIZE)} articles`, `${(median(main.build1.map((m) => m.ms)) / mainParse).toFixed(2)}×`, '', undefined);
if (main.before.length > 0) {
  const before = median(main.before.map((m) => m.ms));
  goal(`the other copy (${BEFORE}), in memory, ${n(MAIN_SIZE)} articles`, `${s(before)}, ${(MAIN_SIZE / (before / 1000)).toFixed(0)} articles/s, ${mb(median(main.before.map((m) => m.maxRssKb)))} peak, ${(before / mainParse).toFixed(2)}× parse-only`, '', undefined);
}
if (main.beforeCli.length > 0) {
  const before = median(main.beforeCli.map((m) => m.ms));
  const beforeCpu = median(main.beforeCli.map((m) => m.cpuMs)) / median(main.parse.map((m) => m.cpuMs));
  goal(`the other copy's CLI (${BEFORE_CLI}), --jobs ${JOBS}, ${n(MAIN_SIZE)} articles`, `${s(before)}, ${mb(median(main.beforeCli.map((m) => m.maxRssKb)))} peak, ${(before / mainParse).toFixed(2)}× parse-only (CPU ${beforeCpu.toFixed(2)}×); this copy ÷ it: ${(mainBuild / before).toFixed(2)}×`, '', undefined);
}
if (sizes.length > 1) {
  goal(`time per article, ${n(largest)} ÷ ${n(from)} articles`, `${linear.toFixed(2)}×`, '≈ 1× (linear; ≤ 1.2×)', linear <= 1.2);
  goal(`peak memory per added article, ${n(from)} → ${n(largest)}`, `${memoryPerArticleKb.toFixed(1)} KB`, '≤ 16 KB', memoryPerArticleKb <= 16);
}
if (main.rebuild.length > 0) {
  const rebuild = median(main.rebuild.map((m) => m.rebuildMs!));
  const identical = main.rebuild.every((m) => m.identical);
  goal(`--watch: one article edited → rebuilt, ${n(MAIN_SIZE)} articles`, `${rebuild.toFixed(0)} ms`, '≤ 500 ms', rebuild <= 500);
  goal('--watch: rebuilt dataset equals a clean build', identical ? 'byte-identical' : 'DIFFERS', 'byte-identical', identical);
}
goal(`throughput, ${n(MAIN_SIZE)} articles`, `${(MAIN_SIZE / (mainBuild / 1000)).toFixed(0)} articles/s`, '≥ 1000 articles/s (issue 2)', MAIN_SIZE / (mainBuild / 1000) >= 1000);
goal('index gzip per topic', `${gzipPerTopic.toFixed(0)} B (${(last.indexGzipBytes! / 1024).toFixed(0)} KB gzip)`, '≤ 400 B', gzipPerTopic <= 400);
goal(`whole dataset, ${n(MAIN_SIZE)} articles`, `${(last.outputBytes! / 1024 / 1024).toFixed(1)} MB in ${n(last.outputFiles!)} files`, '', undefined);
console.log('');
printTable(goals);

const raw = [...results].map(([size, runs]) =>
  [
    `${n(size)}: parse ${runs.parse.map((m) => m.ms.toFixed(0)).join(', ')} ms; build ${runs.build.map((m) => m.ms.toFixed(0)).join(', ')} ms`,
    `; CPU: parse ${runs.parse.map((m) => m.cpuMs.toFixed(0)).join(', ')} ms, build ${runs.build.map((m) => m.cpuMs.toFixed(0)).join(', ')} ms`,
    runs.beforeCli.length ? `, other copy's CLI ${runs.beforeCli.map((m) => m.cpuMs.toFixed(0)).join(', ')} ms; peak memory: build ${runs.build.map((m) => mb(m.maxRssKb)).join(', ')}, other copy's CLI ${runs.beforeCli.map((m) => mb(m.maxRssKb)).join(', ')}` : '',
    runs.build1.length ? `; --jobs 1 ${runs.build1.map((m) => m.ms.toFixed(0)).join(', ')} ms` : '',
    runs.before.length ? `; other copy ${runs.before.map((m) => m.ms.toFixed(0)).join(', ')} ms` : '',
    runs.beforeCli.length ? `; other copy's CLI ${runs.beforeCli.map((m) => m.ms.toFixed(0)).join(', ')} ms` : '',
    runs.rebuild.length ? `; rebuild ${runs.rebuild.map((m) => m.rebuildMs!.toFixed(0)).join(', ')} ms` : '',
  ].join(''),
);
console.log(`\nraw: ${raw.join('\n     ')}`);

function printTable(rows: string[][]): void {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(rows[0]!));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows.slice(1)) console.log(line(row));
}
