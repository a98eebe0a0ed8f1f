/**
 * The streaming build behind `defense-topics build`: articles are prepared one at a time, in
 * worker threads (pool.ts), each written to the cache (or a temporary spill) as soon as it is
 * made; the main thread keeps only what the corpus step and the index need of each (a few KB:
 * see corpus.ts and prepare.ts). Once every article is in, the corpus step runs over that
 * compact state, and the workers write each topic's files from its prepared records.
 *
 * A builder lives on between builds in watch mode: an article whose file is unchanged (same
 * size, time and inode, or the same bytes) is not read again, one whose bytes are in the cache
 * is not extracted again, the corpus step reruns over the kept state, and only the files whose
 * bytes change are written (in place, each replaced whole). Same sources, same bytes: an
 * incremental build writes exactly what a clean build writes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type ArticleEntry, type RecordPlacement, articleDiagnostics, checkAcrossArticles, contentHash, corpusHoles, indexPieces, languagesFile, schemaFiles, tablePieces, topicPaths } from './assemble.js';
import { searchIndexFiles } from './search-index.js';
import { seriesOrder, withSeries } from './series.js';
import { datasetLayout, planLanguages, recordHoles } from './translations.js';
import { BUILT_IN_THEMES_SHOWN, DEFAULT_THEMES_FILE, articleNames, loadVocabulary, noArticles } from './build.js';
import { EntryStore, type EntryLocation, buildFingerprint, entryKey } from './cache.js';
import { Corpus, type CorpusDocument, type CorpusFields } from './corpus.js';
import { type Diagnostic, compareStrings, sortDiagnostics } from './diagnostics.js';
import { createPool, defaultJobs, type TaskPool } from './pool.js';
import { type ReportLine, type ResidentArticle, sha256 } from './prepare.js';
import type { ArticleRecord, SearchFile, Theme, ThemeVocabulary } from './schema.js';
import { type FinishResult, besideName } from './tasks.js';
import { type WrittenPieces, writePieces } from './write-pieces.js';
import { createStaging, datasetFolders } from './write-dataset.js';

export interface PipelineOptions {
  articlesDir: string;
  outDir: string;
  themesFile?: string | undefined;
  defaultLang?: string | undefined;
  /** Threads extracting and writing: 1 runs everything in the main thread. Default: see `jobsFor`. */
  jobs?: number | undefined;
  /** Folder of the on-disk cache; without one, prepared articles go to a temporary folder removed at the end. */
  cacheDir?: string | undefined;
  /** Keep what makes the next build of this builder fast (watch mode): the corpus step's results, see corpus.ts. */
  rebuilds?: boolean | undefined;
  /** The worker threads' entry, when not the generator's own (tests give one that fails on purpose). */
  workerModule?: URL | undefined;
}

/** What a build did, for the command's report and the benchmarks. */
export interface BuildOutcome {
  ok: boolean;
  diagnostics: Diagnostic[];
  /** The dataset's topics, when built. */
  topics?: ReportLine[];
  themes?: number;
  /** Files written (all of them in a full build; the changed ones in place otherwise) and their bytes. */
  written?: { mode: 'full' | 'in-place'; files: number; bytes: number; removed: number; topicsChanged: number; indexBytes: number };
  /** The articles read in this build (as shown in diagnostics): the others are as in the last one. */
  read: Set<string>;
  /** Articles extracted, and articles taken from the cache or kept from the last build. */
  extracted: number;
  reused: number;
  threads: number;
  /** Things to know that are not problems of the articles (e.g. the cache was in use by another build). */
  notes: string[];
  /** Milliseconds per step. */
  timings: Record<string, number>;
}

/** Articles per thread below which threads cost more than they save (starting one loads the parser and language tools). */
const ARTICLES_PER_THREAD = 100;

/** Worker threads for a folder of `articles`: `jobs` if given, else one per core once there is enough work. */
export function jobsFor(articles: number, jobs?: number): number {
  if (jobs !== undefined) return Math.max(1, jobs);
  return Math.max(1, Math.min(defaultJobs(), Math.floor(articles / ARTICLES_PER_THREAD)));
}

