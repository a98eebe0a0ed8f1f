import { html, nothing, type TemplateResult } from 'lit';
import { DataLoadError, TopicNotFoundError, type Settled, type TopicDataSource } from '../../data/data-source.js';
import type { DatasetIndex, SeriesNeighbour, TopicSummaryRecord } from '../../schema/dataset.js';
import { baseStyles } from '../shared/base.styles.js';
import { inheritableBooleanAttribute } from '../shared/boolean-attribute.js';
import { seriesWordsLang, withSeriesWords } from '../shared/messages/en-series.js';
import { skeletonText } from '../shared/skeleton.js';
import { TopicElement } from '../shared/topic-element.js';
import { seriesNavStyles } from './series-nav.styles.js';

/** A part of the series as the widget names it: enough for a link, in its own language. */
interface SeriesEntry {
  id: string;
  name: string;
  lang: string;
  dir: 'ltr' | 'rtl';
}

/**
 * What each variant shows, and nothing more (a server render writes it into its output): the pager
 * the topic's place and its neighbours (from its summary), the list every part (from the index).
 */
type SeriesData =
  | { kind: 'pager'; lang: string; dir: 'ltr' | 'rtl'; part: number; parts: number; previous?: SeriesNeighbour; next?: SeriesNeighbour }
  | { kind: 'list'; current: string; entries: SeriesEntry[] };

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

/** Refuses what a custom source could hand over that cannot be shown (the error state, not a broken nav). */
function invalid(topic: string, what: string): never {
  throw new DataLoadError('invalid-data', `the series of "${topic}" ${what}`);
}

/** A neighbour as the pager shows it; an empty name or a missing id is refused. */
function neighbour(topic: string, side: string, value: unknown): SeriesNeighbour | undefined {
  if (value === undefined) return undefined;
  const { id, name, lang, dir } = (value ?? {}) as Partial<SeriesNeighbour>;
  if (!isText(id) || !isText(name)) invalid(topic, `has a ${side} part without an id or a name`);
  // A custom source's neighbour without its language: the record's (pagerData).
  return { id, name, ...(isText(lang) ? { lang, dir: dir === 'rtl' ? 'rtl' : 'ltr' } : {}) } as SeriesNeighbour;
}

