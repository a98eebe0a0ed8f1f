import type { Words } from './index.js';

/**
 * English: always bundled, and the fallback for every other language. The words of failures are
 * in en-failure.ts, loaded with the first failure; those of the series widgets in en-series.ts,
 * and of the summary in en-summary.ts, loaded with them.
 */
export const en: Words = {
  loading: 'Loading topic…',
  readingTime: (minutes) => `${minutes} min read`,
  keyPointCount: (count) => `${count} key ${count === 1 ? 'point' : 'points'}`,
  readArticle: (minutes) => `Read the article · ${minutes} min`,
  themes: 'Themes',
};
