/**
 * The data sources widgets use: the bundled dataset by default, or a remote dataset by URL
 * (validated, one shared instance per URL so every widget on a page shares its cache).
 */
import type { TopicDataSource } from './data-source.js';
import { HttpDataSource } from './http-data-source.js';

/**
 * Where the dataset built with the package sits, relative to this module. Builds that move
 * files (the CDN and npm builds) keep this relation or call `setDefaultDataSource`.
 */
const BUNDLED_DATASET_PATH = '../../generated/dataset/';
// Not a string literal on purpose: bundlers would otherwise treat the folder as an asset and
// inline its index.json into the code.
const BUNDLED_DATASET_URL = new URL(BUNDLED_DATASET_PATH, import.meta.url);

let defaultSource: TopicDataSource | undefined;

/** The data source of widgets without a provider: the bundled dataset, unless replaced. */
export function defaultDataSource(): TopicDataSource {
  defaultSource ??= new HttpDataSource({ url: BUNDLED_DATASET_URL, validate: false, label: 'the bundled dataset' });
  return defaultSource;
}

/** Replaces the data source of every widget without a provider (e.g. to host the dataset elsewhere). */
export function setDefaultDataSource(source: TopicDataSource): void {
  defaultSource = source;
}

const remoteSources = new Map<string, HttpDataSource>();

/** A remote dataset (folder URL or its index.json), fetched lazily and validated against the schema. */
export function remoteDataSource(url: string): TopicDataSource {
  const key = new URL(url, document.baseURI).href;
  let source = remoteSources.get(key);
  if (!source) {
    source = new HttpDataSource({ url: key, validate: true });
    remoteSources.set(key, source);
  }
  return source;
}
