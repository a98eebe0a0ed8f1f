/**
 * One request per URL, shared by every caller and cached once it succeeds. A caller's abort
 * signal only detaches that caller; the request itself is aborted when no caller is left (a
 * caller without a signal never leaves). Failures are not cached, so a retry asks again.
 * Written for its minified size (every page with a widget downloads it): each request's state
 * is in local variables, which the minifier shortens, not in properties, which it cannot.
 */
/** Joins a request: its result, or the caller's abort. */
type Join = (signal?: AbortSignal) => Promise<unknown>;

export class SharedRequests {
  readonly #entries = new Map<string, Join>();

  async get(key: string, start: (signal: AbortSignal) => Promise<unknown>, signal?: AbortSignal): Promise<unknown> {
    signal?.throwIfAborted();
    let join = this.#entries.get(key);
    if (!join) {
      const controller = new AbortController();
      /** Callers still waiting; Infinity once a caller without a signal joined (it never leaves). */
      let waiting = 0;
      let settled = false;
      const promise = start(controller.signal).then(
        (value) => {
          settled = true;
          return value;
        },
        (error: unknown) => {
          settled = true;
          // Not an entry started since this one was aborted.
          if (this.#entries.get(key) === join) this.#entries.delete(key);
          throw error;
        },
      );
      join = (signal) => {
        if (settled || !signal) {
          if (!signal) waiting = Infinity;
          return promise;
        }
        waiting++;
        return new Promise((resolve, reject) => {
          const leave = () => {
            if (!--waiting && !settled) {
              controller.abort();
              this.#entries.delete(key);
            }
            reject(signal.reason);
          };
          signal.addEventListener('abort', leave);
          promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', leave));
        });
      };
      this.#entries.set(key, join);
    }
    return join(signal);
  }
}
