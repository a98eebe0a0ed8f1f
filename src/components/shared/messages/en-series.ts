import type { SeriesWords, Words } from './index.js';

/**
 * The English words of the series widgets (`<topic-article>`, `<series-nav>`): loaded with them,
 * the fallback for every language that has no words of its own for them.
 */
export const enSeries: SeriesWords = {
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

/** A widget's words with the series words filled in (English where its language has none). */
export const withSeriesWords = (words: Words): Words & SeriesWords => ({ ...enSeries, ...words });

/**
 * The language and direction of the series words a widget shows: its own, or English (left to
 * right) when its words have none of their own (a language a page registered before these words
 * existed), so that screen readers and bidi treat English as English.
 */
export function seriesWordsLang(words: Words, lang: string, dir: 'ltr' | 'rtl'): { lang: string; dir: 'ltr' | 'rtl' } {
  return Object.keys(enSeries).every((key) => key in words) ? { lang, dir } : { lang: 'en', dir: 'ltr' };
}
