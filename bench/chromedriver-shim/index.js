// tachometer imports "chromedriver" only to put a driver on PATH; use the one already there.
const { execFileSync } = require('node:child_process');
let driverPath = process.env.CHROMEDRIVER_PATH || '/usr/bin/chromedriver';
try {
  driverPath = execFileSync('sh', ['-c', 'command -v chromedriver'], { encoding: 'utf8' }).trim() || driverPath;
} catch {
  // not on PATH: keep the default, selenium reports it clearly if it is missing
}
module.exports = { path: driverPath };
