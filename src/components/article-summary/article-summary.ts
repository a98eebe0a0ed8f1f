import { html, nothing, type TemplateResult } from 'lit';
import type { Settled, TopicDataSource } from '../../data/data-source.js';
import type { TopicCard, TopicSummaryRecord } from '../../schema/dataset.js';
import { baseStyles } from '../shared/base.styles.js';
import { inheritableBooleanAttribute } from '../shared/boolean-attribute.js';
import { summaryWordsLang, withSummaryWords } from '../shared/messages/en-summary.js';
import { skeletonText } from '../shared/skeleton.js';
import { TopicElement } from '../shared/topic-element.js';
import { articleSummaryStyles } from './article-summary.styles.js';

/** Related topics shown (each costs one small card request). */
const RELATED_SHOWN = 4;

/**
 * Key points and conclusion longer than this (in characters) fold behind "Show more" on a phone
 * (article-summary.styles.ts): a long summary was three and a half screens tall at 375 px.
 */
const FOLD_FROM_CHARACTERS = 500;

interface SummaryData {
  article: TopicSummaryRecord;
  /** Cards of the related topics that could be loaded, in rank order. */
  related: TopicCard[];
}

/**
 * @customElement article-summary
 * @tagname article-summary
 * @summary A summary of one topic: abstract, its most central sentences, its pillars as key
 * points, the conclusion, reading time, and related topics.
 *
 * @attr topic - Id of the topic, e.g. `military-training-diplomacy`.
 * @attr sentences - How many ranked sentences to show below the abstract, 1–5 (default 3; fewer if the article has fewer).
 * @attr href - Link template for the topic's name and its related topics: `{id}` is replaced by the topic's id. Only http(s) URLs become links.
 * @attr selectable - Without `href`, makes the topic's name and related topics buttons that fire `topic-select`. Without `href` or `selectable` they are plain text. Inherited from a `<topic-provider selectable>`; `selectable="false"` turns it off.
 * @attr heading-level - Level of the topic's heading (1–6, default 3); its parts use the next level (at 6, there being no level 7, they are labelled groups).
 * @attr theme - `light`, `dark` or `auto` (default).
 * @attr lang - Language of the widget's own words.
 *
 * @fires topic-select - The reader chose the topic (its name) or a related topic. `detail`: `id`, `href` (with a link), and the activation's `button`, `ctrlKey`, `metaKey`, `shiftKey`, `altKey`. Cancelable (stops a link's navigation). A link clicked with a modifier key or the middle button is left to the browser and fires nothing.
 * @fires widget-error - The topic is unknown (`not-found`, with `detail.validIds`) or could not be loaded (`load-failed`, `invalid-data`).
 *
 * @csspart base - The widget's box.
 * @csspart heading - The topic's name.
 * @csspart part-heading - The headings of the parts (summary, key points…).
 * @csspart abstract - The abstract.
 * @csspart sentences - The list of summary sentences.
 * @csspart key-points - The list of pillars.
 * @csspart conclusion - The conclusion.
 * @csspart meta - Reading time.
 * @csspart related - The list of related topics.
 * @csspart link - The topic's name or a related topic, as a link or button.
 * @csspart name - A related topic's name, when it is plain text.
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
 * @cssprop --dt-surface-subtle - Background of related-topic links.
 * @cssprop --dt-dark-surface-subtle - The same, when the widget is dark (never the light value).
 * @cssprop --dt-border - Border colour.
 * @cssprop --dt-dark-border - The same, when the widget is dark (never the light value).
 * @cssprop --dt-control-border - Outline of its buttons (Try again, filters, copy link…) and search box: keep 3:1 against the background.
 * @cssprop --dt-dark-control-border - The same, when the widget is dark (never the light value).
 * @cssprop --dt-accent - Colour of links and the conclusion's rule.
 * @cssprop --dt-dark-accent - The same, when the widget is dark (never the light value).
 * @cssprop --dt-radius - Corner radius.
 * @cssprop --dt-padding - Inner spacing.
 *
 * Attributes and properties mirror each other.
 */
