/**
 * The build's steps over every article, once each is prepared (prepare.ts): the checks across
 * articles (one id each, related topics that exist), the corpus fields' validation, and the
 * dataset's files: each topic's records (its prepared records with the corpus fields filled in,
 * and their module form), the index, the module tables and the JSON Schemas. Shared by the
 * in-memory build (build.ts) and the streaming one (pipeline.ts), so both write the same bytes.
 */
import { type CorpusFields } from './corpus.js';
import { type Diagnostic, compareStrings } from './diagnostics.js';
import { jsonSchemaFiles } from './json-schema.js';
import { RECORD_MODULE_END, RECORD_MODULE_START, moduleTablePieces, moduleTables, recordModule, type TableView } from './module-form.js';
import { fillJson, sha256, type PreparedRecords, type ResidentArticle } from './prepare.js';
import { ArticleRecord, DatasetIndex, DatasetLanguages, Evidence, LIMITS, SCHEMA_VERSION, type SearchFile, type Theme, type ThemeGroup, type ThemeVocabulary } from './schema.js';

/** One source of the build, in the build's order, once prepared. */
export interface ArticleEntry {
  /** File name relative to the articles folder. */
  name: string;
  /** Path as shown in diagnostics. */
  shownPath: string;
  resident: ResidentArticle;
}

/** The article's problems, with its file. */
export function articleDiagnostics(entry: ArticleEntry): Diagnostic[] {
  return entry.resident.problems.map((problem) => ({ ...problem, file: problem.file ?? entry.shownPath }));
}

/** Problems across articles: two articles with one id; related topics (front matter) that are not articles of the build. */
export function checkAcrossArticles(entries: readonly ArticleEntry[], diagnostics: Diagnostic[]): void {
  // Originals by id; and every article by id and language (a translation adds a language, not a topic).
  const byId = new Map<string, ArticleEntry[]>();
  const byIdAndLang = new Map<string, ArticleEntry[]>();
  const add = (map: Map<string, ArticleEntry[]>, key: string, entry: ArticleEntry) => map.set(key, [...(map.get(key) ?? []), entry]);
  for (const entry of entries) {
    const article = entry.resident.article;
    if (!article?.ok) continue;
    if (!article.translationOf) add(byId, article.id, entry);
    add(byIdAndLang, `${article.id}\0${(article.lang ?? '').toLowerCase()}`, entry);
  }
  const duplicate = (entry: ArticleEntry, message: string) =>
    diagnostics.push({ file: entry.shownPath, ...(entry.resident.article!.titleAt ?? { line: 1, column: 1 }), severity: 'error', code: 'duplicate-id', message });
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const entry of list) {
      const others = list.filter((other) => other !== entry);
      const translated = others.some((other) => other.resident.article!.lang !== entry.resident.article!.lang);
      duplicate(
        entry,
        `id "${id}" is also the id of ${others.map((other) => other.shownPath).join(', ')}: give one of them another title or an "id" in its front matter${translated ? `, or, if one translates the other, add "translation-of: ${entry.name}" to the translation's front matter` : ''}`,
      );
    }
  }
  for (const list of byIdAndLang.values()) {
    if (list.length < 2 || list.every((entry) => !entry.resident.article!.translationOf)) continue;
    const { id, lang } = list[0]!.resident.article!;
    for (const entry of list) {
      const others = list.filter((other) => other !== entry).map((other) => other.shownPath);
      duplicate(entry, `id "${id}" in "${lang}" is also ${others.join(', ')}: a topic has one article per language (give this one its own "lang", or remove one)`);
    }
  }

  // Articles with errors too, so that every problem of the run is reported at once.
  const ids = new Set(entries.flatMap((entry) => (entry.resident.article ? [entry.resident.article.id] : [])));
  let known: string[] | undefined;
  for (const entry of entries) {
    const article = entry.resident.article;
    for (const { id, at } of article?.curatedRelated ?? []) {
      if (id !== article!.id && ids.has(id)) continue;
      known ??= [...ids].sort(compareStrings);
      const message =
        id === article!.id
          ? `front matter: "related" names this article itself ("${id}"); list other topics`
          : `front matter: related topic "${id}" is not an article of this build; known ids: ${known.filter((other) => other !== article!.id).join(', ') || '(none)'}`;
      diagnostics.push({ file: entry.shownPath, ...at, severity: 'error', code: 'front-matter-related', message });
    }
  }
}

