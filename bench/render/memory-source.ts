/**
 * A data source answering from memory at once (synchronously, through `peek`, as any source does
 * for data at hand), so the render benchmark measures rendering only.
 */
import type { TopicDataSource } from '../../src/data/data-source.js';
import { SCHEMA_VERSION, type ArticleRecord, type TopicCard } from '../../src/schema/dataset.js';

export function memorySource(records: { card?: TopicCard; article?: ArticleRecord }): TopicDataSource {
  const { card, article } = records;
  const missing = (kind: string) => Promise.reject(new Error(`no ${kind} in this benchmark`));
  return {
    label: 'memory',
    peek: (kind) => (kind === 'card' && card ? { value: card } : kind === 'article' && article ? { value: article } : undefined) as never,
    loadCard: async () => card ?? missing('card'),
    loadSummary: () => missing('summary'),
    loadArticle: async () => article ?? missing('article'),
    loadIndex: async () => ({ schemaVersion: SCHEMA_VERSION, lang: 'en', contentHash: '0'.repeat(64), topics: card ? [{ ...card, countryCodes: [] }] : [], themes: [] }),
  };
}

declare global {
  interface Window {
    tachometerResult?: number;
    BENCH_CARD: TopicCard;
    BENCH_ARTICLE: ArticleRecord;
  }
}

export const CARDS = 1000;
export const ARTICLES = 100;
