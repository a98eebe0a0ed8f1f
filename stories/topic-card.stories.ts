import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { failing, foreverLoading, longContent, settled, TOPIC_IDS, withImage } from './support.js';

interface Args {
  topic: string;
  variant: 'full' | 'compact';
  showImage: boolean;
  href: string;
  selectable: boolean;
  headingLevel: number;
  theme?: 'light' | 'dark' | 'auto';
}

const render = (args: Args) =>
  html`<topic-card
    topic=${args.topic}
    variant=${args.variant}
    ?show-image=${args.showImage}
    href=${args.href || nothing}
    ?selectable=${args.selectable}
    heading-level=${args.headingLevel}
    theme=${args.theme ?? nothing}
  ></topic-card>`;

const meta: Meta<Args> = {
  title: 'Widgets/topic-card',
  component: 'topic-card',
  render,
  args: { topic: 'air-defense-cooperation', variant: 'full', showImage: false, href: '', selectable: false, headingLevel: 3 },
  argTypes: {
    topic: { control: 'select', options: TOPIC_IDS },
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
  },
  play: ({ canvasElement }) => settled(canvasElement, 'topic-card', 'ready'),
  // A card's usual width; a story may ask for another (`parameters.maxWidth`).
  decorators: [(story, { parameters }) => html`<div style=${`max-inline-size: ${(parameters.maxWidth as string | undefined) ?? '34rem'}`}>${story()}</div>`],
};
export default meta;
type Story = StoryObj<Args>;

export const AirDefenseCooperation: Story = { args: { topic: 'air-defense-cooperation' } };
export const DefenseTechnologyExchanges: Story = { args: { topic: 'defense-technology-exchanges' } };
/** A described image, beside the text in a wide card (2 : 3), above it in a narrow one. */
export const WithImage: Story = {
  args: { topic: 'defense-technology-exchanges', showImage: true, href: 'https://example.org/topics/{id}' },
  render: (args) => html`<topic-provider .source=${withImage}>${render(args)}</topic-provider>`,
  parameters: { maxWidth: '60rem' },
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'topic-card', 'ready');
    const card = canvasElement.querySelector('topic-card')!;
    const image = card.shadowRoot!.querySelector('[part~="image"]')!;
    const body = card.shadowRoot!.querySelector('.body')!;
    await waitFor(() => expect(image.getBoundingClientRect().right).toBeLessThanOrEqual(body.getBoundingClientRect().left + 1));
  },
};
export const WithImageNarrow: Story = {
  args: { topic: 'defense-technology-exchanges', showImage: true },
  render: (args) => html`<topic-provider .source=${withImage}>${render(args)}</topic-provider>`,
  decorators: [(story) => html`<div style="inline-size: 20rem">${story()}</div>`],
};
export const TechnologicalExchangePrograms: Story = { args: { topic: 'technological-exchange-programs' } };
export const MilitaryTrainingDiplomacy: Story = { args: { topic: 'military-training-diplomacy' } };
export const DefenseAttaches: Story = { args: { topic: 'defense-attaches' } };

export const Compact: Story = { args: { topic: 'defense-attaches', variant: 'compact' } };
export const WithLink: Story = { args: { topic: 'military-training-diplomacy', href: 'https://example.org/topics/{id}' } };
/** No `href`, but the page handles `topic-select`: the name is a button. (Without either it is plain text.) */
export const Selectable: Story = { args: { topic: 'military-training-diplomacy', selectable: true } };
/**
 * Selectable cards, one chosen: the page marks it `aria-current` (here on `topic-select`), and the
 * card is outlined in the accent. Choose another to move it.
 */
export const ChosenAmongSeveral: Story = {
  args: { selectable: true },
  render: (args) => html`<div
    style="display: grid; gap: 1rem"
    @topic-select=${(event: Event) => {
      for (const card of (event.currentTarget as HTMLElement).querySelectorAll('topic-card')) {
        if (card === event.target) card.setAttribute('aria-current', 'true');
        else card.removeAttribute('aria-current');
      }
    }}
  >
    ${['air-defense-cooperation', 'defense-attaches', 'military-training-diplomacy'].map(
      (topic, i) => html`<topic-card topic=${topic} variant="compact" selectable aria-current=${i === 1 ? 'true' : nothing}></topic-card>`,
    )}
  </div>`,
  play: async ({ canvasElement }) => {
    await settled(canvasElement, 'topic-card', 'ready');
    const cards = [...canvasElement.querySelectorAll('topic-card')];
    (cards[2]!.shadowRoot!.querySelector('[part~="link"]') as HTMLElement).click();
    await waitFor(() => expect(cards.map((card) => card.hasAttribute('aria-current'))).toEqual([false, false, true]));
  },
};
export const Dark: Story = {
  args: { topic: 'defense-technology-exchanges', theme: 'dark', showImage: true },
  globals: { theme: 'dark' },
  render: (args) => html`<topic-provider .source=${withImage}>${render(args)}</topic-provider>`,
};

export const Loading: Story = {
  render: (args) => html`<topic-provider .source=${foreverLoading}>${render(args)}</topic-provider>`,
  play: ({ canvasElement }) => settled(canvasElement, 'topic-card', 'loading'),
};
export const NotFound: Story = {
  args: { topic: 'naval-cooperation' },
  play: ({ canvasElement }) => settled(canvasElement, 'topic-card', 'not-found'),
};
export const LoadError: Story = {
  render: (args) => html`<topic-provider .source=${failing}>${render(args)}</topic-provider>`,
  play: ({ canvasElement }) => settled(canvasElement, 'topic-card', 'error'),
};
export const RightToLeft: Story = {
  args: { topic: 'defense-attaches' },
  globals: { dir: 'rtl' },
  render: (args) => html`<topic-provider src="./fixtures/arabic/" lang="ar">${render(args)}</topic-provider>`,
};
export const NarrowContainer: Story = {
  args: { topic: 'defense-technology-exchanges', showImage: true },
  render: (args) => html`<topic-provider .source=${withImage}>${render(args)}</topic-provider>`,
  decorators: [(story) => html`<div style="inline-size: 15rem">${story()}</div>`],
};
export const LongContent: Story = {
  args: { topic: 'technological-exchange-programs' },
  render: (args) => html`<topic-provider .source=${longContent}>${render(args)}</topic-provider>`,
};
