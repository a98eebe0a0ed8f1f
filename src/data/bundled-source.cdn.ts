/**
 * The bundled dataset in the CDN build: JSON files the build copies beside the chunks (in a
 * folder named by content hash), fetched one topic at a time. Stands in for `bundled-source.ts`
 * there (see vite.config.ts): the embed's URL for a topic's data is known from the id alone, so
 * its core chunk carries no table of every record, whatever the number of topics. Trusted as
 * built (the generator validated it): no validator loads.
 */
import type { TopicDataSource } from './data-source.js';
import { JsonFolderSource } from './json-folder-source.js';

/** Written in by the CDN build: where it put the dataset, relative to the chunk holding this module. */
declare const __BUNDLED_DATASET_PATH__: string;
/** Written in by the CDN build: the dataset's languages (its languages.json), so a page finds its language's files with no request first. */
declare const __BUNDLED_DATASET_LANGUAGES__: readonly string[];

export function createBundledSource(): TopicDataSource {
  return new JsonFolderSource(new URL(__BUNDLED_DATASET_PATH__, import.meta.url), undefined, __BUNDLED_DATASET_LANGUAGES__);
}
