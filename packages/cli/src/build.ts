/**
 * The generator's pipeline, without I/O of its output: read → parse → extract → corpus fields →
 * validate. Returns the dataset's files (path → bytes) and every diagnostic of the run; the
 * caller writes the files only when there is no error.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { FrontMatter, ThemeVocabulary } from './schema.js';
import {
  type ArticleRecord,
  ArticleRecord as ArticleRecordSchema,
  DatasetIndex,
  SCHEMA_VERSION,
  type ThemeGroup,
  type TopicCard,
  TopicCardRecord,
  TopicSummaryRecord,
  type TopicSummaryRecord as TopicSummary,
} from './schema.js';
import { corpusFields } from './corpus.js';
import { type Diagnostic, FileDiagnostics, compareStrings, sortDiagnostics } from './diagnostics.js';
import { type ExtractedArticle, extractArticle } from './extract/article.js';
import { ThemeMatcher } from './extract/themes.js';
import { jsonSchemaFiles } from './json-schema.js';
import { datasetModules } from './module-form.js';
import { parseMarkdown } from './parse-markdown.js';
import { decodeSource } from './read-source.js';
import { parseLocatedYaml, parseYamlWithSchema } from './yaml-source.js';

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
  index?: z.infer<typeof DatasetIndex>;
}

interface SourceFile {
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
  return buildFromSources(sources, { bytes: themesBytes, shownPath: options.themesFile ?? 'themes.yaml (built in)' }, options.defaultLang ?? 'en');
}

export async function readArticles(articlesDir: string): Promise<SourceFile[]> {
  const entries = await readdir(articlesDir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile() && ARTICLE_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext)))
    .map((entry) => entry.name)
    .sort(compareStrings);
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
  const fail = (): BuildResult => ({ files: new Map(), diagnostics: sortDiagnostics(diagnostics), articles: [] });

  const vocabulary = loadVocabulary(themesSource, diagnostics);
  if (sources.length === 0) {
    diagnostics.push({ file: '.', line: 1, column: 1, severity: 'error', code: 'no-articles', message: `no Markdown files (${ARTICLE_EXTENSIONS.join(', ')}) in the articles folder` });
  }
  if (!vocabulary || sources.length === 0) return fail();
  const themes = new ThemeMatcher(vocabulary);

  const extracted: { source: SourceFile; article: ExtractedArticle }[] = [];
  // Articles with errors too, so that every problem of the run is reported at once.
  const all: { source: SourceFile; article: ExtractedArticle }[] = [];
  for (const source of sources) {
    const fileDiagnostics = new FileDiagnostics(source.shownPath);
    const article = extractFile(source, fileDiagnostics, themes, defaultLang);
    diagnostics.push(...fileDiagnostics.items);
    if (article) all.push({ source, article });
    if (article && !fileDiagnostics.hasErrors) extracted.push({ source, article });
  }
  reportDuplicateIds(extracted, diagnostics);
  reportCuratedRelated(all, diagnostics);
  if (diagnostics.some((d) => d.severity === 'error')) return fail();

  const corpus = corpusFields(extracted.map(({ article }) => ({ id: article.draft.id, counts: article.counts, curatedRelated: article.curatedRelated })));
  const articles: ArticleRecord[] = [];
  for (const { source, article } of extracted) {
    const { keywords, related, relatedEvidence } = corpus.get(article.draft.id)!;
    const { draft } = article;
    const record = validate(ArticleRecordSchema, { ...draft, keywords, related, evidence: { ...draft.evidence, related: relatedEvidence } }, source.shownPath, diagnostics);
    if (record) articles.push(record);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return fail();

  const contentHash = hashContent(sources, themesSource.bytes);
  const cards = articles.map(toCard);
  const index = validate(DatasetIndex, { schemaVersion: SCHEMA_VERSION, contentHash, topics: cards, themes: themeGroups(cards, vocabulary) }, 'index.json', diagnostics);
  if (!index) return fail();

  const files = new Map<string, string>();
  files.set('index.json', serialise(index));
  for (const card of cards) {
    const record = validate(TopicCardRecord, { schemaVersion: SCHEMA_VERSION, ...card }, `cards/${card.id}.json`, diagnostics);
    if (!record) return fail();
    files.set(`cards/${card.id}.json`, serialise(record));
  }
  for (const article of articles) {
    files.set(`articles/${article.id}.json`, serialise(article));
    files.set(`summaries/${article.id}.json`, serialise(toSummary(article)));
  }
  for (const [name, contents] of datasetModules(files)) files.set(name, contents);
  for (const [name, schema] of jsonSchemaFiles()) files.set(`schema/${name}`, serialise(schema, 2));
  return { files, diagnostics: sortDiagnostics(diagnostics), articles, index };
}

function loadVocabulary(source: { bytes: Uint8Array; shownPath: string }, diagnostics: Diagnostic[]) {
  const fileDiagnostics = new FileDiagnostics(source.shownPath);
  const text = decodeSource(source.bytes, fileDiagnostics);
  const vocabulary =
    text === undefined
      ? undefined
      : parseYamlWithSchema(text, ThemeVocabulary, fileDiagnostics, 'themes-file', 'themes vocabulary', { firstLine: 1 });
  diagnostics.push(...fileDiagnostics.items);
  return vocabulary;
}

function extractFile(source: SourceFile, diagnostics: FileDiagnostics, themes: ThemeMatcher, defaultLang: string) {
  const text = decodeSource(source.bytes, diagnostics);
  if (text === undefined) return undefined;
  const { tree, frontMatter } = parseMarkdown(text);
  let parsedFrontMatter: FrontMatter | undefined;
  let frontMatterPosition: ((path: readonly (string | number)[]) => { line: number; column: number }) | undefined;
  if (frontMatter) {
    // The YAML starts on the line after the opening `---`.
    const firstLine = (frontMatter.position?.start.line ?? 1) + 1;
    const located = parseLocatedYaml(frontMatter.value, FrontMatter, diagnostics, 'front-matter', 'front matter', { firstLine });
    if (!located) return undefined;
    parsedFrontMatter = located.value;
    frontMatterPosition = located.at;
  }
  return extractArticle(tree, diagnostics, {
    file: source.name,
    sha256: sha256(source.bytes),
    defaultLang,
    themes,
    ...(parsedFrontMatter ? { frontMatter: parsedFrontMatter } : {}),
    ...(frontMatter?.position ? { frontMatterAt: { line: frontMatter.position.start.line + 1, column: 1 } } : {}),
    ...(frontMatterPosition ? { frontMatterPosition } : {}),
  });
}

function reportDuplicateIds(
  extracted: readonly { source: SourceFile; article: ExtractedArticle }[],
  diagnostics: Diagnostic[],
): void {
  const byId = new Map<string, { source: SourceFile; article: ExtractedArticle }[]>();
  for (const entry of extracted) {
    const list = byId.get(entry.article.draft.id) ?? [];
    list.push(entry);
    byId.set(entry.article.draft.id, list);
  }
  for (const [id, entries] of byId) {
    if (entries.length < 2) continue;
    for (const entry of entries) {
      const others = entries.filter((other) => other !== entry).map((other) => other.source.shownPath);
      const at = entry.article.titleAt ?? { line: 1, column: 1 };
      diagnostics.push({
        file: entry.source.shownPath,
        ...at,
        severity: 'error',
        code: 'duplicate-id',
        message: `id "${id}" is also the id of ${others.join(', ')}: give one of them another title or an "id" in its front matter`,
      });
    }
  }
}

/** Related topics named in front matter must be other articles of the same build. */
function reportCuratedRelated(articles: readonly { source: SourceFile; article: ExtractedArticle }[], diagnostics: Diagnostic[]): void {
  const ids = new Set(articles.map(({ article }) => article.draft.id));
  for (const { source, article } of articles) {
    for (const { id, at } of article.curatedRelated ?? []) {
      const message =
        id === article.draft.id
          ? `front matter: "related" names this article itself ("${id}"); list other topics`
          : ids.has(id)
            ? undefined
            : `front matter: related topic "${id}" is not an article of this build; known ids: ${[...ids].filter((known) => known !== article.draft.id).sort(compareStrings).join(', ') || '(none)'}`;
      if (message) diagnostics.push({ file: source.shownPath, ...at, severity: 'error', code: 'front-matter-related', message });
    }
  }
}

