import { html, nothing, type TemplateResult } from 'lit';
import type { Settled, TopicDataSource } from '../../data/data-source.js';
import type { TopicCard, TopicSummaryRecord } from '../../schema/dataset.js';
import { baseStyles } from '../shared/base.styles.js';
import { skeletonText } from '../shared/skeleton.js';
import { TopicElement } from '../shared/topic-element.js';
import { articleSummaryStyles } from './article-summary.styles.js';

/** Related topics shown (each costs one small card request). */
const RELATED_SHOWN = 4;

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
 * @attr href - Link template for related topics: `{id}` is replaced by the topic's id. Without it related topics are buttons that fire `topic-select`.
 * @attr heading-level - Level of the topic's heading (1–6, default 3); its parts use the next level.
 * @attr theme - `light`, `dark` or `auto` (default).
 * @attr lang - Language of the widget's own words.
 *
 * @fires topic-select - The reader chose a related topic (`detail.id`); cancelable.
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
 * @csspart link - A related topic's link or button.
 * @csspart skeleton - The loading placeholder.
 * @csspart state - The not-found or error message.
 * @csspart retry - The "Try again" button of the error state.
 *
 * @cssprop --dt-font-family - Font of the widget.
 * @cssprop --dt-text - Text colour.
 * @cssprop --dt-text-muted - Colour of secondary text.
 * @cssprop --dt-surface - Background.
 * @cssprop --dt-surface-subtle - Background of related-topic links.
 * @cssprop --dt-border - Border colour.
 * @cssprop --dt-accent - Colour of links and the conclusion's rule.
 * @cssprop --dt-radius - Corner radius.
 * @cssprop --dt-padding - Inner spacing.
 */
export class ArticleSummaryElement extends TopicElement<SummaryData> {
  static override styles = [baseStyles, articleSummaryStyles];
  static override properties = {
    sentences: { type: Number },
    href: {},
  };

  /** How many summary sentences to show (1–5). */
  sentences = 3;

  /** Link template for related topics. */
  href?: string;

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
      ${part(10, html`<ol role="presentation">${[1, 2, 3, 4].map(() => html`<li>${skeletonText(180)}</li>`)}</ol>`)}
      ${part(13, html`<p class="conclusion">${skeletonText(400)}</p>`)}
      ${part(14, html`<ul class="related" role="presentation">${[1, 2, 3, 4].map(() => html`<li><span class="link">${skeletonText(24)}</span></li>`)}</ul>`)}
    </div>`;
  }

  private get sentenceCount(): number {
    const n = Math.round(Number(this.sentences));
    return Number.isFinite(n) ? Math.min(5, Math.max(1, n)) : 3;
  }

  protected override renderReady({ article, related }: SummaryData): TemplateResult {
    const m = this.messages;
    const { summary } = article;
    // The best-ranked sentences other than the abstract (shown above them), in document order.
    const chosen = new Set(
      summary.sentences
        .filter((sentence) => sentence.text !== summary.abstract)
        .sort((a, b) => a.rank - b.rank)
        .slice(0, this.sentenceCount),
    );
    const sentences = summary.sentences.filter((sentence) => chosen.has(sentence));
    return html`<article class="summary" lang=${article.lang} dir=${article.dir}>
      <div class="intro">
        ${this.renderHeading(article.name)}
        ${article.tagline ? html`<p class="tagline">${article.tagline}</p>` : nothing}
        <p class="meta" part="meta" lang=${this.messagesLang}>${m.readingTime(article.readingMinutes)}</p>
      </div>
      <p class="abstract" part="abstract">${summary.abstract}</p>
      ${sentences.length > 0
        ? html`<section class="part">
            ${this.renderHeading(m.summary, 1, 'part-heading')}
            <ul part="sentences">${sentences.map((sentence) => html`<li>${sentence.text}</li>`)}</ul>
          </section>`
        : nothing}
      ${article.pillars.length > 0
        ? html`<section class="part">
            ${this.renderHeading(m.keyPoints, 1, 'part-heading')}
            <ol part="key-points">
              ${article.pillars.map(
                (pillar) => html`<li><span class="point-label">${pillar.label}</span>${pillar.text ? html`: ${pillar.text}` : nothing}</li>`,
              )}
            </ol>
          </section>`
        : nothing}
      ${summary.conclusion
        ? html`<section class="part">
            ${this.renderHeading(m.conclusion, 1, 'part-heading')}
            <p class="conclusion" part="conclusion">${summary.conclusion}</p>
          </section>`
        : nothing}
      ${related.length > 0
        ? html`<nav class="part" aria-label=${m.related}>
            ${this.renderHeading(m.related, 1, 'part-heading')}
            <ul class="related" part="related" role="list">
              ${related.map((card) => html`<li lang=${card.lang} dir=${card.dir}>${this.renderTopicLink(card.id, card.name, this.href)}</li>`)}
            </ul>
          </nav>`
        : nothing}
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-summary': ArticleSummaryElement;
  }
}
