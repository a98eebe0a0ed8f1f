/**
 * Guides / Dataset review: for each bundled article, what the generator chose (abstract, summary
 * sentences, key points, conclusion, themes, related topics, keywords, images) beside the rule
 * and the evidence that chose it. The same page as `defense-topics review content/articles
 * --out review.html`, built by the same renderer from the full article records (their
 * `evidence`), which escapes every text: article text never becomes markup.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { REVIEW_STYLES, reviewFragment } from '../packages/cli/src/review/render.js';
import { ArticleRecord, DatasetIndex } from '../src/schema/dataset.js';

async function loadJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

const meta: Meta = {
  title: 'Guides/Dataset review',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

export const BundledArticles: StoryObj = {
  name: 'Dataset review',
  loaders: [
    async () => {
      const index = DatasetIndex.parse(await loadJson('./dataset/index.json'));
      const articles = await Promise.all(index.topics.map(async (topic) => ArticleRecord.parse(await loadJson(`./dataset/articles/${topic.id}.json`))));
      return { articles };
    },
  ],
  render: (_args, { loaded }) => {
    const page = document.createElement('div');
    const style = document.createElement('style');
    style.textContent = REVIEW_STYLES;
    // The renderer escapes every text and attribute (hast-util-to-html); only http(s) URLs become links.
    const review = document.createElement('div');
    review.innerHTML = reviewFragment(loaded.articles as ArticleRecord[], 'Dataset review: the bundled articles');
    page.append(style, review);
    return page;
  },
  play: async ({ canvasElement }) => {
    const topics = canvasElement.querySelectorAll('section[id^="topic-"]');
    await expect(topics.length).toBe(5);
    await expect(canvasElement.textContent).toContain('names the topic as its subject and defines it');
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};
