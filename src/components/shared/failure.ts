/**
 * What a widget needs only once its load failed: the error state with its "Try again" (and focus
 * following the retry), the report of the failure, and the page's announcement of failures
 * ("not found" is the page's mistake: the widget shows and reports it without this module). A module of its own, loaded by `topic-element.ts` with a page's first
 * failure (a load settles as failed only once this is here, so the error state shows at once):
 * a page whose widgets load never downloads it.
 */
import { adoptStyles, css, html, isServer, type LitElement, type TemplateResult } from 'lit';
import { DataLoadError } from '../../data/data-source.js';
import type * as Announcer from './announcer.js';
import { enFailure } from './messages/en-failure.js';
import { isolate, loadMessages, messagesLanguage, type FailureWords, type Words } from './messages/index.js';
import { RetryFocus } from './retry-focus.js';
import type { WidgetErrorDetail } from './topic-element.js';
import { fallbackLabel } from './topic-label.js';

/** The widget's members this module works with (some protected in TopicElement). */
interface Widget extends LitElement {
  readonly stateName: 'loading' | 'ready' | 'not-found' | 'error';
  readonly effectiveTopic: string;
  /** What a widget of no one topic calls what it failed to load (`<topic-index>`: the topics of the series). */
  readonly failureName?: string;
  readonly uiLang: string;
  readonly messages: Words;
  readonly messagesLang: string;
  readonly messagesDir: 'ltr' | 'rtl';
  retry(): void;
  emitError(detail: WidgetErrorDetail, logged: unknown): void;
}

/**
 * The error state's own styles, added to a widget's shadow root with its first error state. The
 * widget's box steps aside (`.root.bare`): below the page's fallback content, one small line and
 * a small button, in the page's own text colour, so that several failed widgets on a page read as
 * quiet notes, not as alerts.
 */
const errorStyles = css`
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.75em;
    margin-block-start: 0.25em;
    font-size: 0.875em;
  }
  .retry {
    cursor: pointer;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_control-border);
    border-radius: 0.4em;
    background: var(--_subtle);
    color: var(--_text);
  }
  .retry:hover {
    border-color: var(--_accent);
  }
  @media print {
    /* A button cannot be pressed on paper. */
    .retry {
      display: none;
    }
  }
`;
const styled = new WeakSet<Node>();

/** Adds the error state's styles to the widget's own (adopted style sheets, which a strict CSP allows). */
function addErrorStyles(widget: Widget): void {
  const root = widget.renderRoot;
  if (styled.has(root) || !(root instanceof ShadowRoot)) return;
  styled.add(root);
  adoptStyles(root, [...(widget.constructor as typeof LitElement).elementStyles, errorStyles]);
}

/** A language's words with those of failures, English where it has none of its own. */
const withFailureWords = (words: Words): Words & FailureWords => ({ ...enFailure, ...words });

/** The page's announcer of failures, loaded with the first one that is announced. */
let announcer: Promise<typeof Announcer> | undefined;

/** Drops a widget's queued announcement (nothing can be queued before the announcer loaded). */
export const withdrawFailure = (widget: Element) => void announcer?.then((module) => module.withdrawFailure(widget));

/** Each failed widget's focus follower: made with its first error state, before any "Try again". */
const followers = new WeakMap<Element, RetryFocus>();

/** After "Try again", focus follows the widget to its result instead of falling to `<body>`. */
function retryFocus(widget: Widget): RetryFocus {
  let follower = followers.get(widget);
  if (!follower) {
    follower = new RetryFocus(
      widget,
      () => {
        const state = widget.stateName;
        const root = widget.renderRoot as ParentNode;
        if (state === 'loading') return root.querySelector<HTMLElement>('[part~="base"]');
        if (state === 'ready') return root.querySelector<HTMLElement>('[part~="heading"]') ?? root.querySelector<HTMLElement>('[part~="base"]');
        return root.querySelector<HTMLElement>('.state-message');
      },
      () => widget.stateName !== 'loading',
    );
    followers.set(widget, follower);
  }
  return follower;
}

/**
 * What to call the topic in messages: the page's own words for it or its id (see topic-label.ts).
 * A server has no fallback content to read (an error reported there names the id).
 */
const topicLabel = (widget: Widget, topic = widget.failureName ?? widget.effectiveTopic) => (isServer ? topic : fallbackLabel(widget, topic));

/**
 * The error state: the page's fallback content first, then one short line for readers and "Try
 * again" (whose accessible name names the topic). The technical detail (the URL, the field) is
 * for the page's developers only: the console warning and `widget-error`. Not a live region: the
 * error is announced once for all widgets that failed together (announcer.ts).
 */
export function renderError(element: LitElement): TemplateResult {
  const widget = element as unknown as Widget;
  const m = withFailureWords(widget.messages);
  const name = isolate(topicLabel(widget));
  const follower = retryFocus(widget);
  addErrorStyles(widget);
  return html`<slot class="fallback"></slot>
    <div class="state error" part="state" lang=${widget.messagesLang} dir=${widget.messagesDir}>
    <p class="state-message">${m.loadFailed}</p>
    <button type="button" class="retry" part="retry" aria-label=${m.retryTopic(name)} @click=${() => retryFrom(widget, follower)}>${m.retry}</button>
  </div>`;
}

/** The error state's own "Try again": focus follows the widget to its result. */
function retryFrom(widget: Widget, follower: RetryFocus): void {
  follower.follow();
  widget.retry();
}

/** A failed load (not "not found", which the widget reports itself): `widget-error`, a console warning and the announcement. */
export function reportError(element: LitElement, error: unknown): void {
  const widget = element as unknown as Widget;
  const code = error instanceof DataLoadError ? error.code : 'load-failed';
  widget.emitError({ code, topic: widget.effectiveTopic, message: (error as Error)?.message ?? String(error) }, error);
  announceFailure(widget);
}

/** Data the widget could not render (from a custom source): reported as a failed load is. */
export function reportRenderFailure(element: LitElement, error: unknown): void {
  const widget = element as unknown as Widget;
  widget.emitError({ code: 'render-failed', topic: widget.effectiveTopic, message: `could not render: ${(error as Error).message}` }, error);
  announceFailure(widget);
}

/**
 * Queues this widget's failure for the page's one polite announcement, in its own words. Not
 * when focus is following a retry (the message it lands on is read) or when the widget is not
 * shown (inside a hidden provider, a closed details element…).
 */
function announceFailure(widget: Widget): void {
  if (isServer || followers.get(widget)?.active || (widget.checkVisibility && !widget.checkVisibility())) return;
  const lang = widget.uiLang;
  announcer ??= import('./announcer.js');
  void Promise.all([loadMessages(lang), announcer]).then(([messages, { announceFailure }]) => {
    if (widget.stateName !== 'error') return;
    announceFailure({ widget, name: isolate(topicLabel(widget)), lang: messagesLanguage(lang), messages: withFailureWords(messages) });
  });
}
