/**
 * `npm run bench:search` (issue 21, "Scale and speed"): prints figures, asserts nothing.
 *
 * 1. Five topics: the search code (MiniSearch and src/search/, bundled and minified as the CDN
 *    build does) and the five articles' search file (generated/dataset/search/en.json), gzip -9,
 *    against the goal (≤ 12 KB); beside it, the design it replaced measured on the same texts: a
 *    prebuilt MiniSearch index (`toJSON`) storing the texts for the snippets.
 * 2. BENCH_SEARCH_FULL (default 500) synthetic topics, the most a language's file keeps whole
 *    (article text): its size, and the time to index it in the browser (createTopicSearch).
 * 3. BENCH_SEARCH_TOPICS (default 5,000) synthetic topics (bench/synthetic-corpus.ts) built by the
 *    streaming generator (a short file: keywords and key-point labels): the file's bytes per topic
 *    and gzip against the goal (a first search downloads ≤ 1 MB gzip, code included), the
 *    generator's time with and without it, the time to load and index it, and query latency
 *    (p50/p95, goal p95 ≤ 16 ms) over a few hundred queries made of the corpus's own words, some
 *    cut to a prefix, some with a typo, the first ten hits' snippets read; beside it, a prebuilt
 *    index of the same texts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import MiniSearch from 'minisearch';
import { DatasetBuilder } from '../packages/cli/src/pipeline.js';
import { indexOptions } from '../src/search/options.js';
import { createTopicSearch } from '../src/search/topic-search.js';
import type { DatasetIndex, SearchIndexRecord } from '../src/schema/dataset.js';
import { topicalCorpus } from './synthetic-corpus.js';

const gzip = (bytes: string | Uint8Array) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

/** The design this one replaced, on the same texts: MiniSearch's serialised index, storing the texts (`stored`) or not. */
function prebuilt(record: SearchIndexRecord, topics: DatasetIndex['topics'], stored: boolean): string {
  const cards = new Map(topics.map((topic) => [topic.id, topic]));
  const options = indexOptions(record.lang);
  const index = new MiniSearch({ ...options, idField: 'topic', storeFields: stored ? ['name', 'tagline', 'abstract', 'keyPoint', 'keyword', 'text'] : [] });
  index.addAll(record.topics.map(({ id, k, p, t }) => ({ id: 0, topic: id, name: cards.get(id)!.name, tagline: cards.get(id)!.tagline ?? '', abstract: cards.get(id)!.abstract, keyPoint: p, keyword: k, text: t ?? [] })));
  return JSON.stringify({ schemaVersion: record.schemaVersion, lang: record.lang, index: index.toJSON() });
}

/** The time to load a search file and index it, as the browser does on a first search. */
function load(json: string, topics: DatasetIndex['topics']) {
  const at = performance.now();
  const search = createTopicSearch(JSON.parse(json) as SearchIndexRecord, topics);
  return { search, ms: performance.now() - at };
}

