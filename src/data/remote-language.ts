/**
 * A remote dataset's records in a page's language. Its languages are not known in advance: the
 * source given for a language reads the dataset's `languages.json` first (once, for every widget
 * and language), then the records of the language chosen (JsonFolderSource.inLanguage). A dataset
 * without the file (written before translations, schema 3) is read in its one language, and its
 * records' schema version says why they are refused; a languages.json that fails the schema is
 * an error. Used by `<topic-provider src>`'s datasets and HttpDataSource.
 */
import type { RecordKind, TopicDataSource } from './data-source.js';
import type { JsonFolderSource } from './json-folder-source.js';

/** languages.json, loading or loaded, by dataset (a failed load is dropped: a retry asks again). */
const loadingLanguages = new WeakMap<JsonFolderSource, Promise<unknown>>();
/** The source for each language asked for, by dataset: the same object each time. */
const byLanguage = new WeakMap<JsonFolderSource, Map<string, TopicDataSource>>();

function loadLanguages(dataset: JsonFolderSource): Promise<unknown> {
  let loading = loadingLanguages.get(dataset);
  if (!loading) {
    loading = (dataset.request(new URL('languages.json', dataset.baseUrl).href, 'languages') as Promise<{ languages: string[] }>).then(
      (record) => (dataset.languages = record.languages),
      (error: unknown) => {
        loadingLanguages.delete(dataset);
        // A record the validator refused is an error; a missing file, a dataset of one language.
        if (error instanceof Error) throw error;
        dataset.languages = [];
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
