/**
 * A dataset served over HTTP as the generator writes it (index.json, cards/<id>.json,
 * summaries/<id>.json, articles/<id>.json), read lazily one file at a time, as trusted data: the
 * bundled dataset of the CDN build (validated when it was built). Remote datasets are an
 * HttpDataSource, which adds validation against the schema and cancels a request once no widget
 * waits for it (http-data-source.ts). Every page with a widget downloads this module: what only a
 * failure needs (putting it in words, finding out whether a topic or the whole dataset is
 * missing) is in load-failure.ts, loaded with the first failure.
 */
import type { ArticleRecord, DatasetIndex, TopicCard, TopicSummaryRecord } from '../schema/dataset.js';
import { isTopicId } from '../schema/patterns.js';
import { chooseLanguage } from './choose-language.js';
import { DataLoadError, TopicNotFoundError, type FileKind, type RecordKind, type RecordTypes, type Settled, type TopicDataSource } from './data-source.js';
import type { Failure } from './load-failure.js';

const FILES: Record<RecordKind, string> = { index: 'index', card: 'cards/', summary: 'summaries/', article: 'articles/' };

export class JsonFolderSource implements TopicDataSource {
  readonly label: string;
  readonly baseUrl: URL;
  /** URLs whose last load failed: asked again past the browser's cache (which may keep an error). */
  readonly #failedUrls = new Set<string>();
  /** Records loaded so far, by URL: answered at once the next time (`peek`). */
  readonly #loaded = new Map<string, unknown>();
  /** Fetches by URL, under way or done (a failed one is dropped). */
  readonly #loading = new Map<string, Promise<unknown>>();

  /**
   * `url`: folder of the dataset (ending in "/"), or its index.json. Relative URLs resolve against
   * the page. A query string or fragment is not carried over to the files.
   */
  constructor(
    url: string | URL,
    label?: string,
    /**
     * The dataset's languages, the default first: known in advance (the CDN build's bundled
     * dataset), or read from its languages.json (a remote one: remote-language.ts); see `inLanguage`.
     */
    public languages?: readonly string[],
    /** The folder of the whole dataset, for a view of one language's records (its search files are there). */
    readonly rootUrl?: URL,
  ) {
    const resolved = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href);
    // The folder: the path with a final slash, without query or fragment.
    const { pathname } = resolved.pathname.endsWith('.json') ? new URL('./', resolved) : resolved;
    this.baseUrl = new URL(pathname.endsWith('/') ? pathname : `${pathname}/`, resolved);
    this.label = label ?? this.baseUrl.href;
  }

  readonly #views = new Map<string, JsonFolderSource>();

  /** The records for a page in `lang`: the folder of its language's view (`languages/<lang>/`), or this one for the default language. */
  inLanguage(lang: string): TopicDataSource {
    return this.languageView(lang);
  }

  /** `inLanguage` once the languages are known (none known: this folder). */
  languageView(lang: string): JsonFolderSource {
    const languages = this.languages;
    const chosen = languages ? chooseLanguage(languages, lang) : '';
    if (!chosen || chosen === languages![0]) return this;
    let view = this.#views.get(chosen);
    if (!view) this.#views.set(chosen, (view = this.view(new URL(`languages/${chosen}/`, this.baseUrl))));
    return view;
  }

  /** A source of one language's records, at `url` (a subclass makes one of its own kind). */
  protected view(url: URL): JsonFolderSource {
    return new JsonFolderSource(url, this.label, undefined, this.baseUrl);
  }

  async loadCard(id: string, signal?: AbortSignal): Promise<TopicCard> {
    return withoutSchemaVersion(await this.#load('card', id, signal));
  }

  loadSummary(id: string, signal?: AbortSignal): Promise<TopicSummaryRecord> {
    return this.#load('summary', id, signal) as Promise<TopicSummaryRecord>;
  }

  loadArticle(id: string, signal?: AbortSignal): Promise<ArticleRecord> {
    return this.#load('article', id, signal) as Promise<ArticleRecord>;
  }

  loadIndex(signal?: AbortSignal): Promise<DatasetIndex> {
    return this.#load('index', '', signal) as Promise<DatasetIndex>;
  }

  peek<K extends RecordKind>(kind: K, id: string): Settled<RecordTypes[K]> | undefined {
    const index = this.#loaded.get(this.fileUrl('index', '')) as DatasetIndex | undefined;
    const url = this.fileUrl(kind, id);
    if (this.#loaded.has(url) && (kind === 'index' || isTopicId(id))) {
      const record = this.#loaded.get(url);
      return { value: (kind === 'card' ? withoutSchemaVersion(record) : record) as RecordTypes[K] };
    }
    // Known to be missing once the index is here.
    const ids = index?.topics.map((topic) => topic.id);
    return ids && kind !== 'index' && !ids.includes(id) ? { error: new TopicNotFoundError(id, ids) } : undefined;
  }

  /** The URL of the index (`id` ignored) or of a topic's record. */
  fileUrl(kind: RecordKind, id: string): string {
    return new URL(`${FILES[kind]}${kind === 'index' ? '' : id}.json`, this.baseUrl).href;
  }

  async #load(kind: RecordKind, id: string, signal?: AbortSignal): Promise<unknown> {
    const url = this.fileUrl(kind, id);
    try {
      // An id that is not one cannot be in the dataset: missing, as a 404 would say.
      if (kind !== 'index' && !isTopicId(id)) throw { status: 404 } satisfies Failure;
      signal?.throwIfAborted();
      return await this.request(url, kind, signal);
    } catch (error) {
      // An abort, or a record the validator refused, is told as it is; any other failure in words.
      if (error instanceof Error) throw error;
      const failure = error as Failure;
      const words = await import('./load-failure.js').catch(() => undefined);
      throw words ? await words.explainFailure(this, kind, id, failure, signal) : new DataLoadError('load-failed', `could not load ${url}`, url);
    }
  }

  /**
   * The record at `url`: one fetch for every caller, whose abort only ends its own wait (a card is
   * a small file: it is kept for the next widget). A failure is not kept, so a retry fetches again.
   */
  request(url: string, _kind: FileKind, signal?: AbortSignal): Promise<unknown> {
    let pending = this.#loading.get(url);
    if (!pending) {
      this.#loading.set(url, (pending = this.fetchRecord(url)));
      pending.catch(() => this.#loading.delete(url));
    }
    return signal ? Promise.race([pending, new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)))]) : pending;
  }

  /** Fetches the record at `url`, checks it with `check` if given, and keeps it (`peek`). */
  protected async fetchRecord(url: string, signal: AbortSignal | null = null, check?: (value: unknown) => unknown): Promise<unknown> {
    try {
      // Credentials go to the page's own origin only: fetch's default.
      const response = await fetch(url, {
        signal,
        headers: { accept: 'application/json' },
        cache: this.#failedUrls.has(url) ? 'reload' : 'default',
      }).catch((cause: unknown) => {
        throw { status: 0, cause } satisfies Failure;
      });
      if (!response.ok) throw { status: response.status } satisfies Failure;
      const value: unknown = await response.json().catch(() => {
        throw { status: -1 } satisfies Failure;
      });
      const record = check ? await check(value) : value;
      this.#failedUrls.delete(url);
      this.#loaded.set(url, record);
      return record;
    } catch (error) {
      if (!signal?.aborted) this.#failedUrls.add(url);
      throw error;
    }
  }
}

/** A card as widgets get it: without the file's schema version. */
function withoutSchemaVersion(record: unknown): TopicCard {
  const { schemaVersion: _, ...card } = record as TopicCard & { schemaVersion?: number };
  return card;
}
