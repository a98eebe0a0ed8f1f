import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
// Registered here: the lead adds `<series-nav>` to src/define.ts (which the preview imports) when integrating.
import '../src/components/series-nav/define.js';
import { TopicNotFoundError, type TopicDataSource } from '../src/data/data-source.js';
import { defaultDataSource } from '../src/data/sources.js';
import type { DatasetIndex, TopicSummaryRecord } from '../src/schema/dataset.js';
import { failing, foreverLoading, settled, TOPIC_IDS } from './support.js';

interface Args {
  topic: string;
  variant: 'pager' | 'list';
  href: string;
  selectable: boolean;
  theme?: 'light' | 'dark' | 'auto';
}

const render = (args: Args) =>
  html`<series-nav topic=${args.topic} variant=${args.variant} href=${args.href || nothing} ?selectable=${args.selectable} theme=${args.theme ?? nothing}></series-nav>`;

/** The part of a story's widget, for the play checks. */
const partOf = (canvasElement: HTMLElement, name: string) => canvasElement.querySelector('series-nav')!.shadowRoot!.querySelector(`[part~="${name}"]`);

/**
 * The series in Arabic, in memory (the Arabic fixture dataset has one topic and no series): five
 * parts, right to left, for the right-to-left stories.
 */
const ARABIC_NAMES = ['التعاون في الدفاع الجوي', 'تبادل التقنيات الدفاعية', 'برامج التبادل التقني', 'دبلوماسية التدريب العسكري', 'الملحقون العسكريون'];
const arabicSeries: TopicDataSource = (() => {
  const ids = [...TOPIC_IDS];
  const card = (i: number) => ({ id: ids[i]!, name: ARABIC_NAMES[i]!, lang: 'ar', dir: 'rtl' as const, themes: [], abstract: '—', pillarCount: 0, readingMinutes: 1, countryCodes: [] });
  const neighbour = (i: number) => (ids[i] ? { id: ids[i]!, name: ARABIC_NAMES[i]! } : undefined);
  const find = (id: string) => {
    const i = ids.indexOf(id as (typeof ids)[number]);
    if (i < 0) throw new TopicNotFoundError(id, ids);
    return i;
  };
  const unused = () => Promise.reject(new Error('not in this story'));
  return {
    label: 'the Arabic series (in memory)',
    loadCard: unused,
    loadArticle: unused,
    loadSummary: async (id) => {
      const i = find(id);
      const [previous, next] = [i > 0 ? neighbour(i - 1) : undefined, neighbour(i + 1)];
      return {
        ...card(i),
        pillars: [],
        summary: { abstract: '—', sentences: [] },
        countries: [],
        keywords: [],
        wordCount: 1,
        related: [],
        series: { part: i + 1, parts: ids.length, ...(previous ? { previous } : {}), ...(next ? { next } : {}) },
      } as unknown as TopicSummaryRecord;
    },
    loadIndex: async () => ({ topics: ids.map((_, i) => card(i)), themes: [] }) as unknown as DatasetIndex,
  };
})();

const meta: Meta<Args> = {
  title: 'Widgets/series-nav',
  component: 'series-nav',
  render,
  args: { topic: 'defense-technology-exchanges', variant: 'pager', href: '', selectable: false },
  argTypes: {
    topic: { control: 'select', options: TOPIC_IDS },
    variant: { control: 'inline-radio', options: ['pager', 'list'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
  },
  play: ({ canvasElement }) => settled(canvasElement, 'series-nav', 'ready'),
  decorators: [(story) => html`<div style="max-inline-size: 46rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj<Args>;

/** The series' first and last parts, from the index (which lists the topics in series order). */
const seriesEnds = async () => {
  const { topics } = await defaultDataSource().loadIndex();
  return { first: topics[0]!.id, last: topics.at(-1)!.id };
};

export const Pager: Story = {};
export const WithLinks: Story = { args: { href: 'https://example.org/topics/{id}' } };
/** No `href`, but the page handles `topic-select`: the parts are buttons. (Without either they are plain text.) */
export const Selectable: Story = { args: { selectable: true } };
export const FirstPart: Story = {
  args: { href: 'https://example.org/topics/{id}' },
  loaders: [seriesEnds],
  render: (args, { loaded }) => render({ ...args, topic: (loaded as { first: string }).first }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'series-nav', 'ready');
    await expect(partOf(canvasElement, 'previous')).toBeNull();
    await expect(partOf(canvasElement, 'next')).not.toBeNull();
  },
};
export const LastPart: Story = {
  args: { href: 'https://example.org/topics/{id}' },
  loaders: [seriesEnds],
  render: (args, { loaded }) => render({ ...args, topic: (loaded as { last: string }).last }),
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'series-nav', 'ready');
    await expect(partOf(canvasElement, 'next')).toBeNull();
    await expect(partOf(canvasElement, 'previous')).not.toBeNull();
  },
};
export const Dark: Story = { args: { theme: 'dark', href: 'https://example.org/topics/{id}' }, globals: { theme: 'dark' } };
export const Light: Story = { args: { theme: 'light', href: 'https://example.org/topics/{id}' } };

export const List: Story = { args: { variant: 'list', href: 'https://example.org/topics/{id}' } };
export const ListSelectable: Story = { args: { variant: 'list', selectable: true } };
export const ListPlainText: Story = { args: { variant: 'list' } };
export const ListDark: Story = { args: { variant: 'list', theme: 'dark', href: 'https://example.org/topics/{id}' }, globals: { theme: 'dark' } };

export const Loading: Story = {
  render: (args) => html`<topic-provider .source=${foreverLoading}>${render(args)}</topic-provider>`,
  play: ({ canvasElement }) => settled(canvasElement, 'series-nav', 'loading'),
};
export const ListLoading: Story = { ...Loading, args: { variant: 'list' } };
export const NotFound: Story = { args: { topic: 'naval-cooperation' }, play: ({ canvasElement }) => settled(canvasElement, 'series-nav', 'not-found') };
export const ListNotFound: Story = { ...NotFound, args: { topic: 'naval-cooperation', variant: 'list' } };
export const LoadError: Story = {
  render: (args) => html`<topic-provider .source=${failing}>${render(args)}</topic-provider>`,
  play: ({ canvasElement }) => settled(canvasElement, 'series-nav', 'error'),
};
export const ListLoadError: Story = { ...LoadError, args: { variant: 'list' } };

/** An Arabic page: Arabic words, the previous part on the right and its arrow pointing right. */
export const RightToLeft: Story = {
  args: { href: 'https://example.org/topics/{id}' },
  globals: { dir: 'rtl' },
  render: (args) => html`<topic-provider .source=${arabicSeries} lang="ar">${render(args)}</topic-provider>`,
};
export const RightToLeftList: Story = { ...RightToLeft, args: { variant: 'list', href: 'https://example.org/topics/{id}' } };
export const NarrowContainer: Story = {
  args: { href: 'https://example.org/topics/{id}' },
  decorators: [(story) => html`<div style="inline-size: 16rem">${story()}</div>`],
};
