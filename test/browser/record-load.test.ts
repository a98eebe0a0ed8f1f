import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { RecordLoad } from '../../src/components/shared/record-load.js';

/** A load the test answers by hand, remembering the signal it was given. */
interface Call {
  key: string;
  signal: AbortSignal;
  resolve: (value: string) => void;
  reject: (error: unknown) => void;
}

class LoadHost extends LitElement {
  static override properties = { key: {} };
  key = 'a';
  calls: Call[] = [];
  errors: unknown[] = [];
  throwSynchronously = false;
  readonly data = new RecordLoad(this, {
    args: () => [this.key] as const,
    load: ([key], signal) => {
      if (this.throwSynchronously) throw new Error(`cannot load ${key}`);
      return new Promise<string>((resolve, reject) => this.calls.push({ key, signal, resolve, reject }));
    },
    onError: (error) => this.errors.push(error),
  });
  protected override render() {
    return html`${this.data.status}:${this.data.value ?? ''}`;
  }
}
customElements.define('record-load-host', LoadHost);

const flush = async (host: LoadHost) => {
  await new Promise((resolve) => setTimeout(resolve));
  await host.updateComplete;
};

describe('RecordLoad (how a widget loads its record)', () => {
  it('loads on first render and shows the value', async () => {
    const host = await fixture<LoadHost>(html`<record-load-host></record-load-host>`);
    expect(host.data.status).to.equal('loading');
    expect(host.data.pending).to.equal(true);
    host.calls[0]!.resolve('A');
    await flush(host);
    expect(host.shadowRoot!.textContent).to.equal('ready:A');
    expect(host.data.pending).to.equal(false);
  });

  it('aborts the old load when the arguments change, and drops its late result', async () => {
    const host = await fixture<LoadHost>(html`<record-load-host></record-load-host>`);
    host.key = 'b';
    await host.updateComplete;
    expect(host.calls.map((c) => c.key)).to.deep.equal(['a', 'b']);
    expect(host.calls[0]!.signal.aborted, 'the replaced load is aborted').to.equal(true);
    host.calls[1]!.resolve('B');
    host.calls[0]!.resolve('stale A');
    await flush(host);
    expect(host.shadowRoot!.textContent).to.equal('ready:B');
  });

  it('does not load again for an update that leaves the arguments as they were', async () => {
    const host = await fixture<LoadHost>(html`<record-load-host></record-load-host>`);
    host.requestUpdate();
    await host.updateComplete;
    host.key = 'a';
    await host.updateComplete;
    expect(host.calls).to.have.length(1);
  });

  it('turns a rejected load into the failed state, reporting it once', async () => {
    const host = await fixture<LoadHost>(html`<record-load-host></record-load-host>`);
    const problem = new Error('offline');
    host.calls[0]!.reject(problem);
    await flush(host);
    expect(host.data.status).to.equal('failed');
    expect(host.data.error).to.equal(problem);
    expect(host.errors).to.deep.equal([problem]);
  });

  it('turns a load that throws synchronously into the failed state, not an exception in the host page', async () => {
    const host = document.createElement('record-load-host') as LoadHost;
    host.throwSynchronously = true;
    document.body.append(host);
    try {
      await flush(host);
      expect(host.data.status).to.equal('failed');
      expect((host.data.error as Error).message).to.equal('cannot load a');
      expect(host.errors).to.have.length(1);
    } finally {
      host.remove();
    }
  });

  it('after abort(), stays loading and ignores the aborted result; run() loads again', async () => {
    const host = await fixture<LoadHost>(html`<record-load-host></record-load-host>`);
    host.data.abort();
    expect(host.calls[0]!.signal.aborted).to.equal(true);
    host.calls[0]!.reject(new DOMException('aborted', 'AbortError'));
    await flush(host);
    expect(host.data.status).to.equal('loading');
    expect(host.errors, 'an abort is not an error').to.deep.equal([]);
    host.data.run();
    host.calls[1]!.resolve('A again');
    await flush(host);
    expect(host.shadowRoot!.textContent).to.equal('ready:A again');
  });

  it('retries after a failure with the same arguments', async () => {
    const host = await fixture<LoadHost>(html`<record-load-host></record-load-host>`);
    host.calls[0]!.reject(new Error('offline'));
    await flush(host);
    host.data.run();
    await host.updateComplete;
    expect(host.shadowRoot!.textContent, 'loading again, the error cleared').to.equal('loading:');
    host.calls[1]!.resolve('A');
    await flush(host);
    expect(host.shadowRoot!.textContent).to.equal('ready:A');
  });
});
