import type { Messages } from './index.js';

/** English: always bundled, and the fallback for every other language. */
export const en: Messages = {
  loading: 'Loading topic…',
  notFound: (topic) => `There is no topic called “${topic}”.`,
  noTopic: 'No topic was chosen for this widget.',
  loadFailed: 'This topic could not be loaded.',
  retry: 'Try again',
  readingTime: (minutes) => `${minutes} min read`,
  pillars: (count) => `${count} ${count === 1 ? 'pillar' : 'pillars'}`,
  themes: 'Themes',
  keyPoints: 'Key points',
  summary: 'Summary',
  conclusion: 'In conclusion',
  related: 'Related topics',
};
