/**
 * An Eleventy 3 site whose pages carry the widgets' content in their HTML: Lit's Eleventy plugin
 * renders every <topic-card>, <pillar-list>, <article-summary>, <topic-article>, <series-nav> and
 * <topic-provider> at build time
 * (declarative shadow roots, styles inside), so the pages read without JavaScript.
 *
 *   npx @11ty/eleventy --config=eleventy.config.js   (from this folder; output in _site/)
 */
import litPlugin from '@lit-labs/eleventy-plugin-lit';

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(litPlugin, {
    mode: 'worker',
    // Relative to the folder eleventy runs in. The module registers the widgets from the package.
    componentModules: ['components.js'],
  });
  return { dir: { input: 'src', output: '_site' } };
}
