/**
 * One request per URL, shared by every caller and cached once it succeeds. A caller's abort
 * signal only detaches that caller; the request itself is aborted when no caller is left (a
 * caller without a signal never leaves). Failures are not cached, so a retry asks again.
 */
interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  /** Callers with a signal that are still waiting. */
  waiting: number;
  /** A caller without a signal joined: the request must run to its end. */
  pinned: boolean;
  settled: boolean;
}

export class SharedRequests {
  private readonly entries = new Map<string, Entry>();

  get(key: string, start: (signal: AbortSignal) => Promise<unknown>, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(signal.reason ?? abortError());
    let entry = this.entries.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: Entry = { controller, waiting: 0, pinned: false, settled: false, promise: Promise.resolve() };
      created.promise = start(controller.signal).then(
        (value) => {
          created.settled = true;
          return value;
        },
        (error: unknown) => {
          created.settled = true;
          if (this.entries.get(key) === created) this.entries.delete(key);
          throw error;
        },
      );
      this.entries.set(key, created);
      entry = created;
    }
    if (entry.settled) return entry.promise;
    if (!signal) {
      entry.pinned = true;
      return entry.promise;
    }
    return this.waitFor(key, entry, signal);
  }

  private waitFor(key: string, entry: Entry, signal: AbortSignal): Promise<unknown> {
    entry.waiting++;
    return new Promise((resolve, reject) => {
      let left = false;
      const leave = () => {
        if (left) return false;
        left = true;
        entry.waiting--;
        signal.removeEventListener('abort', onAbort);
        return true;
      };
      const onAbort = () => {
        if (!leave()) return;
        if (entry.waiting === 0 && !entry.pinned && !entry.settled) {
          entry.controller.abort();
          if (this.entries.get(key) === entry) this.entries.delete(key);
        }
        reject(signal.reason ?? abortError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          if (leave()) resolve(value);
        },
        (error: unknown) => {
          if (leave()) reject(error);
        },
      );
    });
  }
}

function abortError(): DOMException {
  return new DOMException('The load was aborted', 'AbortError');
}
