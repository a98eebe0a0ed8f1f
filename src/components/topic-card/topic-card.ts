import { html, nothing, type TemplateResult } from 'lit';
import type { Settled, TopicDataSource } from '../../data/data-source.js';
import type { TopicCard } from '../../schema/dataset.js';
import { isSafeHttpUrl } from '../../schema/safe-url.js';
import { baseStyles } from '../shared/base.styles.js';
import { booleanAttribute, inheritableBooleanAttribute } from '../shared/boolean-attribute.js';
import { skeletonText } from '../shared/skeleton.js';
import { TopicElement } from '../shared/topic-element.js';
import { topicCardStyles } from './topic-card.styles.js';

/** An image that fails to load is hidden rather than shown broken on the host page. */
const hideBrokenImage = (event: Event) => {
  const image = event.target as HTMLImageElement;
  image.hidden = true;
  image.closest('.card')?.classList.remove('with-image');
};

/** Alt texts that describe nothing; such an image is shown as decorative (the card's name labels it). */
const GENERIC_ALT = /^(image|img|picture|photo|graphic|figure)?\s*\d*$/i;

/**
 * @customElement topic-card
 * @tagname topic-card
 * @summary A card for one topic: its name, tagline, themes, one-sentence abstract, number of
 * pillars and reading time, with an optional image and a link.
 *
 * @attr topic - Id of the topic, e.g. `air-defense-cooperation`.
 * @attr href - Link template: `{id}` is replaced by the topic's id, e.g. `/topics/{id}`. Only http(s) URLs become links.
 * @attr selectable - Without `href`, makes the name a button that fires `topic-select` (for pages that handle it). Without `href` or `selectable` the name is plain text. Inherited from a `<topic-provider selectable>`; `selectable="false"` turns it off.
 * @attr variant - `full` (default) or `compact` (name, tagline and meta only).
 * @attr show-image - Show the topic's image, when it has one (lazy, no referrer). `show-image="false"` (any case) means no image, as frameworks write a false value.
 * @attr heading-level - Level of the name's heading (1–6, default 3).
 * @attr theme - `light`, `dark` or `auto` (default: follows the reader's preference).
 * @attr lang - Language of the widget's own words (messages, "min read").
 *
 * @fires topic-select - The reader chose the topic. `detail`: `id`, `href` (with a link), and the activation's `button`, `ctrlKey`, `metaKey`, `shiftKey`, `altKey`. Cancelable: `preventDefault()` stops the link's navigation. A link clicked with a modifier key or the middle button is left to the browser (new tab…) and fires nothing.
 * @fires widget-error - The topic is unknown (`detail.code` `not-found`, with `detail.validIds`) or could not be loaded (`load-failed`, `invalid-data`).
 *
 * @csspart base - The widget's box.
 * @csspart card - The content, once loaded.
 * @csspart image - The image.
 * @csspart heading - The heading holding the name.
 * @csspart link - The name's link or button.
 * @csspart name - The name, when it is plain text (no `href`, not `selectable`).
 * @csspart tagline - The tagline.
 * @csspart themes - The list of themes.
 * @csspart abstract - The one-sentence abstract.
 * @csspart meta - Number of pillars and reading time.
 * @csspart skeleton - The loading placeholder.
 * @csspart state - The error state's short line and "Try again", below the fallback content (a topic not found shows the fallback content only).
 * @csspart retry - The "Try again" button of the error state.
 *
 * @cssprop --dt-font-family - Font of the widget (default: the page's, inherited).
 * @cssprop --dt-text - Text colour.
 * @cssprop --dt-dark-text - The same, when the widget is dark (never the light value).
 * @cssprop --dt-text-muted - Colour of secondary text.
 * @cssprop --dt-dark-text-muted - The same, when the widget is dark (never the light value).
 * @cssprop --dt-surface - Background.
 * @cssprop --dt-dark-surface - The same, when the widget is dark (never the light value).
 * @cssprop --dt-surface-subtle - Background of buttons and image placeholders.
 * @cssprop --dt-dark-surface-subtle - The same, when the widget is dark (never the light value).
 * @cssprop --dt-border - Border colour.
 * @cssprop --dt-dark-border - The same, when the widget is dark (never the light value).
 * @cssprop --dt-control-border - Outline of its buttons (Try again, filters, copy link…) and search box: keep 3:1 against the background.
 * @cssprop --dt-dark-control-border - The same, when the widget is dark (never the light value).
 * @cssprop --dt-accent - Colour of links and highlights.
 * @cssprop --dt-dark-accent - The same, when the widget is dark (never the light value).
 * @cssprop --dt-accent-soft - Background of theme chips.
 * @cssprop --dt-dark-accent-soft - The same, when the widget is dark (never the light value).
 * @cssprop --dt-focus-ring - Colour of the keyboard focus ring.
 * @cssprop --dt-dark-focus-ring - The same, when the widget is dark (never the light value).
 * @cssprop --dt-radius - Corner radius (default 0.75em).
 * @cssprop --dt-padding - Inner spacing (default 1.25em).
 *
 * Attributes and properties mirror each other. The card takes the width its container gives
 * (a flex or grid item, a table cell, a float…), never less than 15em while the container is
 * wider than that.
 */
