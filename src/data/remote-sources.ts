/**
 * Remote datasets by URL (`<topic-provider src>`), validated, one shared instance per URL so
 * every widget on a page shares its cache; and their preloading for server renders. What fetches,
 * validates and cancels (validated-requests.ts, with its request sharing and the validators) loads
 * with a remote dataset's first request: in the CDN build it is a chunk of its own, so a page
 * whose providers have no `src` never downloads it.
 */
import { isServer } from 'lit';
import { DataLoadError, type FileKind, type TopicDataSource } from './data-source.js';
import type { RequestRecord } from './validated-requests.js';
import { JsonFolderSource } from './json-folder-source.js';
import { remoteInLanguage } from './remote-language.js';

const remoteSources = new Map<string, TopicDataSource>();

/**
 * A remote dataset, made at once (a server render reads what `preloadDataset` loaded into it, and
 * a widget shows at once what it already has: `peek`): its requests go through
 * validated-requests.ts, imported with the first (shared, cancelled once no widget waits, each
 * record validated). When that import fails (the connection dropped), the load fails with the
 * browser's error naming the file, and the next load tries it again.
 */
class RemoteSource extends JsonFolderSource {
  #request?: RequestRecord;

  override inLanguage(lang: string): TopicDataSource {
    // One language's records are that language's; the dataset's, found once languages.json is read.
    return this.rootUrl ? this : remoteInLanguage(this, lang);
  }

  protected override view(url: URL): JsonFolderSource {
    // One language's records: that language's, with no languages.json of its own.
    return new RemoteSource(url, this.label, [], this.baseUrl);
  }

  override async request(url: string, kind: FileKind, signal?: AbortSignal): Promise<unknown> {
    const { default: sharedValidatedRequests } = await import('./validated-requests.js');
    // Set once: loads that started together share their requests.
    this.#request ??= sharedValidatedRequests(this.fetchRecord.bind(this), true);
    return this.#request(url, kind, signal);
  }
}

/** A remote dataset (folder URL or its index.json), fetched lazily and validated against the schema. */
export function remoteDataSource(url: string): TopicDataSource {
  let key: string;
  try {
    // (A browser build drops the server's branch.)
    key = new URL(url, isServer ? undefined : document.baseURI).href;
  } catch (error) {
    // A relative URL on a server (no page to resolve it against): a dataset preloaded under it,
    // else one that has nothing at hand (a server render shows the fallback and says to preload).
    const preloaded = remoteSources.get(url);
    if (preloaded) return preloaded;
    if (!isServer) throw error;
    const missing = () => Promise.reject(new DataLoadError('load-failed', `${url} is relative and was not preloaded: on a server, await preloadDataset(src, { base })`));
    return { label: url, loadCard: missing, loadSummary: missing, loadArticle: missing, loadIndex: missing };
  }
  let source = remoteSources.get(key);
  if (!source) remoteSources.set(key, (source = new RemoteSource(key)));
  return source;
}

export interface PreloadOptions {
  /** The topics to read (default: every topic in the dataset's index), with the cards of their related topics. */
  topics?: readonly string[];
  /** Topics whose full article records to read too, for `<topic-article>` (default: none; they are the largest records). */
  articles?: readonly string[];
  /** Resolves a relative `src` (on a server there is no page to resolve it against), e.g. the site's origin. */
  base?: string | URL;
  /** The languages of the page's widgets (BCP 47): each one's records are read (default: the dataset's default language's only). */
  languages?: readonly string[];
  signal?: AbortSignal;
}

/**
 * Server rendering: fetches and validates a remote dataset's records, so that a server render
 * (which is synchronous: it cannot wait for a fetch) of `<topic-provider src="…">` shows them.
 * Pass the `src` exactly as the page writes it. Topics the index does not list are left out (they
 * render the not-found state); a failed fetch or invalid data rejects, naming the URL.
 *
 *   await preloadDataset('https://data.example/topics/');   // add { articles: [id…] } for <topic-article>s
 *   render(html`<topic-provider src="https://data.example/topics/">…</topic-provider>`);
 */
export async function preloadDataset(src: string, { topics, articles = [], base, languages = [], signal }: PreloadOptions = {}): Promise<TopicDataSource> {
  let source: TopicDataSource;
  if (base === undefined) {
    source = remoteDataSource(src);
  } else {
    const url = new URL(src, base).href;
    source = remoteSources.get(url) ?? new RemoteSource(url);
    remoteSources.set(url, source);
    remoteSources.set(src, source);
  }
  // Each language's records the page asks for (the default language's when none is given: '' chooses it).
  const sources = new Set((languages.length ? languages : ['']).map((lang) => source.inLanguage?.(lang) ?? source));
  for (const records of sources) await preloadRecords(records, topics, articles, signal);
  return source;
}

async function preloadRecords(source: TopicDataSource, topics: readonly string[] | undefined, articles: readonly string[], signal: AbortSignal | undefined): Promise<void> {
  const index = await source.loadIndex(signal);
  const listed = new Set(index.topics.map((topic) => topic.id));
  const ids = (topics ?? [...listed]).filter((id) => listed.has(id));
  const summaries = await Promise.all(ids.map((id) => Promise.all([source.loadCard(id, signal), source.loadSummary(id, signal)]).then(([, summary]) => summary)));
  // A summary shows its related topics: their cards too.
  const related = new Set(summaries.flatMap((summary) => summary.related.map((entry) => entry.id)).filter((id) => listed.has(id) && !ids.includes(id)));
  await Promise.all([...[...related].map((id) => source.loadCard(id, signal)), ...articles.filter((id) => listed.has(id)).map((id) => source.loadArticle(id, signal))]);
}
