/**
 * The one-script embed (CDN build): `<script type="module" src=".../embed.js">` anywhere on a
 * page registers every widget the page uses, now or later. Each widget's code, and each
 * topic's data, is fetched only when used, from files next to this script (no origin is
 * hard-coded, so it works from any CDN or path).
 *
 * Widgets inside shadow roots are invisible to the page-level observer: hand such roots to
 * `discover(shadowRoot)`.
 *
 * Every page that carries the script downloads this file, widgets or not: it is written for
 * its minified size (one closure, no class, no property names of its own).
 */
/** The package version, written in by the CDN build: importing it would pull the core chunk in up front. */
declare const __EMBED_VERSION__: string;
const VERSION = __EMBED_VERSION__;

const PROVIDER = 'topic-provider';
const LOADERS: Record<string, () => Promise<unknown>> = {
  [PROVIDER]: () => import('../components/topic-provider/define.js'),
  'topic-card': () => import('../components/topic-card/define.js'),
  'pillar-list': () => import('../components/pillar-list/define.js'),
  'article-summary': () => import('../components/article-summary/define.js'),
  'topic-article': () => import('../components/topic-article/define.js'),
  'series-nav': () => import('../components/series-nav/define.js'),
  'topic-index': () => import('../components/topic-index/define.js'),
};
const TAGS = Object.keys(LOADERS);
const SELECTOR = TAGS.join();

interface EmbedRegistry {
  version: string;
  discover: (root: ParentNode) => void;
}
const REGISTRY_KEY = Symbol.for('defense-topics:embed');

const warn = (...what: unknown[]) => console.warn('[defense-topics]', ...what);

function startEmbed(): EmbedRegistry {
  // This script imports nothing up front: Lit, the widget base and data access (the core chunk)
  // come with the first widget, so a page that carries the script but shows no widget loads
  // nothing more. The core chunk knows where the CDN build put the dataset.
  const requested = new Map<string, Promise<unknown>>();
  /** Lit's hydration support: loaded before any widget, only when the page has server-rendered widgets. */
  let hydration: Promise<unknown> | undefined;
  const load = (tag: string): void => {
    if (requested.has(tag)) return;
    const existing = customElements.get(tag) as { version?: string } | undefined;
    // Ours (another copy of the library) is fine; someone else's keeps the tag, and we say so.
    if (existing && existing.version === undefined) warn(`<${tag}> is already defined by another script; the embed leaves it alone.`);
    requested.set(
      tag,
      existing
        ? Promise.resolve()
        : // Widgets ask their provider for data when they start: a provider on the page is defined first.
          Promise.all([tag !== PROVIDER && requested.get(PROVIDER), hydration])
            .then(LOADERS[tag])
            .catch((error: unknown) => {
              requested.delete(tag);
              warn(`could not load <${tag}>:`, error);
            }),
    );
  };
  const scan = (root: ParentNode): void => {
    // Every tag requested already: nothing more to find.
    if (requested.size >= TAGS.length) return;
    const widgets = [...root.querySelectorAll(SELECTOR)];
    if ((root as Element).matches?.(SELECTOR)) widgets.push(root as Element);
    // A widget with a declarative shadow root was rendered by a server: hydrate it (hydrate-support.ts).
    if (widgets.some((widget) => widget.shadowRoot)) hydration ??= import('./hydrate-support.js').catch((error: unknown) => warn('no hydration:', error));
    // Reverse alphabetical order puts topic-provider first (see `load`).
    for (const tag of widgets.map((widget) => widget.localName).sort().reverse()) load(tag);
  };
  const observed = new WeakSet<ParentNode>();
  const discover = (root: ParentNode): void => {
    scan(root);
    if (observed.has(root)) return;
    observed.add(root);
    new MutationObserver((records) => {
      for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }).observe(root as Node, { childList: true, subtree: true });
  };
  discover(document);
  return { version: VERSION, discover };
}

/** The first copy of the script on a page does the work; later copies (any version) defer to it. */
const global = globalThis as typeof globalThis & { [REGISTRY_KEY]?: EmbedRegistry };
const first = global[REGISTRY_KEY];
if (first && first.version !== VERSION) warn(`embed.js ${VERSION} defers to embed.js ${first.version}, loaded first on this page.`);
const active = (global[REGISTRY_KEY] ??= startEmbed());

/** Finds (and from then on watches for) widgets inside a root the page observer cannot see, such as a shadow root. */
export function discover(root: ParentNode): void {
  active.discover(root);
}

export { VERSION };
