import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
// Registered here until the lead adds <topic-article> to src/define.ts (which the preview imports).
import '../src/components/topic-article/define.js';
import type { TopicDataSource } from '../src/data/data-source.js';
import { defaultDataSource } from '../src/data/sources.js';
import { failing, foreverLoading, longContent, settled, TOPIC_IDS } from './support.js';

interface Args {
  topic: string;
  section: string;
  toc: boolean;
  headingLevel: number;
  theme?: 'light' | 'dark' | 'auto';
}

const render = (args: Args) =>
  html`<topic-article topic=${args.topic} section=${args.section || nothing} ?toc=${args.toc} heading-level=${args.headingLevel} theme=${args.theme ?? nothing}></topic-article>`;

const LONG = 'Cooperation between partner nations spans training, technology and diplomacy across many years and regions';
/** The real articles with very long names and section headings: wrapping beside the copy-link buttons, stressed. */
const longArticles: TopicDataSource = {
  ...longContent,
  loadArticle: async (id, signal) => {
    const article = await defaultDataSource().loadArticle(id, signal);
    return { ...article, name: `${article.name} ${LONG}`, sections: article.sections.map((section) => ({ ...section, heading: `${section.heading} ${LONG}` })) };
  },
};

const meta: Meta<Args> = {
  title: 'Widgets/topic-article',
  component: 'topic-article',
  render,
  args: { topic: 'air-defense-cooperation', section: '', toc: false, headingLevel: 2 },
  argTypes: {
    topic: { control: 'select', options: TOPIC_IDS },
    section: { control: 'text' },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  play: ({ canvasElement }) => settled(canvasElement, 'topic-article', 'ready'),
  decorators: [(story) => html`<div style="max-inline-size: 52rem">${story()}</div>`],
};
export default meta;
type Story = StoryObj<Args>;

export const AirDefenseCooperation: Story = { args: { topic: 'air-defense-cooperation' } };
export const DefenseTechnologyExchanges: Story = { args: { topic: 'defense-technology-exchanges' } };
export const TechnologicalExchangePrograms: Story = { args: { topic: 'technological-exchange-programs' } };
export const MilitaryTrainingDiplomacy: Story = { args: { topic: 'military-training-diplomacy' } };
export const DefenseAttaches: Story = { args: { topic: 'defense-attaches' } };

/** A table of contents above the article: each link scrolls to its section and focuses its heading. */
export const TableOfContents: Story = { args: { topic: 'technological-exchange-programs', toc: true } };
/** One section alone, under the article's title and meta line. */
export const OneSection: Story = { args: { topic: 'defense-attaches', section: 'practical-implications' } };
/** A section id the article does not have: the whole article (and a console warning). */
export const UnknownSection: Story = { args: { topic: 'defense-attaches', section: 'no-such-section' } };
export const Dark: Story = { args: { topic: 'air-defense-cooperation', theme: 'dark', toc: true }, globals: { theme: 'dark' } };
export const Loading: Story = {
  render: (args) => html`<topic-provider .source=${foreverLoading}>${render(args)}</topic-provider>`,
  play: ({ canvasElement }) => settled(canvasElement, 'topic-article', 'loading'),
};
export const NotFound: Story = { args: { topic: 'naval-cooperation' }, play: ({ canvasElement }) => settled(canvasElement, 'topic-article', 'not-found') };
export const LoadError: Story = {
  render: (args) => html`<topic-provider .source=${failing}>${render(args)}</topic-provider>`,
  play: ({ canvasElement }) => settled(canvasElement, 'topic-article', 'error'),
};
export const RightToLeft: Story = {
  args: { topic: 'defense-attaches', toc: true },
  globals: { dir: 'rtl' },
  render: (args) => html`<topic-provider src="./fixtures/arabic/" lang="ar">${render(args)}</topic-provider>`,
};
export const NarrowContainer: Story = {
  args: { topic: 'defense-technology-exchanges', toc: true },
  decorators: [(story) => html`<div style="inline-size: 16rem">${story()}</div>`],
};
export const LongContent: Story = {
  args: { topic: 'military-training-diplomacy', toc: true },
  render: (args) => html`<topic-provider .source=${longArticles}>${render(args)}</topic-provider>`,
};
