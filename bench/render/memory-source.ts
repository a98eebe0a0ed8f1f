/**
 * A data source answering from memory at once (synchronously, through `peek`, as any source does
 * for data at hand), so the render benchmark measures rendering only.
 */
import type { TopicDataSource } from '../../src/data/data-source.js';
import { SCHEMA_VERSION, type TopicCard } from '../../src/schema/dataset.js';

export function memorySource(card: TopicCard): TopicDataSource {
  return {
    label: 'memory',
    peek: (kind) => (kind === 'card' ? { value: card } : undefined) as never,
    loadCard: async () => card,
    loadSummary: async () => {
      throw new Error('not in this benchmark');
    },
    loadArticle: async () => {
      throw new Error('not in this benchmark');
    },
    loadIndex: async () => ({ schemaVersion: SCHEMA_VERSION, contentHash: '0'.repeat(64), topics: [{ ...card, countryCodes: [] }], themes: [] }),
  };
}

declare global {
  interface Window {
    tachometerResult?: number;
    BENCH_CARD: TopicCard;
  }
}

export const CARDS = 1000;
