/**
 * Lit's hydration support for the CDN embed, and the widgets' way of taking over a server render
 * (hydration.ts), loaded only on a page with server-rendered widgets (the embed checks for
 * declarative shadow roots first): a page without them never downloads it.
 *
 * `@lit-labs/ssr-client`'s module must run before Lit's element class to patch it, but here Lit
 * (the core chunk) is this module's own import, so it has run already: installHydration applies
 * the patch now, once, before the embed defines any widget.
 */
import { pageHydrateSupport } from './hydrate-global.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { installHydration } from '../components/shared/hydration.js';

// Patches the embed's Lit (installHydration does, once), before the embed defines any widget. If
// the page had its own support when the embed's Lit ran (the core chunk, run before this one),
// that support patched it already.
installHydration({ pageHadSupport: pageHydrateSupport !== undefined });
// Another copy of Lit on the page (the site's own) keeps whatever support it had: none, or its own.
const global = globalThis as { litElementHydrateSupport?: unknown };
if (pageHydrateSupport === undefined) delete global.litElementHydrateSupport;
else global.litElementHydrateSupport = pageHydrateSupport;
