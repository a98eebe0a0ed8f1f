import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
// Registered here: the lead adds `<topic-index>` to src/define.ts (which the preview imports) when integrating.
import '../src/components/topic-index/define.js';
import type { TopicIndexElement } from '../src/components/topic-index/topic-index.js';
import type { TopicDataSource } from '../src/data/data-source.js';
import { defaultDataSource } from '../src/data/sources.js';
import type { DatasetIndex } from '../src/schema/dataset.js';
import { failing, foreverLoading, settled } from './support.js';

interface Args {
  layout: 'list' | 'grid';
  limit?: number;
  href: string;
  selectable: boolean;
  query: string;
  themes: string;
  countries: string;
  theme?: 'light' | 'dark' | 'auto';
}

const render = (args: Args) =>
  html`<topic-index
    layout=${args.layout}
    limit=${args.limit ?? nothing}
    href=${args.href || nothing}
    ?selectable=${args.selectable}
    query=${args.query || nothing}
    themes=${args.themes || nothing}
    countries=${args.countries || nothing}
    theme=${args.theme ?? nothing}
  ></topic-index>`;

const widget = (canvasElement: HTMLElement) => canvasElement.querySelector('topic-index') as TopicIndexElement;
const partsOf = (canvasElement: HTMLElement, name: string) => [...widget(canvasElement).shadowRoot!.querySelectorAll(`[part~="${name}"]`)];
const statusOf = (canvasElement: HTMLElement) => (partsOf(canvasElement, 'status')[0]?.textContent ?? '').replace(/[\u2066-\u2069]/g, '').trim();

/**
 * The series in Arabic, in memory (the Arabic fixture dataset has one topic): five parts, right
 * to left, with themes and countries, for the right-to-left story.
 */
const ARABIC = [
  ['air-defense-cooperation', 'التعاون في الدفاع الجوي', 'رادارات مشتركة وخطوط اتصال ساخنة بين القوات الجوية.', ['TR', 'PK']],
  ['defense-technology-exchanges', 'تبادل التقنيات الدفاعية', 'إنتاج مشترك للطائرات المسيّرة وتراخيص.', ['TR']],
  ['technological-exchange-programs', 'برامج التبادل التقني', 'مهندسون يتدرّبون في الخارج.', ['MY']],
  ['military-training-diplomacy', 'دبلوماسية التدريب العسكري', 'تمارين مشتركة وكليات أركان.', ['PK', 'SA']],
  ['defense-attaches', 'الملحقون العسكريون', 'الملحقون يبقون قنوات الاتصال مفتوحة.', ['SA']],
] as const;
const arabicSeries: TopicDataSource = (() => {
  const themes = [
    { id: 'cooperation', label: 'التعاون الدولي' },
    { id: 'diplomacy', label: 'الدبلوماسية الدفاعية' },
  ];
  const topics = ARABIC.map(([id, name, abstract, countryCodes], i) => ({
    id,
    name,
    lang: 'ar',
    dir: 'rtl' as const,
    themes: [themes[i % 2]!],
    abstract,
    pillarCount: 3,
    readingMinutes: 2 + i,
    countryCodes: [...countryCodes],
  }));
  const unused = () => Promise.reject(new Error('not in this story'));
  return {
    label: 'the Arabic series (in memory)',
    loadCard: unused,
    loadSummary: unused,
    loadArticle: unused,
    loadIndex: async () =>
      ({ schemaVersion: 4, lang: 'ar', contentHash: '0'.repeat(64), topics, themes: themes.map((t, i) => ({ ...t, topics: topics.filter((_, j) => j % 2 === i).map((topic) => topic.id) })) }) as DatasetIndex,
  };
})();

/** A long series (500 topics, from the five repeated): the paging and the filters at scale. */
const longSeries: TopicDataSource = {
  label: 'a long series (the bundled five, repeated)',
  loadCard: (id, signal) => defaultDataSource().loadCard(id, signal),
  loadSummary: (id, signal) => defaultDataSource().loadSummary(id, signal),
  loadArticle: (id, signal) => defaultDataSource().loadArticle(id, signal),
  loadIndex: async (signal) => {
    const index = await defaultDataSource().loadIndex(signal);
    const topics = Array.from({ length: 500 }, (_, i) => {
      const topic = index.topics[i % index.topics.length]!;
      return { ...topic, id: `${topic.id}-${i + 1}`, name: `${topic.name} (${i + 1})` };
    });
    return { ...index, topics };
  },
};

