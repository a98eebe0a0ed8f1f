/**
 * `npm run bench:lighthouse`: Lighthouse (performance and accessibility, mobile settings) on the
 * demo news page that embeds the widgets, in the system's headless Chromium.
 * Goals: performance ≥ 0.98, accessibility 1.0, cumulative layout shift 0. Prints; asserts nothing.
 */
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
// @ts-expect-error: a plain .mjs script without types
import { browserPaths } from '../scripts/browsers.mjs';

const PORT = 4800 + Math.floor(Math.random() * 100);
const server = spawn(process.execPath, ['scripts/serve-demo.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
const { chromium } = browserPaths(['chromium']) as { chromium: string };
const chrome = await chromeLauncher.launch({
  chromePath: chromium,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  await sleep(500);
  const url = `http://127.0.0.1:${PORT}/`;
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
  const lhr = result!.lhr;
  const performance = lhr.categories.performance?.score ?? NaN;
  const accessibility = lhr.categories.accessibility?.score ?? NaN;
  const cls = lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN;
  const lcp = lhr.audits['largest-contentful-paint']?.numericValue ?? NaN;
  const tbt = lhr.audits['total-blocking-time']?.numericValue ?? NaN;
  const verdict = (met: boolean) => (met ? 'met' : 'MISSED');
  console.log(`\nLighthouse ${lhr.lighthouseVersion} on the demo news page (${lhr.configSettings.formFactor}, throttling: ${lhr.configSettings.throttlingMethod}), Chromium ${lhr.environment.hostUserAgent.match(/Chrome\/([\d.]+)/)?.[1] ?? ''}\n`);
  console.log('| measure | figure | goal | |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| performance score | ${performance.toFixed(2)} | ≥ 0.98 | ${verdict(performance >= 0.98)} |`);
  console.log(`| accessibility score | ${accessibility.toFixed(2)} | 1.0 | ${verdict(accessibility >= 1)} |`);
  console.log(`| cumulative layout shift | ${cls.toFixed(3)} | 0 | ${verdict(cls === 0)} |`);
  console.log(`| largest contentful paint | ${(lcp / 1000).toFixed(2)} s | | |`);
  console.log(`| total blocking time | ${tbt.toFixed(0)} ms | | |`);
  const failing = Object.values(lhr.audits).filter((audit) => audit.score !== null && audit.score < 1 && lhr.categories.accessibility?.auditRefs.some((ref) => ref.id === audit.id));
  for (const audit of failing) {
    const items = ((audit.details as { items?: { node?: { selector?: string; snippet?: string } }[] } | undefined)?.items ?? []).map((item) => item.node?.selector ?? item.node?.snippet);
    console.log(`\naccessibility audit below 1: ${audit.id}: ${items.join('; ')}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}
