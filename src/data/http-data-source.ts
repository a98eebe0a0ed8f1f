/**
 * A dataset served over HTTP as the generator writes it (index.json, cards/<id>.json,
 * summaries/<id>.json, articles/<id>.json), read lazily one file at a time. Used for the bundled dataset (trusted:
 * validated when it was built) and for remote datasets (validated here, against the schema).
 */
import type { ArticleRecord, DatasetIndex, TopicCard, TopicSummaryRecord } from '../schema/dataset.js';
import { isTopicId } from '../schema/patterns.js';
import { DataLoadError, TopicNotFoundError, type RecordKind, type RecordTypes, type Settled, type TopicDataSource } from './data-source.js';
import { SharedRequests } from './shared-requests.js';

type TopicRecordKind = Exclude<RecordKind, 'index'>;
const FOLDERS: Record<TopicRecordKind, string> = { card: 'cards', summary: 'summaries', article: 'articles' };

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
  private readonly validate: boolean;
  private readonly requests = new SharedRequests();
  /** URLs whose last load failed: asked again past the browser's cache (which may keep an error). */
  private readonly failedUrls = new Set<string>();
  /** Records loaded so far, by URL: answered at once the next time (`peek`). */
  private readonly loaded = new Map<string, unknown>();

  constructor({ url, validate, label }: HttpDataSourceOptions) {
    const resolved = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href);
    this.baseUrl = withTrailingSlash(resolved.pathname.endsWith('.json') ? new URL('./', resolved) : resolved);
    this.validate = validate;
    this.label = label ?? this.baseUrl.href;
  }

  async loadCard(id: string, signal?: AbortSignal): Promise<TopicCard> {
    return withoutSchemaVersion(await this.loadTopicFile(id, 'card', signal));
  }

  loadSummary(id: string, signal?: AbortSignal): Promise<TopicSummaryRecord> {
    return this.loadTopicFile(id, 'summary', signal) as Promise<TopicSummaryRecord>;
  }

  loadArticle(id: string, signal?: AbortSignal): Promise<ArticleRecord> {
    return this.loadTopicFile(id, 'article', signal) as Promise<ArticleRecord>;
  }

  loadIndex(signal?: AbortSignal): Promise<DatasetIndex> {
    return this.load(this.indexUrl(), 'index', signal) as Promise<DatasetIndex>;
  }

  peek<K extends RecordKind>(kind: K, id: string): Settled<RecordTypes[K]> | undefined {
    const index = this.loaded.get(this.indexUrl().href) as DatasetIndex | undefined;
    if (kind === 'index') return index ? { value: index as RecordTypes[K] } : undefined;
    if (isTopicId(id) && this.loaded.has(this.topicUrl(id, kind as TopicRecordKind).href)) {
      const record = this.loaded.get(this.topicUrl(id, kind as TopicRecordKind).href);
      return { value: (kind === 'card' ? withoutSchemaVersion(record) : record) as RecordTypes[K] };
    }
    // Known to be missing once the index is here.
    if (index && !index.topics.some((topic) => topic.id === id)) return { error: new TopicNotFoundError(id, index.topics.map((topic) => topic.id)) };
    return undefined;
  }

  private indexUrl(): URL {
    return new URL('index.json', this.baseUrl);
  }

  private topicUrl(id: string, kind: TopicRecordKind): URL {
    return new URL(`${FOLDERS[kind]}/${id}.json`, this.baseUrl);
  }

  private async loadTopicFile(id: string, kind: TopicRecordKind, signal?: AbortSignal): Promise<unknown> {
    if (!isTopicId(id)) throw await this.notFound(id, kind, signal);
    const url = this.topicUrl(id, kind);
    try {
      return await this.load(url, kind, signal);
    } catch (error) {
      if (error instanceof NotFoundResponse) throw await this.notFound(id, kind, signal);
      throw error;
    }
  }

  /**
   * A missing topic, with the valid ids from the index. When the index cannot be had either,
   * the dataset itself is missing or broken: a load error, not an unknown topic.
   */
  private async notFound(id: string, kind: TopicRecordKind, signal?: AbortSignal): Promise<TopicNotFoundError | DataLoadError> {
    let index: DatasetIndex;
    try {
      index = await this.loadIndex(signal);
    } catch (error) {
      if (signal?.aborted || error instanceof DataLoadError) throw error;
      const indexUrl = this.indexUrl().href;
      return new DataLoadError(
        'load-failed',
        `no dataset at ${this.baseUrl.href}: ${indexUrl} is missing. Point the widgets at the folder \`defense-topics build\` wrote (<topic-provider src="…"> or setDefaultDataSource), or publish that folder there.`,
        indexUrl,
      );
    }
    if (index.topics.some((topic) => topic.id === id)) {
      // Listed in the index but its file is missing: a broken dataset, not an unknown topic.
      const url = this.topicUrl(id, kind).href;
      return new DataLoadError('load-failed', `topic "${id}" is listed in ${this.label} but ${url} is missing: publish the whole folder \`defense-topics build\` wrote.`, url);
    }
    return new TopicNotFoundError(id, index.topics.map((topic) => topic.id));
  }

  private load(url: URL, kind: RecordKind, signal?: AbortSignal): Promise<unknown> {
    return this.requests.get(
      url.href,
      (requestSignal) =>
        this.fetchRecord(url, kind, requestSignal).then(
          (value) => {
            this.failedUrls.delete(url.href);
            this.loaded.set(url.href, value);
            return value;
          },
          (error: unknown) => {
            if (!requestSignal.aborted && !(error instanceof NotFoundResponse)) this.failedUrls.add(url.href);
            throw error;
          },
        ),
      signal,
    );
  }

  private async fetchRecord(url: URL, kind: RecordKind, signal: AbortSignal): Promise<unknown> {
    // A remote record's validator (compiled from the schema, one module per kind) loads while
    // the record downloads. The bundled dataset was validated when it was built.
    const validator = this.validate ? import('./validate-record.js').then((module) => module.validatorFor(kind)) : undefined;
    validator?.catch(() => {}); // awaited (and so reported) once the record is in
    let response: Response;
    try {
      response = await fetch(url, {
        signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
        cache: this.failedUrls.has(url.href) ? 'reload' : 'default',
      });
    } catch (error) {
      if (signal.aborted) throw error;
      throw new DataLoadError('load-failed', `could not reach ${url.href}: ${(error as Error).message}`, url.href);
    }
    if (response.status === 404 || response.status === 410) throw new NotFoundResponse();
    if (!response.ok) throw new DataLoadError('load-failed', `${url.href} answered HTTP ${response.status}`, url.href);
    let value: unknown;
    try {
      value = await response.json();
    } catch (error) {
      if (signal.aborted) throw error;
      throw new DataLoadError('invalid-data', `${url.href} is not valid JSON`, url.href);
    }
    return validator ? (await validator)(value, url.href) : value;
  }
}

/** A card as widgets get it: without the file's schema version. */
function withoutSchemaVersion(record: unknown): TopicCard {
  const { schemaVersion: _, ...card } = record as TopicCard & { schemaVersion?: number };
  return card;
}

/** Internal: a 404, turned into a TopicNotFoundError (with the valid ids) by the caller. */
class NotFoundResponse extends Error {}

/** The dataset's folder: the path with a final slash, without query or fragment. */
function withTrailingSlash(url: URL): URL {
  return new URL(url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`, url);
}
