/**
 * Hydration of server-rendered widgets, for the npm package: `import 'defense-topics/hydrate.js'`
 * first in a page's entry module, before anything else that imports Lit. It loads Lit's
 * hydration support (`@lit-labs/ssr-client`) and teaches the widgets to take over a server render
 * without loading its data again (patching Lit itself if a bundler ran Lit first). Pages without
 * server-rendered widgets do not need it.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { installHydration } from './components/shared/hydration.js';

installHydration();
