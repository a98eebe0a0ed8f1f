import puppeteer from 'puppeteer-core';
const b = await puppeteer.launch({ executablePath: '/usr/lib/chromium/chromium', headless: true, args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run','--disable-dev-shm-usage'] });
for (const [url, out, w] of [['http://127.0.0.1:4173/', '/tmp/news.png', 1280], ['http://127.0.0.1:4173/vite-app/', '/tmp/vite.png', 1280], ['http://127.0.0.1:4173/', '/tmp/news-mobile.png', 390]]) {
  const p = await b.newPage();
  await p.setViewport({ width: w, height: 900 });
  p.on('console', (m) => console.log(out, m.type(), m.text()));
  await p.goto(url, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 800));
  await p.screenshot({ path: out, fullPage: true });
}
await b.close();