interface SourceState {
  name: string;
  stat: FileStamp;
  key: string;
  location: EntryLocation;
  resident: ResidentArticle;
  document?: CorpusDocument | undefined;
  /** The corpus the document is in: '' for an original, the language for a translation. */
  group: string;
}

interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
}

/** What the builder last wrote to the output, so a rebuild can write only what changed. */
interface WrittenState {
  /** By record (language and id): its cache key, its holes and placement's hash, and the files it wrote. */
  topics: Map<string, { key: string; holes: string; paths: string[] }>;
  /** The other languages' indexes and languages.json, as written: their hashes. */
  views: Map<string, string>;
  /** A hash of the topic ids the module tables were written for (they change only with the ids). */
  tablesKey: string;
  /** A hash of index.json as written: the index itself (megabytes) is not kept. */
  indexSha256: string;
  indexStamp: FileStamp;
  /** A hash of what the search indexes were made of (the topics' records, in order), and their languages. */
  searchKey: string;
  searchLangs: string[];
}

interface ThemesState {
  bytes: Uint8Array;
  vocabulary: ThemeVocabulary;
  fingerprint: string;
}

export class DatasetBuilder {
  private readonly sources = new Map<string, SourceState>();
  /** The originals' corpus (''), and each language's translations' (keywords only: see translations.ts). */
  private corpora = new Map<string, Corpus>();
  private pool: TaskPool | undefined;
  private themes: ThemesState | undefined;
  private written: WrittenState | undefined;
  private store: EntryStore | undefined;
  private readonly notes: string[] = [];
  private readonly target: string;
  /**
   * Each article's corpus fields as last validated: a hash of their plain JSON (not the JSON:
   * memory), the holes made of them and, when rebuilding (watch), the fields object itself.
   */
  private readonly validated = new Map<string, { fields?: CorpusFields | undefined; raw: string; holes: string[] }>();
  private readonly sharedThemes = new Map<string, Theme>();

  constructor(private readonly options: PipelineOptions) {
    this.target = path.resolve(options.outDir);
  }

  private corpus(group: string): Corpus {
    let corpus = this.corpora.get(group);
    if (!corpus) this.corpora.set(group, (corpus = new Corpus({ keepResults: this.options.rebuilds })));
    return corpus;
  }

  /** The cache, or a spill beside the output when there is none (or another build holds it). */
  private entries(): EntryStore {
    if (this.store) return this.store;
    if (this.options.cacheDir) {
      this.store = EntryStore.cache(path.resolve(this.options.cacheDir));
      if (!this.store) this.notes.push(`the cache ${this.options.cacheDir} is in use by another build: this one extracts every article and keeps nothing`);
    }
    this.store ??= EntryStore.spill(`${this.target}.work-${process.pid}-${randomBytes(4).toString('hex')}`);
    return this.store;
  }

