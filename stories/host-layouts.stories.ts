/**
 * The card in each formatting context a host page puts it in. Each story's play function (run by
 * `npm run test:storybook`) checks what readers see: at least 240 px wide while its room allows
 * (15em at 16 px), its room filled when narrower, nothing overflowing, and a sane height. The
 * same contexts on pages styled with Bootstrap 5 and Tailwind's preflight, and a blog theme, are
 * in test/browser/host-layouts.test.ts (their global CSS would restyle Storybook itself).
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { TopicElement } from '../src/components/shared/topic-element.js';

const READABLE_MIN = 240;
const SANE_HEIGHT = 1200;

const card = html`<topic-card topic="defense-attaches"></topic-card>`;
const sidebar = html`<aside style="flex: 0 0 14rem; font: 0.9rem/1.5 system-ui, sans-serif">A sidebar beside the card, with text of its own that wraps over a few lines.</aside>`;

/** `data-context`: the box whose width the card has to live with (sized without looking at the card). */
const CONTEXTS: Record<string, { description: string; markup: TemplateResult }> = {
  FlexRow: {
    description: 'A flex row: the card beside a fixed sidebar (`display: flex`).',
    markup: html`<div data-context style="display: flex; gap: 1rem">${card}${sidebar}</div>`,
  },
  FlexColumnStart: {
    description: 'A flex column that does not stretch its items (`align-items: flex-start`).',
    markup: html`<div data-context style="display: flex; flex-direction: column; align-items: flex-start">${card}</div>`,
  },
  GridStart: {
    description: 'A grid that does not stretch its items (`justify-items: start`).',
    markup: html`<div data-context style="display: grid; justify-items: start">${card}</div>`,
  },
  InlineBlock: {
    description: 'Inside an inline-block wrapper (shrink-to-fit).',
    markup: html`<div data-context><div style="display: inline-block">${card}</div></div>`,
  },
  Float: {
    description: 'Inside a floated box (shrink-to-fit).',
    markup: html`<div data-context style="display: flow-root"><div style="float: inline-start">${card}</div></div>`,
  },
  AbsolutelyPositioned: {
    description: 'Inside an absolutely positioned box (shrink-to-fit).',
    markup: html`<div data-context style="position: relative; min-block-size: 26rem"><div style="position: absolute; inset-block-start: 0; inset-inline-start: 0">${card}</div></div>`,
  },
  TableCell: {
    description: 'In a table cell beside another cell.',
    markup: html`<div data-context><table><tr><td>${card}</td><td style="font: 0.9rem system-ui, sans-serif">Another cell, with text of its own.</td></tr></table></div>`,
  },
  NarrowColumn: {
    description: 'A 200 px column: narrower than the readable minimum, so the card fills it.',
    markup: html`<div data-context style="inline-size: 200px"><topic-card topic="defense-technology-exchanges" show-image></topic-card></div>`,
  },
  BlogWithSidebar: {
    description: 'A blog theme: a content column and a 280 px sidebar, a card in each, one pulled beside the text.',
    markup: html`<div style="display: flex; gap: 2rem; font: 17px/1.7 Georgia, serif">
      <main style="flex: 1; min-inline-size: 0">
        <div data-context>
          <div style="float: inline-end; max-inline-size: 45%; margin-inline-start: 1.5rem"><topic-card topic="military-training-diplomacy" variant="compact"></topic-card></div>
          <p>Defence cooperation takes many forms, from attachés in embassies to joint air defence. This paragraph wraps around the card beside it.</p>
          <p style="clear: both">A second paragraph.</p>
        </div>
      </main>
      <aside data-context aria-label="Sidebar" style="flex: 0 0 280px"><h2 style="font-size: 1rem">Featured topic</h2><topic-card topic="air-defense-cooperation"></topic-card></aside>
    </div>`,
  },
};

async function checkLayout(canvasElement: HTMLElement): Promise<void> {
  const cards = [...canvasElement.querySelectorAll<TopicElement<unknown>>('topic-card')];
  expect(cards.length).toBeGreaterThan(0);
  await waitFor(() => cards.forEach((c) => expect(c.stateName).toBe('ready')), { timeout: 8000 });
  for (const c of cards) {
    const context = c.closest<HTMLElement>('[data-context]')!;
    const style = getComputedStyle(context);
    const room = context.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
    const rect = c.getBoundingClientRect();
    const box = context.getBoundingClientRect();
    const base = c.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    expect(rect.width, `width in a ${Math.round(room)} px room`).toBeGreaterThanOrEqual(Math.min(READABLE_MIN, room) - 0.5);
    expect(rect.height, 'height').toBeLessThanOrEqual(SANE_HEIGHT);
    expect(rect.left >= box.left - 0.5 && rect.right <= box.right + 0.5, 'inside its room').toBe(true);
    expect(base.scrollWidth, 'nothing overflows inside').toBeLessThanOrEqual(base.clientWidth + 1);
  }
}

const meta: Meta = {
  title: 'Guides/Host layouts',
  tags: ['!autodocs'],
  parameters: {
    docs: { description: { component: 'The card in every formatting context a host page may give it; it keeps a readable width wherever there is room.' } },
  },
  play: ({ canvasElement }) => checkLayout(canvasElement),
};
export default meta;

const story = (name: keyof typeof CONTEXTS): StoryObj => ({
  render: () => CONTEXTS[name]!.markup,
  parameters: { docs: { description: { story: CONTEXTS[name]!.description } } },
});

export const FlexRow = story('FlexRow');
export const FlexColumnStart = story('FlexColumnStart');
export const GridStart = story('GridStart');
export const InlineBlock = story('InlineBlock');
export const Float = story('Float');
export const AbsolutelyPositioned = story('AbsolutelyPositioned');
export const TableCell = story('TableCell');
export const NarrowColumn = story('NarrowColumn');
export const BlogWithSidebar = story('BlogWithSidebar');