export class TopicCardElement extends TopicElement<TopicCard> {
  static override styles = [baseStyles, topicCardStyles];
  // Every property reflects (attributes and properties mirror each other). `useDefault`: a default
  // is not written out as an attribute, and a page's own attribute (`show-image="false"`) stays as written.
  static override properties = {
    href: { reflect: true },
    selectable: { converter: inheritableBooleanAttribute, reflect: true },
    variant: { reflect: true, useDefault: true },
    showImage: { attribute: 'show-image', converter: booleanAttribute, reflect: true, useDefault: true },
  };

  /** Link template; `{id}` becomes the topic's id. */
  href?: string;

  /** Without `href`: whether the name is a button firing `topic-select` (undefined: the provider's, else plain text). The attribute reads `"false"` (any case) as false. */
  selectable?: boolean | undefined;

  /** `full` or `compact`. */
  variant: 'full' | 'compact' = 'full';

  /** Whether to show the topic's image (lazy, no referrer). The attribute reads `"false"` (any case) as false, as frameworks write a false value. */
  showImage = false;

  protected override load(source: TopicDataSource, topic: string, signal: AbortSignal): Promise<TopicCard> {
    return source.loadCard(topic, signal);
  }

  protected override peek(source: TopicDataSource, topic: string): Settled<TopicCard> | undefined {
    return source.peek?.('card', topic);
  }

  protected override renderSkeleton(): TemplateResult {
    const full = this.variant !== 'compact';
    return html`<div class="card">
      <div class="body">
        ${this.renderSkeletonHeading(28)}
        <p class="tagline">${skeletonText(62)}</p>
        ${full
          ? html`<ul class="chips">${[20, 24, 22].map((n) => html`<li class="chip">${skeletonText(n)}</li>`)}</ul>
              <p class="abstract">${skeletonText(125)}</p>`
          : nothing}
        <p class="meta">${skeletonText(18)}</p>
      </div>
    </div>`;
  }

  protected override renderReady(card: TopicCard): TemplateResult {
    const full = this.variant !== 'compact';
    // Only http(s) images (the schema allows no other; this holds for any data source too).
    const image = full && this.showImage && card.image && isSafeHttpUrl(card.image.src) ? card.image : undefined;
    const m = this.messages;
    // A card that leads somewhere (a link, or a button with `selectable`) is one target as a whole, and says where it leads.
    const target = this.topicTarget(card.id, this.href, this.selectable);
    const leads = !!target.href || target.selectable;
    return html`<article class="card ${image ? 'with-image' : ''} ${leads ? 'leads' : ''}" part="card" lang=${card.lang} dir=${card.dir}>
      ${image
        ? html`<img class="image" part="image" src=${image.src} alt=${GENERIC_ALT.test(image.alt.trim()) ? '' : image.alt} loading="lazy" decoding="async" referrerpolicy="no-referrer" @error=${hideBrokenImage} />`
        : nothing}
      <div class="body">
        ${this.renderHeading(this.renderTopicLink(card.id, card.name, this.href, this.selectable))}
        ${card.tagline ? html`<p class="tagline" part="tagline">${card.tagline}</p>` : nothing}
        ${full && card.themes.length > 0
          ? html`<ul class="chips" part="themes" aria-label=${m.themes}>${card.themes.map((theme) => html`<li class="chip">${theme.label}</li>`)}</ul>`
          : nothing}
        ${full ? html`<p class="abstract" part="abstract">${card.abstract}</p>` : nothing}
        <p class="meta" part="meta" lang=${this.messagesLang} dir=${this.messagesDir}><span>${m.keyPointCount(card.pillarCount)}</span>${leads
          ? html`<span class="read" part="read">${m.readArticle(card.readingMinutes)}</span>`
          : html`<span>${m.readingTime(card.readingMinutes)}</span>`}</p>
      </div>
    </article>`;
  }

}

declare global {
  interface HTMLElementTagNameMap {
    'topic-card': TopicCardElement;
  }
}