  /**
   * Builds the dataset; with `changed`, only those files of the articles folder are looked at
   * again (the watcher knows which changed), else every file's size and time are.
   */
  async build(changed?: ReadonlySet<string>): Promise<BuildOutcome> {
    const timings: Record<string, number> = {};
    let lap = performance.now();
    const time = (step: string) => {
      const now = performance.now();
      timings[step] = (timings[step] ?? 0) + now - lap;
      lap = now;
    };
    const diagnostics: Diagnostic[] = [];
    const read = new Set<string>();
    const outcome = (ok: boolean, rest: Partial<BuildOutcome> = {}): BuildOutcome => ({
      ok,
      diagnostics: sortDiagnostics(diagnostics),
      read,
      extracted: rest.extracted ?? 0,
      reused: rest.reused ?? 0,
      threads: this.pool?.threads ?? 1,
      notes: this.notes.splice(0),
      timings,
      ...rest,
    });

    const themes = await this.loadThemes(diagnostics);
    const names = await articleNames(this.options.articlesDir);
    if (names.length === 0) diagnostics.push(noArticles());
    if (!themes || names.length === 0) return outcome(false);
    const store = this.entries();
    time('list');

    // 1. Read the articles that are new or changed; prepare those the cache does not hold, on
    //    the pool; keep what the build needs of each (its corpus document interned at once).
    const listed = new Set(names);
    for (const [name, state] of this.sources) {
      if (!listed.has(name)) this.sources.delete(name);
      else if (changed?.has(name)) state.stat = { size: -1, mtimeMs: -1, ino: -1 };
    }
    const stale: { name: string; stamp: FileStamp }[] = [];
    for (const name of names) {
      const known = this.sources.get(name);
      if (known && changed && !changed.has(name)) continue;
      const stamp = stampOf(path.join(this.options.articlesDir, name));
      if (!stamp) continue; // removed since listed: the next build sees it gone
      if (!known || !sameStamp(known.stat, stamp)) stale.push({ name, stamp });
    }
    time('scan');
    const pool = await this.poolFor(stale.length, themes, store);
    let extracted = 0;
    const missing = new Set<string>();
    await forEachLimited(stale, Math.max(8, pool.threads * 4), async ({ name, stamp }) => {
      let bytes: Uint8Array;
      try {
        // Synchronous: small files, and the promise API's open, stat, read and close each cost a
        // trip to the thread pool, CPU the worker threads need.
        bytes = readFileSync(path.join(this.options.articlesDir, name));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        missing.add(name); // removed since listed
        this.sources.delete(name);
        return;
      }
      read.add(path.join(this.options.articlesDir, name));
      const hash = sha256(bytes);
      const key = entryKey(themes.fingerprint, name, hash);
      const previous = this.sources.get(name);
      if (previous?.key === key) {
        previous.stat = stamp;
        return;
      }
      let location = store.lookup(key);
      let resident = location && store.reader.resident(location);
      if (!location || !resident) {
        ({ resident, location } = await pool.run({ kind: 'prepare', name, bytes, sha256: hash }));
        extracted++;
      }
      const { article } = resident;
      let document: CorpusDocument | undefined;
      const group = article?.translationOf ? article.lang! : '';
      if (article?.ok) {
        // A translation's related topics are its original's: it is in its language's corpus for its keywords only.
        document = inOneBuffer(this.corpus(group).document(article.id, article.terms!, group ? undefined : article.curatedRelated?.map((c) => c.id)));
        delete article.terms; // interned: the document holds it now
        this.shareThemes(article);
      }
      this.sources.set(name, { name, stat: stamp, key, location, resident, document, group });
    });
    time('prepare');

    // 2. Checks across articles; nothing is written if anything is wrong.
    const states = names.filter((name) => !missing.has(name) && this.sources.has(name)).map((name) => this.sources.get(name)!);
    const entries: ArticleEntry[] = states.map((state) => ({ name: state.name, shownPath: path.join(this.options.articlesDir, state.name), resident: state.resident }));
    for (const entry of entries) diagnostics.push(...articleDiagnostics(entry));
    if (entries.length === 0) diagnostics.push(noArticles());
    checkAcrossArticles(entries, diagnostics);
    const order = seriesOrder(entries, diagnostics);
    const plan = planLanguages(entries, order, diagnostics);
    const counts = { extracted, reused: stale.length - extracted + (names.length - stale.length) };
    if (hasErrors(diagnostics)) return outcome(false, counts);
    const layout = datasetLayout(entries, order, plan, themes.vocabulary);

    time('checks');
    // 3. The corpus step, over the compact state: the originals together, each language's translations together.
    const fields = new Array<CorpusFields>(states.length);
    const groups = new Map<string, number[]>();
    states.forEach((state, i) => groups.set(state.group, [...(groups.get(state.group) ?? []), i]));
    for (const [group, members] of [...groups].sort(([a], [b]) => compareStrings(a, b))) {
      this.corpus(group).fields(members.map((i) => states[i]!.document!)).forEach((made, n) => (fields[members[n]!] = made));
    }
    for (const group of this.corpora.keys()) if (!groups.has(group)) this.corpora.delete(group);
    time('corpus');
    // Fields a rebuild finds as they were need no second validation (most of them, after one edit).
    const holes = states.map((state, i) => {
      const known = this.validated.get(state.name);
      // The corpus step gives back the very object it gave last time when the fields are the same.
      if (known && known.fields === fields[i]) return known.holes;
      const raw = rawHoles(fields[i]!);
      if (known && known.raw === raw) {
        if (this.options.rebuilds) known.fields = fields[i]!;
        return known.holes;
      }
      const made = corpusHoles(fields[i]!, path.join(this.options.articlesDir, state.name), diagnostics);
      if (made) this.validated.set(state.name, { fields: this.options.rebuilds ? fields[i]! : undefined, raw, holes: made });
      return made;
    });
    for (const name of this.validated.keys()) if (!this.sources.has(name)) this.validated.delete(name);
    time('validate');
    const hash = contentHash(states.map((state) => ({ name: state.name, sha256: state.resident.sha256 })), themes.bytes);
    const searchList = layout.search.map(({ file }) => file);
    const indexes: Pieces[] = [];
    for (const { view, topics } of layout.indexes) {
      const made = indexPieces(topics, hash, themes.vocabulary, searchList, diagnostics, view);
      if (made) indexes.push(made);
    }
    if (indexes.length !== layout.indexes.length || hasErrors(diagnostics)) return outcome(false, counts);
    const [index, ...otherIndexes] = indexes as [Pieces, ...Pieces[]];
    const [languagesName, languagesJson] = languagesFile(plan.languages);
    const views: Pieces = [...otherIndexes.flat(), [languagesName, () => [languagesJson]]];
    time('index');

    // 4. Write: in place when the output is the one this builder wrote last, else a new folder.
    // A record's series place is filled in with its corpus fields; a move in the series rewrites its records.
    const items = [...layout.placement.keys()].sort((a, b) => a - b).map((i): TopicItem => {
      const state = states[i]!;
      const original = plan.originalOf[i]!;
      const filled = withSeries(recordHoles(holes[i]!, original === i ? undefined : holes[original]!), layout.series.get(i)!);
      const placement = layout.placement.get(i)!;
      const { id, lang } = state.resident.article!;
      return { id, recordKey: `${lang}\0${id}`, key: state.key, location: state.location, holes: filled, placement, holesKey: holesKey([...filled, JSON.stringify(placement)]) };
    });
    const folders = datasetFolders(plan.languages);
    // The module tables depend on the records' places alone: written again in place only when they change.
    const searchLangs = searchList.map((file) => file.lang);
    const tables = { key: idsKey([JSON.stringify(layout.tables.map((view) => [view.lang, view.prefix, [...view.modules]])), ...searchLangs]), files: tablePieces(layout.tables, searchLangs) };
    // The search indexes change with any record (or the series order): made again only then.
    const search: SearchPlan = {
      key: idsKey([...searchLangs, '', ...items.flatMap((item) => [item.recordKey, item.key, item.holesKey])]),
      files: layout.search,
      diagnostics,
      timings,
    };
    const written = (await this.writtenIsCurrent()) ? await this.writeInPlace(pool, items, tables, index, views, search, folders) : await this.writeFull(pool, items, tables, index, views, search, folders);
    time('write');
    if (hasErrors(diagnostics)) return outcome(false, counts);

    // 5. The cache keeps the entries of this build's articles (those with errors too).
    store.commit(new Map([...this.sources.values()].map((state) => [state.key, state.location])));
    time('cache');
    return outcome(true, {
      ...counts,
      topics: order.map((i) => states[i]!.resident.article!.report!),
      themes: new Set(order.flatMap((i) => states[i]!.resident.article!.themes!.map((theme) => theme.id))).size,
      written,
    });
  }

