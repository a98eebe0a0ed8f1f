import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Settled, TopicDataSource } from '../../data/data-source.js';
import type { DatasetIndex, SearchIndexRecord } from '../../schema/dataset.js';
import type { SearchHit, TopicSearch } from '../../search/types.js';
import { baseStyles } from '../shared/base.styles.js';
import { booleanAttribute, inheritableBooleanAttribute } from '../shared/boolean-attribute.js';
import { withIndexWords } from '../shared/messages/en-index.js';
import { isolate } from '../shared/messages/index.js';
import { skeletonText } from '../shared/skeleton.js';
import { TopicElement } from '../shared/topic-element.js';
import { buildModel, checkIndex, filterEntries, type Entry, type IndexModel } from './index-model.js';
import { topicIndexStyles } from './topic-index.styles.js';

/** The search of a source in a language, while it loads and once it is here (or failed). */
interface SearchLoad {
  source: TopicDataSource;
  lang: string;
  controller: AbortController;
  search?: TopicSearch;
  failed?: boolean;
}

/** Ids or codes in an attribute, separated by spaces or commas; reflected space-separated. */
const listAttribute = (upper: boolean) => ({
  fromAttribute: (value: string | null) => [...new Set((value ?? '').split(/[\s,]+/).filter(Boolean).map((v) => (upper ? v.toUpperCase() : v)))],
  toAttribute: (value: readonly string[] | undefined) => (value?.length ? value.join(' ') : null),
});

/** Without `limit`, a list this long is still shown a page at a time (never with the series' few topics). */
const PAGE = 200;
/** Topics a loading index shows placeholders for (fewer with a smaller `limit`). */
const SKELETON_TOPICS = 5;
/** The live count waits for a pause this long, so a burst of typing is announced once. */
const ANNOUNCE_AFTER_MS = 500;
/** The query and filters in the page's address (`sync-url`). */
const PARAMS = { query: 'topic-query', themes: 'topic-themes', countries: 'topic-countries' } as const;