export class ArticleSummaryElement extends TopicElement<SummaryData> {
  static override styles = [baseStyles, articleSummaryStyles];
  // Every property reflects (attributes and properties mirror each other). `useDefault`: a default
  // is not written out as an attribute, and a page's own attribute (`show-image="false"`) stays as written.
  static override properties = {
    sentences: { type: Number, reflect: true, useDefault: true },
    href: { reflect: true },
    selectable: { converter: inheritableBooleanAttribute, reflect: true },
  };

  /** How many summary sentences to show (1–5). */
  sentences = 3;

  /** Link template for related topics. */
  href?: string;

  /** Without `href`: whether related topics are buttons firing `topic-select` (undefined: the provider's, else plain text). The attribute reads `"false"` (any case) as false. */
  selectable?: boolean | undefined;

  /**
   * The topic whose key points and conclusion the reader unfolded (a phone shows a long summary's
   * beginning); another topic starts folded again.
   */
  private unfoldedTopic: string | undefined;

  protected override async load(source: TopicDataSource, topic: string, signal: AbortSignal): Promise<SummaryData> {
    const article = await source.loadSummary(topic, signal);
    // A related topic that fails to load is left out rather than failing the summary.
    const related = await Promise.all(
      article.related.slice(0, RELATED_SHOWN).map((entry) => source.loadCard(entry.id, signal).catch(() => undefined)),
    );
    if (signal.aborted) throw signal.reason;
    return { article, related: related.filter((card): card is TopicCard => card !== undefined) };
  }

  protected override peek(source: TopicDataSource, topic: string): Settled<SummaryData> | undefined {
    const article = source.peek?.('summary', topic);
    if (!article?.value) return article;
    const related: TopicCard[] = [];
    for (const entry of article.value.related.slice(0, RELATED_SHOWN)) {
      const card = source.peek!('card', entry.id);
      // A related card still to load: load it all (a summary shows its related topics at once).
      if (!card) return undefined;
      if (card.value) related.push(card.value);
    }
    return { value: { article: article.value, related } };
  }

  protected override renderSkeleton(): TemplateResult {
    const part = (heading: number, body: TemplateResult) => html`<div class="part">${this.renderSkeletonHeading(heading)}${body}</div>`;
    return html`<div class="summary">
      <div class="intro">${this.renderSkeletonHeading(28)}<p class="tagline">${skeletonText(62)}</p><p class="meta">${skeletonText(10)}</p></div>
      <p class="abstract">${skeletonText(125)}</p>
      ${part(7, html`<ul role="presentation">${Array.from({ length: this.sentenceCount }, () => html`<li>${skeletonText(150)}</li>`)}</ul>`)}
      <p class="show-more">${skeletonText(9)}</p>
      <div class="fold folded">
        ${part(10, html`<ol role="presentation">${[1, 2, 3, 4].map(() => html`<li>${skeletonText(140)}</li>`)}</ol>`)}
        ${part(13, html`<p class="conclusion">${skeletonText(320)}</p>`)}
      </div>
      ${part(14, html`<ul class="related" role="presentation">${[1, 2, 3, 4].map(() => html`<li><span class="link">${skeletonText(24)}</span></li>`)}</ul>`)}
    </div>`;
  }

  private get sentenceCount(): number {
    const n = Math.round(Number(this.sentences));
    return Number.isFinite(n) ? Math.min(5, Math.max(1, n)) : 3;
  }

