import type { Words } from './index.js';

/**
 * English: always bundled, and the fallback for every other language. The words of failures are
 * in en-failure.ts, loaded with the first failure.
 */
export const en: Words = {
  loading: 'Loading topic…',
  notFound: (topic) => `There is no topic called “${topic}”.`,
  noTopic: 'No topic was chosen for this widget.',
  readingTime: (minutes) => `${minutes} min read`,
  pillars: (count) => `${count} ${count === 1 ? 'pillar' : 'pillars'}`,
  themes: 'Themes',
  keyPoints: 'Key points',
  summary: 'Summary',
  conclusion: 'In conclusion',
  related: 'Related topics',
  partOf: (part, parts) => `Part ${part} of ${parts}`,
  seriesParts: 'Parts of the series',
  previousPart: 'Previous',
  nextPart: 'Next',
  contents: 'Contents',
  copyLink: 'Copy link',
  copyLinkTo: (section) => `Copy link to “${section}”`,
  linkCopied: 'Link copied',
  linkNotCopied: 'The link could not be copied; it is shown to copy by hand',
};
