/** Builds datasets from Markdown held in memory, so each test states its input in full. */
import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BuildResult, DEFAULT_THEMES_FILE, buildFromSources } from '../../packages/cli/src/build.js';
import type { Diagnostic } from '../../packages/cli/src/diagnostics.js';
import type { ArticleRecord } from '../../src/schema/dataset.js';

const defaultThemes = await readFile(DEFAULT_THEMES_FILE);

export function buildMarkdown(
  files: Record<string, string | Uint8Array>,
  { themes = defaultThemes, lang = 'en' }: { themes?: string | Uint8Array; lang?: string } = {},
): BuildResult {
  const encode = (value: string | Uint8Array) => (typeof value === 'string' ? new TextEncoder().encode(value) : value);
  const sources = Object.entries(files).map(([name, body]) => ({ name, shownPath: `articles/${name}`, bytes: encode(body) }));
  return buildFromSources(sources, { bytes: encode(themes), shownPath: 'themes.yaml' }, lang);
}

/** Builds one article and returns its record, failing loudly if the build reported errors. */
export function buildArticle(markdown: string, name = 'article.md'): ArticleRecord {
  const result = buildMarkdown({ [name]: markdown });
  const errors = result.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`unexpected errors:\n${errors.map(format).join('\n')}`);
  return result.articles[0]!;
}

export function format(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}`;
}

/** `file:line:col severity code` of each diagnostic, for compact exact assertions. */
export function summarise(result: BuildResult): string[] {
  return result.diagnostics.map(format);
}

export async function tempDir(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'defense-topics-test-'));
}

/** Every string in a value, with its JSON path, for checks that apply to all text fields. */
export function* stringsIn(value: unknown, at = '$'): Generator<[string, string]> {
  if (typeof value === 'string') yield [at, value];
  else if (Array.isArray(value)) for (const [i, item] of value.entries()) yield* stringsIn(item, `${at}[${i}]`);
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) yield* stringsIn(item, `${at}.${key}`);
}

/** Fields that hold identifiers, URLs or hashes rather than prose. */
export const NON_PROSE_FIELD = /\.(id|sectionId|href|src|sha256|contentHash|path|lang|dir|rule|conclusionRule|type|code)$|\.topics\[\d+\]$|\.related\[\d+\]\.id$/;

/** Every file of a folder, relative path (with "/") → text, to compare whole outputs. */
export async function snapshot(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  return new Map(
    await Promise.all(files.sort().map(async (f) => [path.relative(dir, f).split(path.sep).join('/'), await readFile(f, 'utf8')] as [string, string])),
  );
}

/** Asserts that two outputs hold the same files with the same bytes, naming the first that differs. */
export function sameFiles(actual: ReadonlyMap<string, string>, expected: ReadonlyMap<string, string>, what: string): void {
  const missing = [...expected.keys()].filter((name) => !actual.has(name));
  const extra = [...actual.keys()].filter((name) => !expected.has(name));
  if (missing.length > 0 || extra.length > 0) throw new Error(`${what}: files differ (missing ${missing.slice(0, 5).join(', ') || 'none'}; extra ${extra.slice(0, 5).join(', ') || 'none'})`);
  for (const [name, text] of expected) if (actual.get(name) !== text) throw new Error(`${what}: ${name} differs`);
}
