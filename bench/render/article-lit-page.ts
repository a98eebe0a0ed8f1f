/** 100 <topic-article>s of 2,000 words, from creation to every article rendered and laid out. */
import { setDefaultDataSource } from '../../src/data/sources.js';
import type { TopicArticleElement } from '../../src/components/topic-article/topic-article.js';
import '../../src/components/topic-article/define.js';
import { domShape } from './dom-shape.js';
import { ARTICLES, memorySource } from './memory-source.js';

setDefaultDataSource(memorySource({ article: window.BENCH_ARTICLE }));
const container = document.getElementById('articles')!;
const start = performance.now();
const articles: TopicArticleElement[] = [];
for (let i = 0; i < ARTICLES; i++) {
  const article = document.createElement('topic-article');
  article.topic = window.BENCH_ARTICLE.id;
  articles.push(article);
  container.append(article);
}
// Wait on the article's own promise (its data is at hand: its first render shows it), not by polling.
const ready = async (article: TopicArticleElement) => {
  await article.updateComplete;
  if (article.stateName !== 'ready') throw new Error(`article not ready after its first render: ${article.stateName}`);
};
await Promise.all(articles.map(ready));
void container.offsetHeight; // layout
window.tachometerResult = performance.now() - start;
if (location.search === '?check') window.benchShape = domShape(articles[0]!);
