/**
 * Why a file of an HTTP dataset could not be had, in words naming the URL and the fix: loaded
 * with a page's first failure (json-folder-source.ts), so that pages whose data loads never
 * download these words.
 */
import { DataLoadError, TopicNotFoundError, type RecordKind } from './data-source.js';
import type { JsonFolderSource } from './json-folder-source.js';

/**
 * What went wrong, as json-folder-source.ts throws it inside a load: the HTTP status, 0 when the
 * server could not be reached (with the browser's reason), -1 when the answer was not JSON.
 */
export interface Failure {
  status: number;
  cause?: unknown;
}

/** The error a failed load ends in (a missing topic's needs the index: an abort while it loads rejects). */
export async function explainFailure(source: JsonFolderSource, kind: RecordKind, id: string, { status, cause }: Failure, signal?: AbortSignal): Promise<Error> {
  const url = source.fileUrl(kind, id);
  if (!status) return new DataLoadError('load-failed', `could not reach ${url}: ${(cause as Error | undefined)?.message ?? String(cause)}`, url);
  if (status < 0) return new DataLoadError('invalid-data', `${url} is not valid JSON`, url);
  if (status !== 404 && status !== 410) return new DataLoadError('load-failed', `${url} answered HTTP ${status}`, url);
  if (kind === 'index') {
    return new DataLoadError(
      'load-failed',
      `no dataset at ${source.baseUrl.href}: ${url} is missing. Point the widgets at the folder \`defense-topics build\` wrote (<topic-provider src="…"> or setDefaultDataSource), or publish that folder there.`,
      url,
    );
  }
  // A missing topic, with the valid ids from the index. When the index cannot be had either,
  // the dataset itself is missing or broken: that error, not an unknown topic.
  const ids = (await source.loadIndex(signal)).topics.map((topic) => topic.id);
  // Listed in the index but its file is missing: a broken dataset, not an unknown topic.
  if (ids.includes(id)) return new DataLoadError('load-failed', `topic "${id}" is listed in ${source.label} but ${url} is missing: publish the whole folder \`defense-topics build\` wrote.`, url);
  return new TopicNotFoundError(id, ids);
}
