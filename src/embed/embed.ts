/**
 * The one-script embed (CDN build): `<script type="module" src=".../embed.js">` anywhere on a
 * page registers every widget the page uses, now or later. Each widget's code, and each
 * topic's data, is fetched only when used, from files next to this script (no origin is
 * hard-coded, so it works from any CDN or path).
 *
 * Widgets inside shadow roots are invisible to the page-level observer: hand such roots to
 * `discover(shadowRoot)`.
 */
/** The package version, written in by the CDN build: importing it would pull the core chunk in up front. */
declare const __EMBED_VERSION__: string;
const VERSION = __EMBED_VERSION__;

const LOADERS: Record<string, () => Promise<unknown>> = {
  'topic-card': () => import('../components/topic-card/define.js'),
  'pillar-list': () => import('../components/pillar-list/define.js'),
  'article-summary': () => import('../components/article-summary/define.js'),
  'topic-provider': () => import('../components/topic-provider/define.js'),
};
const TAGS = Object.keys(LOADERS);
/** Lit's hydration support: loaded before any widget, only when the page has server-rendered widgets. */
const HYDRATE_SUPPORT = () => import('./hydrate-support.js');
const PROVIDER = 'topic-provider';
const SELECTOR = TAGS.join(',');

interface EmbedRegistry {
  version: string;
  discover: (root: ParentNode) => void;
}
const REGISTRY_KEY = Symbol.for('defense-topics:embed');
type WithRegistry = typeof globalThis & { [REGISTRY_KEY]?: EmbedRegistry };

function startEmbed(): EmbedRegistry {
  // This script imports nothing up front: Lit, the widget base and data access (the core chunk)
  // come with the first widget, so a page that carries the script but shows no widget loads
  // nothing more. The core chunk knows where the CDN build put the dataset.
  const requested = new Map<string, Promise<unknown>>();
  let hydrateSupport: Promise<unknown> | undefined;
  const load = (tag: string): Promise<unknown> => {
    const pending = requested.get(tag);
    if (pending) return pending;
    const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
    if (existing) {
      // Ours (another copy of the library) is fine; someone else's keeps the tag, and we say so.
      if (existing.version === undefined) {
        console.warn(`[defense-topics] <${tag}> is already defined by another script on this page; the embed leaves it alone.`);
      }
      requested.set(tag, Promise.resolve());
      return Promise.resolve();
    }
    // Widgets ask their provider for data when they start: a provider on the page is defined first.
    const provider = tag !== PROVIDER ? requested.get(PROVIDER) : undefined;
    const loading = Promise.all([provider, hydrateSupport])
      .then(() => LOADERS[tag]!())
      .catch((error: unknown) => {
        requested.delete(tag);
        console.warn(`[defense-topics] could not load <${tag}>:`, error);
      });
    requested.set(tag, loading);
    return loading;
  };
  const scan = (root: ParentNode): void => {
    if (requested.size === TAGS.length) return;
    const widgets = [...root.querySelectorAll(SELECTOR)];
    if (root instanceof Element && TAGS.includes(root.localName)) widgets.unshift(root);
    // A widget with a declarative shadow root was rendered by a server: hydrate it (hydrate-support.ts).
    if (!hydrateSupport && widgets.some((widget) => widget.shadowRoot)) {
      hydrateSupport = HYDRATE_SUPPORT().catch((error: unknown) => console.warn('[defense-topics] no hydration:', error));
    }
    if (widgets.some((widget) => widget.localName === PROVIDER)) void load(PROVIDER);
    for (const widget of widgets) void load(widget.localName);
  };
  const observed = new WeakSet<Node>();
  const discover = (root: ParentNode): void => {
    scan(root);
    if (observed.has(root as Node)) return;
    observed.add(root as Node);
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }).observe(root as Node, { childList: true, subtree: true });
  };
  discover(document);
  return { version: VERSION, discover };
}

/** The first copy of the script on a page does the work; later copies (any version) defer to it. */
function registry(): EmbedRegistry {
  const global = globalThis as WithRegistry;
  const existing = global[REGISTRY_KEY];
  if (existing) {
    if (existing.version !== VERSION) {
      console.warn(`[defense-topics] embed.js ${VERSION} is on a page that already has embed.js ${existing.version}; the first one loaded keeps the widgets.`);
    }
    return existing;
  }
  const created = startEmbed();
  global[REGISTRY_KEY] = created;
  return created;
}

const active = registry();

/** Finds (and from then on watches for) widgets inside a root the page observer cannot see, such as a shadow root. */
export function discover(root: ParentNode): void {
  active.discover(root);
}

export { VERSION };
