/**
 * `npm run bench:size`: what a page transfers (JavaScript and data, gzip -9 and brotli -q 11).
 *  - one <topic-card> (embed.js, the chunks it pulls in, one card's JSON), with Lit's own
 *    runtime (a minimal Lit element, bundled and minified) measured in the same run as the floor;
 *  - every widget with all five articles;
 *  - scaling: the one-card page built with a synthetic corpus of 5,000 articles;
 *  - a page that carries the script but shows no widget;
 *  - the one card from a remote dataset (validated), against the bundled one and against zod.
 * Goals (issue 15): one card ≤ 11,776 B gzip; every widget ≤ 24 KB gzip; 5,000 articles ≤ 5% over
 * five; a remote (validated) card ≤ 4,096 B gzip over the bundled one.
 * Then where the one-card page's bytes go (bench/size/breakdown.ts), and how much of the goal is
 * left for our own code once what no widget can do without (Lit, a context consumer, the card's
 * data) is paid for.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { build as viteBuild } from 'vite';
import { syntheticCorpus } from './synthetic-corpus.js';
import { breakdown } from './size/breakdown.js';
import { OVER_BUDGETS, PAGE_BUDGETS } from './size/budgets.js';
import { chunk, dataDir, everyWidgetFiles, measuredPages, oneWidgetFiles, sizeOf, staticClosure, type Size } from './size/pages.js';

/** Issue 15: a page with one card from the CDN embed, every feature kept. */
const ONE_CARD_GOAL = 11_776;

const oneCardFiles = (cdn: string, topic: string) => oneWidgetFiles(cdn, 'topic-card', topic);

function buildCdn(outDir: string, dataset: string): void {
  execFileSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, EMBED_DATASET: dataset } });
}

