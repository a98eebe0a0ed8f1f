/**
 * Finds the browsers the browser suites drive: the system's Chromium and Firefox (ESR), never a
 * downloaded build. When one is missing and we are root on Debian, installs it with apt-get;
 * otherwise stops with a message naming exactly what to install or which variable to set.
 */
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export const BROWSERS = {
  chromium: {
    env: 'CHROME_PATH',
    apt: 'chromium',
    // The real binary first: /usr/bin/chromium is a shell wrapper on Debian.
    candidates: ['/usr/lib/chromium/chromium', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'],
  },
  firefox: {
    env: 'FIREFOX_PATH',
    apt: 'firefox-esr',
    candidates: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/usr/bin/firefox'],
  },
  // WebKitGTK: its WebDriver server and the MiniBrowser it drives (one Debian package).
  webkitDriver: {
    env: 'WEBKIT_DRIVER_PATH',
    apt: 'webkit2gtk-driver',
    candidates: ['/usr/bin/WebKitWebDriver'],
  },
  webkitBrowser: {
    env: 'WEBKIT_BROWSER_PATH',
    apt: 'webkit2gtk-driver',
    candidates: ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/libexec/webkit2gtk-4.1/MiniBrowser'],
  },
  // Chromium's WebDriver server: the render benchmark drives Chromium through it (tachometer).
  chromedriver: {
    env: 'CHROMEDRIVER_PATH',
    apt: 'chromium-driver',
    candidates: ['/usr/bin/chromedriver', '/usr/lib/chromium/chromedriver'],
  },
  // A virtual display: the MiniBrowser has no headless mode.
  xvfb: {
    env: 'XVFB_PATH',
    apt: 'xvfb',
    candidates: ['/usr/bin/Xvfb'],
  },
};

function executable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function find(spec, name) {
  const { env, candidates } = spec;
  const fromEnv = process.env[env];
  if (fromEnv) {
    if (!executable(fromEnv)) throw new Error(`${env}=${fromEnv} is not an executable file: point ${env} at the ${name} binary, or unset it.`);
    return fromEnv;
  }
  return candidates.find(executable);
}

function canApt() {
  if (process.platform !== 'linux' || process.getuid?.() !== 0 || process.env.NO_BROWSER_INSTALL) return false;
  try {
    execFileSync('apt-get', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Absolute paths of the requested browsers (by default what the browser suites drive),
 * installing missing ones when possible.
 * `specs` and `install` exist for the tests of this very function.
 */
export function browserPaths(names = ['chromium', 'firefox', 'webkitDriver', 'webkitBrowser', 'xvfb'], { specs = BROWSERS, install = canApt() } = {}) {
  const located = (name) => find(specs[name], name);
  let missing = names.filter((name) => !located(name));
  if (missing.length > 0 && install) {
    const packages = [...new Set(missing.map((name) => specs[name].apt))];
    console.error(`[browsers] installing ${packages.join(' ')} with apt-get (about a minute)…`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    missing = names.filter((name) => !located(name));
  }
  if (missing.length > 0) {
    const lines = missing.map((name) => `  - ${name}: install the Debian package "${specs[name].apt}" (apt-get install ${specs[name].apt}), or set ${specs[name].env} to its binary`);
    throw new Error(`The browser tests need browsers that are not on this machine:\n${lines.join('\n')}`);
  }
  return Object.fromEntries(names.map((name) => [name, located(name)]));
}
