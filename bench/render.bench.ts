/**
 * `npm run bench:render`: in headless Chromium, measured in the same run by tachometer (the Lit
 * team's benchmark runner) with Debian's chromedriver, each widget against a hand-written vanilla
 * custom element writing the same DOM into its shadow root with the same styles (the floor):
 * - 1,000 <topic-card>s; goal ≤ 1.25× the floor;
 * - 100 <topic-article>s of a 2,000-word article (bench/render/synthetic-article.ts); goal ≤ 1.5×.
 * Before timing, each floor's DOM is checked against its widget's (bench/render/dom-shape.ts):
 * a difference fails the bench. Prints figures; asserts nothing about them.
 * `BENCH_SAMPLES` (default 30) samples each; `BENCH_ONLY=cards` or `articles` runs one pair.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { ArticleRecord } from '../src/schema/dataset.js';
import { syntheticArticle } from './render/synthetic-article.js';
// @ts-expect-error: a plain .mjs script without types
import { browserPaths } from '../scripts/browsers.mjs';

const OUT = 'bench/render/.build';
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 30);
const ONLY = process.env.BENCH_ONLY ?? '';
if (!['', 'cards', 'articles'].includes(ONLY)) throw new Error(`BENCH_ONLY must be "cards" or "articles", not "${ONLY}"`);

const card = readFileSync('generated/dataset/cards/defense-technology-exchanges.json', 'utf8');
// A schema-valid record, or the bench measures something no dataset can hold.
const article = ArticleRecord.parse(syntheticArticle(ArticleRecord.parse(JSON.parse(readFileSync('generated/dataset/articles/defense-attaches.json', 'utf8')))));
const blockKinds = new Set(article.sections.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'quote' ? [b.type, ...b.blocks.map((q) => q.type)] : [b.type]))));
const nested = article.sections.some((s) => s.blocks.some((b) => b.type === 'list' && b.items.some((i) => !Array.isArray(i) && i.depth > 1)));
if (blockKinds.size < 5 || !nested) throw new Error(`the synthetic article lacks a kind of block: ${[...blockKinds].join(', ')}${nested ? '' : ', no nested list'}`);

interface Pair {
  name: 'cards' | 'articles';
  /** The element holding the widgets on both pages, and the global its data goes in. */
  container: string;
  data: [global: string, json: string];
  pages: { file: string; entry: string; label: string }[];
  goal: number;
}
const PAIRS: Pair[] = [
  {
    name: 'cards',
    container: 'cards',
    data: ['BENCH_CARD', card],
    pages: [
      { file: 'vanilla', entry: 'bench/render/vanilla-page.ts', label: 'vanilla custom element ×1000 (floor)' },
      { file: 'lit', entry: 'bench/render/lit-page.ts', label: '<topic-card> ×1000' },
    ],
    goal: 1.25,
  },
  {
    name: 'articles',
    container: 'articles',
    data: ['BENCH_ARTICLE', JSON.stringify(article)],
    pages: [
      { file: 'article-vanilla', entry: 'bench/render/article-vanilla-page.ts', label: `vanilla custom element ×100, ${article.wordCount.toLocaleString('en')} words (floor)` },
      { file: 'article-lit', entry: 'bench/render/article-lit-page.ts', label: `<topic-article> ×100, ${article.wordCount.toLocaleString('en')} words` },
    ],
    goal: 1.5,
  },
].filter((pair) => !ONLY || pair.name === ONLY) as Pair[];

mkdirSync(OUT, { recursive: true });
await build({
  entryPoints: Object.fromEntries(PAIRS.flatMap((pair) => pair.pages.map((page) => [page.file, page.entry]))),
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  outdir: OUT,
  tsconfig: 'tsconfig.json',
  logLevel: 'warning',
});
for (const pair of PAIRS) {
  for (const { file } of pair.pages) {
    writeFileSync(
      path.join(OUT, `${file}.html`),
      `<!doctype html><html lang="en"><meta charset="utf-8"><title>${file}</title><body><main id="${pair.container}"></main>
<script>window.${pair.data[0]} = ${pair.data[1].replace(/</g, '\\u003c')};</script><script type="module" src="./${file}.js"></script></body></html>\n`,
    );
  }
}

// Chromium and its driver, installed with apt-get when missing (as root on Debian), else a message naming the packages.
const { chromium, chromedriver } = browserPaths(['chromium', 'chromedriver']) as { chromium: string; chromedriver: string };
const args = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

// The check: each floor's first widget has its widget's DOM (pages served as tachometer serves them).
const server = createServer((request, response) => {
  const file = path.join(OUT, path.basename(new URL(request.url!, 'http://x').pathname));
  try {
    const body = readFileSync(file);
    response.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' }).end(body);
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const checker = await puppeteer.launch({ executablePath: chromium, headless: true, args });
try {
  for (const pair of PAIRS) {
    const shapes: string[] = [];
    for (const { file } of pair.pages) {
      const page = await checker.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      await page.goto(`${origin}/${file}.html?check`);
      await page.waitForFunction(() => window.benchShape !== undefined, { timeout: 60_000 }).catch(() => {
        throw new Error(`${file}.html did not render: ${errors.join('; ') || 'no error reported'}`);
      });
      shapes.push(await page.evaluate(() => window.benchShape!));
      await page.close();
    }
    const [floor, widget] = shapes.map((shape) => shape.split('\n')) as [string[], string[]];
    const at = floor.findIndex((line, i) => line !== widget[i]);
    if (at !== -1 || floor.length !== widget.length) {
      const line = at === -1 ? Math.min(floor.length, widget.length) : at;
      const around = (lines: string[]) => lines.slice(Math.max(0, line - 3), line + 4).map((text) => (text.length > 200 ? `${text.slice(0, 200)}…` : text)).join('\n');
      throw new Error(`The ${pair.name} floor does not write its widget's DOM (line ${line + 1} of the shape), so the ratio would mean nothing.\n--- floor:\n${around(floor)}\n--- widget:\n${around(widget)}`);
    }
    console.log(`${pair.name}: the floor writes the same DOM as the widget (${widget.length} lines of shape compared)`);
  }
} finally {
  await checker.close();
  server.close();
}

const browser = { name: 'chrome', headless: true, binary: chromium, addArguments: args };
const config = {
  $schema: 'https://raw.githubusercontent.com/Polymer/tachometer/master/config.schema.json',
  sampleSize: SAMPLES,
  timeout: 0,
  autoSampleConditions: ['0%'],
  benchmarks: PAIRS.flatMap((pair) => pair.pages.map((page) => ({ name: page.label, url: `${page.file}.html`, measurement: 'global', browser }))),
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
const byName = new Map(results.map((r) => [r.name, median(r.samples)]));
console.log(`\n| benchmark | median | 95% CI of mean |\n| --- | --- | --- |`);
for (const r of results) console.log(`| ${r.name} | ${median(r.samples).toFixed(1)} ms | ${r.mean.low.toFixed(1)}–${r.mean.high.toFixed(1)} ms |`);
console.log('');
for (const pair of PAIRS) {
  const [floor, widget] = pair.pages.map((page) => byName.get(page.label)!) as [number, number];
  const tag = pair.name === 'cards' ? '<topic-card>' : '<topic-article>';
  console.log(`${tag} ÷ vanilla floor: ${(widget / floor).toFixed(2)}× (goal ≤ ${pair.goal}×)`);
}
console.log(`on ${SAMPLES} samples each, ${chromium}`);
