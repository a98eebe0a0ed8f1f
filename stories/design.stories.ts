/**
 * Design: the widgets as readers meet them, on three host pages (a serif news page, a dark-themed
 * page, a dense portal), each at a phone's, a tablet's and a desktop's width. Each story's play
 * function waits for every widget and checks what a reader would notice: nothing wider than the
 * page, every widget in the page's scheme (dark only on the dark page), the page's font taken.
 * The accessibility checks (contrast included) run on each story too.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { expect, waitFor } from 'storybook/test';
import type { TopicElement } from '../src/components/shared/topic-element.js';
import { withImage } from './support.js';

interface HostPage {
  /** The page's own CSS, on a wrapper that plays its body. */
  style: string;
  /** Whether the page is dark (declares `color-scheme: dark`). */
  dark: boolean;
  font: RegExp;
  body: (width: number) => TemplateResult;
}

/** The widgets under the page's h1: their headings at level 2, as the page's outline asks. */
const widgets = (narrow: boolean) => html`<topic-provider heading-level="2">
  <topic-card topic="air-defense-cooperation" href="https://example.org/topics/{id}" show-image></topic-card>
  <pillar-list topic="military-training-diplomacy" layout=${narrow ? 'list' : 'grid'} limit="3" href="https://example.org/topics/{id}"></pillar-list>
  <series-nav topic="technological-exchange-programs" href="https://example.org/topics/{id}"></series-nav>
</topic-provider>`;

const PAGES: Record<string, HostPage> = {
  news: {
    style: 'background: #fbf8f1; color: #222; font: 17px/1.6 Georgia, serif; padding: 1rem',
    dark: false,
    font: /Georgia/,
    body: (width) => html`<h1 style="font-size: 2rem">Regional air forces widen joint exercises</h1>
      <p>Defense ministries met this week to widen joint air-defense exercises.</p>
      <aside aria-label="Explainer">${widgets(width < 600)}</aside>
      <h2>The bigger picture</h2>
      <article-summary topic="defense-technology-exchanges" sentences="2" href="https://example.org/topics/{id}"></article-summary>`,
  },
  dark: {
    style: 'background: #10151c; color: #e8edf2; color-scheme: dark; font: 16px/1.55 system-ui, sans-serif; padding: 1rem',
    dark: true,
    font: /system-ui/,
    body: (width) => html`<h1 style="font-size: 1.8rem">Security briefing</h1>
      <p>A dark-themed page: the widgets follow its colour scheme.</p>
      ${widgets(width < 600)}
      <topic-index limit="3" heading-level="2" href="https://example.org/topics/{id}"></topic-index>`,
  },
  portal: {
    style: 'background: #fff; color: #111; font: 14px/1.4 Arial, sans-serif; padding: 0.5rem',
    dark: false,
    font: /Arial/,
    body: (width) => html`<div style=${`display: grid; gap: 0.75rem; grid-template-columns: ${width < 600 ? '1fr' : width < 1000 ? '1fr 1fr' : '2fr 1fr 1fr'}`}>
      <div><h2 style="font-size: 1.1rem; margin: 0 0 .5rem">Ministry news</h2><topic-index layout="grid" limit="4" href="https://example.org/topics/{id}"></topic-index></div>
      <div><h2 style="font-size: 1.1rem; margin: 0 0 .5rem">Explainers</h2><topic-card topic="defense-attaches" variant="compact" href="https://example.org/topics/{id}"></topic-card><topic-card topic="defense-technology-exchanges" variant="compact" href="https://example.org/topics/{id}"></topic-card></div>
      <div><h2 style="font-size: 1.1rem; margin: 0 0 .5rem">Key points</h2><pillar-list topic="defense-attaches" href="https://example.org/topics/{id}"></pillar-list></div>
    </div>`,
  },
};

const WIDTHS = { Phone: 375, Tablet: 768, Desktop: 1280 } as const;

function story(page: keyof typeof PAGES, width: number): StoryObj {
  const host = PAGES[page]!;
  return {
    parameters: { layout: 'fullscreen' },
    // No theme from Storybook's toolbar: the widgets take the page's (theme="auto").
    globals: { theme: 'auto' },
    render: () => html`<topic-provider .source=${withImage}><div data-host style=${`${host.style}; inline-size: ${width}px; box-sizing: border-box`}>${host.body(width)}</div></topic-provider>`,
    play: async ({ canvasElement }) => {
      const page = canvasElement.querySelector<HTMLElement>('[data-host]')!;
      const all = [...page.querySelectorAll<TopicElement<unknown>>('topic-card, pillar-list, article-summary, series-nav, topic-index')];
      await waitFor(() => expect(all.map((widget) => widget.stateName).filter((state) => state !== 'ready')).toEqual([]), { timeout: 8000 });
      const right = page.getBoundingClientRect().right;
      for (const widget of all) {
        expect(widget.getBoundingClientRect().right, `<${widget.localName}> overflows the page`).toBeLessThanOrEqual(right + 1);
        const base = widget.shadowRoot!.querySelector('[part~="base"]')!;
        const [r, g, b] = getComputedStyle(base).backgroundColor.match(/\d+/g)!.map(Number);
        expect(r! + g! + b! < 3 * 128, `<${widget.localName}> is dark on a ${host.dark ? 'dark' : 'light'} page`).toBe(host.dark);
        expect(getComputedStyle(base).fontFamily).toMatch(host.font);
      }
    },
  };
}

const meta: Meta = { title: 'Design/Host pages' };
export default meta;

export const NewsPagePhone = story('news', WIDTHS.Phone);
export const NewsPageTablet = story('news', WIDTHS.Tablet);
export const NewsPageDesktop = story('news', WIDTHS.Desktop);
export const DarkPagePhone = story('dark', WIDTHS.Phone);
export const DarkPageTablet = story('dark', WIDTHS.Tablet);
export const DarkPageDesktop = story('dark', WIDTHS.Desktop);
export const PortalPhone = story('portal', WIDTHS.Phone);
export const PortalTablet = story('portal', WIDTHS.Tablet);
export const PortalDesktop = story('portal', WIDTHS.Desktop);
