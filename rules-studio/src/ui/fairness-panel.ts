/** `<clearline-fairness-panel>`: placeholder replaced once the audit set lands (not committed). */
import { LitElement, html } from 'lit';
export class ClearlineFairnessPanel extends LitElement {
  static override properties = { studio: { attribute: false }, host: { attribute: false } };
  studio: unknown;
  host: unknown;
  protected override createRenderRoot() { return this; }
  override render() { return html`<p>Fairness audit not available yet.</p>`; }
}
customElements.define('clearline-fairness-panel', ClearlineFairnessPanel);
