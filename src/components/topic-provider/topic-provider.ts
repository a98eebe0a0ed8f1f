import { consume, provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { TopicDataSource } from '../../data/data-source.js';
import { remoteDataSource } from '../../data/sources.js';
import { VERSION } from '../../version.js';
import { dataSourceContext, settingsContext, type ThemeSetting, type TopicSettings } from '../shared/contexts.js';

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
 * @attr lang - Language of the widgets' own words.
 *
 * @slot - The widgets (and anything else).
 */
export class TopicProviderElement extends LitElement {
  static readonly version: string = VERSION;
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of a remote dataset. */
  @property() src?: string;
  /** A data source object of your own (any `TopicDataSource`); wins over `src`. */
  @property({ attribute: false }) source?: TopicDataSource;
  /** Default topic. */
  @property() topic?: string;
  /** Default heading level. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel?: number;
  /** Default theme. */
  @property() theme?: ThemeSetting;

  @consume({ context: dataSourceContext, subscribe: true })
  @state()
  private outerSource?: TopicDataSource | undefined;

  @consume({ context: settingsContext, subscribe: true })
  @state()
  private outerSettings?: TopicSettings | undefined;

  /** The data source given to the widgets inside. */
  @provide({ context: dataSourceContext })
  dataSource?: TopicDataSource | undefined;

  /** The defaults given to the widgets inside. */
  @provide({ context: settingsContext })
  settings?: TopicSettings | undefined;

  private readonly langObserver = new MutationObserver(() => this.requestUpdate());

  override connectedCallback(): void {
    super.connectedCallback();
    this.langObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const src = this.src?.trim();
    let source = this.source ?? this.outerSource;
    if (src && !this.source) {
      try {
        source = remoteDataSource(src);
      } catch {
        console.warn(`[defense-topics] <topic-provider>: src "${src}" is not a valid URL; using ${source ? 'the outer provider’s data' : 'the bundled dataset'}.`);
      }
    }
    if (source !== this.dataSource) this.dataSource = source;

    const outer = this.outerSettings ?? {};
    const next: TopicSettings = {
      topic: this.topic ?? outer.topic,
      headingLevel: this.headingLevel ?? outer.headingLevel,
      theme: this.theme ?? outer.theme,
      lang: this.getAttribute('lang') || outer.lang,
    };
    if (!sameSettings(next, this.settings)) this.settings = next;
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

function sameSettings(a: TopicSettings, b: TopicSettings | undefined): boolean {
  return !!b && a.topic === b.topic && a.headingLevel === b.headingLevel && a.theme === b.theme && a.lang === b.lang;
}

declare global {
  interface HTMLElementTagNameMap {
    'topic-provider': TopicProviderElement;
  }
}