  /**
   * Every article that names a theme gets its own copy of it from the worker thread: one shared
   * object per theme instead (and its label for the report), a few hundred bytes an article.
   */
  private shareThemes(article: NonNullable<ResidentArticle['article']>): void {
    if (!article.themes) return;
    article.themes = article.themes.map((theme) => {
      const key = JSON.stringify(theme);
      let shared = this.sharedThemes.get(key);
      if (!shared) {
        if (this.sharedThemes.size >= 10_000) this.sharedThemes.clear(); // bounded, whatever the vocabulary
        this.sharedThemes.set(key, (shared = theme));
      }
      return shared;
    });
    if (article.report) article.report.themes = article.themes.map((theme) => theme.label);
  }

  /** Stops the worker threads, and removes the temporary spill (a cache folder stays). */
  async close(): Promise<void> {
    await this.pool?.close();
    this.pool = undefined;
    this.store?.close();
    this.store = undefined;
  }

  private async loadThemes(diagnostics: Diagnostic[]): Promise<ThemesState | undefined> {
    const file = this.options.themesFile ?? DEFAULT_THEMES_FILE;
    const bytes = new Uint8Array(await readFile(file));
    if (this.themes && Buffer.compare(this.themes.bytes, bytes) === 0) return this.themes;
    const vocabulary = loadVocabulary({ bytes, shownPath: this.options.themesFile ?? BUILT_IN_THEMES_SHOWN }, diagnostics);
    if (!vocabulary) return undefined;
    // Another vocabulary changes every article's key: start afresh (the workers too).
    const fingerprint = buildFingerprint(bytes, this.options.defaultLang ?? 'en');
    if (this.themes && this.themes.fingerprint !== fingerprint) {
      this.sources.clear();
      this.corpora.clear();
      await this.pool?.close();
      this.pool = undefined;
    }
    this.themes = { bytes, vocabulary, fingerprint };
    return this.themes;
  }

