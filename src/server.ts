/**
 * `defense-topics/server`: the widgets rendered to HTML on a server (Node), for any framework or
 * site generator: a widget, a fragment of HTML or a whole page, with the bundled dataset or a
 * remote one (preload it first: a server render cannot wait), in the page's language, with the
 * data the browser needs to hydrate without loading it again (`import 'defense-topics/hydrate.js'`
 * before the widgets, in the browser). Needs `@lit-labs/ssr` (and its `parse5`) installed.
 *
 *   import { renderFragment } from 'defense-topics/server';
 *   const html = renderFragment('<topic-card topic="defense-attaches"></topic-card>', { lang: 'ar' });
 */
export { renderWidget, renderFragment, renderPage, styleHashes, WIDGETS, type WidgetTag, type WidgetRequest, type RenderOptions, type InPlaceOptions } from './server/render.js';
export { preloadDataset, type PreloadOptions } from './data/sources.js';
/** A value made safe inside a double-quoted HTML attribute, for markup written around the widgets' tags. */
export { escapeAttribute } from './server/escape-attribute.js';