const work = mkdtempSync(path.join(tmpdir(), 'defense-topics-size-'));
try {
  // Lit's own runtime, bundled and minified the same way: the floor.
  await build({ entryPoints: ['bench/size/lit-floor.ts'], bundle: true, minify: true, format: 'esm', target: 'es2022', outfile: path.join(work, 'lit-floor.js'), tsconfig: 'tsconfig.json', logLevel: 'warning' });
  const floor = sizeOf([path.join(work, 'lit-floor.js')]);
  await build({ entryPoints: ['bench/size/lit-context-floor.ts'], bundle: true, minify: true, format: 'esm', target: 'es2022', outfile: path.join(work, 'lit-context-floor.js'), tsconfig: 'tsconfig.json', logLevel: 'warning' });
  const contextFloor = sizeOf([path.join(work, 'lit-context-floor.js')]);

  const realCdn = path.join(work, 'cdn-five');
  buildCdn(realCdn, 'generated/dataset');
  // What a page that carries the script but shows no widget loads: embed.js and its static imports.
  const scriptOnly = sizeOf([...staticClosure(path.join(realCdn, 'embed.js'))]);
  const oneCardPage = oneCardFiles(realCdn, 'defense-technology-exchanges');
  const oneCard = sizeOf(oneCardPage);
  // A page whose card a server rendered: the same, plus Lit's hydration support (the embed loads it
  // only when it finds a declarative shadow root), minus the card's JSON (the page carries its data).
  const hydrationChunk = sizeOf([chunk(realCdn, 'hydrate-support')]);
  const serverRenderedCard = sizeOf([...oneCardPage.filter((file) => file.endsWith('.js')), chunk(realCdn, 'hydrate-support')]);
  const cardJson = sizeOf(oneCardPage.filter((file) => file.endsWith('.json')));
  // The same card from a remote dataset (<topic-provider src>): the provider's chunk, what reads a
  // remote dataset (the HTTP source and what every kind's validator shares, loaded with its first
  // request), and the validator compiled for card records, loaded only then. The card's JSON is
  // the same file, served from elsewhere.
  const remoteCardPage = [...new Set([...oneCardPage, ...['topic-provider', 'remote-dataset', 'validate-card'].flatMap((name) => [...staticClosure(chunk(realCdn, name))])])];
  const remoteCard = sizeOf(remoteCardPage);
  const cardValidator = sizeOf([chunk(realCdn, 'validate-card')]);
  // Baseline: the zod schema (zod 4 classic) as the validator chunk was before issue 15, bundled by
  // Vite as the CDN build is (esbuild keeps much more of zod).
  const zodEntry = path.join(work, 'zod-validator.ts');
  writeFileSync(zodEntry, `export { DatasetIndex, TopicCardRecord, TopicSummaryRecord, ArticleRecord } from ${JSON.stringify(path.resolve('src/schema/dataset.ts'))};`);
  await viteBuild({
    configFile: false,
    logLevel: 'silent',
    build: { outDir: work, emptyOutDir: false, target: 'es2022', lib: { entry: zodEntry, formats: ['es'], fileName: () => 'zod-validator.js' }, rolldownOptions: { output: { minify: true } } },
  });
  const zodValidator = sizeOf([path.join(work, 'zod-validator.js')]);
  const parts = breakdown(oneCardPage.filter((file) => file.endsWith('.js')));
  // Every widget's code and every record they load (pages.ts).
  const everything = sizeOf(everyWidgetFiles(realCdn));

  // 5,000 synthetic articles, built by the generator, embedded the same way.
  const articlesDir = path.join(work, 'articles');
  mkdirSync(articlesDir);
  for (const { name, text } of syntheticCorpus(5000)) writeFileSync(path.join(articlesDir, name), text);
  execFileSync(process.execPath, ['packages/cli/dist/cli.js', 'build', articlesDir, '--out', path.join(work, 'dataset-5000'), '--quiet'], { stdio: 'inherit' });
  const bigCdn = path.join(work, 'cdn-5000');
  buildCdn(bigCdn, path.join(work, 'dataset-5000'));
  const someTopic = readdirSync(path.join(dataDir(bigCdn), 'cards'))[0]!.replace(/\.json$/, '');
  const oneCardBig = sizeOf(oneCardFiles(bigCdn, someTopic));

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const row = (name: string, s: Size, goal: string, met: string) =>
    `| ${name} | ${s.files} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${(s.gzip / floor.gzip).toFixed(2)}× | ${goal} | ${met} |`;
  console.log(`\nTransfer sizes (gzip -9, brotli -q 11), Node ${process.version}\n`);
  console.log('| page | files | raw | gzip | brotli | gzip ÷ Lit floor | goal | |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  console.log(row('Lit floor (minimal Lit element)', floor, '', ''));
  console.log(row('Lit + a @lit/context consumer', contextFloor, '', ''));
  console.log(row('one <topic-card>, five articles', oneCard, `≤ ${ONE_CARD_GOAL.toLocaleString('en')} B gzip`, oneCard.gzip <= ONE_CARD_GOAL ? 'met' : 'MISSED'));
  console.log(row('every widget, all five articles', everything, '≤ 24 KB gzip', everything.gzip <= 24 * 1024 ? 'met' : 'MISSED'));
  console.log(row('one <topic-card>, 5,000 articles', oneCardBig, '≤ 5% over five', ''));
  console.log(row('the script on a page without widgets', scriptOnly, '', ''));
  console.log(row('one server-rendered <topic-card>, hydrated (no JSON)', serverRenderedCard, '', ''));
  console.log(row('  of which Lit’s hydration support (pages with server-rendered widgets only)', hydrationChunk, '', ''));
  console.log(row('one <topic-card> from a remote dataset (<topic-provider src>, validated)', remoteCard, '≤ 4 KB over bundled', remoteCard.gzip - oneCard.gzip <= 4096 ? 'met' : 'MISSED'));
  console.log(row('  of which the card validator (compiled from the schema; remote datasets only)', cardValidator, '', ''));
  console.log(row('  baseline: the zod schema as the validator (before issue 15)', zodValidator, '', ''));
  console.log(`\nremote card over bundled card: +${remoteCard.gzip - oneCard.gzip} B gzip, +${remoteCard.brotli - oneCard.brotli} B brotli (goal ≤ 4,096 B gzip: ${remoteCard.gzip - oneCard.gzip <= 4096 ? 'met' : 'MISSED'}); with zod's validator it would be +${remoteCard.gzip - oneCard.gzip - cardValidator.gzip + zodValidator.gzip} B gzip`);
  const growth = oneCardBig.gzip / oneCard.gzip - 1;
  console.log(`\none card: ${oneCard.gzip} B gzip (goal ≤ 11,776 B); every widget: ${everything.gzip} B gzip (goal ≤ 24,576 B)`);
  console.log(`\none card with 5,000 articles vs five: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)}% gzip (goal ≤ +5%: ${growth <= 0.05 ? 'met' : 'MISSED'})`);

  console.log(`\nWhere the one-card page's ${kb(oneCard.gzip)} gzip go (${oneCard.files} files; each part's marginal gzip cost, summed over the files):\n`);
  console.log('| part | gzip |');
  console.log('| --- | --- |');
  for (const [part, bytes] of [...parts].sort((a, b) => b[1] - a[1])) console.log(`| ${part} | ${bytes} B |`);
  console.log(`| the card's JSON | ${cardJson.gzip} B |`);
  const unavoidable = contextFloor.gzip + cardJson.gzip;
  const ours = oneCard.gzip - unavoidable;
  console.log(
    `\nWhat no card can do without (Lit with a context consumer, ${kb(contextFloor.gzip)}, and its JSON, ${kb(cardJson.gzip)}): ${kb(unavoidable)}. ` +
      `That leaves ${kb(ONE_CARD_GOAL - unavoidable)} of the ${ONE_CARD_GOAL.toLocaleString('en')} B goal for the embed loader, data access, the widget base and the card; ` +
      `they take ${kb(ours)} here (${(ours / (ONE_CARD_GOAL - unavoidable)).toFixed(2)}× that room).`,
  );

  // The byte budgets `npm test` holds the CDN build to (bench/size/budgets.ts), for the same build.
  const pages = measuredPages(realCdn);
  console.log('\nByte budgets (checked by `npm test`, test/node/byte-budgets.test.ts):\n');
  console.log('| page | gzip | budget | room |');
  console.log('| --- | --- | --- | --- |');
  for (const [name, budget] of Object.entries(PAGE_BUDGETS)) {
    const size = pages.get(name);
    if (size) console.log(`| ${name} | ${size.gzip} B | ${budget.gzip} B | ${budget.gzip - size.gzip} B |`);
  }
  for (const [name, budget] of Object.entries(OVER_BUDGETS)) {
    const size = pages.get(name);
    const base = pages.get(budget.over);
    if (size && base) console.log(`| ${name}, over ${budget.over} | +${size.gzip - base.gzip} B | +${budget.gzip} B | ${budget.gzip - (size.gzip - base.gzip)} B |`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
