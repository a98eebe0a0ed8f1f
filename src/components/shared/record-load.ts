import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Settled } from '../../data/data-source.js';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export interface RecordLoadOptions<A extends readonly unknown[], T> {
  /** What the load depends on, read before every render; a change starts a new load. */
  args: () => A;
  load: (args: A, signal: AbortSignal) => Promise<T>;
  /**
   * The result without loading, when it is at hand (data already loaded, or read synchronously
   * on a server): the host then renders it at once instead of a loading state first.
   */
  peek?: (args: A) => Settled<T> | undefined;
  /** Called once per failed load (not for loads that were replaced or aborted). */
  onError?: (error: unknown) => void;
}

/**
 * A widget's record, loaded again whenever what it depends on changes. A new load aborts the one
 * in flight, and a replaced or aborted load's result is dropped, so a widget never shows a stale
 * topic. It does the part of `@lit/task` the widgets use, in a fraction of the bytes every page
 * downloads.
 */
export class RecordLoad<A extends readonly unknown[], T> implements ReactiveController {
  status: LoadStatus = 'loading';
  value: T | undefined;
  error: unknown;
  #args: A | undefined;
  /** The load in flight, if any. */
  #inFlight: AbortController | undefined;

  readonly #host: ReactiveControllerHost;
  readonly #options: RecordLoadOptions<A, T>;

  constructor(host: ReactiveControllerHost, options: RecordLoadOptions<A, T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** Whether a load is under way (and would be lost if the host left the page). */
  get pending(): boolean {
    return this.#inFlight !== undefined;
  }

  hostUpdate(): void {
    this.update();
  }

  /**
   * Follows the arguments: when they changed, settles at once if the result is at hand, else
   * starts a load. `loadIfNeeded: false` only settles (a server render, which cannot wait).
   */
  update({ loadIfNeeded = true } = {}): void {
    const args = this.#options.args();
    const previous = this.#args;
    if (previous && args.length === previous.length && args.every((arg, i) => Object.is(arg, previous[i]))) return;
    this.#args = args;
    if (!this.#settleFromPeek() && loadIfNeeded) this.run();
  }

  /** Loads again with the current arguments: after an error, or a removal that aborted a load. */
  run(): void {
    if (!this.#args) return;
    this.#inFlight?.abort();
    const controller = new AbortController();
    this.#inFlight = controller;
    this.status = 'loading';
    this.value = undefined;
    this.error = undefined;
    const settle = (status: LoadStatus, value: T | undefined, error: unknown) => {
      if (this.#inFlight !== controller) return;
      this.#inFlight = undefined;
      this.status = status;
      this.value = value;
      this.error = error;
      if (status === 'failed') this.#options.onError?.(error);
      this.#host.requestUpdate();
    };
    let loading: Promise<T>;
    try {
      loading = this.#options.load(this.#args, controller.signal);
    } catch (error) {
      loading = Promise.reject(error);
    }
    loading.then(
      (value) => settle('ready', value, undefined),
      (error: unknown) => settle('failed', undefined, error),
    );
    this.#host.requestUpdate();
  }

  /** Takes the result at hand, if any (called during the host's update: no re-render needed). */
  #settleFromPeek(): boolean {
    let settled: Settled<T> | undefined;
    try {
      settled = this.#options.peek?.(this.#args!);
    } catch {
      // A source whose peek throws is asked the slow way.
      return false;
    }
    if (!settled) return false;
    this.#inFlight?.abort();
    this.#inFlight = undefined;
    if (settled.error) {
      this.status = 'failed';
      this.value = undefined;
      this.error = settled.error;
      const error = settled.error;
      // Reported after this update, so that listeners never run inside it.
      queueMicrotask(() => {
        if (this.error === error) this.#options.onError?.(error);
      });
    } else {
      this.status = 'ready';
      this.value = settled.value;
      this.error = undefined;
    }
    return true;
  }

  /** Stops the load in flight; it stays `loading` until `run()`. */
  abort(): void {
    const controller = this.#inFlight;
    this.#inFlight = undefined;
    controller?.abort();
  }
}
