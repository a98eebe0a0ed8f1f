/**
 * `npm start` serves the demo on 127.0.0.1 (after `npm run build` and `build:demo`):
 *   /            a news site's article page embedding the widgets with one script tag
 *   /ar.html     the same page in Arabic (lang="ar" dir="rtl"): the widgets show the Arabic records
 *   /static/     the same page with its widgets server-rendered (`defense-topics render --page
 *                --hydrate`, by `npm run build:demo`): readable without JavaScript, hydrated by the script
 *   /vite-app/   a small app built by Vite from the npm package
 * Static files only, gzipped as any host would; Ctrl+C stops it. PORT picks the port (default 4173,
 * or the next free one).
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { createGzip } from 'node:zlib';

/** Each prefix with the folders it is served from, in order (the static twin shares the page's stylesheet). */
const ROUTES = [
  ['/cdn/', ['dist/cdn']],
  ['/vite-app/', ['dist/demo/vite-app']],
  ['/static/', ['dist/demo/static', 'demo/news-site']],
  ['/', ['demo/news-site']],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function resolveFile(urlPath) {
  const route = ROUTES.find(([prefix]) => urlPath.startsWith(prefix));
  if (!route) return undefined;
  const [prefix, dirs] = route;
  for (const dir of dirs) {
    const root = path.resolve(dir);
    let file = path.resolve(root, `.${path.posix.normalize(`/${urlPath.slice(prefix.length)}`)}`);
    const relative = path.relative(root, file);
    if (relative.startsWith('..') || path.isAbsolute(relative)) return undefined; // no way out of the folder
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      statSync(file);
      return file;
    } catch {
      // Not in this folder: the next one.
    }
  }
  return undefined;
}

for (const dir of ROUTES.flatMap(([, dirs]) => dirs)) {
  try {
    statSync(dir);
  } catch {
    console.error(`Missing ${dir}: run "npm run build && npm run build:demo" first (npm start does).`);
    process.exit(1);
  }
}

const server = createServer((request, response) => {
  let urlPath;
  try {
    urlPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
    return;
  }
  const file = resolveFile(urlPath);
  if (!file) {
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    return;
  }
  const hashed = /[-.][A-Za-z0-9_-]{8}\.js$|\/data-[0-9a-f]{12}\//.test(file);
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  const gzip = /^(text\/|application\/json|image\/svg)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, {
    'content-type': type,
    'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'x-content-type-options': 'nosniff',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  const body = createReadStream(file).on('error', () => response.destroy());
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
});

let port = Number(process.env.PORT ?? 4173);
server.on('error', (error) => {
  if (error.code === 'EADDRINUSE' && !process.env.PORT && port < 4200) {
    port += 1;
    server.listen(port, '127.0.0.1');
  } else {
    console.error(error.message);
    process.exit(1);
  }
});
server.on('listening', () => {
  const base = `http://127.0.0.1:${port}`;
  console.log(
    `\nDemo pages (Ctrl+C to stop):\n  ${base}/            a news article embedding the widgets with one <script> tag\n` +
      `  ${base}/ar.html     the same page in Arabic: every widget shows the series' Arabic translation\n` +
      `  ${base}/static/     the same article with its widgets server-rendered (readable without JavaScript)\n  ${base}/vite-app/   the npm package in a Vite app\n`,
  );
});
server.listen(port, '127.0.0.1');