const KEYWORDS = ArticleRecord.shape.keywords;
const RELATED = ArticleRecord.shape.related;
const RELATED_EVIDENCE = Evidence.shape.related;

/**
 * The corpus fields of one article as the JSON that fills its records' holes (keywords, related,
 * evidence.related), validated against their part of the schema.
 */
export function corpusHoles(fields: CorpusFields, file: string, diagnostics: Diagnostic[]): string[] | undefined {
  const parts = [
    [KEYWORDS.safeParse(fields.keywords), 'keywords'],
    [RELATED.safeParse(fields.related), 'related'],
    [RELATED_EVIDENCE.safeParse(fields.relatedEvidence), 'evidence.related'],
  ] as const;
  let failed = false;
  for (const [result, at] of parts) {
    if (result.success) continue;
    failed = true;
    for (const issue of result.error.issues.slice(0, 20)) {
      diagnostics.push({ file, line: 1, column: 1, severity: 'error', code: 'schema', message: `generated data fails the schema at ${[at, ...issue.path].join('.')}: ${issue.message}` });
    }
  }
  return failed ? undefined : parts.map(([result]) => JSON.stringify(result.data));
}

/**
 * Where a record goes (see translations.ts): its JSON into the folder of each language's view that
 * shows it (`views`: '' for the default language's, `languages/<lang>/` for another's), its
 * modules once, into its own language's (`own`). A translation carries its original's themes.
 */
export interface RecordPlacement {
  own: string;
  views: readonly string[];
  /** The original's themes (JSON), for a translation. */
  themes?: string | undefined;
}

/** The placement of a dataset with one language: every record at the top of the folder. */
export const SINGLE_LANGUAGE: RecordPlacement = { own: '', views: [''] };

/**
 * A record's files: card, summary and article records, as JSON in each view that shows it and
 * as modules. `holes`: the JSON of keywords, related, series and evidence.related (see `withSeries`).
 */
export function topicFiles(records: PreparedRecords, holes: readonly string[], placement: RecordPlacement = SINGLE_LANGUAGE): [string, string][] {
  const { id } = records;
  const patch = (json: string) => (placement.themes === undefined ? json : withOriginalThemes(json, placement.themes));
  const card = `${patch(records.card)}\n`;
  const summary = `${patch(fillJson(records.summary, holes.slice(0, 3)))}\n`;
  const article = `${patch(fillJson(records.article, holes))}\n`;
  return [
    ...placement.views.flatMap((view): [string, string][] => [
      [`${view}cards/${id}.json`, card],
      [`${view}summaries/${id}.json`, summary],
      [`${view}articles/${id}.json`, article],
    ]),
    [`modules/${placement.own}cards/${id}.js`, recordModule(card)],
    [`modules/${placement.own}summaries/${id}.js`, recordModule(summary)],
    [`modules/${placement.own}articles/${id}.js`, recordModule(article)],
  ];
}

/** The paths of a record's files (see `topicFiles`). */
export function topicPaths(id: string, placement: RecordPlacement = SINGLE_LANGUAGE): string[] {
  return [
    ...placement.views.flatMap((view) => [`${view}cards/${id}.json`, `${view}summaries/${id}.json`, `${view}articles/${id}.json`]),
    `modules/${placement.own}cards/${id}.js`,
    `modules/${placement.own}summaries/${id}.js`,
    `modules/${placement.own}articles/${id}.js`,
  ];
}

/** A translation's record (or card) with its original's themes; its evidence says so. Key order is kept. */
export function withOriginalThemes(json: string, themes: string): string {
  const record = JSON.parse(json) as { themes: unknown; evidence?: { themes?: { rule: string } } };
  record.themes = JSON.parse(themes);
  if (record.evidence?.themes) record.evidence.themes.rule = 'original';
  return JSON.stringify(record);
}

/** What the index needs of each topic, in series order. */
export interface IndexTopic {
  id: string;
  /** The topic's card (JSON, validated). */
  card: string;
  themes: readonly Theme[];
}

/** index.json and its module, or a schema problem. */
export function indexFiles(topics: readonly IndexTopic[], contentHash: string, vocabulary: ThemeVocabulary, search: readonly SearchFile[], diagnostics: Diagnostic[], view: IndexView): [string, string][] | undefined {
  const pieces = indexPieces(topics, contentHash, vocabulary, search, diagnostics, view);
  return pieces?.map(([name, made]) => [name, [...made()].join('')]);
}

