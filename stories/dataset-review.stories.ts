/**
 * Guides / Dataset review: for each bundled article, what the generator chose (abstract, summary
 * sentences, key points, conclusion, themes, related topics, keywords, images) beside the rule
 * and the evidence that chose it. The same page as `defense-topics review content/articles
 * --out review.html`, built by the same renderer from the full article records (their
 * `evidence`), which escapes every text: article text never becomes markup. A topic with
 * translations (the bundled Arabic ones, read from `languages/ar/articles/<id>.json`) shows each
 * language's fields side by side with the original's, notes where they differ.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { datasetReviewRecords } from '../packages/cli/src/review/dataset.js';
import { REVIEW_STYLES, reviewFragment } from '../packages/cli/src/review/render.js';
import type { ArticleRecord } from '../src/schema/dataset.js';

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
    // Every topic's record in each of the dataset's languages (its translations among them).
    async () => ({ articles: await datasetReviewRecords((path) => loadJson(`./dataset/${path}`)) }),
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
    // Each Arabic translation beside its original, read right to left.
    for (const topic of topics) {
      await expect(topic.querySelector('table.languages th[scope="col"]')?.textContent).toBe('English (en), the original');
      await expect(topic.querySelector('table.languages td[lang="ar"][dir="rtl"]')).not.toBeNull();
    }
    await expect(canvasElement.querySelector('script')).toBeNull();
  },
};
