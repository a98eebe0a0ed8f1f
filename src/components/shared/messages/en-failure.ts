import { someNames } from './format.js';
import type { FailureWords } from './index.js';

/**
 * The English words of the error state and of the page's announcement of failures: loaded with
 * failure.ts, the fallback for every language that has no words of its own for them.
 */
export const enFailure: FailureWords = {
  loadFailed: 'This could not be loaded.',
  loadFailedSummary: (names) =>
    names.length === 1 ? `“${names[0]}” could not be loaded.` : `${names.length} topics could not be loaded: ${someNames(names, 'en', (n) => `${n} more`)}.`,
  retry: 'Try again',
  retryTopic: (name) => `Try again to load “${name}”`,
};
