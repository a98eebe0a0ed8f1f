/**
 * `npm run bench:render`: 1,000 <topic-card>s in headless Chromium against a hand-written
 * vanilla custom element producing the same markup (the floor), measured in the same run by
 * tachometer (the Lit team's benchmark runner) with Debian's chromedriver.
 * Goal: ≤ 1.25× the floor. Prints figures; asserts nothing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
// @ts-expect-error: a plain .mjs script without types
import { browserPaths } from '../scripts/browsers.mjs';

const OUT = 'bench/render/.build';
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const card = readFileSync('generated/dataset/cards/defense-technology-exchanges.json', 'utf8');

mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: { lit: 'bench/render/lit-page.ts', vanilla: 'bench/render/vanilla-page.ts' },
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: OUT,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
for (const name of ['lit', 'vanilla']) {
  writeFileSync(
    path.join(OUT, `${name}.html`),
    `<!doctype html><html lang="en"><meta charset="utf-8"><title>${name}</title><body><main id="cards"></main>
<script>window.BENCH_CARD = ${card};</script><script type="module" src="./${name}.js"></script></body></html>\n`,
  );
}

// Chromium and its driver, installed with apt-get when missing (as root on Debian), else a message naming the packages.
const { chromium, chromedriver } = browserPaths(['chromium', 'chromedriver']) as { chromium: string; chromedriver: string };
const browser = {
  name: 'chrome',
  headless: true,
  binary: chromium,
  addArguments: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
const config = {
  $schema: 'https://raw.githubusercontent.com/Polymer/tachometer/master/config.schema.json',
  sampleSize: SAMPLES,
  timeout: 0,
  autoSampleConditions: ['0%'],
  benchmarks: [
    { name: 'vanilla custom element ×1000 (floor)', url: 'vanilla.html', measurement: 'global', browser },
    { name: '<topic-card> ×1000', url: 'lit.html', measurement: 'global', browser },
  ],
};
writeFileSync(path.join(OUT, 'tachometer.json'), JSON.stringify(config, null, 2));
const resultsFile = path.join(OUT, 'results.json');
execFileSync('npx', ['tachometer', '--config', path.join(OUT, 'tachometer.json'), '--json-file', resultsFile], {
  stdio: 'inherit',
  env: { ...process.env, CHROMEDRIVER_PATH: chromedriver },
});

interface Result {
  name: string;
  mean: { low: number; high: number };
  samples: number[];
}
const results = (JSON.parse(readFileSync(resultsFile, 'utf8')) as { benchmarks: Result[] }).benchmarks;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const [floor, lit] = results.map((r) => median(r.samples)) as [number, number];
console.log(`\n| benchmark | median | 95% CI of mean |\n| --- | --- | --- |`);
for (const r of results) console.log(`| ${r.name} | ${median(r.samples).toFixed(1)} ms | ${r.mean.low.toFixed(1)}–${r.mean.high.toFixed(1)} ms |`);
console.log(`\n<topic-card> ÷ vanilla floor: ${(lit / floor).toFixed(2)}× (goal ≤ 1.25×) on ${SAMPLES} samples each, ${chromium}`);
