import { ContextConsumer, ContextProvider } from '@lit/context';
import { adoptStyles, css, html, isServer, LitElement, type PropertyValues } from 'lit';
import type { TopicDataSource } from '../../data/data-source.js';
import { remoteDataSource } from '../../data/sources.js';
import { VERSION } from '../../version.js';
import { coerceBooleanProperties, inheritableBooleanAttribute } from '../shared/boolean-attribute.js';
import { providerContext, type ProvidedContext, type ThemeSetting, type TopicSettings } from '../shared/contexts.js';

/**
 * @customElement topic-provider
 * @tagname topic-provider
 * @summary Gives the widgets inside it (at any depth, through shadow roots too) a data source
 * and defaults for `topic`, `heading-level`, `theme` and `lang`. Providers nest: an inner one
 * inherits what it does not set from the outer one. Renders its children as they are.
 *
 * @attr src - URL of a remote dataset (its folder, or its index.json); fetched lazily and validated. Without it, the bundled dataset (or an outer provider's).
 * @prop source - A data source object of your own (`TopicDataSource`); wins over `src`.
 * @attr topic - Default topic of the widgets inside.
 * @attr heading-level - Default heading level (1–6).
 * @attr theme - Default theme: `light`, `dark` or `auto`.
 * @attr lang - Language of the widgets' own words (as any ancestor's `lang` would be).
 * @attr selectable - Names and related topics without `href` are buttons firing `topic-select` in the widgets inside (each widget's own `selectable` wins; `selectable="false"` turns it off).
 *
 * Attributes and properties mirror each other (`source` has no attribute: it is an object).
 * `hidden` hides every widget inside. Boolean attributes read `"false"` (any case) as false.
 *
 * @slot - The widgets (and anything else).
 */
export class TopicProviderElement extends LitElement {
  static readonly version: string = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
    /* display: contents would otherwise win over the browser's own [hidden] rule. */
    :host([hidden]) {
      display: none !important;
    }
  `;

  static override properties = {
    src: { reflect: true },
    source: { attribute: false },
    topic: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    theme: { reflect: true },
    selectable: { converter: inheritableBooleanAttribute, reflect: true },
  };

  /** URL of a remote dataset. */
  src?: string;
  /** A data source object of your own (any `TopicDataSource`); wins over `src`. */
  source?: TopicDataSource;
  /** Default topic. */
  topic?: string;
  /** Default heading level. */
  headingLevel?: number;
  /** Default theme. */
  theme?: ThemeSetting;
  /** Whether names without `href` are buttons firing `topic-select`, for the widgets inside. The attribute reads `"false"` (any case) as false. */
  selectable?: boolean | undefined;

  // What an outer provider gives (this one inherits what it does not set), and what this one gives.
  readonly #outer = new ContextConsumer(this, { context: providerContext, subscribe: true });
  readonly #provided = new ContextProvider(this, { context: providerContext, initialValue: { settings: {} } });

  /** The data source given to the widgets inside (none: the bundled dataset). */
  get dataSource(): TopicDataSource | undefined {
    return this.#provided.value?.source;
  }

  /** The defaults given to the widgets inside. */
  get settings(): TopicSettings | undefined {
    return this.#provided.value?.settings;
  }

  /** Made when first connected: a server render has no MutationObserver (and never connects). */
  #langObserver?: MutationObserver;
  /** Whether this server render already asked an outer provider for its context. */
  #askedOuterOnServer = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = this.shadowRoot;
    if (isServer || !root || this.hasUpdated) return super.createRenderRoot();
    // A server render's declarative shadow root holds only a <slot>: nothing to hydrate. Render it
    // again (whatever build rendered it), in the same task: the widgets inside are not touched.
    root.replaceChildren();
    adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#langObserver ??= new MutationObserver(() => this.requestUpdate());
    this.#langObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#langObserver?.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    coerceBooleanProperties(this, changed);
    if (isServer && !this.#askedOuterOnServer) {
      // A server render connects nothing (see TopicElement): make the shadow root connecting would
      // make (Lit SSR routes a slotted widget's context request through it, up to this provider),
      // and ask an outer provider ourselves.
      this.#askedOuterOnServer = true;
      (this as { renderRoot: HTMLElement | DocumentFragment }).renderRoot ??= this.createRenderRoot();
      this.#outer.hostConnected();
    }
    const outer = this.#outer.value;
    const src = this.src?.trim();
    let source = this.source ?? outer?.source;
    if (src && !this.source) {
      try {
        source = remoteDataSource(src);
      } catch {
        console.warn(`[defense-topics] <topic-provider>: src "${src}" is not a valid URL; using ${source ? 'the outer provider’s data' : 'the bundled dataset'}.`);
      }
    }
    // This provider's own settings, else the outer one's; a new value only when something changed
    // (every widget below re-renders on a new value).
    const settings: TopicSettings = { topic: this.topic, headingLevel: this.headingLevel, theme: this.theme, lang: this.getAttribute('lang') || undefined, selectable: this.selectable };
    const current = this.#provided.value;
    let isNew = source !== current?.source;
    for (const key of Object.keys(settings) as (keyof TopicSettings)[]) {
      (settings as Record<string, unknown>)[key] ??= outer?.settings[key];
      isNew ||= settings[key] !== current?.settings[key];
    }
    if (isNew) this.#provided.setValue({ source, settings } satisfies ProvidedContext);
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'topic-provider': TopicProviderElement;
  }
}
