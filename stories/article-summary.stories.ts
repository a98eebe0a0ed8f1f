import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { failing, foreverLoading, longContent, settled, TOPIC_IDS } from './support.js';

interface Args {
  topic: string;
  sentences: number;
  href: string;
  selectable: boolean;
  headingLevel: number;
  theme?: 'light' | 'dark' | 'auto';
}

const render = (args: Args) =>
  html`<article-summary topic=${args.topic} sentences=${args.sentences} href=${args.href || nothing} ?selectable=${args.selectable} heading-level=${args.headingLevel} theme=${args.theme ?? nothing}></article-summary>`;

const meta: Meta<Args> = {
  title: 'Widgets/article-summary',
  component: 'article-summary',
  render,
  args: { topic: 'military-training-diplomacy', sentences: 3, href: '', selectable: false, headingLevel: 2 },
  argTypes: {
    topic: { control: 'select', options: TOPIC_IDS },
    sentences: { control: { type: 'range', min: 1, max: 5 } },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  play: ({ canvasElement }) => settled(canvasElement, 'article-summary', 'ready'),
  decorators: [(story) => html`<div style="max-inline-size: 46rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj<Args>;

export const AirDefenseCooperation: Story = { args: { topic: 'air-defense-cooperation' } };
export const DefenseTechnologyExchanges: Story = { args: { topic: 'defense-technology-exchanges' } };
export const TechnologicalExchangePrograms: Story = { args: { topic: 'technological-exchange-programs' } };
export const MilitaryTrainingDiplomacy: Story = { args: { topic: 'military-training-diplomacy' } };
export const DefenseAttaches: Story = { args: { topic: 'defense-attaches' } };

export const OneSentence: Story = { args: { topic: 'defense-attaches', sentences: 1 } };
export const LinkedRelatedTopics: Story = { args: { topic: 'defense-attaches', href: 'https://example.org/topics/{id}' } };
export const Dark: Story = { args: { topic: 'air-defense-cooperation', theme: 'dark' }, globals: { theme: 'dark' } };
export const Loading: Story = {
  render: (args) => html`<topic-provider .source=${foreverLoading}>${render(args)}</topic-provider>`,
  play: ({ canvasElement }) => settled(canvasElement, 'article-summary', 'loading'),
};
export const NotFound: Story = { args: { topic: 'naval-cooperation' }, play: ({ canvasElement }) => settled(canvasElement, 'article-summary', 'not-found') };
export const LoadError: Story = {
  render: (args) => html`<topic-provider .source=${failing}>${render(args)}</topic-provider>`,
  play: ({ canvasElement }) => settled(canvasElement, 'article-summary', 'error'),
};
export const RightToLeft: Story = {
  args: { topic: 'defense-attaches' },
  globals: { dir: 'rtl' },
  render: (args) => html`<topic-provider src="./fixtures/arabic/" lang="ar">${render(args)}</topic-provider>`,
};
export const NarrowContainer: Story = {
  args: { topic: 'defense-technology-exchanges' },
  decorators: [(story) => html`<div style="inline-size: 16rem">${story()}</div>`],
};
export const LongContent: Story = {
  args: { topic: 'military-training-diplomacy' },
  render: (args) => html`<topic-provider .source=${longContent}>${render(args)}</topic-provider>`,
};