  protected override renderReady({ article, related }: SummaryData): TemplateResult {
    // The parts' English titles come with this widget (en-summary.ts), not with every card.
    const m = withSummaryWords(this.messages);
    const { summary } = article;
    // The best-ranked sentences other than the abstract (shown above them), in document order.
    const chosen = new Set(
      summary.sentences
        .filter((sentence) => sentence.text !== summary.abstract)
        .sort((a, b) => a.rank - b.rank)
        .slice(0, this.sentenceCount),
    );
    const sentences = summary.sentences.filter((sentence) => chosen.has(sentence));
    // The summary's own words: English ones (a language registered without them) are marked English.
    const words = summaryWordsLang(this.messages, this.messagesLang, this.messagesDir);
    const folded = [
      article.pillars.length > 0
        ? this.renderPart(
            'key-points',
            m.keyPoints,
            html`<ol part="key-points">
              ${article.pillars.map(
                (pillar) => html`<li><span class="point-label">${pillar.label}</span>${pillar.text ? html`: ${pillar.text}` : nothing}</li>`,
              )}
            </ol>`,
            words,
          )
        : undefined,
      summary.conclusion ? this.renderPart('conclusion', m.conclusion, html`<p class="conclusion" part="conclusion">${summary.conclusion}</p>`, words) : undefined,
    ].filter((part) => part !== undefined);
    const foldedLength = article.pillars.reduce((sum, pillar) => sum + pillar.label.length + (pillar.text?.length ?? 0), summary.conclusion?.length ?? 0);
    const long = foldedLength > FOLD_FROM_CHARACTERS;
    const unfolded = this.unfoldedTopic === article.id;
    return html`<article class="summary" lang=${article.lang} dir=${article.dir}>
      <div class="intro">
        ${this.renderHeading(this.renderTopicLink(article.id, article.name, this.href, this.selectable))}
        ${article.tagline ? html`<p class="tagline">${article.tagline}</p>` : nothing}
        <p class="meta" part="meta" lang=${this.messagesLang} dir=${this.messagesDir}>${m.readingTime(article.readingMinutes)}</p>
      </div>
      <p class="abstract" part="abstract">${summary.abstract}</p>
      ${sentences.length > 0
        ? this.renderPart('summary', m.summary, html`<ul part="sentences">${sentences.map((sentence) => html`<li>${sentence.text}</li>`)}</ul>`, words)
        : nothing}
      ${folded.length > 0
        ? html`${long
              ? html`<button class="link-button show-more" part="show-more" aria-expanded=${unfolded} aria-controls="fold" lang=${words.lang} dir=${words.dir} @click=${() => this.toggleFold(article.id)}>
                  ${unfolded ? m.showLess : m.showMoreOfSummary}
                </button>`
              : nothing}
            <div class=${long && !unfolded ? 'fold folded' : 'fold'} id="fold">${folded}</div>`
        : nothing}
      ${related.length > 0
        ? this.renderPart(
            'related',
            m.related,
            html`<ul class="related" part="related" role="list">
              ${related.map((card) => html`<li lang=${card.lang} dir=${card.dir}>${this.renderTopicLink(card.id, card.name, this.href, this.selectable, undefined, undefined, card.lang)}</li>`)}
            </ul>`,
            words,
          )
        : nothing}
    </article>`;
  }

  private toggleFold(topic: string): void {
    this.unfoldedTopic = this.unfoldedTopic === topic ? undefined : topic;
    this.requestUpdate();
  }

  /**
   * A part of the summary under a title in the widget's words (marked with their language and
   * direction, which may differ from the article's). The title is a heading one level below the
   * topic's; below a level-6 topic heading there is no level left, so the part is a group
   * labelled by its title instead of a heading that would claim to be the topic's sibling.
   * Related topics are a part like the others, not a navigation landmark: a page with several
   * summaries would otherwise gain a landmark per summary, each named like the heading inside it.
   */
  private renderPart(key: string, title: string, body: TemplateResult, words: { lang: string; dir: 'ltr' | 'rtl' }): TemplateResult {
    const level = this.subheadingLevel;
    const id = `part-${key}`;
    return level
      ? html`<section class="part">
          <div class="heading" part="part-heading" role="heading" aria-level=${level} lang=${words.lang} dir=${words.dir}>${title}</div>
          ${body}
        </section>`
      : html`<section class="part" role="group" aria-labelledby=${id}>
          <div class="heading" part="part-heading" id=${id} lang=${words.lang} dir=${words.dir}>${title}</div>
          ${body}
        </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-summary': ArticleSummaryElement;
  }
}
