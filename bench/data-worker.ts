/**
 * One measured phase of the dataset benchmark, in a process of its own so that its peak memory
 * (maxRSS) is its own: `parse` (CommonMark parsing only) or `build` (the whole generator).
 * Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { DEFAULT_THEMES_FILE, buildFromSources } from '../packages/cli/src/build.js';
import { parseMarkdown } from '../packages/cli/src/parse-markdown.js';
import { syntheticCorpus } from './synthetic-corpus.js';

const [phase = 'build', countArg = '5000'] = process.argv.slice(2);
const corpus = syntheticCorpus(Number(countArg));
const encoder = new TextEncoder();
const sources = corpus.map(({ name, text }) => ({ name, shownPath: name, bytes: encoder.encode(text) }));
const themes = { bytes: readFileSync(DEFAULT_THEMES_FILE), shownPath: 'themes.yaml' };
const rssBefore = process.resourceUsage().maxRSS;

const started = performance.now();
let extra: Record<string, number> = {};
if (phase === 'parse') {
  const decoder = new TextDecoder();
  for (const source of sources) parseMarkdown(decoder.decode(source.bytes));
} else {
  const result = buildFromSources(sources, themes, 'en');
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`synthetic corpus has errors: ${JSON.stringify(errors.slice(0, 3))}`);
  const index = result.files.get('index.json')!;
  extra = {
    indexBytes: Buffer.byteLength(index),
    indexGzipBytes: gzipSync(index, { level: 9 }).length,
    topics: result.articles.length,
    outputBytes: [...result.files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0),
    outputFiles: result.files.size,
  };
}
const ms = performance.now() - started;
console.log(JSON.stringify({ phase, articles: sources.length, ms, maxRssKb: process.resourceUsage().maxRSS, rssBeforeKb: rssBefore, ...extra }));
