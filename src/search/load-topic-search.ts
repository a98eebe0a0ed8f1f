/**
 * The series search of a data source in a page's language, ready to query: its search file
 * (search-file.ts) made searchable (topic-search.ts). One module, so that `<topic-index>`'s first
 * search loads one chunk (MiniSearch with it) rather than two.
 */
import { searchIndexOf } from '../data/search-file.js';
import type { TopicDataSource } from '../data/data-source.js';
import { createTopicSearch, type SearchableTopic } from './topic-search.js';
import type { TopicSearch } from './types.js';

export async function loadTopicSearch(source: TopicDataSource, lang: string, topics: readonly SearchableTopic[], signal?: AbortSignal): Promise<TopicSearch> {
  return createTopicSearch(await searchIndexOf(source, lang, signal), topics);
}

export { createTopicSearch, searchIndexOf };
