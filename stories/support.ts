/** Shared by the stories: topic ids, data sources that stage each state, and a play helper. */
import { expect, waitFor } from 'storybook/test';
import { DataLoadError, type TopicDataSource } from '../src/data/data-source.js';
import { defaultDataSource } from '../src/data/sources.js';
import type { TopicElement } from '../src/components/shared/topic-element.js';

export const TOPIC_IDS = [
  'air-defense-cooperation',
  'defense-technology-exchanges',
  'technological-exchange-programs',
  'military-training-diplomacy',
  'defense-attaches',
] as const;

/** Never answers (until the widget gives up on it): the loading state, held still. */
export const foreverLoading: TopicDataSource = {
  label: 'a source that never answers',
  loadCard: (_id, signal) => pending(signal),
  loadSummary: (_id, signal) => pending(signal),
  loadArticle: (_id, signal) => pending(signal),
  loadIndex: (signal) => pending(signal),
};

function pending<T>(signal?: AbortSignal): Promise<T> {
  return new Promise((_resolve, reject) => signal?.addEventListener('abort', () => reject(signal.reason), { once: true }));
}

/** Always fails: the error state, with its retry button. */
export const failing: TopicDataSource = {
  label: 'a source that is down',
  loadCard: () => Promise.reject(new DataLoadError('load-failed', 'the data server is down (simulated)')),
  loadSummary: () => Promise.reject(new DataLoadError('load-failed', 'the data server is down (simulated)')),
  loadArticle: () => Promise.reject(new DataLoadError('load-failed', 'the data server is down (simulated)')),
  loadIndex: () => Promise.reject(new DataLoadError('load-failed', 'the data server is down (simulated)')),
};

const LONG = 'Cooperation between partner nations spans training, technology and diplomacy across many years and regions';
/** The real data with every text made very long: wrapping and overflow, stressed. */
export const longContent: TopicDataSource = {
  label: 'the dataset with very long texts',
  loadCard: async (id, signal) => {
    const card = await defaultDataSource().loadCard(id, signal);
    return { ...card, name: `${card.name} ${LONG}`, tagline: `${card.tagline ?? ''} — ${LONG}`, abstract: `${card.abstract} ${LONG}. ${LONG}.`, themes: [...card.themes, { id: 'supercalifragilisticexpialidocious-theme', label: 'Supercalifragilisticexpialidocious-and-then-some theme' }] };
  },
  loadArticle: (id, signal) => defaultDataSource().loadArticle(id, signal),
  loadSummary: async (id, signal) => {
    const article = await defaultDataSource().loadSummary(id, signal);
    return { ...article, name: `${article.name} ${LONG}`, pillars: article.pillars.map((p) => ({ ...p, label: `${p.label} ${LONG}`, text: `${p.text} ${LONG}. ${LONG}.` })) };
  },
  loadIndex: (signal) => defaultDataSource().loadIndex(signal),
};

/**
 * The bundled dataset with a described image on every card (no bundled topic has one): an
 * illustration served with the stories, by an absolute http(s) URL as the schema requires.
 */
export const withImage: TopicDataSource = {
  label: 'the dataset with a described image on each card',
  loadCard: async (id, signal) => ({
    ...(await defaultDataSource().loadCard(id, signal)),
    image: { src: new URL('./images/radar-at-dusk.svg', document.baseURI).href, alt: 'A radar dish scanning the sky above an airfield at dusk' },
  }),
  loadArticle: (id, signal) => defaultDataSource().loadArticle(id, signal),
  loadSummary: (id, signal) => defaultDataSource().loadSummary(id, signal),
  loadIndex: (signal) => defaultDataSource().loadIndex(signal),
};

/** Waits until the story's widget reaches a state, so checks (a11y included) see it settled. */
export async function settled(canvasElement: HTMLElement, tag: string, state: string): Promise<void> {
  await waitFor(
    () => {
      const element = canvasElement.querySelector(tag) as TopicElement<unknown> | null;
      expect(element?.stateName).toBe(state);
    },
    { timeout: 8000 },
  );
}
