/**
 * The embed builder (a Storybook tool, not part of the library): pick a widget, a topic and
 * options, see the widget live, and copy the exact snippet for a third-party page, fallback
 * content included: the script snippet, static HTML without a script (the widget's content in
 * the page's HTML, see static-html.ts), or static HTML with the script, which takes over.
 */
import { css, html, LitElement, nothing } from 'lit';
import { state } from 'lit/decorators.js';
import { defaultDataSource } from '../src/data/sources.js';
import type { TopicElement } from '../src/components/shared/topic-element.js';
import { VERSION } from '../src/version.js';
import { staticHtml } from './static-html.js';
import { topicHref } from '../src/components/shared/links.js';

const WIDGETS = ['topic-card', 'pillar-list', 'article-summary', 'topic-article', 'series-nav', 'topic-index'] as const;
type Widget = (typeof WIDGETS)[number];
/** Widgets whose topic names link to the site's topic pages (`href`). */
const LINKED: readonly Widget[] = ['topic-card', 'article-summary', 'series-nav', 'topic-index'];
/** Widgets that show the whole series: they take no topic. */
const WHOLE_SERIES: readonly Widget[] = ['topic-index'];
const OUTPUTS = { script: 'script snippet', static: 'static HTML (no script)', 'static-script': 'static HTML + script' } as const;
type Output = keyof typeof OUTPUTS;

const attr = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const text = (value: string) => value.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

export class EmbedBuilder extends LitElement {
  static override styles = css`
    :host { display: grid; gap: 1.25rem; font-family: system-ui, sans-serif; }
    form { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); gap: 0.75rem 1rem; }
    /* A field never grows past its column (a select is as wide as its longest option otherwise, and overlapped the next field). */
    label { display: grid; gap: 0.25rem; font-size: 0.9rem; min-inline-size: 0; }
    input, select { font: inherit; padding: 0.35rem; inline-size: 100%; min-inline-size: 0; box-sizing: border-box; }
    .check input { inline-size: auto; }
    .check { display: flex; gap: 0.5rem; align-items: center; }
    pre { margin: 0; padding: 1rem; background: #0d1117; color: #e6edf3; border-radius: 0.5rem; overflow: auto; font-size: 0.85rem; }
    button { font: inherit; padding: 0.4rem 1rem; justify-self: start; cursor: pointer; }
    .preview { padding: 1rem; border: 1px dashed #999; border-radius: 0.5rem; }
    .problem { grid-column: 1 / -1; margin: 0; color: #a4001d; }
  `;

