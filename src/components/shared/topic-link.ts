/**
 * A topic's name (a card's name, a related topic): a link, a button or text, never a control
 * that does nothing.
 *
 * - With an `href` template: a link. A plain activation (main button, no modifier key) fires a
 *   cancelable `topic-select` first; a listener that cancels it stops the navigation (a
 *   client-side router). A modified one (Ctrl, ⌘, Shift or Alt, or the middle button) is left
 *   to the browser (new tab, new window, download) and fires nothing: a router that cancels
 *   every `topic-select` would otherwise swallow "open in a new tab".
 * - With `selectable` and no `href`: a button firing `topic-select` with the activation's
 *   modifier keys and button, so the page can do what a modified click means to it.
 * - Otherwise: plain text. Whether a page listens for `topic-select` cannot be known from the
 *   DOM, so a page asks for buttons with `selectable` (on the widget or a `<topic-provider>`).
 */
import { html, nothing, type TemplateResult } from 'lit';

/** Detail of the `topic-select` event. */
export interface TopicSelectDetail {
  /** The chosen topic's id. */
  id: string;
  /** The link's absolute URL, when the name is a link (`href`). */
  href?: string;
  /** The mouse button: 0 the main one (also for the keyboard), 1 the middle one. */
  button: number;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

export interface TopicNameOptions {
  id: string;
  /** The name: text, or a template of text (a pager's "Previous" and the name, one link). */
  label: string | TemplateResult;
  /** The link's URL (already checked to be http(s)); none: a button or text. */
  href?: string | undefined;
  /** The link's relation to the page (`prev`, `next`), for a link only. */
  rel?: string | undefined;
  /** The language of the topic it leads to, for a link to a topic in another language than the page's. */
  hreflang?: string | undefined;
  selectable: boolean;
  className: string;
  /** Fires `topic-select`; returns false when a listener cancelled it. */
  select: (detail: TopicSelectDetail) => boolean;
}

/** Whether the browser gives this activation a meaning of its own (new tab, window, download). */
export const isModifiedActivation = (event: MouseEvent) => event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;

const detailOf = (id: string, event: MouseEvent, href?: string): TopicSelectDetail => ({
  id,
  ...(href ? { href } : {}),
  button: event.button,
  ctrlKey: event.ctrlKey,
  metaKey: event.metaKey,
  shiftKey: event.shiftKey,
  altKey: event.altKey,
});

export function renderTopicName({ id, label, href, rel, hreflang, selectable, className, select }: TopicNameOptions): TemplateResult {
  if (href) {
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || isModifiedActivation(event)) return;
      // The anchor's own `href` property: the template's URL resolved against the page.
      if (!select(detailOf(id, event, (event.currentTarget as HTMLAnchorElement).href))) event.preventDefault();
    };
    return html`<a class=${className} part="link" href=${href} rel=${rel ?? nothing} hreflang=${hreflang ?? nothing} @click=${onClick}>${label}</a>`;
  }
  if (selectable) {
    const onClick = (event: MouseEvent) => select(detailOf(id, event));
    // A button has no middle-click behaviour of its own: tell the page, which may open a tab itself.
    const onAuxClick = (event: MouseEvent) => {
      if (event.button === 1) select(detailOf(id, event));
    };
    return html`<button type="button" class="${className} link-button" part="link" @click=${onClick} @auxclick=${onAuxClick}>${label}</button>`;
  }
  return html`<span class="name-text" part="name">${label}</span>`;
}
