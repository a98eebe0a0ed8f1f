import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { Settled, TopicDataSource } from '../../data/data-source.js';
import type { ArticleRecord, Block, ImageBlock, InlineRun, ListBlock, Section } from '../../schema/dataset.js';
import { isSafeHttpUrl } from '../../schema/safe-url.js';
import { baseStyles } from '../shared/base.styles.js';
import { booleanAttribute } from '../shared/boolean-attribute.js';
import { isolate } from '../shared/messages/index.js';
import { seriesWordsLang, withSeriesWords } from '../shared/messages/en-series.js';
import { skeletonText } from '../shared/skeleton.js';
import { TopicElement } from '../shared/topic-element.js';
import { topicArticleStyles } from './topic-article.styles.js';

/** Alt texts that describe nothing (the rule of topic-card's GENERIC_ALT); such an image is left out, as is one without alt. */
const GENERIC_ALT = /^(image|img|picture|photo|graphic|figure)?\s*\d*$/i;

/** The deepest nesting of lists the schema allows (a custom source's deeper items are clamped to it). */
const MAX_LIST_DEPTH = 8;

/** The page URL's fragment, decoded as the browser decodes it to match an id. */
function pageFragment(): string {
  const raw = location.hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** A run of text with its marks; only an http(s) address makes it a link (a custom source may give any). */
function renderRun(run: InlineRun): unknown {
  let content: unknown = run.text;
  if (run.code) content = html`<code>${content}</code>`;
  if (run.em) content = html`<em>${content}</em>`;
  if (run.strong) content = html`<strong>${content}</strong>`;
  return run.href && isSafeHttpUrl(run.href) ? html`<a href=${run.href} rel="noopener noreferrer">${content}</a>` : content;
}
const renderRuns = (runs: readonly InlineRun[]) => runs.map(renderRun);

/** A list item and the lists nested inside it, if any. */
interface ListNode {
  content: readonly InlineRun[];
  nested?: ListTree[];
}
interface ListTree {
  ordered: boolean;
  start?: number | undefined;
  items: ListNode[];
}

/**
 * The record's flat list (nested items follow their parent item, one `depth` below it) as a tree.
 * An item never goes more than one level below the item before it, whatever depth it claims
 * (data from a custom source may jump), nor below MAX_LIST_DEPTH; a first item is top-level.
 */
function listTree(block: ListBlock): ListTree {
  const root: ListTree = { ordered: block.ordered, start: block.start, items: [] };
  /** The open lists, from the top-level one to the deepest. */
  const open = [root];
  for (const item of block.items) {
    const nested = !Array.isArray(item);
    const claimed = nested ? Math.trunc(Number(item.depth)) || 1 : 0;
    const depth = root.items.length === 0 ? 0 : Math.max(0, Math.min(claimed, open.length, MAX_LIST_DEPTH));
    const ordered = nested && item.ordered;
    // A list of another kind right after one at the same depth (a numbered list, then bullets,
    // both inside one item) is a list of its own beside it.
    if (depth > 0 && depth < open.length && open[depth]!.ordered !== ordered) open.length = depth;
    if (depth === open.length) {
      const parent = open[depth - 1]!.items.at(-1)!;
      const list: ListTree = { ordered, items: [] };
      (parent.nested ??= []).push(list);
      open.push(list);
    }
    open.length = depth + 1;
    open[depth]!.items.push({ content: nested ? item.content : item });
  }
  return root;
}

function renderList(list: ListTree): TemplateResult {
  const items = list.items.map((item) => html`<li>${renderRuns(item.content)}${item.nested ? item.nested.map(renderList) : nothing}</li>`);
  return list.ordered ? html`<ol start=${list.start ?? nothing}>${items}</ol>` : html`<ul>${items}</ul>`;
}

/** An image that fails to load is left out rather than shown broken (with its caption). */
const hideBrokenFigure = (event: Event) => {
  (event.target as Element).closest('figure')!.hidden = true;
};

/** An image only when it is described (its alt says what it shows) and its address is http(s). */
function renderFigure(image: ImageBlock): unknown {
  const alt = String(image.alt ?? '').trim();
  if (GENERIC_ALT.test(alt) || !isSafeHttpUrl(image.src)) return nothing;
  return html`<figure part="figure">
    <img part="image" src=${image.src} alt=${alt} loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${hideBrokenFigure} />
    ${image.title ? html`<figcaption part="caption">${image.title}</figcaption>` : nothing}
  </figure>`;
}


/** How long a section's button says "Link copied". */
const COPIED_SHOWN_MS = 2500;
/**
 * @customElement topic-article
 * @tagname topic-article
 * @summary A whole article: its title, tagline, reading time and place in the series, lead and
 * sections, with a link to each section (deep links the page's address can name), an optional
 * table of contents, or a single section.
 *
 * @attr topic - Id of the topic, e.g. `air-defense-cooperation`.
 * @attr section - Id of one section to show alone (with the title and meta line), e.g. `role-of-defense-attaches`. An id the article does not have shows the whole article, with a console warning.
 * @attr toc - Show a table of contents (links to each section) above the article. `toc="false"` (any case) means none, as frameworks write a false value. Not shown with `section`.
 * @attr heading-level - Level of the title's heading (1–6, default 3); sections' headings are one level below, their sub-headings below those (never past 6).
 * @attr theme - `light`, `dark` or `auto` (default: follows the reader's preference).
 * @attr lang - Language of the widget's own words (reading time, "Part 3 of 5", "Copy link"…); the article's text carries its own language and direction.
 *
 * @fires widget-error - The topic is unknown (`detail.code` `not-found`, with `detail.validIds`) or could not be loaded (`load-failed`, `invalid-data`).
 *
 * @csspart base - The widget's box.
 * @csspart article - The article, once loaded.
 * @csspart heading - The title.
 * @csspart tagline - The tagline.
 * @csspart meta - Reading time and place in the series.
 * @csspart toc - The table of contents (`toc`).
 * @csspart lead - The text before the first section.
 * @csspart section - A section (its id is `<topic>--<section>`: the page's address can name it, `#<topic>--<section>`).
 * @csspart section-heading - A section's heading.
 * @csspart copy-link - A section's "Copy link" button.
 * @csspart copied - "Link copied", beside the button for a moment after a copy.
 * @csspart copy-link-field - The field showing a section's link to copy by hand, when the clipboard refused it.
 * @csspart block-heading - A heading inside a section or the lead.
 * @csspart figure - An image with its caption.
 * @csspart image - An image (only described images are shown).
 * @csspart caption - An image's caption.
 * @csspart skeleton - The loading placeholder.
 * @csspart state - The error state's short line and "Try again", below the fallback content (a topic not found shows the fallback content only).
 * @csspart retry - The "Try again" button of the error state.
 *
 * @cssprop --dt-font-family - Font of the widget (default: the page's, inherited).
 * @cssprop --dt-text - Text colour.
 * @cssprop --dt-dark-text - The same, when the widget is dark (never the light value).
 * @cssprop --dt-text-muted - Colour of secondary text (tagline, meta line, captions).
 * @cssprop --dt-dark-text-muted - The same, when the widget is dark (never the light value).
 * @cssprop --dt-surface - Background.
 * @cssprop --dt-dark-surface - The same, when the widget is dark (never the light value).
 * @cssprop --dt-surface-subtle - Background of buttons and code.
 * @cssprop --dt-dark-surface-subtle - The same, when the widget is dark (never the light value).
 * @cssprop --dt-border - Border colour (and block quotes' rule).
 * @cssprop --dt-dark-border - The same, when the widget is dark (never the light value).
 * @cssprop --dt-control-border - Outline of its buttons (Try again, filters, copy link…) and search box: keep 3:1 against the background.
 * @cssprop --dt-dark-control-border - The same, when the widget is dark (never the light value).
 * @cssprop --dt-accent - Colour of links.
 * @cssprop --dt-dark-accent - The same, when the widget is dark (never the light value).
 * @cssprop --dt-focus-ring - Colour of the keyboard focus ring.
 * @cssprop --dt-dark-focus-ring - The same, when the widget is dark (never the light value).
 * @cssprop --dt-radius - Corner radius (default 0.75em).
 * @cssprop --dt-padding - Inner spacing (default 1.25em).
 *
 * Attributes and properties mirror each other. Lines of text are at most 70 characters long.
 * When the page's address names a section (`#<topic>--<section>`), on load or when it changes,
 * the widget scrolls to that section and moves focus to its heading (the browser cannot reach
 * into the widget's shadow root by itself). Printed, the whole article is on paper without its
 * buttons or table of contents, each link followed by its address.
 */
export class TopicArticleElement extends TopicElement<ArticleRecord> {
  static override styles = [baseStyles, topicArticleStyles];
  /** What it renders of its record: a server render writes only these for the browser (not the evidence, key points, summary…). */
  static override readsArticles = true;
  static override serverFields = ['schemaVersion', 'id', 'name', 'tagline', 'themes', 'lang', 'dir', 'title', 'lead', 'sections', 'readingMinutes', 'series'] as const;
  // Every property reflects (attributes and properties mirror each other). `useDefault`: a default
  // is not written out as an attribute, and a page's own attribute (`toc="false"`) stays as written.
  static override properties = {
    section: { reflect: true },
    toc: { converter: booleanAttribute, reflect: true, useDefault: true },
  };

  /** Id of the one section to show; unset, the whole article. */
  section?: string;

  /** Whether to show a table of contents. The attribute reads `"false"` (any case) as false. */
  toc = false;

  /** The section whose link was just copied: "Link copied" shows beside its button for a moment (screen readers hear it announced). */
  #copied: string | undefined;
  #copiedTimer: ReturnType<typeof setTimeout> | undefined;

  /** The section whose link the clipboard refused, shown in a field to copy by hand. */
  #manualCopy?: { id: string; url: string } | undefined;
  /** Set when that field just appeared: the next update focuses and selects it. */
  #selectManualCopy = false;
  /** The record whose first ready render followed the page's fragment (a new record follows it again). */
  #followedFor?: ArticleRecord;
  readonly #onHashChange = () => void this.#follow(pageFragment());

  override connectedCallback(): void {
    super.connectedCallback();
    if (!isServer) addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHashChange);
    clearTimeout(this.#copiedTimer);
    this.#copied = undefined;
  }

  protected override load(source: TopicDataSource, topic: string, signal: AbortSignal): Promise<ArticleRecord> {
    return source.loadArticle(topic, signal);
  }

  protected override peek(source: TopicDataSource, topic: string): Settled<ArticleRecord> | undefined {
    return source.peek?.('article', topic);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const record = this.stateName === 'ready' ? this.data.value : undefined;
    // An article arriving on a page whose address names one of its sections (a shared link), or
    // showing all of its sections again.
    if (record && (record !== this.#followedFor || (changed.has('section') && !this.section))) {
      this.#followedFor = record;
      this.#follow(pageFragment(), true);
    }
    if (this.#selectManualCopy) {
      this.#selectManualCopy = false;
      const field = this.renderRoot.querySelector<HTMLInputElement>('.copy-field');
      field?.focus();
      field?.select();
    }
  }

  /**
   * Scrolls to the section `fragment` names, if this widget shows it, and moves focus to its
   * heading (unless, when the article arrives, the reader is typing in a field meanwhile). Images above it that load later
   * would push it down where the browser does not anchor the scroll (WebKit): it is scrolled to
   * again as each loads, until the reader scrolls or presses a key.
   */
  #follow(fragment: string, arrival = false): void {
    const section = fragment && this.stateName === 'ready' ? this.renderRoot.querySelector<HTMLElement>(`section[id="${CSS.escape(fragment)}"]`) : null;
    if (!section) return;
    section.scrollIntoView({ block: 'start' });
    // On its arrival (a slow network), not while the reader types in a field of the page.
    const typing = arrival && document.activeElement?.matches('input, textarea, select, [contenteditable]:not([contenteditable="false"])');
    if (!typing) section.querySelector<HTMLElement>('[part~="section-heading"]')?.focus({ preventScroll: true });
    const above = [...this.renderRoot.querySelectorAll('img')].filter((image) => !image.complete && section.compareDocumentPosition(image) & Node.DOCUMENT_POSITION_PRECEDING);
    if (above.length === 0) return;
    const controller = new AbortController();
    const options = { signal: controller.signal, passive: true, capture: true };
    for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) addEventListener(type, () => controller.abort(), options);
    for (const image of above) image.addEventListener('load', () => section.scrollIntoView({ block: 'start' }), { signal: controller.signal });
    // A reader who waits longer has the page as it is.
    setTimeout(() => controller.abort(), 10_000);
  }

  /**
   * A table of contents link sets the page's fragment itself (which then scrolls and focuses):
   * with a `<base href>` elsewhere, the browser would resolve `#…` against another page. A
   * click with a modifier key or another button (new tab…) is left to the browser.
   */
  readonly #goTo = (event: MouseEvent) => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    const target = (event.currentTarget as HTMLAnchorElement).getAttribute('href')!.slice(1);
    // The same fragment again changes nothing the page would announce: follow it here.
    if (pageFragment() === target) this.#follow(target);
    else location.hash = target;
  };

  /** Copies the page's address pointing at a section; if the clipboard refuses, shows it to copy by hand. */
  async #copyLink(id: string): Promise<void> {
    const url = new URL(location.href);
    url.hash = id;
    const m = withSeriesWords(this.messages);
    let copied = true;
    try {
      await navigator.clipboard.writeText(url.href);
    } catch {
      // Refused, or no clipboard at all (an insecure page, an older browser).
      copied = false;
    }
    this.#manualCopy = copied ? undefined : { id, url: url.href };
    // The button says so for a moment, for those who see it (the announcement is for screen readers).
    this.#copied = copied ? id : undefined;
    clearTimeout(this.#copiedTimer);
    if (copied) this.#copiedTimer = setTimeout(() => ((this.#copied = undefined), this.requestUpdate()), COPIED_SHOWN_MS);
    this.#selectManualCopy = !copied;
    this.requestUpdate();
    const { lang } = this.#seriesLang;
    const { announce } = await import('../shared/announcer.js');
    announce(copied ? m.linkCopied : m.linkNotCopied, lang);
  }

  /** The language and direction of the series words shown (English where the widget's language has none). */
  get #seriesLang() {
    return seriesWordsLang(this.messages, this.messagesLang, this.messagesDir);
  }

  /** Shaped like what comes: the title, then the lead and three sections (the bundled articles have three), or the one section asked for. */
  protected override renderSkeleton(): TemplateResult {
    const section = () => html`<div class="section">
      <div class="section-head"><div class="heading section-heading">${skeletonText(26)}</div></div>
      <p>${skeletonText(420)}</p>
      <p>${skeletonText(300)}</p>
    </div>`;
    return html`<div class="article">
      <div class="intro">${this.renderSkeletonHeading(30)}<p class="tagline">${skeletonText(60)}</p><p class="meta">${skeletonText(24)}</p></div>
      ${this.section ? section() : html`<div class="lead"><p>${skeletonText(320)}</p></div>${section()}${section()}${section()}`}
    </div>`;
  }

  protected override renderReady(record: ArticleRecord): TemplateResult {
    const m = withSeriesWords(this.messages);
    const level = this.effectiveHeadingLevel;
    const only = this.#chosenSection(record);
    const { series } = record;
    return html`<article class="article" part="article" lang=${record.lang} dir=${record.dir}>
      <div class="intro">
        ${this.renderHeading(record.name)}
        ${record.tagline ? html`<p class="tagline" part="tagline">${record.tagline}</p>` : nothing}
        <p class="meta" part="meta" lang=${this.messagesLang} dir=${this.messagesDir}>
          <span>${m.readingTime(record.readingMinutes)}</span>${series ? html`<span lang=${this.#seriesLang.lang} dir=${this.#seriesLang.dir}>${m.partOf(series.part, series.parts)}</span>` : nothing}
        </p>
      </div>
      ${this.toc && !only && record.sections.length > 0 ? this.#renderToc(record) : nothing}
      ${!only && record.lead.length > 0 ? html`<div class="lead" part="lead">${this.#renderBlocks(record.lead, level)}</div>` : nothing}
      ${(only ? [only] : record.sections).map((section) => this.#renderSection(record, section, Math.min(6, level + 1)))}
    </article>`;
  }

  /** The section `section` names; none (with a warning) when the article has no such section. */
  #chosenSection(record: ArticleRecord): Section | undefined {
    const wanted = this.section?.trim();
    if (!wanted) return undefined;
    const found = record.sections.find((section) => section.id === wanted);
    if (!found) {
      const ids = record.sections.map((section) => section.id).join(', ');
      this.warnOnce(`topic "${record.id}" has no section "${wanted}", so the whole article is shown. Its sections: ${ids || 'none'}.`);
    }
    return found;
  }

  /** Links to each section; its label in the widget's words, the sections' names in the article's language. */
  #renderToc(record: ArticleRecord): TemplateResult {
    const m = withSeriesWords(this.messages);
    const { lang, dir } = this.#seriesLang;
    return html`<nav class="toc" part="toc" aria-label=${m.contents} lang=${lang} dir=${dir}>
      <p class="toc-title" aria-hidden="true">${m.contents}</p>
      <ol lang=${record.lang} dir=${record.dir}>
        ${record.sections.map((section) => html`<li><a href="#${record.id}--${section.id}" @click=${this.#goTo}>${section.heading}</a></li>`)}
      </ol>
    </nav>`;
  }

  #renderSection(record: ArticleRecord, section: Section, level: number): TemplateResult {
    const m = withSeriesWords(this.messages);
    const words = this.#seriesLang;
    const id = `${record.id}--${section.id}`;
    const label = m.copyLinkTo(isolate(section.heading));
    const manual = this.#manualCopy?.id === id ? this.#manualCopy.url : undefined;
    // The heading takes focus (tabindex -1) when the page's address names its section.
    return html`<section class="section" part="section" id=${id}>
      <div class="section-head">
        <div class="heading section-heading" part="section-heading" role="heading" aria-level=${level} tabindex="-1">${section.heading}</div>
        <button type="button" class="copy-link" part="copy-link" aria-label=${label} lang=${words.lang} dir=${words.dir} @click=${() => this.#copyLink(id)}>
          ${m.copyLink}
        </button>
        ${this.#copied === id ? html`<span class="copied" part="copied" aria-hidden="true" lang=${words.lang} dir=${words.dir}>${m.linkCopied}</span>` : nothing}
      </div>
      ${manual
        ? html`<input class="copy-field" part="copy-link-field" type="text" readonly dir="ltr" aria-label=${label} lang=${words.lang} .value=${manual} />`
        : nothing}
      ${this.#renderBlocks(section.blocks, level)}
    </section>`;
  }

  /** Blocks inside a container (the lead, at the title's level, or a section) whose heading is at `level`. */
  #renderBlocks(blocks: readonly Block[], level: number): unknown[] {
    return blocks.map((block) => this.#renderBlock(block, level));
  }

  #renderBlock(block: Block, level: number): unknown {
    switch (block.type) {
      case 'paragraph':
        return html`<p>${renderRuns(block.content)}</p>`;
      case 'heading': {
        // Markdown ### is one level below its container's heading, #### two…, never past 6.
        const below = Math.max(1, (Math.trunc(Number(block.level)) || 3) - 2);
        return html`<div class="heading block-heading" part="block-heading" role="heading" aria-level=${Math.min(6, level + below)}>${renderRuns(block.content)}</div>`;
      }
      case 'list':
        return renderList(listTree(block));
      case 'quote':
        return html`<blockquote>${this.#renderBlocks(block.blocks, level)}</blockquote>`;
      case 'image':
        return renderFigure(block);
    }
    // A kind of block this version does not know (a newer dataset, a custom source): left out.
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'topic-article': TopicArticleElement;
  }
}
