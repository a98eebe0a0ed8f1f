/**
 * `defense-topics render`'s renderer: the package's one server renderer (src/server/render.ts,
 * also `defense-topics/server`), bundled here with the widgets' source minified as the CDN
 * embed's is, so that the embed hydrates what the command renders.
 */
export * from '../../../src/server/render.js';
