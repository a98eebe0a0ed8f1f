import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { TopicElement } from '../src/components/shared/topic-element.js';

interface Args {
  topic: string;
  theme: 'light' | 'dark' | 'auto';
  headingLevel: number;
}

const allReady = async (canvasElement: HTMLElement) => {
  await waitFor(
    () => {
      const widgets = [...canvasElement.querySelectorAll<TopicElement<unknown>>('topic-card, pillar-list, article-summary')];
      expect(widgets.length).toBeGreaterThan(0);
      for (const widget of widgets) expect(widget.stateName).toBe('ready');
    },
    { timeout: 8000 },
  );
};

const meta: Meta<Args> = {
  title: 'Widgets/topic-provider',
  component: 'topic-provider',
  args: { topic: 'defense-technology-exchanges', theme: 'auto', headingLevel: 3 },
  argTypes: { theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] } },
  play: ({ canvasElement }) => allReady(canvasElement),
};
export default meta;
type Story = StoryObj<Args>;

/** One provider sets the topic, theme and heading level of several widgets. */
export const AroundSeveralWidgets: Story = {
  render: (args) => html`<topic-provider topic=${args.topic} theme=${args.theme} heading-level=${args.headingLevel}>
    <div style="display: grid; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr)); gap: 1rem; align-items: start">
      <topic-card show-image></topic-card>
      <pillar-list></pillar-list>
    </div>
    <article-summary style="margin-block-start: 1rem"></article-summary>
  </topic-provider>`,
};

/** A remote dataset: fetched lazily from a URL and validated against the schema. */
export const RemoteDataset: Story = {
  render: (args) => html`<topic-provider src="./dataset/index.json" topic=${args.topic}>
    <topic-card></topic-card>
  </topic-provider>`,
};