  private async poolFor(work: number, themes: ThemesState, store: EntryStore): Promise<TaskPool> {
    if (this.pool?.broken) {
      // A worker died in the last build (its error was reported): start afresh.
      await this.pool.close();
      this.pool = undefined;
    }
    if (this.pool) return this.pool;
    const jobs = jobsFor(work, this.options.jobs);
    this.pool = createPool(jobs, { themesBytes: themes.bytes, defaultLang: this.options.defaultLang ?? 'en', entriesDir: store.dir }, this.options.workerModule);
    return this.pool;
  }

  /** Whether the output is still the dataset this builder wrote last (its index.json untouched). */
  private async writtenIsCurrent(): Promise<boolean> {
    if (!this.written) return false;
    const stamp = await fileStamp(path.join(this.target, 'index.json'));
    return stamp !== undefined && sameStamp(stamp, this.written.indexStamp);
  }

  private async writeFull(pool: TaskPool, items: TopicItem[], tables: Tables, index: Pieces, views: Pieces, search: SearchPlan, folders: string[]): Promise<NonNullable<BuildOutcome['written']>> {
    this.written = undefined;
    const staging = await createStaging(this.target, folders);
    const viewHashes = new Map<string, string>();
    let files = 0;
    let bytes = 0;
    let indexWritten: WrittenPieces | undefined;
    try {
      const results = await finishTopics(pool, items, staging.dir, false);
      for (const result of results) {
        files += result.files;
        bytes += result.bytes;
      }
      const searchMade = makeSearchFiles(search, (name) => path.join(staging.dir, name));
      if (!searchMade) return { mode: 'full', files: 0, bytes: 0, removed: 0, topicsChanged: 0, indexBytes: 0 };
      for (const [name, contents] of searchMade) {
        writeFileSync(path.join(staging.dir, name), contents);
        files++;
        bytes += Buffer.byteLength(contents);
      }
      for (const [name, pieces] of [...index, ...views, ...tables.files]) {
        const made = writePieces(path.join(staging.dir, name), pieces());
        if (name === 'index.json') indexWritten = made;
        if (views.some(([view]) => view === name)) viewHashes.set(name, made.sha256);
        files++;
        bytes += made.bytes;
      }
      for (const [name, contents] of schemaFiles()) {
        writeFileSync(path.join(staging.dir, name), contents);
        files++;
        bytes += Buffer.byteLength(contents);
      }
      await staging.commit();
    } finally {
      await staging.discard();
    }
    this.remember(items, tables.key, indexWritten!.sha256, search, viewHashes);
    return { mode: 'full', files, bytes, removed: 0, topicsChanged: items.length, indexBytes: indexWritten!.bytes };
  }