/** Country names in a language (`Intl.DisplayNames`), falling back to the code. */
const displayNames = new Map<string, Intl.DisplayNames | null>();
function countryName(code: string, lang: string): string {
  if (!displayNames.has(lang)) {
    try {
      displayNames.set(lang, new Intl.DisplayNames([lang, 'en'], { type: 'region', fallback: 'code' }));
    } catch {
      displayNames.set(lang, null);
    }
  }
  try {
    return displayNames.get(lang)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** Names listed in a sentence ("A or B", "X and Y"), plainly when the language is unknown. */
function listOf(items: string[], lang: string, type: 'conjunction' | 'disjunction'): string {
  try {
    return new Intl.ListFormat(lang, { type }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** A snippet with its matched ranges in `<mark>` (bindings only; ranges out of order or bounds are skipped). */
function marked({ text, marks }: SearchHit['snippet']): unknown[] {
  const out: unknown[] = [];
  let at = 0;
  for (const [start, end] of Array.isArray(marks) ? marks : []) {
    if (!(Number.isInteger(start) && Number.isInteger(end) && start >= at && end > start && end <= text.length)) continue;
    out.push(text.slice(at, start), html`<mark part="mark">${text.slice(start, end)}</mark>`);
    at = end;
  }
  out.push(text.slice(at));
  return out;
}

/**
 * @customElement topic-index
 * @tagname topic-index
 * @summary Every topic of the series as a compact card, in series order, with a search box and
 * filters by theme and by country. Search results come by relevance, each showing where it matched.
 *
 * @attr layout - `list` (default: one card under another) or `grid` (cards side by side, as many as fit).
 * @attr limit - Show this many topics, then a "Show more" button that shows as many again. Without it every topic is shown (a very long list, past 200, still comes 200 at a time).
 * @attr href - Link template for the topics' names: `{id}` is replaced by a topic's id, e.g. `/topics/{id}`. Only http(s) URLs become links.
 * @attr selectable - Without `href`, makes the names buttons that fire `topic-select`. Inherited from a `<topic-provider selectable>`; `selectable="false"` turns it off.
 * @attr query - The search, e.g. `query="hotlines"`. Reflects what the reader types.
 * @attr themes - Theme filters: theme ids, separated by spaces or commas. A topic is shown if it has any of them.
 * @attr countries - Country filters: ISO 3166-1 alpha-2 codes (`TR PK`), separated by spaces or commas. A topic is shown if it names any of them. Theme and country filters and the search combine: a topic must pass each.
 * @attr sync-url - Keeps the search and filters in the page's address (`topic-query`, `topic-themes`, `topic-countries`; the page's other parameters are kept): restored on load, replaced while the reader types (no new history entries, so Back leaves the page). `sync-url="false"` means off.
 * @attr heading-level - Level of each topic's heading (1–6, default 3).
 * @attr theme - `light`, `dark` or `auto` (default).
 * @attr lang - Language of the widget's own words, and of country names.
 *
 * @fires topic-select - The reader chose a topic (with `selectable`). `detail`: `id`, `href` (with a link), and the activation's `button`, `ctrlKey`, `metaKey`, `shiftKey`, `altKey`. Cancelable (stops a link's navigation).
 * @fires widget-error - The index could not be loaded (`load-failed`) or is not valid (`invalid-data`).
 *
 * @csspart base - The widget's box.
 * @csspart controls - The search box and the filters.
 * @csspart search - The search box's landmark (label and input).
 * @csspart search-label - The search box's visible label.
 * @csspart search-input - The `<input type="search">`.
 * @csspart filters - A group of filters (themes, countries).
 * @csspart filters-label - A group's visible name.
 * @csspart filter - A filter's toggle button (`aria-pressed`); `filter-active` too when it is on.
 * @csspart filter-active - A filter that is on.
 * @csspart count - A filter's count.
 * @csspart clear - The "Clear all" button (shown while a search or filter is active).
 * @csspart status - The live count ("3 of 9 topics"), or why nothing is shown.
 * @csspart list - The list of topics.
 * @csspart item - A topic in the list.
 * @csspart card - A topic's compact card.
 * @csspart heading - A topic's heading.
 * @csspart link - A topic's link or button.
 * @csspart name - A topic's name, when it is plain text.
 * @csspart tagline - A topic's tagline.
 * @csspart themes - A topic's themes.
 * @csspart abstract - A topic's abstract.
 * @csspart snippet - While searching: where the topic matched.
 * @csspart mark - A matched word in a snippet.
 * @csspart meta - A topic's reading time.
 * @csspart empty - The empty state (its "Show all topics" button).
 * @csspart show-all - The empty state's "Show all topics" button.
 * @csspart show-more - The "Show more" button.
 * @csspart skeleton - The loading placeholder.
 * @csspart state - The error state's short line and "Try again", below the fallback content.
 * @csspart retry - The "Try again" button of the error state.
 *
 * @cssprop --dt-font-family - Font of the widget (default: the page's, inherited).
 * @cssprop --dt-text - Text colour.
 * @cssprop --dt-dark-text - The same, when the widget is dark (never the light value).
 * @cssprop --dt-text-muted - Colour of taglines, counts and the status.
 * @cssprop --dt-dark-text-muted - The same, when the widget is dark (never the light value).
 * @cssprop --dt-surface - Background.
 * @cssprop --dt-dark-surface - The same, when the widget is dark (never the light value).
 * @cssprop --dt-surface-subtle - Background of the cards and of the filters.
 * @cssprop --dt-dark-surface-subtle - The same, when the widget is dark (never the light value).
 * @cssprop --dt-border - Border colour.
 * @cssprop --dt-dark-border - The same, when the widget is dark (never the light value).
 * @cssprop --dt-control-border - Outline of its buttons (Try again, filters, copy link…) and search box: keep 3:1 against the background.
 * @cssprop --dt-dark-control-border - The same, when the widget is dark (never the light value).
 * @cssprop --dt-accent - Colour of links, of active filters and of matched words' underline.
 * @cssprop --dt-dark-accent - The same, when the widget is dark (never the light value).
 * @cssprop --dt-accent-soft - Background of theme chips and of matched words.
 * @cssprop --dt-dark-accent-soft - The same, when the widget is dark (never the light value).
 * @cssprop --dt-focus-ring - Colour of the keyboard focus ring.
 * @cssprop --dt-dark-focus-ring - The same, when the widget is dark (never the light value).
 * @cssprop --dt-radius - Corner radius.
 * @cssprop --dt-padding - Inner spacing.
 *
 * Attributes and properties mirror each other. The search index loads when the reader first
 * focuses or types in the search box (or a preset query needs it), never with the list. Keys are
 * the page's: the natural tab order goes through the search box, the filters and the topics;
 * `Escape` in the box clears the search (and, with the box empty, is left to the page).
 */
export class TopicIndexElement extends TopicElement<DatasetIndex> {
  static override styles = [baseStyles, topicIndexStyles];
  static override properties = {
    layout: { reflect: true, useDefault: true },
    limit: { type: Number, reflect: true },
    href: { reflect: true },
    selectable: { converter: inheritableBooleanAttribute, reflect: true },
    // An empty query is no attribute (as an empty filter list is).
    query: { reflect: true, useDefault: true, converter: { toAttribute: (value: string) => value || null } },
    themes: { converter: listAttribute(false), reflect: true, useDefault: true },
    countries: { converter: listAttribute(true), reflect: true, useDefault: true },
    syncUrl: { attribute: 'sync-url', converter: booleanAttribute, reflect: true, useDefault: true },
  };

  /** `list` or `grid`. */
  layout: 'list' | 'grid' = 'list';
  /** How many topics to show before "Show more" (undefined: all). */
  limit?: number;
  /** Link template; `{id}` becomes a topic's id. */
  href?: string;
  /** Without `href`: whether names are buttons firing `topic-select` (undefined: the provider's, else plain text). */
  selectable?: boolean | undefined;
  /** The search. */
  query = '';
  /** Theme ids filtered by (any of them). */
  themes: string[] = [];
  /** Country codes filtered by (any of them). */
  countries: string[] = [];
  /** Whether the search and filters live in the page's address. */
  syncUrl = false;

  /** The whole series: no topic to name, and none missing. */
  protected override readonly wholeSeries = true;

  /** What the error state calls what failed to load (read by failure.ts). */
  protected get failureName(): string {
    return withIndexWords(this.messages).seriesTopics;
  }

  protected override async load(source: TopicDataSource, _topic: string, signal: AbortSignal): Promise<DatasetIndex> {
    return checkIndex(await source.loadIndex(signal));
  }

  protected override peek(source: TopicDataSource): Settled<DatasetIndex> | undefined {
    const index = source.peek?.('index', '');
    if (!index?.value) return index;
    try {
      return { value: checkIndex(index.value) };
    } catch (error) {
      return { error: error as Error };
    }
  }

  // ——— The search: loaded on first use, then queried synchronously ———

  /** The search of the current source and language: loading, loaded, or failed. */
  #search?: SearchLoad | undefined;

  /** Starts loading the search index, once per source and language (never on a server). */
  #loadSearch(): void {
    const index = this.data.value;
    if (isServer || this.stateName !== 'ready' || !index) return;
    const source = this.recordSource;
    const lang = this.uiLang;
    if (this.#search?.source === source && this.#search.lang === lang) return;
    this.#search?.controller.abort();
    const load = { source, lang, controller: new AbortController() } as SearchLoad;
    this.#search = load;
    this.loadSearch(source, lang, index, load.controller.signal).then(
      (search) => (load.search = search),
      (error: unknown) => {
        load.failed = true;
        if (!load.controller.signal.aborted) this.warnOnce(`the search could not be loaded from ${source.label}: ${(error as Error)?.message ?? String(error)}`);
      },
    ).finally(() => this.#search === load && this.requestUpdate());
  }

  /**
   * The search for a language: the source's search index (src/search/), else, for a source
   * without one or when it cannot be had (a dataset built without it, a broken file), a plain
   * search over the index's own texts (plain-search.ts), with a warning.
   */
  protected async loadSearch(source: TopicDataSource, lang: string, index: DatasetIndex, signal: AbortSignal): Promise<TopicSearch> {
    try {
      // The dataset's search file (a JSON folder: the CDN's bundled dataset, a remote one), or the source's own loadSearchIndex.
      const { searchIndexOf } = await import('../../search/load-topic-search.js');
      return await this.createSearch(await searchIndexOf(source, lang, signal), index);
    } catch (error) {
      signal.throwIfAborted();
      this.warnOnce(`the search index could not be loaded from ${source.label}, so the search looks only at names, taglines, abstracts and themes: ${(error as Error)?.message ?? String(error)}`);
    }
    return (await import('./plain-search.js')).plainSearch(index, lang);
  }

  /** A loaded search index made searchable: the series search (MiniSearch), loaded with the first search; names, taglines and abstracts come from the index. */
  protected async createSearch(record: SearchIndexRecord, index: DatasetIndex): Promise<TopicSearch> {
    return (await import('../../search/load-topic-search.js')).createTopicSearch(record, index.topics);
  }

  /** The search applied now: undefined with no query, or while it loads or after it failed. */
  #applied(): { hits?: Map<string, SearchHit>; pending?: boolean; failed?: boolean } {
    const query = this.query.trim();
    if (!query) return {};
    // A search of another source or language (the provider or `lang` changed) is not applied: the new one is loading.
    const load = this.#search?.source === this.recordSource && this.#search.lang === this.uiLang ? this.#search : undefined;
    if (!load?.search) return load?.failed ? { failed: true } : { pending: true };
    try {
      return { hits: new Map(load.search.search(query).map((hit) => [hit.id, hit])) };
    } catch (error) {
      this.warnOnce(`the search failed: ${(error as Error)?.message ?? String(error)}`);
      return { failed: true };
    }
  }

  // ——— State: the query, the filters, the page's address ———

  /** Extra pages shown by "Show more" (back to none when the search or filters change). */
  #pages = 1;
  /** After "Show more": the position of the first topic it showed, to move focus there. */
  #focusItem?: number | undefined;
  /** After clearing: focus goes to the search box (the button pressed is gone). */
  #focusSearch = false;
  /** The status as last announced; it follows the list after a pause. */
  #status?: string;
  #statusTimer?: ReturnType<typeof setTimeout>;

  #setQuery(query: string): void {
    this.query = query;
    this.#loadSearch();
  }

  #toggle(group: 'themes' | 'countries', value: string): void {
    const current = this[group];
    this[group] = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  }

  #clearAll(): void {
    this.query = '';
    this.themes = [];
    this.countries = [];
    this.#focusSearch = true;
  }

  /** Back and Forward (within a page that pushes entries): the widget follows the address. */
  #onPopState = () => this.syncUrl && this.#readUrl(true);

  /**
   * Takes the query and filters from the page's address: on load when it holds any (else the
   * attributes' presets stay), and always after Back or Forward.
   */
  #readUrl(always = false): void {
    const params = new URL(location.href).searchParams;
    if (!always && !Object.values(PARAMS).some((name) => params.has(name))) return;
    this.query = params.get(PARAMS.query) ?? '';
    this.themes = listAttribute(false).fromAttribute(params.get(PARAMS.themes));
    this.countries = listAttribute(true).fromAttribute(params.get(PARAMS.countries));
  }

  /** Writes the query and filters into the page's address, replacing its history entry. */
  #writeUrl(): void {
    const url = new URL(location.href);
    const set = (name: string, value: string) => (value ? url.searchParams.set(name, value) : url.searchParams.delete(name));
    set(PARAMS.query, this.query.trim());
    set(PARAMS.themes, this.themes.join(','));
    set(PARAMS.countries, this.countries.join(','));
    if (url.href !== location.href) history.replaceState(history.state, '', url);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) addEventListener('popstate', this.#onPopState);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onPopState);
    clearTimeout(this.#statusTimer);
    this.#search?.controller.abort();
    this.#search = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!isServer && changed.has('syncUrl') && this.syncUrl) this.#readUrl();
    // A filter property given one string (React 19 sets properties, not attributes): read as its attribute is.
    if (typeof this.themes === 'string') this.themes = listAttribute(false).fromAttribute(this.themes);
    if (typeof this.countries === 'string') this.countries = listAttribute(true).fromAttribute(this.countries);
    if (changed.has('query') || changed.has('themes') || changed.has('countries') || changed.has('limit')) this.#pages = 1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.syncUrl && (changed.has('query') || changed.has('themes') || changed.has('countries') || changed.has('syncUrl'))) this.#writeUrl();
    if (this.stateName !== 'ready') return;
    // A preset query (attribute, address) needs the search at once.
    if (this.query.trim()) this.#loadSearch();
    const root = this.renderRoot as ParentNode;
    if (this.#focusSearch) {
      this.#focusSearch = false;
      root.querySelector<HTMLElement>('input')?.focus();
    }
    if (this.#focusItem !== undefined) {
      const item = root.querySelectorAll<HTMLElement>('[part~="item"]')[this.#focusItem];
      this.#focusItem = undefined;
      (item?.querySelector<HTMLElement>('[part~="link"]') ?? item?.querySelector<HTMLElement>('[part~="card"]'))?.focus();
    }
  }

  /** Sets the status to `text` after a pause in the changes (the first one at once: nothing to announce yet). */
  #announce(text: string): string {
    if (this.#status === undefined || isServer) return (this.#status = text);
    if (text !== this.#status) {
      clearTimeout(this.#statusTimer);
      this.#statusTimer = setTimeout(() => {
        this.#status = text;
        this.requestUpdate();
      }, ANNOUNCE_AFTER_MS);
    } else clearTimeout(this.#statusTimer);
    return this.#status;
  }

  // ——— Rendering ———

  #model?: { index: DatasetIndex; model: IndexModel };

  protected override renderSkeleton(): TemplateResult {
    // Shaped like a typical series (the bundled one: five topics, two rows of filters), so the page
    // barely moves when the index arrives: a search box, filters, the count, the topics.
    const topics = Math.min(this.limit && this.limit > 0 ? Math.floor(this.limit) : SKELETON_TOPICS, SKELETON_TOPICS);
    const filters = (chips: number) => html`<p class="filters">${Array.from({ length: chips }, () => html`${skeletonText(16)} `)}</p>`;
    return html`<div class="index">
      <div class="controls"><p>${skeletonText(18)}</p><p class="input">${skeletonText(40)}</p>${filters(7)}${filters(3)}</div>
      <p class="status">${skeletonText(12)}</p>
      <ul class="list ${this.layout === 'grid' ? 'grid' : ''}" role="presentation">
        ${Array.from(
          { length: topics },
          () => html`<li class="item"><div class="card">${this.renderSkeletonHeading(28)}<p class="tagline">${skeletonText(60)}</p><p class="meta">${skeletonText(50)}</p><p>${skeletonText(150)}</p><p class="meta">${skeletonText(10)}</p></div></li>`,
        )}
      </ul>
    </div>`;
  }

  protected override renderReady(index: DatasetIndex): TemplateResult {
    if (this.#model?.index !== index) this.#model = { index, model: buildModel(index) };
    const { model } = this.#model;
    const m = withIndexWords(this.messages);
    const lang = this.messagesLang;
    const dir = this.messagesDir;
    const search = this.#applied();
    const query = this.query.trim();
    const themes = new Set(this.themes);
    const countries = new Set(this.countries);
    const { shown, themeCounts, countryCounts } = filterEntries(model, search.hits && [...search.hits.keys()], themes, countries);
    const total = model.entries.length;
    const pageSize = this.limit && this.limit > 0 ? Math.floor(this.limit) : PAGE;
    const visible = shown.slice(0, pageSize * this.#pages);
    const active = query !== '' || themes.size > 0 || countries.size > 0;

    const themeLabels = new Map(model.themes.map((theme) => [theme.id, theme.label]));
    const filterWords = [
      [...themes].map((id) => themeLabels.get(id) ?? id),
      [...countries].map((code) => countryName(code, lang)),
    ].filter((group) => group.length > 0);
    const status = search.pending
      ? m.searching
      : shown.length === 0
        ? m.noTopicMatches(
            query && isolate(query),
            filterWords.map((group) => listOf(group.map(isolate), lang, 'disjunction')).reduce((all, group) => (all ? listOf([all, group], lang, 'conjunction') : group), ''),
          )
        : `${search.failed ? `${m.searchFailed} ` : ''}${m.topicsShown(shown.length, total)}`;

    const countryList = model.countries.map((code) => ({ id: code, label: countryName(code, lang) })).sort((a, b) => a.label.localeCompare(b.label, lang));
    const group = (name: 'themes' | 'countries', label: string, items: { id: string; label: string }[], counts: Map<string, number>) =>
      items.length === 0
        ? nothing
        : html`<div class="filters" part="filters" role="group" aria-labelledby="${name}-label">
            <span class="filters-label" part="filters-label" id="${name}-label" lang=${lang} dir=${dir}>${label}</span>
            ${items.map(({ id, label: itemLabel }) => {
              const on = this[name].includes(id);
              return html`<button type="button" class="filter" part="filter${on ? ' filter-active' : ''}" aria-pressed=${on ? 'true' : 'false'} @click=${() => this.#toggle(name, id)}
                ><span class="filter-label">${itemLabel}</span> <span class="count" part="count">${counts.get(id) ?? 0}</span></button
              >`;
            })}
          </div>`;

    return html`<div class="index">
      <div class="controls" part="controls" lang=${lang} dir=${dir}>
        <div class="search" part="search" role="search">
          <label part="search-label" for="search">${m.searchSeries}</label>
          <input
            id="search"
            part="search-input"
            type="search"
            autocomplete="off"
            spellcheck="false"
            .value=${this.query}
            @focus=${() => this.#loadSearch()}
            @input=${(event: Event) => this.#setQuery((event.target as HTMLInputElement).value)}
            @keydown=${(event: KeyboardEvent) => {
              // Escape clears a search; in an empty box it is the page's (closing a dialog…).
              if (event.key === 'Escape' && (event.target as HTMLInputElement).value !== '') {
                event.preventDefault();
                (event.target as HTMLInputElement).value = '';
                this.#setQuery('');
              }
            }}
          />
        </div>
        ${group('themes', m.themes, model.themes, themeCounts)} ${group('countries', m.countries, countryList, countryCounts)}
        ${active ? html`<button type="button" class="clear" part="clear" @click=${() => this.#clearAll()}>${m.clearAll}</button>` : nothing}
      </div>
      <p class="status" part="status" role="status" lang=${lang} dir=${dir}>${this.#announce(status)}</p>
      ${shown.length === 0
        ? html`<div class="empty" part="empty" lang=${lang} dir=${dir}>
            <button type="button" class="clear" part="show-all" @click=${() => this.#clearAll()}>${m.showAllTopics}</button>
          </div>`
        : html`<ul class="list ${this.layout === 'grid' ? 'grid' : ''} ${visible.length > 50 ? 'long' : ''}" part="list" aria-label=${m.seriesTopics}>
            ${visible.map((entry) => this.#renderEntry(entry, search.hits?.get(entry.topic.id)))}
          </ul>`}
      ${visible.length < shown.length
        ? html`<button
            type="button"
            class="more"
            part="show-more"
            lang=${lang}
            dir=${dir}
            @click=${() => {
              this.#focusItem = visible.length;
              this.#pages++;
              this.requestUpdate();
            }}
          >
            ${m.showMore(Math.min(pageSize, shown.length - visible.length))}
          </button>`
        : nothing}
    </div>`;
  }

  #renderEntry({ topic }: Entry, hit: SearchHit | undefined): TemplateResult {
    const m = this.messages;
    const themes = Array.isArray(topic.themes) ? topic.themes : [];
    // Where the topic matched, in place of its abstract (or marked in its name, when that matched).
    const snippet = hit?.snippet && typeof hit.snippet.text === 'string' ? hit.snippet : undefined;
    return html`<li class="item" part="item">
      <article class="card" part="card" tabindex="-1" lang=${topic.lang} dir=${topic.dir}>
        ${this.renderHeading(this.renderTopicLink(topic.id, snippet?.field === 'name' && snippet.text === topic.name ? html`${marked(snippet)}` : topic.name, this.href, this.selectable, undefined, undefined, topic.lang))}
        ${topic.tagline ? html`<p class="tagline" part="tagline">${topic.tagline}</p>` : nothing}
        ${themes.length > 0 ? html`<ul class="chips" part="themes" aria-label=${m.themes}>${themes.map((theme) => html`<li class="chip">${theme?.label}</li>`)}</ul>` : nothing}
        ${snippet && snippet.field !== 'name'
          ? html`<p class="snippet" part="snippet" lang=${snippet.lang || nothing}>${marked(snippet)}</p>`
          : topic.abstract
            ? html`<p class="abstract" part="abstract">${topic.abstract}</p>`
            : nothing}
        ${Number.isFinite(topic.readingMinutes) ? html`<p class="meta" part="meta" lang=${this.messagesLang} dir=${this.messagesDir}>${m.readingTime(topic.readingMinutes)}</p>` : nothing}
      </article>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'topic-index': TopicIndexElement;
  }
}
