import type { SummaryWords, Words } from './index.js';

/**
 * The English words of `<article-summary>`'s parts and fold: loaded with it (pages with cards alone never
 * download them), the fallback for every language that has no words of its own for them.
 */
export const enSummary: SummaryWords = {
  keyPoints: 'Key points',
  summary: 'Summary',
  conclusion: 'In conclusion',
  related: 'Related topics',
  showMoreOfSummary: 'Show more',
  showLess: 'Show less',
};

/** A widget's words with the summary's filled in (English where its language has none). */
export const withSummaryWords = (words: Words): Words & SummaryWords => ({ ...enSummary, ...words });

/** The language and direction of the summary's own words (titles, fold): the widget's, or English (left to right) where its language has no words for them. */
export function summaryWordsLang(words: Words, lang: string, dir: 'ltr' | 'rtl'): { lang: string; dir: 'ltr' | 'rtl' } {
  return Object.keys(enSummary).every((key) => key in words) ? { lang, dir } : { lang: 'en', dir: 'ltr' };
}
