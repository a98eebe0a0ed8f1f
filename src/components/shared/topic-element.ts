/**
 * Behaviour shared by the topic widgets, apart from what they render: reading settings from
 * their own attributes or a `<topic-provider>`, loading their record with cancellation, the
 * four states (loading, ready, not found, error), the `widget-error` event and console
 * warnings. A widget never throws into the host page: load and render failures become states.
 */
import { primarySubtag } from '../../data/choose-language.js';
import { ContextConsumer } from '@lit/context';
import { html, isServer, LitElement, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isAbortError, TopicNotFoundError, type DataErrorCode, type Settled, type TopicDataSource } from '../../data/data-source.js';
import { defaultDataSource, followDefaultDataSource } from '../../data/sources.js';
import { VERSION } from '../../version.js';
import { coerceBooleanProperties } from './boolean-attribute.js';
import { providerContext, type ThemeSetting, type TopicSettings } from './contexts.js';
import type * as Failure from './failure.js';
import { directionOfLang, resolveLang, watchLang } from './lang.js';
import { topicHref } from './links.js';
import { en } from './messages/en.js';
import { isolate, loadMessages, loadedMessages, messagesLanguage, type FailureWords, type Words } from './messages/index.js';
import { RecordLoad } from './record-load.js';
import { skeletonText } from './skeleton.js';
import { renderTopicName, type TopicSelectDetail } from './topic-link.js';

export type { TopicSelectDetail } from './topic-link.js';

/**
 * The error state and the reporting of failures (failure.ts), loaded with a page's first failure:
 * most pages never need them. A failed import is tried again with the next failure.
 */
let failure: typeof Failure | undefined;
let failureLoad: Promise<typeof Failure> | undefined;
/** Whether failure.ts could not be fetched the last time it was tried (the connection dropped). */
let failureUnreachable = false;
const loadFailure = () =>
  (failureLoad ??= import('./failure.js').then(
    (module) => ((failureUnreachable = false), (failure = module)),
    (error: unknown) => {
      failureLoad = undefined;
      failureUnreachable = true;
      throw error;
    },
  ));
/** Runs `use` with failure.ts: at once when it is here, else once it came (never throwing). */
const withFailure = (use: (module: typeof Failure) => void, unreachable?: () => void) => (failure ? use(failure) : void loadFailure().then(use, () => unreachable?.()));

/** Detail of the `widget-error` event. */
export interface WidgetErrorDetail {
  code: DataErrorCode | 'render-failed';
  topic: string;
  message: string;
  /** For `not-found`: the topics that do exist. */
  validIds?: readonly string[];
}

/**
 * What a server render writes into its output (the `data-ssr` attribute of the widget's box) so
 * that the browser takes over without loading the data again: the record it showed, or the
 * valid ids of a topic it did not find, and the settings from outside the element it used (the
 * browser renders afresh instead of hydrating when any of them differs there). Read by
 * `hydration.ts`.
 */
export interface ServerRendered<T> {
  topic: string;
  lang: string;
  theme: ThemeSetting;
  level: number;
  value?: T;
  validIds?: string[];
}

export abstract class TopicElement<T> extends LitElement {
  /** Compared by `define` when the tag is already registered. */
  static readonly version: string = VERSION;
  // Declared without decorators: their helpers would add to every page's download.
  static override properties: PropertyDeclarations = {
    topic: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    theme: { reflect: true },
  };

  /**
   * Whether a server render writes the data it showed into its output, so that the browser takes
   * over (hydrates) without loading it again. On unless set to false (unset by default: browsers,
   * which never read it, carry no bytes for it); `defense-topics render` turns it off for static
   * HTML without a script.
   */
  static hydrationData: boolean | undefined;

  /**
   * The fields of its record a widget renders, when it renders far fewer than the record holds
   * (`<topic-article>`): a server render writes only those for the browser. Unset: all of them.
   */
  declare static serverFields?: readonly string[];

  /** Whether the widget shows full article records, which `preloadDataset` reads only when asked (`articles`). */
  declare static readsArticles?: boolean;

  /** Id of the topic to show (e.g. `air-defense-cooperation`); defaults to the provider's `topic`. */
  topic?: string;

  /** Level (1–6) of the widget's main heading, to fit the host page's outline; defaults to the provider's, then 3. */
  headingLevel?: number;

  /** `light`, `dark`, or `auto` (the page's colour scheme: dark only where the page declares it can be, by CSS `color-scheme` or `<meta name="color-scheme">`, and the reader prefers it; else light); defaults to the provider's, then `auto`. */
  theme?: ThemeSetting;

