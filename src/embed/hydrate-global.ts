/**
 * The page's own `litElementHydrateSupport`, if any, before the embed's hydration chunk sets its
 * own (hydrate-support.ts imports this module first, so it runs first): the chunk puts it back
 * once the embed's Lit is patched, so that another copy of Lit on the page never gets the
 * embed's support.
 */
export const pageHydrateSupport: unknown = (globalThis as { litElementHydrateSupport?: unknown }).litElementHydrateSupport;
