/**
 * The one interface between widgets and data. Widgets ask a data source for what they show
 * and never import data files; the source decides where records come from (the bundled dataset
 * or a remote one) and whether to validate them.
 */
import type { ArticleRecord, DatasetIndex, SearchIndexRecord, TopicCard, TopicSummaryRecord } from '../schema/dataset.js';

/** The kinds of record a dataset holds: its index, and per topic a card, a summary and the full article. */
export type RecordKind = 'index' | 'card' | 'summary' | 'article';

/** The files a dataset serves: its records, and its search indexes (one per language). */
export type FileKind = RecordKind | 'search' | 'languages';

/** The record each kind gives. */
export interface RecordTypes {
  index: DatasetIndex;
  card: TopicCard;
  summary: TopicSummaryRecord;
  article: ArticleRecord;
}

/** An answer a data source can give at once: the record, or the error asking for it would end in. */
export type Settled<T> = { readonly value: T; readonly error?: undefined } | { readonly error: Error; readonly value?: undefined };

export interface TopicDataSource {
  /** Where the data comes from, for messages ("the bundled dataset", a URL). */
  readonly label: string;
  /**
   * Optional: the source of the records a page in `lang` (BCP 47) reads, for a dataset in more than
   * one language: each topic in that language where it has it, else in the dataset's default
   * language, else its original (see choose-language.ts). The same object for the same language,
   * so a widget loads again only when its language changes. Without it, one language for every page.
   */
  inLanguage?(lang: string): TopicDataSource;
  /**
   * Optional: what the source can answer synchronously — a record it already holds (or, on a
   * server, can read at once), or an error it already knows (an id the dataset does not have).
   * `undefined` when the answer needs a load. A widget whose data is at hand renders it in its
   * first render, without a loading state, and a server render shows the real content.
   * (`id` is ignored for the index.)
   */
  peek?<K extends RecordKind>(kind: K, id: string): Settled<RecordTypes[K]> | undefined;
  /** One topic's card-level record; loads nothing else (no index, no other topic). */
  loadCard(id: string, signal?: AbortSignal): Promise<TopicCard>;
  /** One topic's record without its full text: what the summary and pillar widgets show. */
  loadSummary(id: string, signal?: AbortSignal): Promise<TopicSummaryRecord>;
  /** One topic's full record, text included. */
  loadArticle(id: string, signal?: AbortSignal): Promise<ArticleRecord>;
  /** Every topic's card-level fields: for listings, and to name the valid ids in errors. */
  loadIndex(signal?: AbortSignal): Promise<DatasetIndex>;
  /**
   * Optional: the search index for a page's language (`lang`, BCP 47), for the series search
   * (a folder of JSON files has one without it: see search-file.ts, `searchIndexOf`)
   * (src/search/topic-search.ts): that language's, else its primary language's ("ar-EG" → "ar"),
   * else the dataset's default language's (the first its index lists). Rejects with a
   * DataLoadError when the dataset has no search index or its file is broken.
   */
  loadSearchIndex?(lang: string, signal?: AbortSignal): Promise<SearchIndexRecord>;
}

/** Codes carried by `widget-error` events and data errors. */
export type DataErrorCode = 'not-found' | 'load-failed' | 'invalid-data';

/** The topic does not exist in the dataset (or no topic was asked for). */
export class TopicNotFoundError extends Error {
  readonly code = 'not-found' as const;
  constructor(
    readonly topic: string,
    /** The ids that do exist, when they could be listed. */
    readonly validIds: readonly string[],
  ) {
    super(topic === '' ? 'no topic was given' : `unknown topic "${topic}"`);
    this.name = 'TopicNotFoundError';
  }
}

/** The data could not be fetched, or was not a valid dataset. */
export class DataLoadError extends Error {
  constructor(
    readonly code: 'load-failed' | 'invalid-data',
    message: string,
    readonly url?: string,
  ) {
    super(message);
    this.name = 'DataLoadError';
  }
}

export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