function validate<T extends z.ZodType>(schema: T, value: unknown, file: string, diagnostics: Diagnostic[]): z.infer<T> | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const issue of result.error.issues.slice(0, 20)) {
    diagnostics.push({
      file,
      line: 1,
      column: 1,
      severity: 'error',
      code: 'schema',
      message: `generated data fails the schema at ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    });
  }
  return undefined;
}

/** The article without its full text, keys in the schema's order (so its bytes are deterministic). */
function toSummary(article: ArticleRecord): TopicSummary {
  const picked = Object.fromEntries(Object.keys(TopicSummaryRecord.shape).flatMap((key) => (key in article ? [[key, article[key as keyof ArticleRecord]]] : [])));
  return TopicSummaryRecord.parse(picked);
}

function toCard(article: ArticleRecord): TopicCard {
  // Only an image whose alt text describes it (see extract/article.ts).
  const image = article.images.find((_, index) => article.evidence.images[index]?.onCard);
  return {
    id: article.id,
    name: article.name,
    ...(article.tagline ? { tagline: article.tagline } : {}),
    themes: article.themes,
    lang: article.lang,
    dir: article.dir,
    abstract: article.summary.abstract,
    pillarCount: article.pillars.length,
    readingMinutes: article.readingMinutes,
    ...(image ? { image: { src: image.src, alt: image.alt } } : {}),
  };
}

/** Themes in vocabulary order (then any curated extras by id), each with its topics in index order. */
function themeGroups(cards: readonly TopicCard[], vocabulary: ThemeVocabulary): ThemeGroup[] {
  const order = new Map(vocabulary.themes.map((theme, index) => [theme.id, index]));
  const groups = new Map<string, ThemeGroup>();
  for (const card of cards) {
    for (const theme of card.themes) {
      const group = groups.get(theme.id) ?? { ...theme, topics: [] };
      group.topics.push(card.id);
      groups.set(theme.id, group);
    }
  }
  return [...groups.values()].sort(
    (a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || compareStrings(a.id, b.id),
  );
}

function hashContent(sources: readonly SourceFile[], themesBytes: Uint8Array): string {
  const manifest = { schemaVersion: SCHEMA_VERSION, themes: sha256(themesBytes), files: sources.map((s) => [s.name, sha256(s.bytes)]) };
  return sha256(new TextEncoder().encode(JSON.stringify(manifest)));
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Compact JSON (it ships to browsers) with a final newline; key order is the schema's. */
function serialise(value: unknown, indent?: number): string {
  return `${JSON.stringify(value, null, indent)}\n`;
}
