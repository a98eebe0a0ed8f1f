import type { IndexWords, Words } from './index.js';

/**
 * The English words of `<topic-index>`: loaded with it, the fallback for every language that has
 * no words of its own for them.
 */
export const enIndex: IndexWords = {
  seriesTopics: 'Topics of the series',
  searchSeries: 'Search the series',
  countries: 'Countries',
  topicsShown: (shown, total) => `${shown} of ${total} ${total === 1 ? 'topic' : 'topics'}`,
  noTopicMatches: (query, filters) => `No topic ${query ? `matches “${query}”` : 'is shown'}${filters ? ` in ${filters}` : ''}.`,
  clearAll: 'Clear all',
  showAllTopics: 'Show all topics',
  showMore: (count) => `Show ${count} more`,
  searching: 'Searching…',
  searchFailed: 'The search could not be loaded; the filters still work.',
};

/** A widget's words with the index's filled in (English where its language has none). */
export const withIndexWords = (words: Words): Words & IndexWords => ({ ...enIndex, ...words });
