// The named peer for the launcher size: Lit alone, with one empty element, built the same way (IIFE, minified).
import { LitElement, html, css } from 'lit';

class PeerElement extends LitElement {
  static override styles = css`:host { display: block; }`;
  override render() {
    return html`<button>peer</button>`;
  }
}
customElements.define('peer-element', PeerElement);