  private async writeInPlace(pool: TaskPool, items: TopicItem[], tables: Tables, index: Pieces, views: Pieces, search: SearchPlan, folders: string[]): Promise<NonNullable<BuildOutcome['written']>> {
    const previous = this.written!;
    this.written = undefined;
    let files = 0;
    let bytes = 0;
    for (const folder of folders) mkdirSync(path.join(this.target, folder), { recursive: true });
    const changed = items.filter((item) => {
      const before = previous.topics.get(item.recordKey);
      return !before || before.key !== item.key || before.holes !== item.holesKey;
    });
    // Every new file is written beside its target first; only once all are written (no task
    // failed, no worker died) are they renamed over the old ones, so a failed rebuild leaves the
    // previous dataset as it was.
    const pending: [string, string][] = [];
    let indexWritten: WrittenPieces | undefined;
    const viewHashes = new Map<string, string>();
    try {
      for (const result of await finishTopics(pool, changed, this.target, true)) {
        files += result.files;
        bytes += result.bytes;
        pending.push(...result.pending);
      }
      const beside = (name: string, pieces: () => Iterable<string>) => {
        const file = path.join(this.target, name);
        const written = besideName(file);
        pending.push([written, file]);
        return writePieces(written, pieces());
      };
      // The search indexes, from the records as they will be once renamed.
      if (search.key !== previous.searchKey) {
        const renamed = new Map(pending.map(([written, file]) => [file, written]));
        const searchMade = makeSearchFiles(search, (name) => renamed.get(path.join(this.target, name)) ?? path.join(this.target, name));
        if (!searchMade) throw new SearchFailed();
        for (const [name, contents] of searchMade) {
          bytes += beside(name, () => [contents]).bytes;
          files++;
        }
      }
      // Other languages' indexes and languages.json: each kept only if it differs from the one written last.
      for (const [name, pieces] of views) {
        const made = beside(name, pieces);
        viewHashes.set(name, made.sha256);
        if (made.sha256 === previous.views.get(name)) rmSync(pending.pop()![0]);
        else {
          bytes += made.bytes;
          files++;
        }
      }
      // The same ids, the same tables: no need to make their megabytes of text again.
      if (tables.key !== previous.tablesKey) {
        for (const [name, pieces] of tables.files) {
          bytes += beside(name, pieces).bytes;
          files++;
        }
      }
      // The index is written beside, and kept only if its hash differs from the one written last.
      const [json, ...module] = index;
      indexWritten = beside(...json!);
      if (indexWritten.sha256 === previous.indexSha256) rmSync(pending.pop()![0]);
      else {
        bytes += indexWritten.bytes;
        files++;
        for (const [name, pieces] of module) {
          bytes += beside(name, pieces).bytes;
          files++;
        }
      }
    } catch (error) {
      for (const [written] of pending) rmSync(written, { force: true });
      if (error instanceof SearchFailed) {
        // Reported in the diagnostics: the previous dataset stays as it was.
        this.written = previous;
        return { mode: 'in-place', files: 0, bytes: 0, removed: 0, topicsChanged: 0, indexBytes: 0 };
      }
      // A worker that died took the names of what it had written with it: they carry our pid.
      const ours = `.tmp-${process.pid}-`;
      for (const folder of ['', ...folders]) {
        for (const name of readdirSync(path.join(this.target, folder))) if (name.includes(ours)) rmSync(path.join(this.target, folder, name), { force: true });
      }
      this.written = previous; // untouched: the next build may still update it in place
      throw error;
    }
    // Records first, then the tables and the index that point at them, then what is gone.
    for (const [written, file] of pending) renameSync(written, file);
    // What the last build wrote and this one did not: a removed topic, translation or language.
    const paths = new Set([...items.flatMap((item) => topicPaths(item.id, item.placement)), ...views.map(([name]) => name)]);
    const keys = new Set(items.map((item) => item.recordKey));
    let removed = 0;
    for (const [key, { paths: before }] of previous.topics) {
      for (const name of before) if (!paths.has(name)) rmSync(path.join(this.target, name), { force: true });
      if (!keys.has(key)) removed++;
    }
    for (const name of previous.views.keys()) if (!paths.has(name)) rmSync(path.join(this.target, name), { force: true });
    // A language no record is in any more: its (now empty) folders go too, as a clean build has none.
    const viewLangs = new Set(folders.filter((folder) => folder.startsWith('languages/')).map((folder) => folder.split('/')[1]));
    for (const parent of ['languages', 'modules/languages']) {
      if (!existsSync(path.join(this.target, parent))) continue;
      for (const lang of readdirSync(path.join(this.target, parent), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name)) {
        if (!viewLangs.has(lang)) rmSync(path.join(this.target, parent, lang), { recursive: true, force: true });
      }
      if (viewLangs.size === 0) rmSync(path.join(this.target, parent), { recursive: true, force: true });
    }
    const langs = new Set(search.files.map(({ file }) => file.lang));
    for (const lang of previous.searchLangs) {
      if (langs.has(lang)) continue;
      for (const name of [`search/${lang}.json`, `modules/search/${lang}.js`]) rmSync(path.join(this.target, name), { force: true });
    }
    this.remember(items, tables.key, indexWritten!.sha256, search, viewHashes);
    return { mode: 'in-place', files, bytes, removed, topicsChanged: changed.length, indexBytes: indexWritten!.bytes };
  }

