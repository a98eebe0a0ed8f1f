import { html, nothing, type TemplateResult } from 'lit';
import type { Settled, TopicDataSource } from '../../data/data-source.js';
import type { TopicSummaryRecord } from '../../schema/dataset.js';
import { baseStyles } from '../shared/base.styles.js';
import { skeletonText } from '../shared/skeleton.js';
import { inheritableBooleanAttribute } from '../shared/boolean-attribute.js';
import { TopicElement } from '../shared/topic-element.js';
import { pillarListStyles } from './pillar-list.styles.js';

type PillarData = Pick<TopicSummaryRecord, 'id' | 'name' | 'lang' | 'dir' | 'pillars'>;

const pillarData = ({ id, name, lang, dir, pillars }: TopicSummaryRecord): PillarData => ({ id, name, lang, dir, pillars });

/**
 * @customElement pillar-list
 * @tagname pillar-list
 * @summary The supporting points (pillars) of one topic, as a numbered list of label and text.
 *
 * @attr topic - Id of the topic, e.g. `defense-technology-exchanges`.
 * @attr limit - Show at most this many pillars, and how many more there are ("+2 more", a link to the article with `href`).
 * @attr href - Link template for the topic's name (and "+2 more"): `{id}` is replaced by the topic's id, e.g. `/topics/{id}`. Only http(s) URLs become links.
 * @attr selectable - Without `href`, makes the name a button that fires `topic-select`. Inherited from a `<topic-provider selectable>`; `selectable="false"` turns it off.
 * @attr layout - `list` (default) or `grid` (cards side by side in wide containers).
 * @attr heading-level - Level of the heading (1–6, default 3).
 * @attr theme - `light`, `dark` or `auto` (default).
 * @attr lang - Language of the widget's own words.
 *
 * @fires topic-select - The reader chose the topic (its name, with `href` or `selectable`). `detail`: `id`, `href` (with a link), and the activation's `button` and modifier keys. Cancelable: `preventDefault()` stops the link's navigation.
 * @fires widget-error - The topic is unknown (`not-found`, with `detail.validIds`) or could not be loaded (`load-failed`, `invalid-data`).
 *
 * @csspart base - The widget's box.
 * @csspart heading - The heading (the topic's name).
 * @csspart link - The name's link or button (with `href` or `selectable`).
 * @csspart more - "+2 more": how many pillars `limit` left out.
 * @csspart list - The ordered list.
 * @csspart item - One pillar.
 * @csspart number - A pillar's number (hidden from screen readers, which announce the list position).
 * @csspart label - A pillar's label.
 * @csspart text - A pillar's text.
 * @csspart skeleton - The loading placeholder.
 * @csspart state - The error state's short line and "Try again", below the fallback content (a topic not found shows the fallback content only).
 * @csspart retry - The "Try again" button of the error state.
 *
 * @cssprop --dt-font-family - Font of the widget (default: the page's, inherited).
 * @cssprop --dt-text - Text colour.
 * @cssprop --dt-dark-text - The same, when the widget is dark (never the light value).
 * @cssprop --dt-text-muted - Colour of the pillars' text.
 * @cssprop --dt-dark-text-muted - The same, when the widget is dark (never the light value).
 * @cssprop --dt-surface - Background.
 * @cssprop --dt-dark-surface - The same, when the widget is dark (never the light value).
 * @cssprop --dt-surface-subtle - Background of grid cells.
 * @cssprop --dt-dark-surface-subtle - The same, when the widget is dark (never the light value).
 * @cssprop --dt-border - Border colour.
 * @cssprop --dt-dark-border - The same, when the widget is dark (never the light value).
 * @cssprop --dt-control-border - Outline of its buttons (Try again, filters, copy link…) and search box: keep 3:1 against the background.
 * @cssprop --dt-dark-control-border - The same, when the widget is dark (never the light value).
 * @cssprop --dt-accent-soft - Background of the numbers.
 * @cssprop --dt-dark-accent-soft - The same, when the widget is dark (never the light value).
 * @cssprop --dt-radius - Corner radius.
 * @cssprop --dt-padding - Inner spacing.
 *
 * Attributes and properties mirror each other.
 */
export class PillarListElement extends TopicElement<PillarData> {
  static override styles = [baseStyles, pillarListStyles];
  // Every property reflects (attributes and properties mirror each other). `useDefault`: a default
  // is not written out as an attribute, and a page's own attribute (`show-image="false"`) stays as written.
  static override properties = {
    limit: { type: Number, reflect: true },
    layout: { reflect: true, useDefault: true },
    href: { reflect: true },
    selectable: { converter: inheritableBooleanAttribute, reflect: true },
  };

  /** Show at most this many pillars (all when unset or not a positive number). */
  limit?: number;

  /** `list` or `grid`. */
  layout: 'list' | 'grid' = 'list';

  /** Link template for the topic's name; `{id}` becomes the topic's id. */
  href?: string;

  /** Without `href`: whether the name is a button firing `topic-select` (undefined: the provider's, else plain text). */
  selectable?: boolean | undefined;

  protected override async load(source: TopicDataSource, topic: string, signal: AbortSignal): Promise<PillarData> {
    return pillarData(await source.loadSummary(topic, signal));
  }

  protected override peek(source: TopicDataSource, topic: string): Settled<PillarData> | undefined {
    const summary = source.peek?.('summary', topic);
    return summary?.value ? { value: pillarData(summary.value) } : summary;
  }

  protected override renderSkeleton(): TemplateResult {
    const count = Number.isInteger(Number(this.limit)) && Number(this.limit) > 0 ? Math.min(Number(this.limit), 4) : 4;
    return html`<div class="pillars-section">
      ${this.renderSkeletonHeading(28)}
      <ol class="pillars ${this.layout === 'grid' ? 'grid' : 'list'}" role="presentation">
        ${Array.from({ length: count }, () => html`<li class="pillar"><span class="number"></span><span class="label">${skeletonText(28)}</span><span class="text">${skeletonText(110)}</span></li>`)}
      </ol>
    </div>`;
  }

  protected override renderReady(data: PillarData): TemplateResult {
    const limit = Number(this.limit);
    const pillars = Number.isInteger(limit) && limit > 0 ? data.pillars.slice(0, limit) : data.pillars;
    const hidden = data.pillars.length - pillars.length;
    const more = this.messages.morePoints?.(hidden) ?? `+${hidden} more`;
    return html`<section class="pillars-section" lang=${data.lang} dir=${data.dir}>
      ${this.renderHeading(this.renderTopicLink(data.id, data.name, this.href, this.selectable))}
      <ol class="pillars ${this.layout === 'grid' ? 'grid' : 'list'}" part="list" role="list">
        ${pillars.map(
          // The number is for the eye: screen readers already say "1 of 4" for a list item.
          (pillar, index) => html`<li class="pillar" part="item">
            <span class="number" part="number" aria-hidden="true">${index + 1}</span>
            <span class="label" part="label">${pillar.label}</span>
            ${pillar.text ? html`<span class="text" part="text">${pillar.text}</span>` : nothing}
          </li>`,
        )}
      </ol>
      ${hidden > 0
        ? html`<p class="more" part="more" lang=${this.messagesLang} dir=${this.messagesDir}>${this.topicTarget(data.id, this.href, false).href
            ? this.renderTopicLink(data.id, more, this.href, false)
            : more}</p>`
        : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'pillar-list': PillarListElement;
  }
}
