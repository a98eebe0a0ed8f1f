/**
 * What a page transfers from the CDN build, file by file: the embed, the chunks a widget pulls in
 * (statically imported, so fetched before it runs) and the records it shows. Shared by
 * `npm run bench:size` (figures against goals) and the byte-budget test (figures against budgets).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const gzip = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
export const brotli = (bytes: Buffer) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
  files: number;
}

export function sizeOf(files: readonly string[]): Size {
  return files.reduce<Size>(
    (sum, file) => {
      const bytes = readFileSync(file);
      return { raw: sum.raw + bytes.length, gzip: sum.gzip + gzip(bytes), brotli: sum.brotli + brotli(bytes), files: sum.files + 1 };
    },
    { raw: 0, gzip: 0, brotli: 0, files: 0 },
  );
}

/** A module and every module it imports statically (what the browser must fetch before it runs). */
export function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) staticClosure(path.resolve(path.dirname(file), match[1]!), seen);
  return seen;
}

/** The CDN build's chunk of that name (`topic-card`, `core`, `validate-card`…). */
export function chunk(cdn: string, name: string): string {
  const file = readdirSync(path.join(cdn, 'chunks')).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  if (!file) throw new Error(`no ${name} chunk in ${cdn}`);
  return path.join(cdn, 'chunks', file);
}

/** The dataset folder the CDN build copied beside its chunks. */
export function dataDir(cdn: string): string {
  const dir = readdirSync(cdn).find((f) => f.startsWith('data-'));
  if (!dir) throw new Error(`no dataset folder in ${cdn}`);
  return path.join(cdn, dir);
}

/** The widgets a page can show, each with the kind of record it loads. */
export const WIDGET_RECORDS = {
  'topic-card': 'cards',
  'pillar-list': 'summaries',
  'article-summary': 'summaries',
  'topic-article': 'articles',
  'series-nav': 'summaries',
  'topic-index': 'index',
} as const;
export type Widget = keyof typeof WIDGET_RECORDS;

/** The widgets this CDN build has a chunk for. */
export function builtWidgets(cdn: string): Widget[] {
  const chunks = readdirSync(path.join(cdn, 'chunks'));
  return (Object.keys(WIDGET_RECORDS) as Widget[]).filter((widget) => chunks.some((f) => f.startsWith(`${widget}-`) && f.endsWith('.js')));
}

/** A page with one widget showing `topic`: embed.js, the widget's chunk with what it imports, and the topic's record. */
export function oneWidgetFiles(cdn: string, widget: Widget, topic: string): string[] {
  const code = new Set([...staticClosure(path.join(cdn, 'embed.js')), ...staticClosure(chunk(cdn, widget))]);
  const kind = WIDGET_RECORDS[widget];
  return [...code, path.join(dataDir(cdn), kind === 'index' ? 'index.json' : path.join(kind, `${topic}.json`))];
}

/** What `<topic-index>`'s first search adds to its page: the search code (MiniSearch with it) and the page language's search file. */
export function firstSearchFiles(cdn: string, lang = 'en'): string[] {
  const page = new Set(oneWidgetFiles(cdn, 'topic-index', ''));
  const added = new Set(['load-topic-search'].flatMap((name) => [...staticClosure(chunk(cdn, name))]));
  return [...[...added].filter((file) => !page.has(file)), path.join(dataDir(cdn), 'search', `${lang}.json`)];
}

/** The one-card page from a remote dataset: the provider, what reads a remote dataset, the validators of its languages.json and the card. */
export function remoteCardFiles(cdn: string, topic: string): string[] {
  return [...new Set([...oneWidgetFiles(cdn, 'topic-card', topic), ...['topic-provider', 'remote-dataset', 'validate-languages', 'validate-card'].flatMap((name) => [...staticClosure(chunk(cdn, name))])])];
}

/** Every widget's code with every record the widgets load (cards, summaries, articles, the index when a widget reads it). */
export function everyWidgetFiles(cdn: string): string[] {
  const widgets = builtWidgets(cdn);
  const kinds = new Set<string>(widgets.map((widget) => WIDGET_RECORDS[widget]).filter((kind) => kind !== 'index'));
  const data = dataDir(cdn);
  return [
    ...new Set(['embed.js', ...[...widgets, 'topic-provider'].map((name) => path.relative(cdn, chunk(cdn, name)))].flatMap((f) => [...staticClosure(path.join(cdn, f))])),
    ...[...kinds].flatMap((dir) => readdirSync(path.join(data, dir)).map((f) => path.join(data, dir, f))),
    ...(widgets.includes('series-nav') || widgets.includes('topic-index') ? [path.join(data, 'index.json')] : []),
  ];
}

/** The topic whose record of a kind is the largest (gzip): the page a budget must hold for. */
export function largestTopic(cdn: string, kind: (typeof WIDGET_RECORDS)[Widget]): string {
  if (kind === 'index') return '';
  const dir = path.join(dataDir(cdn), kind);
  const sizes = readdirSync(dir).map((f) => [f.replace(/\.json$/, ''), gzip(readFileSync(path.join(dir, f)))] as const);
  return sizes.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

export const cdnBuilt = (cdn: string) => existsSync(path.join(cdn, 'embed.js'));

/**
 * The pages the budgets hold for, by name: one page per widget (its largest record), the one card
 * from a remote dataset, the article page's code alone and its largest record, every widget.
 */
export function measuredPages(cdn: string): Map<string, Size> {
  const pages = new Map<string, Size>();
  for (const widget of builtWidgets(cdn)) {
    const files = oneWidgetFiles(cdn, widget, largestTopic(cdn, WIDGET_RECORDS[widget]));
    pages.set(`one <${widget}>`, sizeOf(files));
    if (widget === 'topic-article') {
      pages.set('one <topic-article>, without its record', sizeOf(files.filter((file) => file.endsWith('.js'))));
      pages.set('the largest article record', sizeOf(files.filter((file) => file.endsWith('.json'))));
    }
  }
  if (builtWidgets(cdn).includes('topic-index')) pages.set('<topic-index>’s first search, over its page', sizeOf(firstSearchFiles(cdn)));
  pages.set('one <topic-card> from a remote dataset (validated)', sizeOf(remoteCardFiles(cdn, largestTopic(cdn, 'cards'))));
  pages.set('every widget', sizeOf(everyWidgetFiles(cdn)));
  return pages;
}