function pagerData(summary: TopicSummaryRecord): SeriesData {
  const { id, lang, dir, series } = summary;
  const { part, parts } = (series ?? {}) as Partial<TopicSummaryRecord['series']>;
  if (!isCount(part) || !isCount(parts) || part > parts) invalid(id, 'has no valid place (part and parts)');
  const withLanguage = (entry: SeriesNeighbour | undefined) => entry && { ...entry, lang: entry.lang ?? lang, dir: entry.lang ? entry.dir : dir };
  const previous = withLanguage(neighbour(id, 'previous', series.previous));
  const next = withLanguage(neighbour(id, 'next', series.next));
  return { kind: 'pager', lang, dir, part, parts, ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Every part in series order (the index's order); a topic the index lacks is not found. */
function listData(index: DatasetIndex, current: string): SeriesData {
  const entries = index.topics.map(({ id, name, lang, dir }) => {
    if (!isText(id) || !isText(name)) invalid(current, 'lists a part without an id or a name');
    return { id, name, lang, dir };
  });
  if (!entries.some((entry) => entry.id === current)) throw new TopicNotFoundError(current, entries.map((entry) => entry.id));
  return { kind: 'list', current, entries };
}

/** Turns a record at hand into the widget's data, a refusal into an answer (never a throw). */
function settle<R>(record: Settled<R> | undefined, toData: (record: R) => SeriesData): Settled<SeriesData> | undefined {
  if (!record?.value) return record as Settled<SeriesData> | undefined;
  try {
    return { value: toData(record.value) };
  } catch (error) {
    return { error: error as Error };
  }
}

/**
 * @customElement series-nav
 * @tagname series-nav
 * @summary Where a topic stands in the series: "Part 3 of 5" with the previous and next parts
 * (the pager), or every part in order with the current one marked (the list).
 *
 * @attr topic - Id of the current topic, e.g. `defense-attaches`.
 * @attr variant - `pager` (default: the part before and after, from the topic's summary; loads nothing else) or `list` (every part, from the index).
 * @attr href - Link template: `{id}` is replaced by a part's id, e.g. `/topics/{id}`. Only http(s) URLs become links; the pager's carry `rel="prev"` and `rel="next"`.
 * @attr selectable - Without `href`, makes the parts buttons that fire `topic-select`. Without `href` or `selectable` they are plain text. Inherited from a `<topic-provider selectable>`; `selectable="false"` turns it off.
 * @attr theme - `light`, `dark` or `auto` (default).
 * @attr lang - Language of the widget's own words ("Part 3 of 5", "Previous", "Next").
 * @attr heading-level - Accepted as by every widget, but unused: the navigation renders no heading (it is a landmark named "Parts of the series", which needs none).
 *
 * @fires topic-select - The reader chose a part. `detail`: `id`, `href` (with a link), and the activation's `button`, `ctrlKey`, `metaKey`, `shiftKey`, `altKey`. Cancelable (stops a link's navigation). A link clicked with a modifier key or the middle button is left to the browser and fires nothing.
 * @fires widget-error - The topic is unknown (`not-found`, with `detail.validIds`), could not be loaded (`load-failed`), or its series is not valid (`invalid-data`).
 *
 * @csspart base - The widget's box.
 * @csspart nav - The navigation landmark.
 * @csspart part-of - "Part 3 of 5".
 * @csspart previous - The pager's previous part (absent for the first part).
 * @csspart next - The pager's next part (absent for the last part).
 * @csspart label - The pager's "Previous" or "Next", with its arrow.
 * @csspart list - The list variant's ordered list.
 * @csspart item - A part in the list.
 * @csspart current - The list's current part (not a link; marked `aria-current="page"`).
 * @csspart link - A part's link or button.
 * @csspart name - A part, when it is plain text (no `href`, not `selectable`).
 * @csspart skeleton - The loading placeholder.
 * @csspart state - The error state's short line and "Try again", below the fallback content (a topic not found shows the fallback content only).
 * @csspart retry - The "Try again" button of the error state.
 *
 * @cssprop --dt-font-family - Font of the widget (default: the page's, inherited).
 * @cssprop --dt-text - Text colour.
 * @cssprop --dt-dark-text - The same, when the widget is dark (never the light value).
 * @cssprop --dt-text-muted - Colour of "Part 3 of 5" and of "Previous" and "Next".
 * @cssprop --dt-dark-text-muted - The same, when the widget is dark (never the light value).
 * @cssprop --dt-surface - Background.
 * @cssprop --dt-dark-surface - The same, when the widget is dark (never the light value).
 * @cssprop --dt-surface-subtle - Background of the pager's parts.
 * @cssprop --dt-dark-surface-subtle - The same, when the widget is dark (never the light value).
 * @cssprop --dt-border - Border colour.
 * @cssprop --dt-dark-border - The same, when the widget is dark (never the light value).
 * @cssprop --dt-control-border - Outline of its buttons (Try again, filters, copy link…) and search box: keep 3:1 against the background.
 * @cssprop --dt-dark-control-border - The same, when the widget is dark (never the light value).
 * @cssprop --dt-accent - Colour of links and of the current part's mark.
 * @cssprop --dt-dark-accent - The same, when the widget is dark (never the light value).
 * @cssprop --dt-focus-ring - Colour of the keyboard focus ring.
 * @cssprop --dt-dark-focus-ring - The same, when the widget is dark (never the light value).
 * @cssprop --dt-radius - Corner radius.
 * @cssprop --dt-padding - Inner spacing.
 *
 * Attributes and properties mirror each other. The layout follows the page's direction (in a
 * right-to-left page the previous part is on the right, its arrow pointing right); each part's
 * name keeps its own language and direction. On paper the navigation prints plainly: the words,
 * the names and the links' addresses, without arrows or boxes.
 */
export class SeriesNavElement extends TopicElement<SeriesData> {
  static override styles = [baseStyles, seriesNavStyles];
  // Every property reflects (attributes and properties mirror each other). `useDefault`: a default
  // is not written out as an attribute.
  static override properties = {
    variant: { reflect: true, useDefault: true },
    href: { reflect: true },
    selectable: { converter: inheritableBooleanAttribute, reflect: true },
  };

  /** `pager` (the previous and next parts) or `list` (every part). */
  variant: 'pager' | 'list' = 'pager';

  /** Link template; `{id}` becomes a part's id. */
  href?: string;

  /** Without `href`: whether parts are buttons firing `topic-select` (undefined: the provider's, else plain text). The attribute reads `"false"` (any case) as false. */
  selectable?: boolean | undefined;

  /** The variants load different records: a change of variant loads again. */
  protected override get recordVariant(): 'pager' | 'list' {
    return this.variant === 'list' ? 'list' : 'pager';
  }

  protected override async load(source: TopicDataSource, topic: string, signal: AbortSignal, variant?: string): Promise<SeriesData> {
    return variant === 'list' ? listData(await source.loadIndex(signal), topic) : pagerData(await source.loadSummary(topic, signal));
  }

  protected override peek(source: TopicDataSource, topic: string, variant?: string): Settled<SeriesData> | undefined {
    return variant === 'list' ? settle(source.peek?.('index', ''), (index) => listData(index, topic)) : settle(source.peek?.('summary', topic), pagerData);
  }

  protected override renderSkeleton(): TemplateResult {
    return this.recordVariant === 'list'
      ? html`<div class="series"><p class="part-of">${skeletonText(11)}</p><ol class="list" role="presentation">${[26, 22, 30, 24, 20].map((n) => html`<li>${skeletonText(n)}</li>`)}</ol></div>`
      : html`<div class="series">
          <p class="part-of">${skeletonText(11)}</p>
          <div class="pager">${[26, 30].map((n) => html`<span class="step"><span class="label">${skeletonText(8)}</span><span class="title">${skeletonText(n)}</span></span>`)}</div>
        </div>`;
  }

  protected override renderReady(data: SeriesData): TemplateResult {
    // The series' English words come with this widget (en-series.ts), not with every card.
    const m = withSeriesWords(this.messages);
    // The widget's words mark their language (English where its language has no series words);
    // the layout keeps the page's direction (no `dir` here).
    const words = seriesWordsLang(this.messages, this.messagesLang, this.messagesDir);
    const partOf = (part: number, parts: number) => html`<p class="part-of" part="part-of" lang=${words.lang} dir=${words.dir}>${m.partOf(part, parts)}</p>`;
    if (data.kind === 'list') {
      const place = data.entries.findIndex((entry) => entry.id === data.current);
      return html`<nav class="series" part="nav" aria-label=${m.seriesParts}>
        ${partOf(place + 1, data.entries.length)}
        <ol class="list" part="list">
          ${data.entries.map(({ id, name, lang, dir }) =>
            html`<li part="item"
              >${id === data.current
                ? html`<span class="current" part="current" aria-current="page" lang=${lang} dir=${dir}>${name}</span>`
                : html`<span lang=${lang} dir=${dir}>${this.renderTopicLink(id, name, this.href, this.selectable, undefined, undefined, lang)}</span>`}</li
            >`,
          )}
        </ol>
      </nav>`;
    }
    const step = (side: 'previous' | 'next', entry: SeriesNeighbour | undefined, label: string) =>
      entry
        ? html`<div class="step ${side}" part=${side}>
            ${this.renderTopicLink(
              entry.id,
              // One link holding both lines: its name says "Previous" (or "Next") and the part's name.
              // The arrow is decoration, outside the words so that it follows the layout's direction.
              html`<span class="label" part="label">
                  <span class="arrow" aria-hidden="true">${side === 'previous' ? '←' : '→'}</span>
                  <span lang=${words.lang} dir=${words.dir}>${label}</span>
                </span>
                <span class="title" lang=${entry.lang} dir=${entry.dir}>${entry.name}</span>`,
              this.href,
              this.selectable,
              'link',
              side === 'previous' ? 'prev' : 'next',
              entry.lang,
            )}
          </div>`
        : nothing;
    return html`<nav class="series" part="nav" aria-label=${m.seriesParts}>
      ${partOf(data.part, data.parts)}
      ${data.previous || data.next ? html`<div class="pager">${step('previous', data.previous, m.previousPart)}${step('next', data.next, m.nextPart)}</div>` : nothing}
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'series-nav': SeriesNavElement;
  }
}
