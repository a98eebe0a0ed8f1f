/**
 * Browser tests (`npm run test:browser`): real Chromium, Firefox ESR and WebKit (WebKitGTK)
 * from the system: Chromium and Firefox driven by puppeteer-core (Firefox over WebDriver BiDi),
 * WebKit's MiniBrowser through WebKitWebDriver on a virtual display. TypeScript is compiled by
 * esbuild with our tsconfig (Lit's decorators need its settings).
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteer from 'puppeteer-core';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { browserPaths } from './scripts/browsers.mjs';
import { startWebKit } from './scripts/webkit.mjs';
import { mediaEmulationPlugin } from './scripts/wtr-media-plugin.mjs';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { visualAreaPlugin } from './scripts/wtr-visual-plugin.mjs';
import { hostileFile } from './test/fixtures/hostile-dataset.mjs';

/** `TEST_BROWSERS=chromium,firefox npm run test:browser` runs a subset while working; every engine by default. */
const wanted = new Set((process.env.TEST_BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim().toLowerCase()));
const paths = browserPaths();
const webkit = wanted.has('webkit') ? await startWebKit(paths) : undefined;
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

const webkitLauncher = webkit && webdriverLauncher({
  hostname: '127.0.0.1',
  port: webkit.port,
  logLevel: 'error',
  capabilities: {
    browserName: 'MiniBrowser',
    'webkitgtk:browserOptions': { binary: webkit.browserBinary, args: ['--automation'] },
    // WebKitWebDriver speaks classic WebDriver only.
    'wdio:enforceWebDriverClassic': true,
  },
});
// Reported as "MiniBrowser" (the browser WebKitGTK's driver runs).

/**
 * Test-only routes in front of the static files, to play a misbehaving data server:
 *   /__slow/<ms>/<path>     serves <path> after a delay
 *   /__status/<code>/<path> answers with that HTTP status
 *   /__garbage/<path>       answers 200 with text that is not JSON
 *   /__flaky/<key>/<path>   answers 503 until /__heal/<key> is requested, then serves <path>
 *   /__count/<key>/<path>   serves <path>, counting requests (GET /__count reads the counts)
 *   /__subpath/<path>       serves <path> (the embed hosted under a sub-path of the site)
 *   /__offline-chunks/<names>/<path>  serves <path>, but 503 for the CDN chunks of those names
 *                           (comma-separated): a page whose connection dropped after it loaded
 *   /__hostile/<file>       a dataset full of attacks (test/fixtures/hostile-dataset.mjs)
 *   /__csp/<path>           serves <path> under the strict Content-Security-Policy (and Trusted
 *                           Types) a cautious host page sends
 *   /__version/<v>/<path>   serves <path> with the library's version string replaced by <v>
 *                           (a second, different build of embed.js and its chunks)
 *   /__plain/<path>         serves the file <path> as it is on disk, as a static host would: not
 *                           rewritten by the test server (which resolves bare imports itself)
 *   /__ssr/<path>           serves the HTML page <path> with every widget server-rendered, as
 *                           `defense-topics render --page <path> --hydrate` prints it (the CLI's
 *                           build: the CDN embed's templates, so the embed hydrates it); with
 *                           ?script, the embed's script tag added at the end of its body
 *   /__ssr-npm/<path>       the same, rendered by Lit SSR with the npm package's dist/
 *                           (test/fixtures/render-with-package.mjs), as a server app renders
 *   /__csp-ssr/<path>       serves <path> under the strict policy, plus the hashes of the widgets'
 *                           server-rendered styles (`defense-topics render --csp`)
 *   /__site-lit.js          a site's own production bundle of Lit with Lit's hydration support
 *                           (as a site that server-renders its own Lit elements ships it); it
 *                           sets `window.siteLit` to its LitElement and its support function
 */
const healed = new Set();
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https:; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
const PACKAGE_VERSION = JSON.parse(readFileSync('package.json', 'utf8')).version;
function streamToString(stream) {
  if (Buffer.isBuffer(stream)) return Promise.resolve(stream.toString('utf8'));
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(Buffer.from(chunk)));
    stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    stream.on('error', reject);
  });
}
const requestCounts = new Map();
/** A command's output (asynchronously: it may fetch a dataset from this very server). */
const run = (command, args) =>
  new Promise((resolve, reject) =>
    execFile(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      error ? reject(new Error(`${args.join(' ')}: ${stderr}`)) : resolve(stdout),
    ),
  );
