/**
 * The generator's pipeline in memory, without I/O of its output: read → parse → extract → corpus
 * fields → validate. Returns the dataset's files (path → text) and every diagnostic of the run;
 * the caller writes the files only when there is no error. The command itself streams
 * (pipeline.ts: workers, cache, one article at a time); both run the same steps (prepare.ts,
 * corpus.ts, assemble.ts), so they write the same bytes.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { type ArticleEntry, articleDiagnostics, checkAcrossArticles, contentHash, corpusHoles, indexFiles, languagesFile, schemaFiles, tableFiles, topicFiles } from './assemble.js';
import { searchIndexFiles } from './search-index.js';
import { seriesOrder, withSeries } from './series.js';
import { datasetLayout, planLanguages, recordHoles } from './translations.js';
import { Corpus, type CorpusDocument } from './corpus.js';
import { type Diagnostic, FileDiagnostics, compareStrings, sortDiagnostics } from './diagnostics.js';
import { ThemeMatcher } from './extract/themes.js';
import { type PreparedRecords, prepareArticle } from './prepare.js';
import { decodeSource } from './read-source.js';
import { type ArticleRecord, DatasetIndex, ThemeVocabulary } from './schema.js';
import { parseYamlWithSchema } from './yaml-source.js';

/** The themes vocabulary shipped with the package (themes.yaml beside this package's package.json). */
export const DEFAULT_THEMES_FILE = fileURLToPath(new URL('../themes.yaml', import.meta.url));

export const ARTICLE_EXTENSIONS = ['.md', '.markdown'];

export interface BuildOptions {
  articlesDir: string;
  themesFile?: string;
  /** Language of articles whose front matter does not say (BCP 47). */
  defaultLang?: string;
}

export interface BuildResult {
  /** Output files, relative path → contents; empty when there are errors. */
  files: Map<string, string>;
  diagnostics: Diagnostic[];
  articles: ArticleRecord[];
  /** Each translation's own record (in its language's view), in series order, then by language; empty when there are errors. */
  translations: ArticleRecord[];
  index?: z.infer<typeof DatasetIndex>;
}

export interface SourceFile {
  /** File name relative to the articles folder. */
  name: string;
  /** Path as shown in diagnostics (relative to where the command runs, if given so). */
  shownPath: string;
  bytes: Uint8Array;
}

export async function buildDataset(options: BuildOptions): Promise<BuildResult> {
  const themesFile = options.themesFile ?? DEFAULT_THEMES_FILE;
  const sources = await readArticles(options.articlesDir);
  const themesBytes = await readFile(themesFile);
  return buildFromSources(sources, { bytes: themesBytes, shownPath: options.themesFile ?? BUILT_IN_THEMES_SHOWN }, options.defaultLang ?? 'en');
}

export const BUILT_IN_THEMES_SHOWN = 'themes.yaml (built in)';

/** The article files of a folder (.md, .markdown), by name in a locale-independent order. */
export async function articleNames(articlesDir: string): Promise<string[]> {
  const entries = await readdir(articlesDir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && isArticleName(entry.name))
    .map((entry) => entry.name)
    .sort(compareStrings);
}

export function isArticleName(name: string): boolean {
  return ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
}

export async function readArticles(articlesDir: string): Promise<SourceFile[]> {
  const names = await articleNames(articlesDir);
  return Promise.all(
    names.map(async (name) => ({ name, shownPath: path.join(articlesDir, name), bytes: await readFile(path.join(articlesDir, name)) })),
  );
}

