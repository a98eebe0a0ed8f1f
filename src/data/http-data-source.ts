/**
 * A dataset served over HTTP as the generator writes it (index.json, cards/<id>.json,
 * summaries/<id>.json, articles/<id>.json), read lazily one file at a time. Used for the bundled
 * dataset of the CDN build (trusted: validated when it was built) and for remote datasets
 * (validated here, against the schema). Every page with a widget downloads this module: what
 * only a failure needs (putting it in words, finding out whether a topic or the whole dataset is
 * missing) is in load-failure.ts, loaded with the first failure.
 */
import type { ArticleRecord, DatasetIndex, TopicCard, TopicSummaryRecord } from '../schema/dataset.js';
import { isTopicId } from '../schema/patterns.js';
import { DataLoadError, TopicNotFoundError, type RecordKind, type RecordTypes, type Settled, type TopicDataSource } from './data-source.js';
import type { Failure } from './load-failure.js';
import { SharedRequests } from './shared-requests.js';

const FILES: Record<RecordKind, string> = { index: 'index', card: 'cards/', summary: 'summaries/', article: 'articles/' };

export interface HttpDataSourceOptions {
  /**
   * Folder of the dataset (ending in "/"), or its index.json. Relative URLs resolve against the
   * page. A query string or fragment is not carried over to the files (each file is its own URL).
   */
  url: string | URL;
  /** Check every record against the schema (for data from elsewhere). */
  validate: boolean;
  label?: string;
}

export class HttpDataSource implements TopicDataSource {
  readonly label: string;
  readonly baseUrl: URL;
  readonly #validate: boolean;
  readonly #requests = new SharedRequests();
  /** URLs whose last load failed: asked again past the browser's cache (which may keep an error). */
  readonly #failedUrls = new Set<string>();
  /** Records loaded so far, by URL: answered at once the next time (`peek`). */
  readonly #loaded = new Map<string, unknown>();

  constructor({ url, validate, label }: HttpDataSourceOptions) {
    const resolved = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href);
    // The folder: the path with a final slash, without query or fragment.
    const { pathname } = resolved.pathname.endsWith('.json') ? new URL('./', resolved) : resolved;
    this.baseUrl = new URL(pathname.endsWith('/') ? pathname : `${pathname}/`, resolved);
    this.#validate = validate;
    this.label = label ?? this.baseUrl.href;
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
      return await this.#requests.get(url, (requestSignal) => this.#fetchRecord(url, kind, requestSignal), signal);
    } catch (error) {
      // An abort, or a record the validator refused, is told as it is; any other failure in words.
      if (error instanceof Error) throw error;
      const failure = error as Failure;
      const words = await import('./load-failure.js').catch(() => undefined);
      throw words ? await words.explainFailure(this, kind, id, failure, signal) : new DataLoadError('load-failed', `could not load ${url}`, url);
    }
  }

  async #fetchRecord(url: string, kind: RecordKind, signal: AbortSignal): Promise<unknown> {
    // A remote record's validator (compiled from the schema, one module per kind) loads while
    // the record downloads. The bundled dataset was validated when it was built.
    const validator = this.#validate ? import('./validate-record.js').then((module) => module.validatorFor(kind)) : undefined;
    validator?.catch(() => {}); // awaited (and so reported) once the record is in
    try {
      const response = await fetch(url, {
        signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
        cache: this.#failedUrls.has(url) ? 'reload' : 'default',
      }).catch((cause: unknown) => {
        throw { status: 0, cause } satisfies Failure;
      });
      if (!response.ok) throw { status: response.status } satisfies Failure;
      const value: unknown = await response.json().catch(() => {
        throw { status: -1 } satisfies Failure;
      });
      const record = validator ? (await validator)(value, url) : value;
      this.#failedUrls.delete(url);
      this.#loaded.set(url, record);
      return record;
    } catch (error) {
      if (!signal.aborted) this.#failedUrls.add(url);
      throw error;
    }
  }
}

/** A card as widgets get it: without the file's schema version. */
function withoutSchemaVersion(record: unknown): TopicCard {
  const { schemaVersion: _, ...card } = record as TopicCard & { schemaVersion?: number };
  return card;
}
