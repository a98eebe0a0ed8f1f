/**
 * The one interface between widgets and data. Widgets ask a data source for what they show
 * and never import data files; the source decides where records come from (the bundled dataset
 * or a remote one) and whether to validate them.
 */
import type { ArticleRecord, DatasetIndex, TopicCard, TopicSummaryRecord } from '../schema/dataset.js';

export interface TopicDataSource {
  /** Where the data comes from, for messages ("bundled dataset", a URL). */
  readonly label: string;
  /** One topic's card-level record; loads nothing else (no index, no other topic). */
  loadCard(id: string, signal?: AbortSignal): Promise<TopicCard>;
  /** One topic's record without its full text: what the summary and pillar widgets show. */
  loadSummary(id: string, signal?: AbortSignal): Promise<TopicSummaryRecord>;
  /** One topic's full record, text included. */
  loadArticle(id: string, signal?: AbortSignal): Promise<ArticleRecord>;
  /** Every topic's card-level fields: for listings, and to name the valid ids in errors. */
  loadIndex(signal?: AbortSignal): Promise<DatasetIndex>;
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
