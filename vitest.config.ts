/**
 * `npm run test:storybook`: every story rendered in headless Chromium (the system one) with
 * Vitest's browser mode. A story fails on an axe violation, a console error, an uncaught
 * exception or a failing play function.
 */
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
// @ts-expect-error: a plain .mjs script shared with web-test-runner's config, without types
import { browserPaths } from './scripts/browsers.mjs';

const { chromium } = browserPaths(['chromium']) as { chromium: string };

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directive-helpers.js', '@lit/context'],
  },
  test: {
    name: 'storybook',
    setupFiles: ['.storybook/vitest.setup.ts'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({
        launchOptions: {
          executablePath: chromium,
          args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