export function buildFromSources(
  sources: readonly SourceFile[],
  themesSource: { bytes: Uint8Array; shownPath: string },
  defaultLang: string,
): BuildResult {
  const diagnostics: Diagnostic[] = [];
  const fail = (): BuildResult => ({ files: new Map(), diagnostics: sortDiagnostics(diagnostics), articles: [], translations: [] });

  const vocabulary = loadVocabulary(themesSource, diagnostics);
  if (sources.length === 0) diagnostics.push(noArticles());
  if (!vocabulary || sources.length === 0) return fail();
  const context = { themes: new ThemeMatcher(vocabulary), defaultLang };

  const entries: ArticleEntry[] = [];
  const records = new Map<number, PreparedRecords>();
  for (const source of sources) {
    const { resident, records: prepared } = prepareArticle(source.name, source.bytes, context);
    entries.push({ name: source.name, shownPath: source.shownPath, resident });
    if (prepared) records.set(entries.length - 1, prepared);
    diagnostics.push(...articleDiagnostics(entries.at(-1)!));
  }
  checkAcrossArticles(entries, diagnostics);
  const order = seriesOrder(entries, diagnostics);
  const plan = planLanguages(entries, order, diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return fail();
  const layout = datasetLayout(entries, order, plan, vocabulary);

  // The corpus fields: the originals' together (related topics, keywords); each language's
  // translations' together for their keywords (their related topics are their originals').
  const holesOf = new Map<number, string[]>();
  const groups = new Map<string, number[]>();
  plan.originalOf.forEach((original, index) => {
    if (original < 0) return;
    const key = original === index ? '' : entries[index]!.resident.article!.lang!;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  for (const [key, members] of [...groups].sort(([a], [b]) => compareStrings(a, b))) {
    const corpus = new Corpus();
    const documents: CorpusDocument[] = members.map((index) => {
      const { article } = entries[index]!.resident;
      return corpus.document(article!.id, article!.terms!, key === '' ? article!.curatedRelated?.map((c) => c.id) : undefined);
    });
    corpus.fields(documents).forEach((fields, i) => {
      const holes = corpusHoles(fields, entries[members[i]!]!.shownPath, diagnostics);
      if (holes) holesOf.set(members[i]!, holes);
    });
  }
  if (diagnostics.some((d) => d.severity === 'error')) return fail();
  const recordIndices = [...layout.placement.keys()].sort((a, b) => a - b);
  const topicFileList: [string, string][] = [];
  for (const index of recordIndices) {
    const original = plan.originalOf[index]!;
    const holes = recordHoles(holesOf.get(index)!, original === index ? undefined : holesOf.get(original));
    topicFileList.push(...topicFiles(records.get(index)!, withSeries(holes, layout.series.get(index)!), layout.placement.get(index)));
  }
  const hash = contentHash(entries.map((e) => ({ name: e.name, sha256: e.resident.sha256 })), themesSource.bytes);
  const search = layout.search.map(({ file }) => file);
  const indexFileList: [string, string][] = [];
  for (const { view, topics } of layout.indexes) {
    const made = indexFiles(topics, hash, vocabulary, search, diagnostics, view);
    if (made) indexFileList.push(...made);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return fail();
  const json = new Map(topicFileList);
  const searchFileList: [string, string][] = [];
  for (const { file, articles: paths } of layout.search) {
    const made = searchIndexFiles(file, paths.length, paths.map((name) => JSON.parse(json.get(name)!) as ArticleRecord), diagnostics);
    if (made) searchFileList.push(...made);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return fail();

  const files = new Map<string, string>();
  const all = [...indexFileList, ...topicFileList, ...searchFileList];
  for (const [name, text] of all) if (name.endsWith('.json')) files.set(name, text);
  for (const [name, text] of all) if (!name.endsWith('.json')) files.set(name, text);
  files.set(...languagesFile(plan.languages));
  for (const [name, text] of tableFiles(layout.tables, search.map((file) => file.lang))) files.set(name, text);
  for (const [name, text] of schemaFiles()) files.set(name, text);
  const articles = order.map((i) => JSON.parse(files.get(`articles/${entries[i]!.resident.article!.id}.json`)!) as ArticleRecord);
  const translations = order.flatMap((original) =>
    (plan.translationsOf.get(original) ?? [])
      .map((index) => JSON.parse(files.get(`${layout.placement.get(index)!.own}articles/${entries[index]!.resident.article!.id}.json`)!) as ArticleRecord)
      .sort((a, b) => compareStrings(a.lang, b.lang)),
  );
  return { files, diagnostics: sortDiagnostics(diagnostics), articles, translations, index: JSON.parse(files.get('index.json')!) as z.infer<typeof DatasetIndex> };
}

export function noArticles(): Diagnostic {
  return { file: '.', line: 1, column: 1, severity: 'error', code: 'no-articles', message: `no Markdown files (${ARTICLE_EXTENSIONS.join(', ')}) in the articles folder` };
}

/** The themes vocabulary, or undefined with its problems reported. */
export function loadVocabulary(source: { bytes: Uint8Array; shownPath: string }, diagnostics: Diagnostic[]): ThemeVocabulary | undefined {
  const fileDiagnostics = new FileDiagnostics(source.shownPath);
  const text = decodeSource(source.bytes, fileDiagnostics);
  const vocabulary =
    text === undefined
      ? undefined
      : parseYamlWithSchema(text, ThemeVocabulary, fileDiagnostics, 'themes-file', 'themes vocabulary', { firstLine: 1 });
  diagnostics.push(...fileDiagnostics.items);
  return vocabulary;
}