  private remember(items: TopicItem[], tablesKey: string, indexSha256: string, search: SearchPlan, views: Map<string, string>): void {
    const indexStamp = stampOf(path.join(this.target, 'index.json'));
    if (!indexStamp) return;
    this.written = {
      topics: new Map(items.map((item) => [item.recordKey, { key: item.key, holes: item.holesKey, paths: topicPaths(item.id, item.placement) }])),
      views,
      tablesKey,
      indexSha256,
      indexStamp,
      searchKey: search.key,
      searchLangs: search.files.map(({ file }) => file.lang),
    };
  }
}

/** The search indexes to make: one per language, of its topics (ids in series order). */
interface SearchPlan {
  key: string;
  /** Each search file, and the dataset paths of the article records it is made of. */
  files: { file: SearchFile; articles: string[] }[];
  diagnostics: Diagnostic[];
  timings: Record<string, number>;
}

/** A search index that fails the schema (reported): nothing is written. */
class SearchFailed extends Error {}

/**
 * The search indexes' files, from the topics' article records as written (`fileOf`: where the
 * file of a dataset path is now), read one at a time; undefined when one fails the schema.
 */
function makeSearchFiles(plan: SearchPlan, fileOf: (name: string) => string): [string, string][] | undefined {
  const started = performance.now();
  const made: [string, string][] = [];
  for (const { file, articles: paths } of plan.files) {
    const articles = (function* () {
      for (const name of paths) yield JSON.parse(readFileSync(fileOf(name), 'utf8')) as ArticleRecord;
    })();
    const files = searchIndexFiles(file, paths.length, articles, plan.diagnostics);
    if (!files) return undefined;
    made.push(...files);
  }
  // Part of the write step's time, counted on its own too (the benchmarks compare it).
  plan.timings.search = (plan.timings.search ?? 0) + performance.now() - started;
  return made;
}

/** A dataset file's name, and the pieces of its text, made when read (see write-pieces.ts). */
type Pieces = [string, () => Iterable<string>][];

/** The module tables, and a hash of the ids they are made of. */
interface Tables {
  key: string;
  files: Pieces;
}

/** A hash of a list of topic ids, in order. */
function idsKey(ids: readonly string[]): string {
  const hash = createHash('sha256');
  for (const id of ids) hash.update(id).update('\0');
  return hash.digest('base64');
}

interface TopicItem {
  id: string;
  /** The record's language and id. */
  recordKey: string;
  placement: RecordPlacement;
  key: string;
  location: EntryLocation;
  holes: string[];
  holesKey: string;
}

/** Topics per task: enough to make a message's cost small, few enough to share the work evenly. */
const TOPICS_PER_TASK = 16;

