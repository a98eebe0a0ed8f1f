/**
 * A dataset reached through the module graph: the tables the generator writes in a dataset's
 * `modules/` folder (`lazy.js` for browsers, `eager.js` for servers), each record a module of
 * its own. The bundled dataset is one; a dataset of your own built with `defense-topics build`
 * can be another:
 *
 *   import * as topics from './topics/modules/lazy.js';
 *   setDefaultDataSource(new ModuleDataSource(topics, { label: 'our topics' }));
 *
 * Records come from the app's own build (or the package), so they are trusted as built: the
 * generator validated them. Loaded records are kept, so a widget asking again gets them at once
 * (`peek`), and an unknown topic is known without a load (the table lists every id).
 */
import type { ArticleRecord, DatasetIndex, SearchIndexRecord, TopicCard, TopicSummaryRecord } from '../schema/dataset.js';
import { chooseLanguage } from './choose-language.js';
import { DataLoadError, TopicNotFoundError, type RecordKind, type RecordTypes, type Settled, type TopicDataSource } from './data-source.js';

/** A record's module: the record is its default export. */
export interface RecordModule {
  readonly default: unknown;
}
/** A record's module, at once (a server's eager table) or when loaded (a browser's lazy one). */
export type RecordLoader = () => RecordModule | Promise<RecordModule>;

/** The shape of `modules/lazy.js` and `modules/eager.js`. */
export interface DatasetModuleTable {
  readonly index: RecordLoader;
  readonly cards: Readonly<Record<string, RecordLoader>>;
  readonly summaries: Readonly<Record<string, RecordLoader>>;
  readonly articles: Readonly<Record<string, RecordLoader>>;
  /** Each language's search index (absent in tables written before the search). */
  readonly search?: Readonly<Record<string, RecordLoader>>;
  /** The dataset's languages, the default first (absent in tables written before translations). */
  readonly languages?: readonly string[];
  /** Each other language's records (see DatasetLanguages in the schema). */
  readonly views?: Readonly<Record<string, Pick<DatasetModuleTable, 'index' | 'cards' | 'summaries' | 'articles'>>>;
}

const TABLES = { card: 'cards', summary: 'summaries', article: 'articles' } as const;

export interface ModuleDataSourceOptions {
  /** Where the data comes from, for messages. */
  label?: string;
  /** How to fix a dataset that cannot be loaded, for messages. */
  hint?: string;
}

export class ModuleDataSource implements TopicDataSource {
  readonly label: string;
  private readonly hint: string;
  /** Loaded records by kind and id (the index under ''). */
  private readonly records = new Map<string, unknown>();
  /** Loads under way, shared by every widget asking for the same record. */
  private readonly loading = new Map<string, Promise<unknown>>();
  /** The sources of the other languages' records, made when first asked for. */
  private readonly views = new Map<string, ModuleDataSource>();

  constructor(
    private readonly table: DatasetModuleTable,
    { label = 'a module dataset', hint = '' }: ModuleDataSourceOptions = {},
  ) {
    this.label = label;
    this.hint = hint;
  }

  inLanguage(lang: string): TopicDataSource {
    const { languages, views } = this.table;
    const chosen = languages && chooseLanguage(languages, lang);
    const table = chosen !== undefined && chosen !== languages![0] && views && Object.hasOwn(views, chosen) ? views[chosen]! : undefined;
    if (!table) return this;
    let view = this.views.get(chosen!);
    // The search indexes are the dataset's, whichever language's records.
    if (!view) this.views.set(chosen!, (view = new ModuleDataSource({ ...table, ...(this.table.search ? { search: this.table.search } : {}) }, { label: this.label, hint: this.hint })));
    return view;
  }

  loadCard(id: string, signal?: AbortSignal): Promise<TopicCard> {
    return this.load('card', id, signal);
  }

  loadSummary(id: string, signal?: AbortSignal): Promise<TopicSummaryRecord> {
    return this.load('summary', id, signal);
  }

  loadArticle(id: string, signal?: AbortSignal): Promise<ArticleRecord> {
    return this.load('article', id, signal);
  }

  loadIndex(signal?: AbortSignal): Promise<DatasetIndex> {
    return this.load('index', '', signal);
  }