  /** The data source and the defaults of a `<topic-provider>` above; a change re-renders. */
  readonly #provided = new ContextConsumer(this, { context: providerContext, subscribe: true });

  protected get providedSource(): TopicDataSource | undefined {
    return this.#provided.value?.source;
  }

  protected get providedSettings(): TopicSettings | undefined {
    return this.#provided.value?.settings;
  }

  /** Loads the record for the current source and topic; a change of either cancels the old load. */
  protected readonly data = new RecordLoad(this, {
    load: (args, signal) =>
      this.#loadRecord(args, signal).catch(async (error: unknown) => {
        // Settled as failed only once the error state's module is here, so that state shows at once.
        if (!isAbortError(error) && !(error instanceof TopicNotFoundError)) await loadFailure().catch(() => undefined);
        throw error;
      }),
    // Data and words already at hand: the first render shows them (no loading state in between).
    peek: ([source, topic, variant]) => {
      if (!loadedMessages(this.uiLang)) return undefined;
      const fromServer = this.serverRecord?.(topic);
      if (fromServer) return fromServer;
      if (topic !== '' || this.wholeSeries) return this.peek(source, topic, variant);
      const index = source.peek?.('index', '');
      return index?.value ? { error: new TopicNotFoundError('', index.value.topics.map((t) => t.id)) } : undefined;
    },
    args: () => [this.recordSource, this.effectiveTopic, this.recordVariant] as const,
    onError: (error) => this.#reportError(error),
  });

  /** The record, with the widget's words; for no topic, "not found" naming the valid ones. */
  async #loadRecord([source, topic, variant]: readonly [TopicDataSource, string, string | undefined], signal: AbortSignal): Promise<T> {
    if (topic === '' && !this.wholeSeries) {
      // Name the valid topics if the index can be had; an aborted load stays an abort.
      const ids = await source.loadIndex(signal).then(
        (index) => index.topics.map((t) => t.id),
        (error: unknown) => {
          if (signal.aborted) throw error;
          return [];
        },
      );
      throw new TopicNotFoundError('', ids);
    }
    // The widget's words come with its first record, so it never shows English first.
    const [record] = await Promise.all([this.load(source, topic, signal, variant), loadMessages(this.uiLang)]);
    return record;
  }

  /**
   * Set by a widget of the whole series (`<topic-index>`), which loads its record without a topic:
   * for it, no topic is not "not found". (Declared only: the widgets of one topic carry no bytes for it.)
   */
  protected declare readonly wholeSeries?: true;

  /**
   * What the record depends on besides the source and the topic, for a widget whose variants show
   * different data (`<series-nav>`'s pager needs the topic's summary, its list the index): given
   * to `load` and `peek`, and a change loads again. None by default.
   */
  protected get recordVariant(): string | undefined {
    return undefined;
  }

  /** The widget's record for a topic, from the data source. */
  protected abstract load(source: TopicDataSource, topic: string, signal: AbortSignal, variant?: string): Promise<T>;
  /** The widget's record if the data source has it at hand (`TopicDataSource.peek`), else undefined. */
  protected abstract peek(source: TopicDataSource, topic: string, variant?: string): Settled<T> | undefined;
  /** The widget once its data is there. */
  protected abstract renderReady(data: T): TemplateResult;
  /** The loading placeholder: the content's layout with `skeletonText` of typical lengths. */
  protected abstract renderSkeleton(): TemplateResult;

  get dataSource(): TopicDataSource {
    return this.providedSource ?? defaultDataSource();
  }

  /** Where the widget's records come from: the data source's records in the widget's language (TopicDataSource.inLanguage). */
  protected get recordSource(): TopicDataSource {
    const source = this.dataSource;
    return source.inLanguage?.(this.uiLang) ?? source;
  }

  get effectiveTopic(): string {
    return (this.topic ?? this.providedSettings?.topic ?? '').trim();
  }

  protected get effectiveHeadingLevel(): number {
    const level = Math.round(Number(this.headingLevel ?? this.providedSettings?.headingLevel ?? 3));
    return Number.isFinite(level) ? Math.min(6, Math.max(1, level)) : 3;
  }

  protected get effectiveTheme(): ThemeSetting {
    const theme = this.theme ?? this.providedSettings?.theme;
    return theme === 'light' || theme === 'dark' ? theme : 'auto';
  }

  /**
   * Language of the widget's own words: the nearest `lang` at or above it (across shadow roots,
   * so a provider's or any ancestor's), then the page's; on a server, its own or its provider's.
   */
  protected get uiLang(): string {
    return resolveLang(this) || this.providedSettings?.lang || 'en';
  }

  /** The direction of the words `messages` gives, for the `dir` that isolates them from the content around. */
  protected get messagesDir(): 'ltr' | 'rtl' {
    return directionOfLang(this.messagesLang);
  }

  /** The language of the words `messages` gives (English while a language's words are on their way or failed). */
  protected get messagesLang(): string {
    return messagesLanguage(this.uiLang);
  }

  protected get messages(): Words {
    const lang = this.uiLang;
    const messages = loadedMessages(lang);
    if (messages) return messages;
    // Not here yet (the language changed, or a load failed before they came): English until they
    // come. (A server render cannot wait: it shows English.)
    if (!isServer) void loadMessages(lang).then(() => this.requestUpdate());
    return en;
  }

  /** Loads again after an error. */
  retry(): void {
    failure?.withdrawFailure(this);
    this.data.run();
  }

  /** Set when leaving the page aborted a load, which then starts again on return. */
  #loadAbortedByRemoval = false;
  /** Stops watching `lang` (set while connected, in a browser). */
  #stopWatchingLang?: (() => void) | undefined;
  /** Stops following `setDefaultDataSource` (while on the page, a widget follows it). */
  #unfollowDefaultSource?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unfollowDefaultSource = followDefaultDataSource(() => this.requestUpdate());
    // `lang` is a native attribute, not a Lit property, and may be on any ancestor: watch it so the
    // widget's words follow it (the observer is made here, never on a server).
    this.#stopWatchingLang = watchLang(this, () => this.requestUpdate());
    if (this.#loadAbortedByRemoval) {
      this.#loadAbortedByRemoval = false;
      this.data.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatchingLang?.();
    this.#stopWatchingLang = undefined;
    this.#unfollowDefaultSource?.();
    failure?.withdrawFailure(this);
    if (this.data.pending) {
      this.#loadAbortedByRemoval = true;
      this.data.abort();
    }
  }

  /** Whether this server render already asked for a provider's context. */
  #askedProviderOnServer = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    coerceBooleanProperties(this, changed);
    if (!isServer) return;
    // A server render calls no connectedCallback and no controller hooks (only willUpdate and
    // render): ask the providers around for their context (Lit SSR carries the request up the
    // tree being rendered), then take the record if it is at hand; never start a load.
    if (!this.#askedProviderOnServer) {
      this.#askedProviderOnServer = true;
      this.#provided.hostConnected();
    }
    this.data.update({ loadIfNeeded: false });
    if (this.data.status === 'loading') {
      this.warnOnce(
        `topic "${this.effectiveTopic}" was not at hand in ${this.dataSource.label} during this server render, so it shows its fallback content. ` +
          `A remote dataset must be preloaded before a server render: await preloadDataset(src${(this.constructor as typeof TopicElement).readsArticles ? `, { articles: ['${this.effectiveTopic}'] }` : ''}) (see the README, Server rendering).`,
      );
    }
  }

  /**
   * A server's render (a declarative shadow root) that nothing hydrates is replaced by the first
   * render, in the same task: Lit would render beside it (before its first node). Whatever loaded
   * first, Lit, the widgets or `hydrate.js`: `hydration.ts` takes this method over to hydrate instead,
   * up to the first update.
   */
  protected override update(changed: PropertyValues): void {
    if (!this.hasUpdated) {
      this.renderRoot.textContent = '';
      this.renderOptions.renderBefore = null;
    }
    super.update(changed);
  }

  /**
   * The record a server render of this element showed, for its first render in the browser: a
   * method `hydration.ts` (installed by the hydration entry points) adds. Declared only, so that
   * pages without server rendering carry no bytes for it.
   */
  protected declare readonly serverRecord?: (topic: string) => Settled<T> | undefined;

  protected override render(): TemplateResult {
    const { status, value, error } = this.data;
    const busy = status === 'loading' || isAbortError(error);
    const content = busy ? (isServer ? this.#renderFallback() : this.#renderLoading()) : status === 'ready' ? this.#renderSafely(value as T) : this.#renderProblem(error);
    // Nothing of its own to show: the widget steps aside (no box) and the page's fallback content
    // shows as if there were no widget. So for a topic not found, a failure (below the fallback: a
    // short line and Try again, never framed like an alert, however many failed), and a server
    // render without its data (a remote dataset not preloaded; with JavaScript, the browser renders afresh).
    const state = this.stateName;
    const bare = state === 'loading' ? isServer : state !== 'ready';
    return html`<div part="base" class="root ${this.effectiveTheme}${bare ? ' bare' : ''}" aria-busy=${busy && !bare ? 'true' : 'false'} data-ssr=${isServer ? serverRendered(this) ?? nothing : nothing}>
      ${content}
    </div>`;
  }

  /**
   * The content inside the element's tag (a link to the article, as the README shows): shown
   * whenever the widget has nothing of its own to show, hidden while it shows its topic.
   */
  #renderFallback(): TemplateResult {
    return html`<slot class="fallback"></slot>`;
  }

  /** `loading`, `ready`, `not-found` or `error`: for styling and tests. */
  get stateName(): 'loading' | 'ready' | 'not-found' | 'error' {
    const { status, value, error } = this.data;
    if (status === 'ready') return this.#failedRender !== undefined && this.#failedRender === value ? 'error' : 'ready';
    if (status === 'loading' || isAbortError(error)) return 'loading';
    return error instanceof TopicNotFoundError ? 'not-found' : 'error';
  }

  /** The loaded value this widget could not render (a new load brings a new value, and a new try). */
  #failedRender?: T | undefined;

  #renderSafely(value: T): TemplateResult {
    try {
      return this.renderReady(value);
    } catch (error) {
      // Data a custom source produced that this widget cannot show: an error state, not a crash.
      if (this.#failedRender !== value) {
        this.#failedRender = value;
        // Reported after this render, so that listeners never run inside it.
        queueMicrotask(() => withFailure((module) => module.reportRenderFailure(this, error)));
      }
      return this.#renderProblem(error);
    }
  }

  #renderLoading(): TemplateResult {
    return html`<span class="visually-hidden" lang=${this.messagesLang} dir=${this.messagesDir}>${this.messages.loading}</span>
      <div class="skeleton" part="skeleton" aria-hidden="true">${this.renderSkeleton()}</div>`;
  }

  /**
   * Not found, and error. "Not found" is the page's mistake, not news for a reader: the reader sees
   * the page's fallback content only (or nothing), the console and `widget-error` name the valid
   * topics. The error state comes with failure.ts, which a load waits for before it settles as
   * failed; a failure settled otherwise (data that cannot be rendered) shows the fallback content
   * until it came, and so does a server render (which cannot wait for it).
   */
  #renderProblem(error: unknown): TemplateResult {
    if (error instanceof TopicNotFoundError) return this.#renderFallback();
    if (failure) return failure.renderError(this);
    if (failureUnreachable) return this.#renderPlainError();
    if (!isServer) withFailure(() => this.requestUpdate());
    return this.#renderFallback();
  }

  /**
   * The error state when failure.ts itself could not be fetched (offline since the page loaded):
   * the fallback content, a short line and Try again, in the widget's words where it has them, else in English.
   */
  #renderPlainError(): TemplateResult {
    const m = this.messages as Partial<FailureWords>;
    const name = isolate(this.effectiveTopic);
    return html`${this.#renderFallback()}
      <div class="state error" part="state" lang=${this.messagesLang} dir=${this.messagesDir}>
      <p class="state-message">${m.loadFailed ?? 'This could not be loaded.'}</p>
      <button type="button" class="retry" part="retry" aria-label=${m.retryTopic?.(name) ?? `Try again to load “${name}”`} @click=${() => this.retry()}>${m.retry ?? 'Try again'}</button>
    </div>`;
  }

  /** The `widget-error` event and a console warning: "not found" here, an error by failure.ts (with its announcement). */
  #reportError(error: unknown): void {
    if (isAbortError(error)) return;
    if (!(error instanceof TopicNotFoundError))
      return withFailure(
        (module) => module.reportError(this, error),
        () => this.emitError({ code: 'load-failed', topic: this.effectiveTopic, message: (error as Error)?.message ?? String(error) }, error),
      );
    const valid = error.validIds.length > 0 ? `Valid topics: ${error.validIds.join(', ')}.` : 'The list of topics could not be loaded.';
    this.emitError({ code: 'not-found', topic: this.effectiveTopic, message: error.message, validIds: error.validIds }, `${error.message} in ${this.dataSource.label}. ${valid}`);
  }

  /** Fires `widget-error` with a console warning naming the widget. */
  protected emitError(detail: WidgetErrorDetail, logged: unknown): void {
    console.warn(`[defense-topics] <${this.localName}${detail.topic ? ` topic="${detail.topic}"` : ''}>:`, logged);
    this.dispatchEvent(new CustomEvent<WidgetErrorDetail>('widget-error', { detail, bubbles: true, composed: true }));
  }

  readonly #warned = new Set<string>();

  /** A console warning about this widget's configuration, once per problem. */
  protected warnOnce(problem: string): void {
    if (this.#warned.has(problem)) return;
    this.#warned.add(problem);
    console.warn(`[defense-topics] <${this.localName}>: ${problem}`);
  }

  /**
   * A topic's name: a link with an `href` template, a button firing `topic-select` when the page
   * asked for selection (`selectable`, on the widget or its provider), else plain text (topic-link.ts).
   */
  protected renderTopicLink(id: string, label: string | TemplateResult, hrefTemplate: string | undefined, ownSelectable: boolean | undefined, className = 'link', rel?: string, topicLang?: string): TemplateResult {
    const { href, selectable } = this.topicTarget(id, hrefTemplate, ownSelectable);
    // A link to a topic in another language than the page's says so (`hreflang`): by default, the record's.
    const lang = topicLang ?? (this.data.value as { lang?: string } | undefined)?.lang;
    const hreflang = lang && primarySubtag(lang) !== primarySubtag(this.uiLang) ? lang : undefined;
    return renderTopicName({ id, label, href, rel, hreflang, selectable, className, select: (detail) => this.selectTopic(detail) });
  }

  /** Where a topic's name leads: a safe link from the template (a bad one is warned about), else a button when selectable, else nowhere. */
  protected topicTarget(id: string, hrefTemplate: string | undefined, ownSelectable: boolean | undefined): { href?: string | undefined; selectable: boolean } {
    const link = hrefTemplate ? topicHref(hrefTemplate, id) : undefined;
    if (link?.problem) this.warnOnce(link.problem);
    return { href: link?.href, selectable: ownSelectable ?? this.providedSettings?.selectable ?? false };
  }

  /** Fires `topic-select` (cancelable); returns false when a listener called preventDefault(). */
  protected selectTopic(detail: TopicSelectDetail): boolean {
    return this.dispatchEvent(new CustomEvent<TopicSelectDetail>('topic-select', { detail, bubbles: true, composed: true, cancelable: true }));
  }

  /** A heading at the effective level (ARIA, so the level can follow the host page's outline). */
  protected renderHeading(content: unknown, levelOffset = 0, part = 'heading'): TemplateResult {
    const level = Math.min(6, this.effectiveHeadingLevel + levelOffset);
    return html`<div class="heading" part=${part} role="heading" aria-level=${level}>${content ?? nothing}</div>`;
  }

  /**
   * The level for headings one below the widget's own, or undefined at level 6: there is no
   * level 7, and a sub-heading at the widget's own level would misstate the outline.
   */
  protected get subheadingLevel(): number | undefined {
    const level = this.effectiveHeadingLevel + 1;
    return level <= 6 ? level : undefined;
  }

  /** A heading's place in the skeleton: same box, no heading semantics. */
  protected renderSkeletonHeading(characters: number): TemplateResult {
    return html`<div class="heading">${skeletonText(characters)}</div>`;
  }
}

