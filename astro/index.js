// defense-topics/astro: the widgets as Astro components, rendered on the server by the package's
// own renderer (no @astrojs/lit) and hydrated in the browser, with no configuration.
export { default as TopicCard } from './TopicCard.astro';
export { default as PillarList } from './PillarList.astro';
export { default as ArticleSummary } from './ArticleSummary.astro';
export { default as TopicArticle } from './TopicArticle.astro';
export { default as SeriesNav } from './SeriesNav.astro';
export { default as TopicIndex } from './TopicIndex.astro';
export { default as TopicProvider } from './TopicProvider.astro';
