import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import './embed-builder.js';
import type { EmbedBuilder } from './embed-builder.js';

const meta: Meta = {
  title: 'Guides/Embed builder',
  component: 'embed-builder',
  tags: ['!autodocs'],
  render: () => html`<embed-builder></embed-builder>`,
};
export default meta;

export const Builder: StoryObj = {
  play: async ({ canvasElement }) => {
    const builder = canvasElement.querySelector('embed-builder') as EmbedBuilder;
    await waitFor(() => expect(builder.snippet).toContain('<a href="https://your-site.example/topics/air-defense-cooperation">Air Defense Cooperation</a>'));
    expect(builder.snippet).toMatch(/^<script type="module" src="https:\/\/your-cdn\.example\/defense-topics\/[\d.]+\/embed\.js"><\/script>/);
  },
};
