/**
 * The data sources widgets use: the bundled dataset by default, or a remote dataset by URL
 * (validated, one shared instance per URL so every widget on a page shares its cache).
 */
import { createBundledSource } from './bundled-source.js';
import type { TopicDataSource } from './data-source.js';
import { HttpDataSource } from './http-data-source.js';

let defaultSource: TopicDataSource | undefined;
/** Called when the default changes: widgets already on the page follow it. */
const followers = new Set<() => void>();

/** The data source of widgets without a provider: the bundled dataset, unless replaced. */
export function defaultDataSource(): TopicDataSource {
  defaultSource ??= createBundledSource();
  return defaultSource;
}

/**
 * Replaces the data source of every widget without a provider (e.g. with a dataset of your own).
 * Widgets already on the page switch to it at once (a load from the old source is cancelled).
 */
export function setDefaultDataSource(source: TopicDataSource): void {
  if (source === defaultSource) return;
  defaultSource = source;
  for (const follow of followers) follow();
}

/** Calls `follow` whenever the default data source changes, until the returned function is called. */
export function followDefaultDataSource(follow: () => void): () => void {
  followers.add(follow);
  return () => followers.delete(follow);
}

const remoteSources = new Map<string, HttpDataSource>();

/** A remote dataset (folder URL or its index.json), fetched lazily and validated against the schema. */
export function remoteDataSource(url: string): TopicDataSource {
  const key = new URL(url, globalThis.document?.baseURI).href;
  let source = remoteSources.get(key);
  if (!source) {
    source = new HttpDataSource({ url: key, validate: true });
    remoteSources.set(key, source);
  }
  return source;
}