/** `defense-topics render …`, the CLI's build. */
const cli = (...args) => run(process.execPath, ['packages/cli/dist/cli.js', 'render', ...args]);
let styleSources;
/** Server-rendered pages (see /__ssr/ above): rendered once per file change. */
const rendered = new Map();
function serverRendered(ctx, next) {
  const match = /^\/__ssr(-npm)?(\/.*)$/.exec(ctx.path);
  if (!match) return next();
  const file = path.resolve(`.${match[2]}`);
  if (!file.startsWith(`${process.cwd()}${path.sep}`) || !existsSync(file) || !file.endsWith('.html')) {
    ctx.status = 404;
    return undefined;
  }
  // Relative dataset URLs in the page (<topic-provider src="/__hostile/">) resolve against this server.
  const key = `${match[1] ?? ''}${file}:${statSync(file).mtimeMs}:${ctx.host}`;
  if (!rendered.has(key)) {
    rendered.set(key, match[1] ? run(process.execPath, ['test/fixtures/render-with-package.mjs', file]) : cli('--page', file, '--hydrate', '--base', `http://${ctx.host}/`));
  }
  return rendered.get(key).then((page) => {
    ctx.type = 'html';
    ctx.set('cache-control', 'no-store');
    ctx.body = ctx.querystring.split('&').includes('script') ? page.replace('</body>', '<script type="module" src="/dist/cdn/embed.js"></script>\n</body>') : page;
  });
}

/** /__site-lit.js (see above): bundled once, by esbuild, without the development condition. */
let siteLit;
function siteLitBundle(ctx, next) {
  if (ctx.path !== '/__site-lit.js') return next();
  siteLit ??= esbuild
    .build({
      stdin: {
        // Lit's hydration support must run before Lit's element module, as its README says.
        contents:
          "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';\n" +
          "import { LitElement } from 'lit';\n" +
          'window.siteLit = { LitElement, support: globalThis.litElementHydrateSupport };',
        resolveDir: process.cwd(),
      },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      logLevel: 'silent',
    })
    .then((result) => result.outputFiles[0].text);
  return siteLit.then((code) => {
    ctx.type = 'js';
    ctx.body = code;
  });
}

function misbehavingServer(ctx, next) {
  const match = /^\/__(slow|status|garbage|flaky|heal|count|version|csp|csp-ssr|subpath|hostile|plain|offline-chunks)(?:\/([^/]+))?(\/.*)?$/.exec(ctx.path);
  if (!match) return next();
  const [, kind, arg, rest = '/'] = match;
  // Never let the browser cache a deliberately broken answer (Chromium reused a 503 otherwise).
  ctx.set('cache-control', 'no-store');
  const serve = () => {
    ctx.url = rest + (ctx.querystring ? `?${ctx.querystring}` : '');
    return next();
  };
  switch (kind) {
    case 'slow':
      return new Promise((resolve) => setTimeout(resolve, Number(arg))).then(serve);
    case 'status':
      ctx.status = Number(arg);
      ctx.body = `status ${arg}`;
      return undefined;
    case 'garbage':
      ctx.status = 200;
      ctx.type = 'application/json';
      ctx.body = '{"schemaVersion": 1, "topics": [ this is not JSON';
      return undefined;
    case 'flaky':
      // Healed by an explicit request, not a count: browsers may repeat a failed request on their own.
      if (!healed.has(arg)) {
        ctx.status = 503;
        ctx.body = 'try later';
        return undefined;
      }
      return serve();
    case 'version':
      return serve().then(() => {
        const body = ctx.body;
        if (!/\.js$/.test(rest) || body == null) return;
        const read = typeof body === 'string' ? Promise.resolve(body) : streamToString(body);
        return read.then((text) => {
          ctx.body = text.replaceAll(`"${PACKAGE_VERSION}"`, `"${arg}"`).replaceAll(`\`${PACKAGE_VERSION}\``, `\`${arg}\``);
        });
      });
    case 'hostile': {
      const body = hostileFile(`/${arg ?? ''}${arg ? rest : ''}`.replace(/\/$/, '') || '/');
      if (body === undefined) {
        ctx.status = 404;
        return undefined;
      }
      ctx.type = 'application/json';
      ctx.body = body;
      return undefined;
    }
    case 'plain': {
      const file = path.resolve(`${arg}${rest}`);
      if (!file.startsWith(`${process.cwd()}${path.sep}`) || !existsSync(file) || !statSync(file).isFile()) {
        ctx.status = 404;
        return undefined;
      }
      ctx.type = path.extname(file) === '.js' ? 'text/javascript' : path.extname(file);
      ctx.body = readFileSync(file);
      return undefined;
    }
    case 'subpath':
      ctx.url = `/${arg}${rest}`;
      return next();
    case 'offline-chunks':
      // The connection gone for the code a page loads late: chunks named <name>-<hash>.js, for
      // each comma-separated name, fail as a dropped request would; everything else is served.
      if (arg.split(',').some((name) => new RegExp(`/chunks/${name}-[\\w-]+\\.js$`).test(rest))) {
        ctx.status = 503;
        ctx.body = 'offline';
        return undefined;
      }
      return serve();
    case 'csp':
      // The path keeps its first segment here (the route has no argument).
      ctx.url = `/${arg}${rest}` + (ctx.querystring ? `?${ctx.querystring}` : '');
      return next().then(() => {
        ctx.set('content-security-policy', STRICT_CSP);
      });
    case 'csp-ssr':
      ctx.url = `/${arg}${rest}` + (ctx.querystring ? `?${ctx.querystring}` : '');
      styleSources ??= cli('--csp').then((policy) => policy.trim().replace(/^style-src /, ''));
      return next()
        .then(() => styleSources)
        .then((sources) => {
          ctx.set('content-security-policy', STRICT_CSP.replace("style-src 'self'", `style-src 'self' ${sources}`));
        });
    case 'heal':
      healed.add(arg);
      ctx.body = 'healed';
      return undefined;
    case 'count':
      if (!arg) {
        ctx.body = JSON.stringify(Object.fromEntries(requestCounts));
        ctx.type = 'application/json';
        return undefined;
      }
      requestCounts.set(`${arg}${rest}`, (requestCounts.get(`${arg}${rest}`) ?? 0) + 1);
      return serve();
  }
  return next();
}