/**
 * `indexFiles`, each file as the pieces of its text, made as they are read: the index of tens of
 * thousands of topics (megabytes, twice) is written without being held whole. The checks are
 * made here, before any piece.
 */
export function indexPieces(
  topics: readonly IndexTopic[],
  contentHash: string,
  vocabulary: ThemeVocabulary,
  search: readonly SearchFile[],
  diagnostics: Diagnostic[],
  view: IndexView,
): [string, () => Iterable<string>][] | undefined {
  const themes = themeGroups(topics, vocabulary);
  // Each card was validated when its article was prepared; the rest of the index is checked here.
  const result = DatasetIndex.safeParse({ schemaVersion: SCHEMA_VERSION, lang: view.lang, contentHash, topics: [], themes, ...(search.length ? { search } : {}) });
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  if (topics.length > LIMITS.topics) problems.push(`topics: more than ${LIMITS.topics} topics`);
  if (problems.length > 0 || !result.success) {
    for (const problem of problems.slice(0, 20)) diagnostics.push({ file: 'index.json', line: 1, column: 1, severity: 'error', code: 'schema', message: `generated data fails the schema at ${problem}` });
    return undefined;
  }
  const { schemaVersion, lang, contentHash: hash, themes: groups, search: files } = result.data;
  const head = `{"schemaVersion":${JSON.stringify(schemaVersion)},"lang":${JSON.stringify(lang)},"contentHash":${JSON.stringify(hash)},"topics":[`;
  const tail = `],"themes":${JSON.stringify(groups)}${files ? `,"search":${JSON.stringify(files)}` : ''}}`;
  function* json() {
    yield head;
    for (let i = 0; i < topics.length; i++) yield i === 0 ? topics[i]!.card : `,${topics[i]!.card}`;
    yield tail;
  }
  function* file() {
    yield* json();
    yield '\n';
  }
  // recordModule's text: the JSON without its final newline, between the module's start and end.
  function* module() {
    yield RECORD_MODULE_START;
    yield* json();
    yield RECORD_MODULE_END;
  }
  return [
    [`${view.prefix}index.json`, file],
    [`modules/${view.prefix}index.js`, module],
  ];
}

/** The language an index is for, and its view's folder ('' for the default language). */
export interface IndexView {
  lang: string;
  prefix: string;
}

/** `languages.json`: the dataset's languages, the default first (validated). */
export function languagesFile(languages: readonly string[]): [string, string] {
  const record = DatasetLanguages.parse({ schemaVersion: SCHEMA_VERSION, languages });
  return ['languages.json', `${JSON.stringify(record)}\n`];
}

/** Themes in vocabulary order (then any curated extras by id), each with its topics in index order. */
function themeGroups(topics: readonly IndexTopic[], vocabulary: ThemeVocabulary): ThemeGroup[] {
  const order = new Map(vocabulary.themes.map((theme, index) => [theme.id, index]));
  const groups = new Map<string, ThemeGroup>();
  for (const topic of topics) {
    for (const theme of topic.themes) {
      const group = groups.get(theme.id) ?? { ...theme, topics: [] };
      group.topics.push(topic.id);
      groups.set(theme.id, group);
    }
  }
  return [...groups.values()].sort(
    (a, b) => (order.get(a.id) ?? Infinity) - (order.get(b.id) ?? Infinity) || compareStrings(a.id, b.id),
  );
}

/** The files that depend on the set of topics and search languages only (module tables) or on nothing (JSON Schemas). */
export function tableFiles(views: readonly TableView[], searchLangs: readonly string[]): [string, string][] {
  return moduleTables(views, searchLangs);
}

/** `tableFiles`, each file as the pieces of its text (see `moduleTablePieces`). */
export function tablePieces(views: readonly TableView[], searchLangs: readonly string[]): [string, () => Iterable<string>][] {
  return moduleTablePieces(views, searchLangs);
}

let schemas: [string, string][] | undefined;

export function schemaFiles(): [string, string][] {
  schemas ??= jsonSchemaFiles().map(([name, schema]) => [`schema/${name}`, `${JSON.stringify(schema, null, 2)}\n`]);
  return schemas;
}

/** SHA-256 over every source (name and content hash), the themes file and the schema version. */
export function contentHash(sources: readonly { name: string; sha256: string }[], themesBytes: Uint8Array): string {
  const manifest = { schemaVersion: SCHEMA_VERSION, themes: sha256(themesBytes), files: sources.map((s) => [s.name, s.sha256]) };
  return sha256(new TextEncoder().encode(JSON.stringify(manifest)));
}
