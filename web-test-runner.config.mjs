/**
 * Browser tests (`npm run test:browser`): real Chromium and Firefox ESR from the system, driven
 * by puppeteer-core (Firefox over WebDriver BiDi). TypeScript is compiled by esbuild with our
 * tsconfig (Lit's decorators need its settings).
 */
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { browserPaths } from './scripts/browsers.mjs';

const paths = browserPaths();
const chromiumArgs = [
  '--headless=new',
  '--no-sandbox', // as root in CI containers
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const firefox = chromeLauncher({
  puppeteer,
  launchOptions: { browser: 'firefox', executablePath: paths.firefox, headless: true },
});
firefox.name = 'Firefox';

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' })],
  browsers: [
    chromeLauncher({ puppeteer, launchOptions: { executablePath: paths.chromium, headless: true, args: chromiumArgs } }),
    firefox,
  ],
  testFramework: { config: { timeout: 10_000 } },
};
