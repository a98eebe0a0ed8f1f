/** The request sharing behind every data source (plain TypeScript: tested in Node). */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SharedRequests } from '../../src/data/shared-requests.js';

/** A request that can be settled from the test, recording whether it was aborted. */
function controllable() {
  let resolve!: (value: unknown) => void;
  let reject!: (error: unknown) => void;
  const state = { started: 0, aborted: false };
  const start = (signal: AbortSignal) => {
    state.started++;
    signal.addEventListener('abort', () => {
      state.aborted = true;
      reject(signal.reason);
    });
    return new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
  };
  return { start, state, resolve: (v: unknown) => resolve(v), reject: (e: unknown) => reject(e) };
}

describe('SharedRequests', () => {
  it('starts one request for callers of the same key, and caches its result', async () => {
    const requests = new SharedRequests();
    const request = controllable();
    const a = requests.get('k', request.start, new AbortController().signal);
    const b = requests.get('k', request.start, new AbortController().signal);
    request.resolve('value');
    assert.deepEqual(await Promise.all([a, b]), ['value', 'value']);
    assert.equal(await requests.get('k', request.start), 'value');
    assert.equal(request.state.started, 1);
  });

  it('detaches a caller that aborts, and aborts the request only when no caller is left', async () => {
    const requests = new SharedRequests();
    const request = controllable();
    const first = new AbortController();
    const second = new AbortController();
    const a = requests.get('k', request.start, first.signal);
    const b = requests.get('k', request.start, second.signal);
    first.abort();
    await assert.rejects(a, { name: 'AbortError' });
    assert.equal(request.state.aborted, false, 'the other caller still waits');
    second.abort();
    await assert.rejects(b, { name: 'AbortError' });
    assert.equal(request.state.aborted, true);
    // Aborted requests are not cached: the next caller starts a new one.
    const again = controllable();
    const c = requests.get('k', again.start);
    again.resolve('fresh');
    assert.equal(await c, 'fresh');
  });

  it('never aborts a request a caller without a signal is waiting for', async () => {
    const requests = new SharedRequests();
    const request = controllable();
    const pinned = requests.get('k', request.start);
    const leaving = new AbortController();
    const other = requests.get('k', request.start, leaving.signal);
    leaving.abort();
    await assert.rejects(other, { name: 'AbortError' });
    assert.equal(request.state.aborted, false);
    request.resolve('kept');
    assert.equal(await pinned, 'kept');
  });

  it('does not cache a failure: a retry asks again', async () => {
    const requests = new SharedRequests();
    const failing = controllable();
    const a = requests.get('k', failing.start, new AbortController().signal);
    failing.reject(new Error('down'));
    await assert.rejects(a, /down/);
    const retry = controllable();
    const b = requests.get('k', retry.start);
    retry.resolve('up');
    assert.equal(await b, 'up');
    assert.equal(retry.state.started, 1);
  });

  it('rejects at once for a signal that is already aborted, starting nothing', async () => {
    const requests = new SharedRequests();
    const request = controllable();
    const controller = new AbortController();
    controller.abort();
    await assert.rejects(requests.get('k', request.start, controller.signal), { name: 'AbortError' });
    assert.equal(request.state.started, 0);
  });
});
