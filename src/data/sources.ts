/**
 * The data sources widgets use: the bundled dataset by default, or a remote dataset by URL
 * (validated, one shared instance per URL so every widget on a page shares its cache).
 */
import type { TopicDataSource } from './data-source.js';
import { HttpDataSource } from './http-data-source.js';

/** Written in by the CDN build: where it puts the dataset, relative to the chunk holding this module. */
declare const __BUNDLED_DATASET_PATH__: string | undefined;
/**
 * Where the dataset built with the package sits, relative to this module. The npm build keeps
 * this relation; the CDN build writes its own path in; an app that moves the files calls
 * `setDefaultDataSource`.
 */
const BUNDLED_DATASET_PATH = typeof __BUNDLED_DATASET_PATH__ === 'string' ? __BUNDLED_DATASET_PATH__ : '../../generated/dataset/';
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