/** The generator's streaming build of `count` synthetic topics, in a folder removed after `use`. */
async function synthetic<T>(count: number, use: (out: string, articles: ReturnType<typeof topicalCorpus>, ms: { total: number; search: number }) => T): Promise<T> {
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
    return use(out, articles, { total, search: outcome.timings.search ?? 0 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// 1. Five topics.
const bundled = await build({ entryPoints: ['src/search/topic-search.ts'], bundle: true, minify: true, format: 'esm', target: 'es2022', write: false });
const code = gzip(bundled.outputFiles[0]!.contents);
const minisearchOnly = await build({ stdin: { contents: "export { default } from 'minisearch';", resolveDir: '.' }, bundle: true, minify: true, format: 'esm', target: 'es2022', write: false });
const fiveJson = readFileSync('generated/dataset/search/en.json', 'utf8');
const fiveTopics = readJson<DatasetIndex>('generated/dataset/index.json').topics;
const fiveRecord = JSON.parse(fiveJson) as SearchIndexRecord;
load(fiveJson, fiveTopics); // warm up
const fiveLoad = Array.from({ length: 20 }, () => load(fiveJson, fiveTopics).ms).sort((a, b) => a - b)[10]!;
console.log('## Five topics');
console.log(`search code (MiniSearch + src/search, minified): ${kb(bundled.outputFiles[0]!.contents.length)}, ${kb(code)} gzip (MiniSearch alone ${kb(gzip(minisearchOnly.outputFiles[0]!.contents))} gzip)`);
console.log(`five articles' search file (search/en.json, ${fiveRecord.scope}): ${kb(fiveJson.length)}, ${kb(gzip(fiveJson))} gzip; indexed in ${fiveLoad.toFixed(1)} ms (median of 20)`);
console.log(`together: ${kb(code + gzip(fiveJson))} gzip (goal ≤ 12 KB)`);
console.log(`the replaced design on the same texts, a prebuilt index storing them: ${kb(gzip(prebuilt(fiveRecord, fiveTopics, true)))} gzip (together ${kb(code + gzip(prebuilt(fiveRecord, fiveTopics, true)))})`);

// 2. The most topics a file keeps whole.
const fullCount = Number(process.env.BENCH_SEARCH_FULL ?? 500);
await synthetic(fullCount, (out) => {
  const json = readFileSync(path.join(out, 'search/en.json'), 'utf8');
  const topics = readJson<DatasetIndex>(path.join(out, 'index.json')).topics;
  load(json, topics);
  const ms = Array.from({ length: 5 }, () => load(json, topics).ms).sort((a, b) => a - b)[2]!;
  console.log(`\n## ${fullCount.toLocaleString('en')} synthetic topics (${(JSON.parse(json) as SearchIndexRecord).scope} file: whole article text)`);
  console.log(`search file: ${kb(json.length)}, ${kb(gzip(json))} gzip (${Math.round(gzip(json) / fullCount)} B a topic); JSON.parse + indexing ${ms.toFixed(0)} ms (median of 5)`);
});

// 3. Many topics.
const count = Number(process.env.BENCH_SEARCH_TOPICS ?? 5000);
await synthetic(count, (out, articles, { total, search: searchMs }) => {
  const json = readFileSync(path.join(out, 'search/en.json'), 'utf8');
  const index = readFileSync(path.join(out, 'index.json'), 'utf8');
  const { topics } = JSON.parse(index) as DatasetIndex;
  const record = JSON.parse(json) as SearchIndexRecord;
  console.log(`\n## ${count.toLocaleString('en')} synthetic topics (${record.scope} file: keywords and key-point labels; names, taglines, abstracts from index.json)`);
  console.log(`search file: ${kb(json.length)} (${Math.round(json.length / count).toLocaleString('en')} B a topic), ${kb(gzip(json))} gzip (${Math.round(gzip(json) / count)} B a topic)`);
  console.log(`a first search downloads: ${kb(gzip(json) + code)} gzip with the code (goal ≤ 1 MB); index.json, loaded with the list before: ${kb(gzip(index))} gzip`);
  console.log(`a prebuilt index of the same texts instead: ${kb(gzip(prebuilt(record, topics, false)))} gzip without the texts (the snippets would need them too: ${kb(gzip(prebuilt(record, topics, true)))} storing them)`);
  console.log(`generator: ${(total / 1000).toFixed(2)} s with the search file, of which the file ${(searchMs / 1000).toFixed(2)} s (${((searchMs / (total - searchMs)) * 100).toFixed(1)}% more than the ${((total - searchMs) / 1000).toFixed(2)} s without)`);
  const loaded = load(json, topics);
  const { search } = loaded;
  console.log(`load: JSON.parse + indexing ${loaded.ms.toFixed(0)} ms`);

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
    const at = performance.now();
    const hits = search.search(query);
    // A page shows its first ten, with their snippets.
    for (const hit of hits.slice(0, 10)) void hit.snippet;
    times.push(performance.now() - at);
    if (hits.length) found++;
  }
  times.sort((a, b) => a - b);
  const percentile = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!.toFixed(2);
  console.log(`queries: ${queries.length} (${found} with hits; the words are drawn from the whole articles, most of which a short file does not search), p50 ${percentile(50)} ms, p95 ${percentile(95)} ms, max ${percentile(100)} ms (goal p95 ≤ 16 ms), ten snippets each`);
});
