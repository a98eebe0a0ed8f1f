/**
 * `npm run bench:search` (issue 21, "Scale and speed"): prints figures, asserts nothing.
 *
 * 1. Five topics: the search code (MiniSearch and src/search/, bundled and minified as the CDN
 *    build does) and the five articles' index (generated/dataset/search/en.json), gzip -9.
 * 2. BENCH_SEARCH_TOPICS (default 5,000) synthetic topics (bench/synthetic-corpus.ts) built by the
 *    streaming generator: the index's bytes per topic and gzip, the generator's time with and
 *    without it (the search step is timed on its own in the same run), the time to load it, and
 *    query latency (p50/p95) over a few hundred queries made of the corpus's own words, some cut
 *    to a prefix, some with a typo.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { DatasetBuilder } from '../packages/cli/src/pipeline.js';
import { createTopicSearch } from '../src/search/topic-search.js';
import type { SearchIndexRecord } from '../src/schema/dataset.js';
import { topicalCorpus } from './synthetic-corpus.js';

const gzip = (bytes: string | Uint8Array) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

// 1. Five topics.
const bundled = await build({ entryPoints: ['src/search/topic-search.ts'], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false });
const code = bundled.outputFiles[0]!.contents;
const minisearchOnly = await build({ stdin: { contents: "export { default } from 'minisearch';", resolveDir: '.' }, bundle: true, minify: true, format: 'esm', target: 'es2022', write: false });
const fiveIndex = readFileSync('generated/dataset/search/en.json');
console.log('## Five topics');
console.log(`search code (MiniSearch + src/search, minified): ${kb(code.length)}, ${kb(gzip(code))} gzip (MiniSearch alone ${kb(gzip(minisearchOnly.outputFiles[0]!.contents))} gzip)`);
console.log(`five articles' index (search/en.json): ${kb(fiveIndex.length)}, ${kb(gzip(fiveIndex))} gzip`);
console.log(`together: ${kb(gzip(code) + gzip(fiveIndex))} gzip (goal ≤ 12 KB)`);

// 2. Many topics.
const count = Number(process.env.BENCH_SEARCH_TOPICS ?? 5000);
const dir = mkdtempSync(path.join(tmpdir(), 'search-bench-'));
try {
  const articles = topicalCorpus(count);
  for (const { name, text } of articles) writeFileSync(path.join(dir, name), text);
  const out = path.join(dir, 'out');
  const builder = new DatasetBuilder({ articlesDir: dir, outDir: out });
  const started = performance.now();
  const outcome = await builder.build();
  const total = performance.now() - started;
  await builder.close();
  if (!outcome.ok) throw new Error(`the build failed: ${outcome.diagnostics.slice(0, 3).map((d) => d.message).join('; ')}`);
  const json = readFileSync(path.join(out, 'search/en.json'));
  const searchMs = outcome.timings.search ?? 0;
  console.log(`\n## ${count.toLocaleString('en')} synthetic topics`);
  console.log(`index: ${kb(json.length)} (${Math.round(json.length / count).toLocaleString('en')} B a topic), ${kb(gzip(json))} gzip (${Math.round(gzip(json) / count)} B a topic; goal: a first search downloads ≤ 1 MB gzip with the code)`);
  console.log(`generator: ${(total / 1000).toFixed(2)} s with the index, of which the index ${(searchMs / 1000).toFixed(2)} s (${((searchMs / (total - searchMs)) * 100).toFixed(1)}% more than the ${((total - searchMs) / 1000).toFixed(2)} s without)`);
  let at = performance.now();
  const record = JSON.parse(json.toString('utf8')) as SearchIndexRecord;
  const search = createTopicSearch(record);
  console.log(`load: JSON.parse + MiniSearch.loadJS ${(performance.now() - at).toFixed(0)} ms`);

  // Queries from the corpus's own words: one or two words, some cut to a prefix, some with a typo.
  let seed = 7;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const words = articles.flatMap(({ text }) => text.match(/\b[a-z]{4,}\b/g) ?? []).filter((_, i) => i % 97 === 0);
  const queries = Array.from({ length: 300 }, (_, i) => {
    const word = words[Math.floor(rand() * words.length)]!;
    const form = i % 4 === 0 ? word.slice(0, Math.max(3, word.length - 3)) : i % 4 === 1 && word.length > 4 ? `${word.slice(0, 2)}${word.slice(3)}` : word;
    return i % 3 === 0 ? `${form} ${words[Math.floor(rand() * words.length)]}` : form;
  });
  for (const query of queries.slice(0, 20)) search.search(query); // warm up
  const times: number[] = [];
  let found = 0;
  for (const query of queries) {
    at = performance.now();
    const hits = search.search(query);
    // A page shows its first ten, with their snippets.
    for (const hit of hits.slice(0, 10)) void hit.snippet;
    times.push(performance.now() - at);
    if (hits.length) found++;
  }
  times.sort((a, b) => a - b);
  const percentile = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(2);
  console.log(`queries: ${queries.length} (${found} with hits), p50 ${percentile(50)} ms, p95 ${percentile(95)} ms, max ${percentile(100)} ms (goal p95 ≤ 16 ms), ten snippets each`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
