/**
 * `npm run bench:ssr`: server rendering, three ways. Prints figures and ratios against baselines
 * measured in the same run; asserts nothing.
 *
 * 1. Throughput (Node, Lit SSR): widgets rendered per second, each kind against a floor: a plain
 *    Lit template (no custom element, no data access, no styles) producing the card's markup.
 *    Runs are interleaved; medians.
 * 2. Lighthouse (mobile settings) on the demo news page's server-rendered twin (/static/) against
 *    the page that renders with the script alone (/): largest contentful paint, layout shift.
 *    Interleaved runs; medians.
 * 3. Hydration in headless Chromium (4× CPU slowdown): the twin against the script-only page:
 *    layout shift, and the time until every widget is interactive (ready, its handlers bound);
 *    the twin's time until its content is painted. Interleaved runs; medians.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { html } from 'lit';
import puppeteer from 'puppeteer-core';
import '../src/define.js';
// @ts-expect-error: a plain .mjs script without types
import { browserPaths } from '../scripts/browsers.mjs';

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const TOPICS = ['air-defense-cooperation', 'defense-attaches', 'defense-technology-exchanges', 'military-training-diplomacy', 'technological-exchange-programs'];

// --- 1. Throughput -----------------------------------------------------------------------------
const BATCH = 200;
const RUNS = 15;
const card = { name: 'Defense Attachés', tagline: 'A Key Component', abstract: 'As pillars of an Islamic nation’s defense diplomacy…', themes: ['Defense Diplomacy', 'International Cooperation'] };
const kinds: [string, (i: number) => unknown][] = [
  [
    'plain Lit template (floor)',
    () =>
      html`<div part="base" class="root auto" aria-busy="false"><article class="card" part="card" lang="en" dir="ltr"><div class="body">
        <div class="heading" part="heading" role="heading" aria-level="3"><a class="link" part="link" href="/t/x">${card.name}</a></div>
        <p class="tagline" part="tagline">${card.tagline}</p>
        <ul class="chips" part="themes" aria-label="Themes">${card.themes.map((theme) => html`<li class="chip">${theme}</li>`)}</ul>
        <p class="abstract" part="abstract">${card.abstract}</p>
        <p class="meta" part="meta" lang="en"><span>${3} pillars</span><span>${2} min read</span></p></div></article></div>`,
  ],
  ['<topic-card>', (i) => html`<topic-card topic=${TOPICS[i % 5]} href="/t/{id}"></topic-card>`],
  ['<pillar-list>', (i) => html`<pillar-list topic=${TOPICS[i % 5]}></pillar-list>`],
  ['<article-summary>', (i) => html`<article-summary topic=${TOPICS[i % 5]} href="/t/{id}"></article-summary>`],
];
const timings = new Map<string, number[]>(kinds.map(([name]) => [name, []]));
const bytes = new Map<string, number>();
for (let run = 0; run < RUNS + 2; run++) {
  for (const [name, template] of kinds) {
    const started = performance.now();
    let size = 0;
    for (let i = 0; i < BATCH; i++) size += collectResultSync(render(template(i) as never)).length;
    const ms = performance.now() - started;
    if (run >= 2) timings.get(name)!.push(ms); // two warm-up rounds
    bytes.set(name, size / BATCH);
  }
}
const perSecond = (name: string) => (BATCH * 1000) / median(timings.get(name)!);
const floor = perSecond(kinds[0]![0]);
console.log(`\n### Throughput: Lit SSR in Node ${process.version} (${BATCH} widgets a run, median of ${RUNS} interleaved runs)\n`);
console.log('| rendered | widgets/s | time ÷ floor | HTML per widget |');
console.log('| --- | --- | --- | --- |');
for (const [name] of kinds) {
  const rate = perSecond(name);
  console.log(`| ${name} | ${Math.round(rate).toLocaleString('en')} | ${(floor / rate).toFixed(1)}× | ${(bytes.get(name)! / 1024).toFixed(1)} KB |`);
}
console.log('\nA widget renders its declarative shadow root with its styles (the npm build\'s, unminified: about 8 KB; `defense-topics render` writes them minified, about 4.7 KB) and, for hydration, the record it shows; the floor renders the markup alone.');

// --- 2 and 3: the demo pages -------------------------------------------------------------------
const PORT = 4900 + Math.floor(Math.random() * 90);
const server = spawn(process.execPath, ['scripts/serve-demo.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
const { chromium } = browserPaths(['chromium']) as { chromium: string };
const FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const PAGES: [label: string, path: string][] = [
  ['script only (/)', '/'],
  ['server-rendered twin (/static/)', '/static/'],
];
try {
  await sleep(500);
  const LIGHTHOUSE_RUNS = 3;
  const chrome = await chromeLauncher.launch({ chromePath: chromium, chromeFlags: FLAGS });
  const lh = new Map<string, { lcp: number[]; cls: number[]; fcp: number[]; tbt: number[]; score: number[] }>(PAGES.map(([label]) => [label, { lcp: [], cls: [], fcp: [], tbt: [], score: [] }]));
  let version = '';
  try {
    for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
      for (const [label, path] of PAGES) {
        const result = await lighthouse(`http://127.0.0.1:${PORT}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
        const lhr = result!.lhr;
        version = lhr.lighthouseVersion;
        const figures = lh.get(label)!;
        figures.lcp.push(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN);
        figures.fcp.push(lhr.audits['first-contentful-paint']?.numericValue ?? NaN);
        figures.cls.push(lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN);
        figures.tbt.push(lhr.audits['total-blocking-time']?.numericValue ?? NaN);
        figures.score.push(lhr.categories.performance?.score ?? NaN);
      }
    }
  } finally {
    await chrome.kill();
  }
  const script = lh.get(PAGES[0]![0])!;
  console.log(`\n### Lighthouse ${version} (mobile, simulated throttling), median of ${LIGHTHOUSE_RUNS} interleaved runs\n`);
  console.log('| page | largest contentful paint | first contentful paint | layout shift | total blocking time | performance |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [label] of PAGES) {
    const f = lh.get(label)!;
    const ratio = label === PAGES[0]![0] ? '' : ` (${(median(f.lcp) / median(script.lcp)).toFixed(2)}× the script page)`;
    console.log(`| ${label} | ${(median(f.lcp) / 1000).toFixed(2)} s${ratio} | ${(median(f.fcp) / 1000).toFixed(2)} s | ${median(f.cls).toFixed(3)} | ${median(f.tbt).toFixed(0)} ms | ${median(f.score).toFixed(2)} |`);
  }

  // 3. Hydration, measured in the page.
  const HYDRATION_RUNS = 7;
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args: FLAGS.slice(1) });
  const measured = new Map<string, { cls: number[]; interactive: number[]; content: number[]; requests: number[] }>(PAGES.map(([label]) => [label, { cls: [], interactive: [], content: [], requests: [] }]));
  try {
    for (let run = 0; run < HYDRATION_RUNS; run++) {
      for (const [label, path] of PAGES) {
        const context = await browser.createBrowserContext(); // a cold cache each time
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await page.evaluateOnNewDocument(() => {
          const w = window as unknown as { __cls: number; __contentAt?: number };
          w.__cls = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) w.__cls += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(`http://127.0.0.1:${PORT}${path}`, { waitUntil: 'load' });
        const figures = await page.evaluate(async () => {
          const widgets = [...document.querySelectorAll('topic-card, pillar-list, article-summary')] as (HTMLElement & { stateName?: string; hasUpdated?: boolean })[];
          // Interactive: every widget ready and updated in the browser (its event handlers bound).
          while (!widgets.every((widget) => widget.stateName === 'ready' && widget.hasUpdated)) await new Promise((resolve) => setTimeout(resolve, 5));
          const interactive = performance.now();
          await new Promise((resolve) => setTimeout(resolve, 500)); // late shifts
          const paint = performance.getEntriesByType('paint').find((entry) => entry.name === 'first-contentful-paint');
          const data = performance.getEntriesByType('resource').filter((entry) => /\/data-[0-9a-f]{12}\//.test(entry.name)).length;
          return { cls: (window as unknown as { __cls: number }).__cls, interactive, content: paint?.startTime ?? NaN, requests: data };
        });
        const into = measured.get(label)!;
        into.cls.push(figures.cls);
        into.interactive.push(figures.interactive);
        into.content.push(figures.content);
        into.requests.push(figures.requests);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  const base = measured.get(PAGES[0]![0])!;
  console.log(`\n### Hydration in headless Chromium (4× CPU slowdown, cold cache), median of ${HYDRATION_RUNS} interleaved runs\n`);
  console.log('| page | layout shift | every widget interactive | first contentful paint | topic data requests |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [label] of PAGES) {
    const f = measured.get(label)!;
    const ratio = label === PAGES[0]![0] ? '' : ` (${(median(f.interactive) / median(base.interactive)).toFixed(2)}×)`;
    console.log(`| ${label} | ${median(f.cls).toFixed(3)} | ${median(f.interactive).toFixed(0)} ms${ratio} | ${median(f.content).toFixed(0)} ms | ${median(f.requests)} |`);
  }
  console.log('\nThe twin shows its content from the HTML (no script needed); it becomes interactive once the script and the hydration chunk have loaded, without loading any topic data.');
} finally {
  server.kill();
}
