// The second floor of the size benchmark: the smallest Lit element that can take data from a
// provider (one @lit/context consumer), bundled with Lit. Every widget needs at least this.
import { ContextConsumer, createContext } from '@lit/context';
import { html, LitElement } from 'lit';

const dataContext = createContext<{ name: string } | undefined>('floor:data');

class MinimalConsumer extends LitElement {
  private readonly data = new ContextConsumer(this, { context: dataContext, subscribe: true });
  override render() {
    return html`<p>${this.data.value?.name}</p>`;
  }
}
customElements.define('minimal-consumer', MinimalConsumer);