  /** The search index for `lang` (see TopicDataSource): the language the index names, from the table's `search`. */
  async loadSearchIndex(lang: string, signal?: AbortSignal): Promise<SearchIndexRecord> {
    const [{ searchFileFor }, index] = await Promise.all([import('./search-file.js'), this.loadIndex(signal)]);
    const { lang: found } = searchFileFor(index, lang, this.label);
    const table = this.table.search;
    if (!table || !Object.hasOwn(table, found)) throw new DataLoadError('load-failed', `${this.label} lists a search index for "${found}" but its module table has none: build the dataset again${this.hint ? ` ${this.hint}` : ''}`);
    let module: RecordModule;
    try {
      module = await table[found]!();
    } catch (error) {
      throw new DataLoadError('load-failed', `could not load the search index of "${found}" from ${this.label}: ${error instanceof Error ? error.message : String(error)}${this.hint ? ` ${this.hint}` : ''}`);
    }
    signal?.throwIfAborted();
    return module.default as SearchIndexRecord;
  }

  peek<K extends RecordKind>(kind: K, id: string): Settled<RecordTypes[K]> | undefined {
    const key = `${kind}:${kind === 'index' ? '' : id}`;
    if (this.records.has(key)) return { value: this.records.get(key) as RecordTypes[K] };
    if (this.loading.has(key)) return undefined;
    const loader = this.loaderOf(kind, id);
    if (!loader) return { error: new TopicNotFoundError(id, this.ids()) };
    // A server's table hands the module over at once; a browser's must load it.
    let loaded: RecordModule | Promise<RecordModule>;
    try {
      loaded = loader();
    } catch (error) {
      return { error: this.loadError(kind, id, error) };
    }
    if (isPromise(loaded)) {
      this.track(key, kind, id, loaded);
      return undefined;
    }
    return { value: this.keep(key, loaded) as RecordTypes[K] };
  }

  private async load<K extends RecordKind>(kind: K, id: string, signal?: AbortSignal): Promise<RecordTypes[K]> {
    signal?.throwIfAborted();
    const settled = this.peek(kind, id);
    if (settled) {
      if (settled.error) throw settled.error;
      return settled.value;
    }
    // Modules cannot be unloaded: an abort only stops this caller's wait.
    const pending = this.loading.get(`${kind}:${kind === 'index' ? '' : id}`)!;
    return (await (signal ? abortable(pending, signal) : pending)) as RecordTypes[K];
  }

  private loaderOf(kind: RecordKind, id: string): (() => RecordModule | Promise<RecordModule>) | undefined {
    if (kind === 'index') return this.table.index;
    const table = this.table[TABLES[kind]];
    // Own keys only: a topic called "constructor" must not find Object.prototype's.
    return Object.hasOwn(table, id) ? table[id] : undefined;
  }

  private ids(): string[] {
    return Object.keys(this.table.cards);
  }

  private track(key: string, kind: RecordKind, id: string, module: Promise<RecordModule>): void {
    const pending = module.then(
      (loaded) => {
        this.loading.delete(key);
        return this.keep(key, loaded);
      },
      (error: unknown) => {
        // Not kept: a retry imports again (a chunk that failed to download may load next time).
        this.loading.delete(key);
        throw this.loadError(kind, id, error);
      },
    );
    // Callers attach their own handlers; this one only keeps an unobserved failure quiet.
    pending.catch(() => {});
    this.loading.set(key, pending);
  }

  private keep(key: string, module: RecordModule): unknown {
    let record = module.default;
    if (key.startsWith('card:') && record && typeof record === 'object') {
      // A card as widgets get it, without the file's schema version (as HttpDataSource gives it).
      const { schemaVersion: _, ...card } = record as Record<string, unknown>;
      record = card;
    }
    this.records.set(key, record);
    return record;
  }

  private loadError(kind: RecordKind, id: string, error: unknown): DataLoadError {
    const what = kind === 'index' ? 'the index' : `the ${kind} of "${id}"`;
    const reason = error instanceof Error ? error.message : String(error);
    return new DataLoadError('load-failed', `could not load ${what} from ${this.label}: ${reason}${this.hint ? ` ${this.hint}` : ''}`);
  }
}

function isPromise(value: unknown): value is Promise<RecordModule> {
  return typeof (value as Promise<unknown> | undefined)?.then === 'function';
}

/** Rejects when the signal aborts, else settles as the promise does. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason ?? new DOMException('The load was aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