/**
 * The demo pages, as `npm start` serves them: the Vite app's build at /vite-app/ (its data is part
 * of it), the news page's server-rendered twin at /static/ (with the page's stylesheet) and the
 * CDN build at /cdn/.
 */
function demoAppRoutes(ctx, next) {
  if (ctx.path.startsWith('/vite-app/')) ctx.url = `/dist/demo${ctx.url}`;
  else if (ctx.path === '/static/') ctx.url = '/dist/demo/static/index.html';
  else if (ctx.path.startsWith('/static/')) ctx.url = `/demo/news-site/${ctx.url.slice('/static/'.length)}`;
  else if (ctx.path.startsWith('/cdn/')) ctx.url = `/dist${ctx.url}`;
  return next();
}

/** The package's `#word-catalogs` import points at dist/ (the published files): the tests read the source. */
const wordCatalogsFromSource = {
  name: 'word-catalogs-from-source',
  resolveImport: ({ source }) => (source === '#word-catalogs' ? '/src/components/shared/messages/catalogs.ts' : undefined),
};

export default {
  files: ['test/browser/**/*.test.ts'],
  middleware: [misbehavingServer, serverRendered, siteLitBundle, demoAppRoutes],
  nodeResolve: true,
  concurrency: 1,
  plugins: [
    wordCatalogsFromSource,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'auto' }),
    mediaEmulationPlugin(),
    a11ySnapshotPlugin(),
    // test/browser/visual.test.ts: reviewed references in test/screenshots/<browser>/baseline/; a
    // difference writes the new screenshot and a diff to …/failed/. `npm run test:update-screenshots`
    // (UPDATE_SCREENSHOTS=1) writes new references, to review and commit.
    visualAreaPlugin({
      baseDir: 'test/screenshots',
      update: process.env.UPDATE_SCREENSHOTS === '1',
      // pixelmatch's per-pixel colour tolerance, and at most 80 differing pixels a slice (a count,
      // not a share: a sheet's last slice can be 80 px tall): WebKitGTK anti-aliases a few
      // rounded-corner pixels differently from run to run (up to 19 seen); a changed colour,
      // border, spacing or word changes hundreds.
      diffOptions: { threshold: 0.1 },
      failureThresholdType: 'pixel',
      failureThreshold: 80,
    }),
  ],
  browsers: [
    wanted.has('chromium') && chromeLauncher({ puppeteer, launchOptions: { executablePath: paths.chromium, headless: true, args: chromiumArgs } }),
    wanted.has('firefox') && firefox,
    webkitLauncher,
  ].filter(Boolean),
  testFramework: { config: { timeout: 10_000 } },
  // The machines are shared: under load (a load average of 12 on 2 cores was seen) Firefox
  // took more than the default 30 s to open its first test page.
  browserStartTimeout: 90_000,
};