/**
 * What a server render writes for the browser to take over (see `ServerRendered`), as JSON. A
 * function of its own, not a method, so that browser builds (where `isServer` is false) drop it.
 */
function serverRendered<T>(widget: TopicElement<T>): string | undefined {
  const state = widget.stateName;
  if ((widget.constructor as typeof TopicElement).hydrationData === false || (state !== 'ready' && state !== 'not-found')) return undefined;
  const { data } = widget as unknown as { data: RecordLoad<readonly unknown[], T> };
  const settings = widget as unknown as { messagesLang: string; effectiveTheme: ThemeSetting; effectiveHeadingLevel: number };
  const rendered: ServerRendered<T> = { topic: widget.effectiveTopic, lang: settings.messagesLang, theme: settings.effectiveTheme, level: settings.effectiveHeadingLevel };
  // Only the fields the widget renders, when it says which (an article's evidence would double its page).
  const fields = (widget.constructor as typeof TopicElement).serverFields;
  if (state === 'ready') rendered.value = (fields ? Object.fromEntries(fields.filter((key) => key in (data.value as object)).map((key) => [key, (data.value as Record<string, unknown>)[key]])) : data.value) as T;
  else rendered.validIds = [...(data.error as TopicNotFoundError).validIds];
  return JSON.stringify(rendered);
}

declare global {
  /** So that `addEventListener('topic-select', …)` and `'widget-error'` listeners are typed. */
  interface HTMLElementEventMap {
    'topic-select': CustomEvent<TopicSelectDetail>;
    'widget-error': CustomEvent<WidgetErrorDetail>;
  }
  /** Both events bubble out of shadow roots, so pages often listen on the document. */
  interface DocumentEventMap {
    'topic-select': CustomEvent<TopicSelectDetail>;
    'widget-error': CustomEvent<WidgetErrorDetail>;
  }
}
