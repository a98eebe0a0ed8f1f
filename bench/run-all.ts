/**
 * `npm run bench`: every benchmark (dataset, render, size and scaling, leaks, Lighthouse, server rendering) in one
 * run on this machine, written to bench/RESULTS.md with the machine it ran on. Each section
 * holds the benchmark's own table: figure, goal, and the baseline measured in the same run.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
// @ts-expect-error: a plain .mjs script without types
import { browserPaths } from '../scripts/browsers.mjs';

const BENCHES: [title: string, script: string, about: string][] = [
  ['Content agreement', 'bench:content', "The generator's abstract, summary, key points and themes of the five articles against an editor's hand-written reference (test/fixtures/content-reference/)."],
  ['Dataset generator', 'bench:data', '`defense-topics build` (the built CLI) on seeded synthetic corpora of 500, 5,000 and 50,000 articles; baseline: reading and CommonMark-parsing the same files, one at a time, in the same rounds.'],
  ['Rendering', 'bench:render', '1,000 `<topic-card>`s and 100 `<topic-article>`s of 2,091 words in headless Chromium (tachometer); baseline: a hand-written vanilla custom element writing the same DOM (checked before timing).'],
  ['Transfer size and scaling', 'bench:size', 'What a page transfers (gzip -9, brotli -q 11); baseline: a minimal Lit element bundled with Lit.'],
  ['Leaks', 'bench:leaks', 'Mounting and removing 1,000 widgets ten times; heap, DOM nodes and listeners after a forced GC.'],
  ['Lighthouse', 'bench:lighthouse', 'The demo news page that embeds the widgets with one script tag.'],
  ['Server rendering', 'bench:ssr', 'Lit SSR throughput against a plain Lit template; the demo page server-rendered (/static/) against the script-only page (Lighthouse, and hydration in the page).'],
];

const clean = (text: string) =>
  text
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    // Keep the benchmarks' own report (markdown tables and sentences), not progress bars or tachometer's boxes.
    .filter((line) => !/[─│┌┐└┘├┤┬┴┼]/.test(line) && !/^\s*(npm warn|\[|>)/.test(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

const { chromium } = browserPaths(['chromium']) as { chromium: string };
const chromiumVersion = spawnSync(chromium, ['--version'], { encoding: 'utf8' }).stdout.trim();
const started = new Date();
const sections: string[] = [];
for (const [title, script, about] of BENCHES) {
  console.log(`== npm run ${script}`);
  let output: string;
  try {
    output = execFileSync('npm', ['run', '-s', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    output = `FAILED: ${(error as { stderr?: string }).stderr ?? (error as Error).message}`;
  }
  const report = clean(output);
  console.log(report);
  sections.push(`## ${title}\n\n\`npm run ${script}\`: ${about}\n\n${report}\n`);
}

const cpus = os.cpus();
const machine = [
  `- ${os.type()} ${os.release()} (${os.arch()}), ${cpus.length} × ${cpus[0]?.model ?? 'CPU'}, ${(os.totalmem() / 1024 ** 3).toFixed(0)} GB memory`,
  `- Node ${process.version}, ${chromiumVersion}`,
  `- run on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, taking ${((Date.now() - started.getTime()) / 60000).toFixed(1)} minutes`,
].join('\n');

writeFileSync(
  'bench/RESULTS.md',
  `# Benchmark results\n\nWritten by \`npm run bench\`. Figures from one run on one shared machine: compare ratios (each\nagainst its baseline from the same run) more than absolute times.\n\n${machine}\n\n${sections.join('\n')}`,
);
console.log('\nwrote bench/RESULTS.md');