  @state() private widget: Widget = 'topic-card';
  /** The dataset's topics, from its index (the field offers exactly these). */
  @state() private topics: { id: string; name: string }[] = [];
  @state() private topic = '';
  @state() private variant = 'full';
  @state() private showImage = false;
  @state() private layout = 'list';
  @state() private sentences = 3;
  @state() private toc = false;
  @state() private navVariant = 'pager';
  /** <topic-index>: topics shown before "Show more" (0: all), and whether the search lives in the page's address. */
  @state() private indexLimit = 0;
  @state() private syncUrl = false;
  @state() private theme = 'auto';
  @state() private scriptUrl = `https://your-cdn.example/defense-topics/${VERSION}/embed.js`;
  @state() private linkTemplate = 'https://your-site.example/topics/{id}';
  @state() private copied = false;
  @state() private output: Output = 'script';
  /** The preview widget as static HTML, once it shows its topic. */
  @state() private staticCode = '';

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadTopics();
  }

  private async loadTopics(): Promise<void> {
    const index = await defaultDataSource().loadIndex();
    this.topics = index.topics.map(({ id, name }) => ({ id, name }));
    this.topic ||= this.topics[0]?.id ?? '';
  }

  /** The chosen topic's name, for the snippet's fallback link. */
  private get topicName(): string {
    return this.topics.find((topic) => topic.id === this.topic)?.name ?? this.topic;
  }

  /** The snippet, as a site owner pastes it. */
  get snippet(): string {
    if (this.output === 'script') return this.scriptSnippet;
    if (!this.staticCode) return '';
    return this.output === 'static' ? this.staticCode : `<script type="module" src="${attr(this.scriptUrl)}"></script>\n\n${this.staticCode}`;
  }

  /** The article link for the chosen topic, by the widgets' own rule (http(s) or relative only). */
  private get link(): { href?: string; problem?: string } {
    return this.linkTemplate.trim() ? topicHref(this.linkTemplate, this.topic) : {};
  }

  /** The template as the preview (and so the static output) gets it: left out unless it makes a safe link. */
  private get safeTemplate() {
    return this.link.href ? this.linkTemplate : nothing;
  }

  /** The fallback: a link to the article when the template makes a safe one, else the name as text. */
  private get fallbackLink(): string {
    return this.linkTo(this.topic, this.topicName || this.topic);
  }

  private linkTo(id: string, name: string): string {
    const { href } = this.linkTemplate.trim() ? topicHref(this.linkTemplate, id) : {};
    return href ? `<a href="${attr(href)}">${text(name)}</a>` : text(name);
  }

  /** What a reader without the script sees: the article's link; for the series index, every topic's, as a list. */
  private get fallback(): string {
    if (this.widget === 'pillar-list' || this.widget === 'series-nav') return '';
    if (this.widget !== 'topic-index') return this.fallbackLink;
    return `<ul>${this.topics.map(({ id, name }) => `<li>${this.linkTo(id, name)}</li>`).join('')}</ul>`;
  }

  protected override updated(): void {
    if (this.output !== 'script') void this.refreshStatic();
  }

  /** Serializes the preview once it shows its topic (again after any change). */
  private async refreshStatic(): Promise<void> {
    const widget = this.renderRoot.querySelector('.preview > *') as TopicElement<unknown> | null;
    if (!widget) return;
    await widget.updateComplete;
    for (let i = 0; i < 200 && widget.stateName === 'loading'; i++) await new Promise((resolve) => setTimeout(resolve, 25));
    await widget.updateComplete;
    const code = staticHtml(widget, { withData: this.output === 'static-script', fallback: this.fallback });
    if (code !== this.staticCode) this.staticCode = code;
  }

  /** The script snippet: the script tag and the widget's tag with its fallback link. */
  private get scriptSnippet(): string {
    const attributes = WHOLE_SERIES.includes(this.widget) ? [] : [`topic="${attr(this.topic)}"`];
    if (this.widget === 'topic-card') {
      if (this.variant !== 'full') attributes.push(`variant="${attr(this.variant)}"`);
      if (this.showImage) attributes.push('show-image');
    }
    // A card's name, a summary's related topics and the series' parts link to the site's topic pages.
    if (LINKED.includes(this.widget) && this.link.href) attributes.push(`href="${attr(this.linkTemplate)}"`);
    if (this.widget === 'pillar-list' && this.layout !== 'list') attributes.push(`layout="${attr(this.layout)}"`);
    if (this.widget === 'article-summary' && this.sentences !== 3) attributes.push(`sentences="${this.sentences}"`);
    if (this.widget === 'topic-article' && this.toc) attributes.push('toc');
    if (this.widget === 'series-nav' && this.navVariant !== 'pager') attributes.push(`variant="${attr(this.navVariant)}"`);
    if (this.widget === 'topic-index') {
      if (this.layout !== 'list') attributes.push(`layout="${attr(this.layout)}"`);
      if (this.indexLimit > 0) attributes.push(`limit="${this.indexLimit}"`);
      if (this.syncUrl) attributes.push('sync-url');
    }
    if (this.theme !== 'auto') attributes.push(`theme="${attr(this.theme)}"`);
    return [
      `<script type="module" src="${attr(this.scriptUrl)}"></script>`,
      '',
      `<${[this.widget, ...attributes].join(' ')}>`,
      ...(this.fallback ? [`  ${this.fallback}`] : []),
      `</${this.widget}>`,
    ].join('\n');
  }

  private preview() {
    if (!this.topic) return nothing;
    switch (this.widget) {
      case 'pillar-list':
        return html`<pillar-list topic=${this.topic} layout=${this.layout} theme=${this.theme}></pillar-list>`;
      case 'article-summary':
        return html`<article-summary topic=${this.topic} sentences=${this.sentences} href=${this.safeTemplate} theme=${this.theme}></article-summary>`;
      case 'topic-article':
        return html`<topic-article topic=${this.topic} ?toc=${this.toc} theme=${this.theme}></topic-article>`;
      case 'series-nav':
        return html`<series-nav topic=${this.topic} variant=${this.navVariant} href=${this.safeTemplate} theme=${this.theme}></series-nav>`;
      case 'topic-index':
        // Without sync-url here: the preview must not write into Storybook's own address.
        return html`<topic-index layout=${this.layout} limit=${this.indexLimit > 0 ? String(this.indexLimit) : nothing} href=${this.safeTemplate} theme=${this.theme}></topic-index>`;
      default:
        return html`<topic-card topic=${this.topic} variant=${this.variant} ?show-image=${this.showImage} href=${this.safeTemplate} theme=${this.theme}></topic-card>`;
    }
  }

  private async copy(): Promise<void> {
    await navigator.clipboard?.writeText(this.snippet).catch(() => undefined);
    this.copied = true;
    setTimeout(() => (this.copied = false), 1500);
  }

  override render() {
    const value = (event: Event) => (event.target as HTMLInputElement).value;
    return html`
      <form @submit=${(event: Event) => event.preventDefault()}>
        <label>Widget
          <select name="widget" @change=${(e: Event) => (this.widget = value(e) as Widget)}>
            ${WIDGETS.map((w) => html`<option ?selected=${w === this.widget}>${w}</option>`)}
          </select>
        </label>
        <label>Topic
          <select name="topic" ?disabled=${this.topics.length === 0 || WHOLE_SERIES.includes(this.widget)} @change=${(e: Event) => (this.topic = value(e))}>
            ${this.topics.map(({ id, name }) => html`<option value=${id} ?selected=${id === this.topic}>${name}</option>`)}
          </select>
        </label>
        <label>Theme
          <select @change=${(e: Event) => (this.theme = value(e))}>${['auto', 'light', 'dark'].map((t) => html`<option ?selected=${t === this.theme}>${t}</option>`)}</select>
        </label>
        ${this.widget === 'topic-card'
          ? html`<label>Variant
                <select @change=${(e: Event) => (this.variant = value(e))}>${['full', 'compact'].map((v) => html`<option ?selected=${v === this.variant}>${v}</option>`)}</select>
              </label>
              <label class="check"><input type="checkbox" .checked=${this.showImage} @change=${(e: Event) => (this.showImage = (e.target as HTMLInputElement).checked)} /> Show the image</label>`
          : ''}
        ${this.widget === 'pillar-list' || this.widget === 'topic-index'
          ? html`<label>Layout
              <select name="layout" @change=${(e: Event) => (this.layout = value(e))}>${['list', 'grid'].map((l) => html`<option ?selected=${l === this.layout}>${l}</option>`)}</select>
            </label>`
          : ''}
        ${this.widget === 'article-summary'
          ? html`<label>Sentences <input type="number" min="1" max="5" .value=${String(this.sentences)} @input=${(e: Event) => (this.sentences = Number(value(e)) || 3)} /></label>`
          : ''}
        ${this.widget === 'topic-article'
          ? html`<label class="check"><input type="checkbox" .checked=${this.toc} @change=${(e: Event) => (this.toc = (e.target as HTMLInputElement).checked)} /> Table of contents</label>`
          : ''}
        ${this.widget === 'series-nav'
          ? html`<label>Variant
              <select name="nav-variant" @change=${(e: Event) => (this.navVariant = value(e))}>${['pager', 'list'].map((v) => html`<option ?selected=${v === this.navVariant}>${v}</option>`)}</select>
            </label>`
          : ''}
        ${this.widget === 'topic-index'
          ? html`<label>Topics before “Show more” (0: all) <input name="limit" type="number" min="0" max="100" .value=${String(this.indexLimit)} @input=${(e: Event) => (this.indexLimit = Math.max(0, Math.floor(Number(value(e)) || 0)))} /></label>
              <label class="check"><input name="sync-url" type="checkbox" .checked=${this.syncUrl} @change=${(e: Event) => (this.syncUrl = (e.target as HTMLInputElement).checked)} /> Search and filters in the page's address</label>`
          : ''}
        <label>Output
          <select name="output" @change=${(e: Event) => (this.output = value(e) as Output)}>
            ${Object.entries(OUTPUTS).map(([key, label]) => html`<option value=${key} ?selected=${key === this.output}>${label}</option>`)}
          </select>
        </label>
        <label>Script URL (where you host dist/cdn/) <input .value=${this.scriptUrl} @input=${(e: Event) => (this.scriptUrl = value(e))} /></label>
        <label>Article link ({id} = topic) <input name="link" .value=${this.linkTemplate} aria-invalid=${this.link.problem ? 'true' : 'false'} aria-describedby="link-problem" @input=${(e: Event) => (this.linkTemplate = value(e))} /></label>
        <p id="link-problem" class="problem" role="status">${this.link.problem ? `Left out of the snippet: ${this.link.problem}.` : ''}</p>
      </form>
      <div class="preview" aria-label="Live preview">${this.preview()}</div>
      <pre aria-label="Snippet" tabindex="0"><code>${this.snippet}</code></pre>
      <button type="button" @click=${() => this.copy()}>${this.copied ? 'Copied' : 'Copy the snippet'}</button>
    `;
  }
}

if (!customElements.get('embed-builder')) customElements.define('embed-builder', EmbedBuilder);
