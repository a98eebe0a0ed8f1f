/**
 * `npm run bench:data`: the generator on a seeded synthetic corpus of 5,000 articles, against
 * plain CommonMark parsing of the same Markdown measured in the same run (the floor).
 * Prints figures and ratios; it asserts nothing (these machines are shared and noisy).
 *
 * Goals: ≥ 1,000 articles/s, ≤ 3× the parse-only time, index ≤ 400 bytes gzip per topic.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';

const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 5000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

interface Measure {
  ms: number;
  maxRssKb: number;
  indexGzipBytes?: number;
  indexBytes?: number;
  topics?: number;
  outputBytes?: number;
  outputFiles?: number;
}

function measure(phase: 'parse' | 'build'): Measure {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/data-worker.ts', phase, String(ARTICLES)], { encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!) as Measure;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

console.log(`Dataset benchmark: ${ARTICLES} synthetic articles, ${ROUNDS} rounds (median), ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}\n`);
const parses: Measure[] = [];
const builds: Measure[] = [];
for (let round = 0; round < ROUNDS; round++) {
  // Interleaved, so a noisy neighbour slows both sides alike.
  parses.push(measure('parse'));
  builds.push(measure('build'));
}
const parseMs = median(parses.map((m) => m.ms));
const buildMs = median(builds.map((m) => m.ms));
const last = builds[builds.length - 1]!;
const articlesPerSecond = ARTICLES / (buildMs / 1000);
const ratio = buildMs / parseMs;
const gzipPerTopic = last.indexGzipBytes! / last.topics!;

const rows: [string, string, string, string][] = [
  ['generator throughput', `${articlesPerSecond.toFixed(0)} articles/s`, '≥ 1000 articles/s', articlesPerSecond >= 1000 ? 'met' : 'MISSED'],
  ['generator time', `${(buildMs / 1000).toFixed(2)} s`, '', ''],
  ['parse-only time (floor)', `${(parseMs / 1000).toFixed(2)} s`, '', ''],
  ['generator ÷ parse-only', `${ratio.toFixed(2)}×`, '≤ 3×', ratio <= 3 ? 'met' : 'MISSED'],
  ['peak memory, generator', `${(median(builds.map((m) => m.maxRssKb)) / 1024).toFixed(0)} MB`, '', ''],
  ['peak memory, parse-only', `${(median(parses.map((m) => m.maxRssKb)) / 1024).toFixed(0)} MB`, '', ''],
  ['index size', `${(last.indexBytes! / 1024).toFixed(0)} KB, ${(last.indexGzipBytes! / 1024).toFixed(0)} KB gzip`, '', ''],
  ['index gzip per topic', `${gzipPerTopic.toFixed(0)} B`, '≤ 400 B', gzipPerTopic <= 400 ? 'met' : 'MISSED'],
  ['whole dataset', `${(last.outputBytes! / 1024 / 1024).toFixed(1)} MB in ${last.outputFiles} files`, '', ''],
];
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['measure', 'figure', 'goal', ''][i]!.length));
const line = (r: readonly string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
console.log(line(['measure', 'figure', 'goal', '']));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const row of rows) console.log(line(row));
console.log(`\nraw: parse ${parses.map((m) => m.ms.toFixed(0)).join(', ')} ms; build ${builds.map((m) => m.ms.toFixed(0)).join(', ')} ms`);