const meta: Meta<Args> = {
  title: 'Widgets/topic-index',
  component: 'topic-index',
  render,
  args: { layout: 'list', href: 'https://example.org/topics/{id}', selectable: false, query: '', themes: '', countries: '' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    limit: { control: 'number' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  play: ({ canvasElement }) => settled(canvasElement, 'topic-index', 'ready'),
  decorators: [(story) => html`<div style="max-inline-size: 56rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj<Args>;

/** Every topic, in series order, one under another. */
export const List: Story = {};
/** As many cards side by side as the width holds. */
export const Grid: Story = { args: { layout: 'grid' } };
/** Two topics, then "Show more". */
export const Limited: Story = {
  args: { limit: 2 },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'topic-index', 'ready');
    await expect(partsOf(canvasElement, 'item')).toHaveLength(2);
    await expect(partsOf(canvasElement, 'show-more')).toHaveLength(1);
  },
};
export const Selectable: Story = { args: { href: '', selectable: true } };
export const PlainNames: Story = { args: { href: '' } };

/** A theme filter on: its button pressed, the counts of the others beside them. */
export const ThemeFilter: Story = {
  args: { themes: 'defense-diplomacy' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'topic-index', 'ready');
    await expect(partsOf(canvasElement, 'filter-active')).toHaveLength(1);
  },
};
/** A theme and a country together (a topic must pass both). */
export const ThemeAndCountry: Story = { args: { themes: 'security-and-defense international-cooperation', countries: 'TR' } };

/** A search with results: each shows where it matched, the matched words marked. */
export const SearchResults: Story = {
  args: { query: 'defense' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'topic-index', 'ready');
    await waitFor(() => expect(statusOf(canvasElement)).toMatch(/ of /), { timeout: 8000 });
    await expect(partsOf(canvasElement, 'mark').length).toBeGreaterThan(0);
  },
};
/** Nothing matches: the empty state says why, and offers every topic again. */
export const NoResults: Story = {
  args: { query: 'xyz', themes: 'defense-diplomacy' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'topic-index', 'ready');
    await waitFor(() => expect(statusOf(canvasElement)).toMatch(/^No topic matches “xyz” in /), { timeout: 8000 });
    await expect(partsOf(canvasElement, 'show-all')).toHaveLength(1);
  },
};
/** Markup typed into the search stays text. */
export const MarkupQuery: Story = { args: { query: '<img src=x onerror=alert(1)>' } };

export const Dark: Story = { args: { theme: 'dark', layout: 'grid', themes: 'military-strength' }, globals: { theme: 'dark' } };
export const Light: Story = { args: { theme: 'light' } };

export const Loading: Story = {
  render: (args) => html`<topic-provider .source=${foreverLoading}>${render(args)}</topic-provider>`,
  play: ({ canvasElement }) => settled(canvasElement, 'topic-index', 'loading'),
};
export const GridLoading: Story = { ...Loading, args: { layout: 'grid' } };
export const LoadError: Story = {
  render: (args) => html`<topic-provider .source=${failing}>${render(args)}</topic-provider>`,
  play: ({ canvasElement }) => settled(canvasElement, 'topic-index', 'error'),
};

/** An Arabic page: Arabic words and country names, laid out right to left. */
export const RightToLeft: Story = {
  globals: { dir: 'rtl' },
  render: (args) => html`<topic-provider .source=${arabicSeries} lang="ar">${render(args)}</topic-provider>`,
};
export const RightToLeftGrid: Story = { ...RightToLeft, args: { layout: 'grid', themes: 'diplomacy', href: 'https://example.org/topics/{id}' } };
export const NarrowContainer: Story = { decorators: [(story) => html`<div style="inline-size: 18rem">${story()}</div>`] };
/** 500 topics: 200 at a time, the filters' counts in the hundreds. */
export const LongSeries: Story = {
  args: { layout: 'grid' },
  render: (args) => html`<topic-provider .source=${longSeries}>${render(args)}</topic-provider>`,
};