async function finishTopics(pool: TaskPool, items: readonly TopicItem[], outDir: string, inPlace: boolean): Promise<FinishResult[]> {
  const batches: TopicItem[][] = [];
  for (let i = 0; i < items.length; i += TOPICS_PER_TASK) batches.push(items.slice(i, i + TOPICS_PER_TASK));
  const results: FinishResult[] = [];
  await forEachLimited(batches, pool.threads * 2, async (batch) => {
    results.push(await pool.run({ kind: 'finish', items: batch.map(({ location, holes, placement }) => ({ location, holes, placement })), outDir, inPlace }));
  });
  return results;
}

/** Runs `task` over `items`, at most `limit` at a time; the first failure stops it. */
async function forEachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const lane = async () => {
    while (!failed && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/** A hash of the corpus fields' plain JSON, to see whether they changed since they were last validated. */
function rawHoles(fields: CorpusFields): string {
  return createHash('sha256').update(`${JSON.stringify(fields.keywords)}\0${JSON.stringify(fields.related)}\0${JSON.stringify(fields.relatedEvidence)}`).digest('base64');
}

/**
 * The document with its five arrays in one buffer: a buffer costs a few hundred bytes beside its
 * contents (its object and the engine's record of its memory), which for the small arrays of an
 * article is as much again as they hold, kept for every article until the end. Stem ids and
 * counts go in the narrowest arrays their values fit (most counts fit a byte, most vocabularies
 * 16 bits): a quarter to a half of the document's bytes.
 */
function inOneBuffer(document: CorpusDocument): CorpusDocument {
  const { stems, counts, bigramKeys, candidates, trigrams } = document;
  const stemBytes = bytesFor(stems, 2);
  const countBytes = bytesFor(counts, 1);
  // Widest first, so that each array starts at a multiple of its element's size.
  const parts = [
    { name: 'candidates', from: candidates, bytes: 4 },
    { name: 'trigrams', from: trigrams, bytes: 4 },
    { name: 'stems', from: stems, bytes: stemBytes },
    { name: 'counts', from: counts, bytes: countBytes },
    { name: 'bigramKeys', from: bigramKeys, bytes: 1 },
  ] as const;
  const ordered = [...parts].sort((a, b) => b.bytes - a.bytes);
  const buffer = new ArrayBuffer(ordered.reduce((sum, part) => sum + part.from.length * part.bytes, 0));
  let at = 0;
  const views: Record<string, Int32Array | Uint16Array | Uint8Array> = {};
  for (const { name, from, bytes } of ordered) {
    const view = bytes === 4 ? new Int32Array(buffer, at, from.length) : bytes === 2 ? new Uint16Array(buffer, at, from.length) : new Uint8Array(buffer, at, from.length);
    view.set(from);
    at += view.byteLength;
    views[name] = view;
  }
  document.candidates = views.candidates as Int32Array;
  document.trigrams = views.trigrams as Int32Array;
  document.stems = views.stems as Int32Array | Uint16Array;
  document.counts = views.counts!;
  document.bigramKeys = views.bigramKeys as Uint8Array;
  return document;
}

/** Bytes per element of the narrowest array (of `smallest` bytes or more) that holds these non-negative values. */
function bytesFor(values: ArrayLike<number>, smallest: 1 | 2): 1 | 2 | 4 {
  let max = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > max) max = values[i]!;
  return smallest === 1 && max <= 0xff ? 1 : max <= 0xffff ? 2 : 4;
}

function holesKey(holes: readonly string[]): string {
  return createHash('sha1').update(holes.join('\0')).digest('base64');
}

function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

async function fileStamp(file: string): Promise<FileStamp | undefined> {
  const info = await stat(file).catch(() => undefined);
  return info?.isFile() ? { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino } : undefined;
}

function stampOf(file: string): FileStamp | undefined {
  const info = statSync(file, { throwIfNoEntry: false });
  return info?.isFile() ? { size: info.size, mtimeMs: info.mtimeMs, ino: info.ino } : undefined;
}

function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.ino === b.ino;
}
