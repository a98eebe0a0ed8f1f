/**
 * WebKit for the browser suites: WebKitGTK's MiniBrowser, driven through WebKitWebDriver, on a
 * virtual X display (the MiniBrowser has no headless mode). Starts both on free ports/displays
 * and stops them when the process exits.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a free display (it reports the number itself) unless DISPLAY is already set. */
function startDisplay(xvfb) {
  if (process.env.DISPLAY) return Promise.resolve({ display: process.env.DISPLAY, stop: () => {} });
  return new Promise((resolve, reject) => {
    const child = spawn(xvfb, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'ignore', 'pipe'] });
    child.once('error', reject);
    child.stdio[3].once('data', (data) => resolve({ display: `:${String(data).trim()}`, stop: () => child.kill() }));
  });
}

async function waitForDriver(port) {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not start on port ${port}`);
}

/** { port, browserBinary } of a running WebKitWebDriver, ready for @web/test-runner-webdriver. */
export async function startWebKit({ webkitDriver, webkitBrowser, xvfb }) {
  const { display, stop: stopDisplay } = await startDisplay(xvfb);
  const port = await freePort();
  const driver = spawn(webkitDriver, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  const stop = () => {
    driver.kill();
    stopDisplay();
  };
  process.once('exit', stop);
  await waitForDriver(port);
  return { port, browserBinary: webkitBrowser, stop };
}
