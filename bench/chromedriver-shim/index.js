// tachometer imports "chromedriver" only to put a driver on PATH; use the one already there.
const { execFileSync } = require('node:child_process');
// The render benchmark finds (or installs) it with scripts/browsers.mjs and passes it in CHROMEDRIVER_PATH.
let driverPath = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';
if (!process.env.CHROMEDRIVER_PATH) {
  try {
    driverPath = execFileSync('sh', ['-c', 'command -v chromedriver'], { encoding: 'utf8' }).trim() || driverPath;
  } catch {
    // not on PATH: keep the default
  }
}
module.exports = { path: driverPath };
