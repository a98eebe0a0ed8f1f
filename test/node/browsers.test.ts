/** Locating the browsers for the browser suites, and the message when one is missing. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
// @ts-expect-error: a plain .mjs script shared with web-test-runner's config, without types
import { BROWSERS, browserPaths } from '../../scripts/browsers.mjs';

const fakeSpec = (env: string, apt: string, candidates: string[]) => ({ env, apt, candidates });

describe('browser lookup', () => {
  it('names the package to install and the variable to set when a browser is missing', () => {
    const specs = { chromium: fakeSpec('TEST_CHROME_PATH', 'chromium', ['/nonexistent/chromium']), firefox: fakeSpec('TEST_FIREFOX_PATH', 'firefox-esr', ['/nonexistent/firefox']) };
    assert.throws(() => browserPaths(['chromium', 'firefox'], { specs, install: false }), (error: Error) => {
      assert.match(error.message, /chromium: install the Debian package "chromium" \(apt-get install chromium\), or set TEST_CHROME_PATH/);
      assert.match(error.message, /firefox: install the Debian package "firefox-esr" .* or set TEST_FIREFOX_PATH/);
      return true;
    });
  });

  it('takes the path from the environment variable first, and refuses one that is not executable', () => {
    const specs = { chromium: fakeSpec('TEST_CHROME_PATH', 'chromium', ['/nonexistent/chromium']) };
    process.env.TEST_CHROME_PATH = process.execPath;
    try {
      assert.deepEqual(browserPaths(['chromium'], { specs, install: false }), { chromium: process.execPath });
      process.env.TEST_CHROME_PATH = '/nonexistent/chrome';
      assert.throws(() => browserPaths(['chromium'], { specs, install: false }), /TEST_CHROME_PATH=\/nonexistent\/chrome is not an executable file/);
    } finally {
      delete process.env.TEST_CHROME_PATH;
    }
  });

  it('finds the first existing candidate', () => {
    const specs = { chromium: fakeSpec('TEST_CHROME_PATH', 'chromium', ['/nonexistent/chromium', process.execPath]) };
    assert.deepEqual(browserPaths(['chromium'], { specs, install: false }), { chromium: process.execPath });
  });

  it('the render benchmark’s driver: a missing chromedriver names its Debian package (chromium-driver)', () => {
    const specs = { chromedriver: { ...BROWSERS.chromedriver, env: 'TEST_CHROMEDRIVER_PATH', candidates: ['/nonexistent/chromedriver'] } };
    assert.throws(() => browserPaths(['chromedriver'], { specs, install: false }), /chromedriver: install the Debian package "chromium-driver" \(apt-get install chromium-driver\)/);
  });
});
