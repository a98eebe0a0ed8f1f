// The floor of the size benchmark: the smallest useful Lit element, bundled with Lit.
import { html, LitElement } from 'lit';

class MinimalElement extends LitElement {
  static override properties = { name: {} };
  declare name: string;
  override render() {
    return html`<p>${this.name}</p>`;
  }
}
customElements.define('minimal-element', MinimalElement);
