/**
 * Hydration of server-rendered widgets, for the npm package: `import 'defense-topics/hydrate.js'`
 * first in a page's entry module, before anything else that imports Lit. It loads Lit's
 * hydration support (`@lit-labs/ssr-client`) and teaches the widgets to take over a server render
 * without loading its data again. Pages without server-rendered widgets do not need it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { LitElement } from 'lit';
import { installHydration } from './components/shared/hydration.js';

// Lit's support patches LitElement when Lit's element module runs after it. A bundler may run Lit
// first even so (Vite's dev server pre-bundles dependencies into shared chunks: Astro's dev server
// did): then patch it now, once. A patched LitElement has its own `observedAttributes`.
const support = (globalThis as { litElementHydrateSupport?: (classes: { LitElement: typeof LitElement }) => void }).litElementHydrateSupport;
if (support && !Object.prototype.hasOwnProperty.call(LitElement, 'observedAttributes')) support({ LitElement });

installHydration();
