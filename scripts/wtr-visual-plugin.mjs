/**
 * A web-test-runner command for test/browser/visual.test.ts: `visual-diff-area` screenshots an area
 * of the viewport (CSS pixels, inside the viewport) and compares it with its reference, through
 * @web/test-runner-visual-regression's comparison (pixelmatch; references and failures where its
 * options say). Unlike that plugin's element screenshots, it works the same in every engine here:
 * WebKitGTK's WebDriver element screenshots of a tall element come out offset and part black, so
 * WebKit's is a screenshot of the viewport, cut to the area with pngjs.
 *
 *   executeServerCommand('visual-diff-area', { name: 'topic-card/light-375-ltr-1', area: { x, y, width, height } })
 *   → { passed: true } or { passed: false, errorMessage }
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { PNG } from 'pngjs';

// The package exports only its plugin; its comparison lives beside it (dist/).
const require = createRequire(import.meta.url);
const dist = path.dirname(require.resolve('@web/test-runner-visual-regression/plugin'));
const { visualDiffCommand } = require(path.join(dist, 'visualDiffCommand.js'));
const { defaultOptions } = require(path.join(dist, 'config.js'));

/** The rows and columns of `area` of a PNG screenshot (1 CSS pixel = 1 device pixel here). */
function cut(png, { x, y, width, height }) {
  const image = PNG.sync.read(png);
  const out = new PNG({ width, height });
  PNG.bitblt(image, out, x, y, width, height, 0, 0);
  return PNG.sync.write(out);
}

const noop = async () => {};

export function visualAreaPlugin(options = {}) {
  const merged = { ...defaultOptions, ...options, diffOptions: { ...defaultOptions.diffOptions, ...options.diffOptions } };
  return {
    name: 'visual-diff-area',
    async executeCommand({ command, payload, session }) {
      if (command !== 'visual-diff-area') return undefined;
      const area = {
        x: Math.round(payload.area.x),
        y: Math.round(payload.area.y),
        width: Math.round(payload.area.width),
        height: Math.round(payload.area.height),
      };
      let screenshot;
      if (session.browser.type === 'puppeteer') {
        const page = session.browser.getPage(session.id);
        screenshot = Buffer.from(await page.screenshot({ clip: area, encoding: 'binary' }));
      } else if (session.browser.type === 'webdriver') {
        screenshot = cut(Buffer.from(await session.browser.driver.takeScreenshot(), 'base64'), area);
      } else {
        return { passed: false, errorMessage: `No screenshots in ${session.browser.type} browsers` };
      }
      const context = { browser: session.browser.name, testFile: session.testFile };
      if (merged.update) {
        // Updating: a reference whose picture did not change (within the threshold) is kept as it
        // is, so the repository gains only the references that moved, not re-encoded copies.
        const unchanged = await visualDiffCommand({ ...merged, update: false, saveFailed: noop, saveDiff: noop }, screenshot, payload.name, context);
        if (unchanged.passed) return unchanged;
      }
      return visualDiffCommand(merged, screenshot, payload.name, context);
    },
  };
}
