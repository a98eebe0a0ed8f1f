/**
 * `npm run bench:leaks`: mounts and removes 1,000 widgets ten times on a page using the CDN
 * build, and after each round (with a forced garbage collection) reads the JS heap, the DOM
 * node count and the event-listener count through the DevTools protocol (headless Chromium).
 * Prints the figures and the growth from round 2 to round 10; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';
// @ts-expect-error: a plain .mjs script without types
import { browserPaths } from '../scripts/browsers.mjs';

const ROUNDS = 10;
const WIDGETS = 1000;
const PORT = 4300 + Math.floor(Math.random() * 500);

const server = spawn(process.execPath, ['scripts/serve-demo.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
const { chromium } = browserPaths(['chromium']) as { chromium: string };
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run', '--js-flags=--expose-gc'],
});
try {
  await sleep(500);
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${PORT}/`, { waitUntil: 'networkidle0' });
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  const metrics = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await sleep(100);
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => list.find((m) => m.name === name)?.value ?? NaN;
    return { heap: get('JSHeapUsedSize'), nodes: get('Nodes'), listeners: get('JSEventListeners') };
  };

  const rows: { round: number; heap: number; nodes: number; listeners: number; ms: number }[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const ms = await page.evaluate(async (count: number) => {
      const ids = ['air-defense-cooperation', 'defense-technology-exchanges', 'technological-exchange-programs', 'military-training-diplomacy', 'defense-attaches'];
      const tags = ['topic-card', 'pillar-list', 'article-summary'];
      const started = performance.now();
      const container = document.createElement('div');
      document.body.append(container);
      const elements: (HTMLElement & { stateName?: string })[] = [];
      for (let i = 0; i < count; i++) {
        const element = document.createElement(tags[i % tags.length]!) as HTMLElement & { topic?: string };
        element.setAttribute('topic', ids[i % ids.length]!);
        elements.push(element);
        container.append(element);
      }
      while (elements.some((e) => e.stateName !== 'ready')) await new Promise((resolve) => setTimeout(resolve, 20));
      container.remove();
      return performance.now() - started;
    }, WIDGETS);
    rows.push({ round, ms, ...(await metrics()) });
  }

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
  console.log(`\nMount + render + remove ${WIDGETS} widgets (cards, pillar lists, summaries), ${ROUNDS} rounds, Chromium, after forced GC\n`);
  console.log('| round | JS heap used | DOM nodes | event listeners | round time |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.round} | ${mb(r.heap)} | ${r.nodes} | ${r.listeners} | ${r.ms.toFixed(0)} ms |`);
  const [second, last] = [rows[1]!, rows[rows.length - 1]!];
  console.log(
    `\nround 2 → ${ROUNDS}: heap ${((last.heap - second.heap) / 1024).toFixed(0)} KB (${(((last.heap - second.heap) / second.heap) * 100).toFixed(1)}%), DOM nodes ${last.nodes - second.nodes}, listeners ${last.listeners - second.listeners}`,
  );
} finally {
  await browser.close();
  server.kill();
}
