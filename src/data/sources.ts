/**
 * The data sources widgets use: the bundled dataset by default, or a remote dataset by URL
 * (remote-sources.ts: validated, one shared instance per URL so every widget on a page shares
 * its cache; re-exported here, where it always was).
 */
import { createBundledSource } from './bundled-source.js';
import type { TopicDataSource } from './data-source.js';

export { preloadDataset, remoteDataSource, type PreloadOptions } from './remote-sources.js';

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
