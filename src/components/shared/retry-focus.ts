/**
 * Keeps keyboard and screen-reader users in place when they press "Try again".
 *
 * The button they pressed disappears (the widget shows its loading placeholder), and a removed
 * element's focus falls to `<body>`: the reader is thrown back to the top of the page. So, after
 * a retry from the widget's own button, focus follows the widget: to its loading box while it
 * loads, then to its heading when the content came, or to its message when it failed again
 * (from which Tab reaches "Try again"). Each target is made focusable by script only
 * (`tabindex="-1"`, removed again when it loses focus).
 *
 * Focus is never taken from elsewhere: if the reader moved on while it loaded, it stays put.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type FocusTarget = () => HTMLElement | null | undefined;

export class RetryFocus implements ReactiveController {
  /** Set from a retry until focus reached the widget's result. */
  #following = false;
  /** The element this controller focused last (focus is ours while it is still there). */
  #focused: HTMLElement | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  /** The element to focus now: the loading box, the heading or the message. */
  readonly #target: FocusTarget;
  /** Whether the widget has reached a result (focus stops following then). */
  readonly #settled: () => boolean;

  constructor(host: ReactiveControllerHost & HTMLElement, target: FocusTarget, settled: () => boolean) {
    this.#host = host;
    this.#target = target;
    this.#settled = settled;
    host.addController(this);
  }

  /** Whether the last failure came from a retry whose result gets focus (so it need not be announced too). */
  get active(): boolean {
    return this.#following;
  }

  /** Call when the widget's own "Try again" button starts a retry. */
  follow(): void {
    this.#following = true;
    this.#focused = undefined;
  }

  hostUpdated(): void {
    if (!this.#following) return;
    if (!this.#focusIsOurs()) {
      // The reader moved on while it loaded: leave their focus alone.
      this.#following = false;
      return;
    }
    const target = this.#target();
    if (target && target !== this.#focused) {
      target.setAttribute('tabindex', '-1');
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
      target.focus();
      this.#focused = target;
    }
    if (this.#settled()) this.#following = false;
  }

  hostDisconnected(): void {
    this.#following = false;
  }

  /** Focus is on the element we focused, or was lost to the page (the pressed button was removed). */
  #focusIsOurs(): boolean {
    const active = this.#host.ownerDocument.activeElement;
    if (active === null || active === this.#host.ownerDocument.body) return true;
    return active === this.#host && this.#focused !== undefined && this.#host.shadowRoot?.activeElement === this.#focused;
  }
}
