/**
 * A remote dataset's records in a page's language. Its languages are not known in advance: the
 * source given for a language reads the dataset's `languages.json` first (once, for every widget
 * and language), then the records of the language chosen (JsonFolderSource.inLanguage). A dataset
 * without the file (404: written before translations, schema 3) is read in its one language, and
 * its records' schema version says why they are refused; any other failure (unreachable, a
 * server error, a file that is not JSON or fails the check) fails the loads until a retry.
 * Used by `<topic-provider src>`'s datasets and HttpDataSource.
 */
import { DataLoadError, type RecordKind, type TopicDataSource } from './data-source.js';
import type { JsonFolderSource } from './json-folder-source.js';
import type { Failure } from './load-failure.js';

/** languages.json, loading or loaded, by dataset (a failed load is dropped: a retry asks again). */
const loadingLanguages = new WeakMap<JsonFolderSource, Promise<unknown>>();
/** The source for each language asked for, by dataset: the same object each time. */
const byLanguage = new WeakMap<JsonFolderSource, Map<string, TopicDataSource>>();

function loadLanguages(dataset: JsonFolderSource): Promise<unknown> {
  let loading = loadingLanguages.get(dataset);
  if (!loading) {
    const url = new URL('languages.json', dataset.baseUrl).href;
    loading = (dataset.request(url, 'languages') as Promise<{ languages: string[] }>).then(
      (record) => (dataset.languages = record.languages),
      (error: unknown) => {
        const { status, cause } = error as Failure;
        // No such file: a dataset of one language (written before translations), for good.
        if (!(error instanceof Error) && (status === 404 || status === 410)) return (dataset.languages = []);
        // Anything else (unreachable, a server error, not JSON, refused by the check) fails the
        // widgets' loads, and a retry asks again: never the wrong language without a word.
        loadingLanguages.delete(dataset);
        if (error instanceof Error) throw error;
        if (!status) throw new DataLoadError('load-failed', `could not reach ${url}: ${(cause as Error | undefined)?.message ?? String(cause)}`, url);
        throw new DataLoadError(status < 0 ? 'invalid-data' : 'load-failed', status < 0 ? `${url} is not valid JSON` : `${url} answered HTTP ${status}`, url);
      },
    );
    loadingLanguages.set(dataset, loading);
  }
  return loading;
}

/** `dataset`'s records for a page in `lang`, once its languages are known. */
export function remoteInLanguage(dataset: JsonFolderSource, lang: string): TopicDataSource {
  let sources = byLanguage.get(dataset);
  if (!sources) byLanguage.set(dataset, (sources = new Map()));
  let source = sources.get(lang);
  if (source) return source;
  const ready = async () => {
    await loadLanguages(dataset);
    return dataset.languageView(lang);
  };
  // Each load waits for the languages, then is the chosen language's own (an abort ends it there).
  const records: Record<string, unknown> = { label: dataset.label, peek: (kind: RecordKind, id: string) => (dataset.languages ? dataset.languageView(lang).peek(kind, id) : undefined) };
  for (const name of ['loadCard', 'loadSummary', 'loadArticle', 'loadIndex'] as const) records[name] = async (a: never, b: never) => ((await ready())[name] as (a: never, b: never) => unknown)(a, b);
  records.loadSearchIndex = async (searchLang: string, signal?: AbortSignal) => (await import('../search/load-topic-search.js')).searchIndexOf(await ready(), searchLang, signal);
  source = records as unknown as TopicDataSource;
  sources.set(lang, source);
  return source;
}
