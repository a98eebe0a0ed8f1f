/**
 * Which search index a data source loads for a page's language, and the words for one that
 * cannot be had: loaded with a reader's first search (not with a page's widgets: the CDN build
 * keeps it out of the core chunk), by JsonFolderSource and ModuleDataSource.
 *
 * The dataset's index lists its search files (`search`), the default language first (that of most
 * topics). A page's language finds the file of the same tag, else of the same primary language
 * ("ar-EG" finds "ar"), else the default's.
 */
import type { DatasetIndex, SearchFile, SearchIndexRecord } from '../schema/dataset.js';
import { DataLoadError, type TopicDataSource } from './data-source.js';
import { JsonFolderSource } from './json-folder-source.js';
import type { Failure } from './load-failure.js';

/**
 * The search index a data source has for a page's language `lang`: its own `loadSearchIndex`
 * (the bundled dataset's module table, a source of your own), else, for a folder of JSON files
 * (the CDN build's bundled dataset, a remote dataset, validated), the file its index names. Here,
 * not in JsonFolderSource: every page with a widget loads that class, and few search.
 */
export function searchIndexOf(source: TopicDataSource, lang: string, signal?: AbortSignal): Promise<SearchIndexRecord> {
  if (source.loadSearchIndex) return source.loadSearchIndex(lang, signal);
  if (source instanceof JsonFolderSource) return loadSearchFile(source, lang, (url) => source.request(url, 'search', signal), signal);
  return Promise.reject(new DataLoadError('load-failed', `${source.label} offers no search index (a data source of your own can: loadSearchIndex)`));
}

/** The search file for `lang`, or the error a dataset without search ends in. */
export function searchFileFor(index: DatasetIndex, lang: string, label: string): SearchFile {
  const files = index.search ?? [];
  const primary = (tag: string) => tag.toLowerCase().split('-')[0];
  const file =
    files.find((entry) => entry.lang.toLowerCase() === lang.toLowerCase()) ?? files.find((entry) => primary(entry.lang) === primary(lang)) ?? files[0];
  if (!file) throw new DataLoadError('load-failed', `${label} has no search index: build it again with defense-topics build (version 0.1 or later writes search/<lang>.json)`);
  return file;
}

/**
 * A JSON folder's search index for `lang`: its index first (which names the file), then the file
 * through `request` (validated for a remote dataset). A failure is a DataLoadError naming the URL.
 */
export async function loadSearchFile(
  source: { readonly baseUrl: URL; readonly rootUrl?: URL | undefined; readonly label: string; loadIndex(signal?: AbortSignal): Promise<DatasetIndex> },
  lang: string,
  request: (url: string) => Promise<unknown>,
  signal?: AbortSignal,
): Promise<SearchIndexRecord> {
  // A language's view (languages/<lang>/) finds the search files in the dataset's own folder.
  const url = new URL(searchFileFor(await source.loadIndex(signal), lang, source.label).path, source.rootUrl ?? source.baseUrl).href;
  try {
    return (await request(url)) as SearchIndexRecord;
  } catch (error) {
    if (error instanceof Error) throw error;
    const { status, cause } = error as Failure;
    if (!status) throw new DataLoadError('load-failed', `could not reach ${url}: ${(cause as Error | undefined)?.message ?? String(cause)}`, url);
    throw new DataLoadError(status < 0 ? 'invalid-data' : 'load-failed', status < 0 ? `${url} is not valid JSON` : `${url} answered HTTP ${status}`, url);
  }
}
