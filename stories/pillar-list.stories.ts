import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { failing, foreverLoading, longContent, settled, TOPIC_IDS } from './support.js';

interface Args {
  topic: string;
  layout: 'list' | 'grid';
  limit?: number;
  headingLevel: number;
  theme?: 'light' | 'dark' | 'auto';
}

const render = (args: Args) =>
  html`<pillar-list topic=${args.topic} layout=${args.layout} limit=${args.limit ?? nothing} heading-level=${args.headingLevel} theme=${args.theme ?? nothing}></pillar-list>`;

const meta: Meta<Args> = {
  title: 'Widgets/pillar-list',
  component: 'pillar-list',
  render,
  args: { topic: 'defense-technology-exchanges', layout: 'list', headingLevel: 3 },
  argTypes: {
    topic: { control: 'select', options: TOPIC_IDS },
    layout: { control: 'inline-radio', options: ['list', 'grid'] },
    limit: { control: { type: 'number', min: 1, max: 10 } },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  play: ({ canvasElement }) => settled(canvasElement, 'pillar-list', 'ready'),
};
export default meta;
type Story = StoryObj<Args>;

export const AirDefenseCooperation: Story = { args: { topic: 'air-defense-cooperation' } };
export const DefenseTechnologyExchanges: Story = { args: { topic: 'defense-technology-exchanges' } };
export const TechnologicalExchangePrograms: Story = { args: { topic: 'technological-exchange-programs' } };
export const MilitaryTrainingDiplomacy: Story = { args: { topic: 'military-training-diplomacy' } };
export const DefenseAttaches: Story = { args: { topic: 'defense-attaches' } };

export const Grid: Story = { args: { topic: 'military-training-diplomacy', layout: 'grid' } };
export const Limited: Story = { args: { topic: 'defense-technology-exchanges', limit: 2 } };
export const Dark: Story = { args: { topic: 'military-training-diplomacy', layout: 'grid', theme: 'dark' }, globals: { theme: 'dark' } };
export const Loading: Story = {
  render: (args) => html`<topic-provider .source=${foreverLoading}>${render(args)}</topic-provider>`,
  play: ({ canvasElement }) => settled(canvasElement, 'pillar-list', 'loading'),
};
export const NotFound: Story = { args: { topic: 'naval-cooperation' }, play: ({ canvasElement }) => settled(canvasElement, 'pillar-list', 'not-found') };
export const LoadError: Story = {
  render: (args) => html`<topic-provider .source=${failing}>${render(args)}</topic-provider>`,
  play: ({ canvasElement }) => settled(canvasElement, 'pillar-list', 'error'),
};
export const RightToLeft: Story = {
  args: { topic: 'defense-attaches' },
  globals: { dir: 'rtl' },
  render: (args) => html`<topic-provider src="./fixtures/arabic/" lang="ar">${render(args)}</topic-provider>`,
};
export const NarrowContainer: Story = {
  args: { topic: 'military-training-diplomacy', layout: 'grid' },
  decorators: [(story) => html`<div style="inline-size: 15rem">${story()}</div>`],
};
export const LongContent: Story = {
  args: { topic: 'defense-technology-exchanges', layout: 'grid' },
  render: (args) => html`<topic-provider .source=${longContent}>${render(args)}</topic-provider>`,
};
