import { someNames } from './format.js';
import type { Messages } from './index.js';

/** English: always bundled, and the fallback for every other language. */
export const en: Messages = {
  loading: 'Loading topic…',
  notFound: (topic) => `There is no topic called “${topic}”.`,
  noTopic: 'No topic was chosen for this widget.',
  loadFailed: 'This topic could not be loaded.',
  loadFailedTopic: (name) => `“${name}” could not be loaded.`,
  loadFailedSummary: (names) =>
    names.length === 1 ? `“${names[0]}” could not be loaded.` : `${names.length} topics could not be loaded: ${someNames(names, 'en', (n) => `${n} more`)}.`,
  retry: 'Try again',
  retryTopic: (name) => `Try again to load “${name}”`,
  readingTime: (minutes) => `${minutes} min read`,
  pillars: (count) => `${count} ${count === 1 ? 'pillar' : 'pillars'}`,
  themes: 'Themes',
  keyPoints: 'Key points',
  summary: 'Summary',
  conclusion: 'In conclusion',
  related: 'Related topics',
};
