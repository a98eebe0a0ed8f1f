/**
 * One request per URL, shared by every caller and cached once it succeeds. A caller's abort
 * signal only detaches that caller; the request itself is aborted when no caller is left.
 * Failures are not cached, so a retry asks again.
 */
interface Entry {
  promise: Promise<unknown>;
  controller: AbortController;
  waiting: number;
  settled: boolean;
}

export class SharedRequests {
  private readonly entries = new Map<string, Entry>();

  get(key: string, start: (signal: AbortSignal) => Promise<unknown>, signal?: AbortSignal): Promise<unknown> {
    if (signal?.aborted) return Promise.reject(signal.reason ?? abortError());
    let entry = this.entries.get(key);
    if (!entry) {
      const controller = new AbortController();
      const created: Entry = { controller, waiting: 0, settled: false, promise: Promise.resolve() };
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
    if (entry.settled || !signal) return entry.promise;
    return this.waitFor(key, entry, signal);
  }

  private waitFor(key: string, entry: Entry, signal: AbortSignal): Promise<unknown> {
    entry.waiting++;
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        entry.waiting--;
        if (entry.waiting === 0 && !entry.settled) {
          entry.controller.abort();
          if (this.entries.get(key) === entry) this.entries.delete(key);
        }
        reject(signal.reason ?? abortError());
      };
      signal.addEventListener('abort', onAbort, { once: true });
      entry.promise.then(
        (value) => {
          signal.removeEventListener('abort', onAbort);
          entry.waiting--;
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener('abort', onAbort);
          entry.waiting--;
          reject(error);
        },
      );
    });
  }
}

function abortError(): DOMException {
  return new DOMException('The load was aborted', 'AbortError');
}
