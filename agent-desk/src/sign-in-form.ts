import { LitElement, html, css } from 'lit';
import { SignInEvent } from './sign-in-event.ts';

/**
 * Sign-in form for the agent token (when the desk was opened without `#token=…`).
 *
 * @fires clearline-desk-sign-in - SignInEvent with the token and the agent's display name
 * @csspart form - the form
 */
export class DeskSignInForm extends LitElement {
  static override properties = { error: { type: String } };
  error = '';

  static override styles = css`
    :host { display: grid; place-items: center; height: 100%; }
    form { background: #fff; padding: 24px 28px; border-radius: 10px; box-shadow: 0 2px 12px rgb(0 0 0 / 0.08); display: grid; gap: 12px; width: min(360px, 90vw); }
    h1 { font-size: 1.2rem; margin: 0 0 4px; }
    label { display: grid; gap: 4px; font-size: 0.9rem; }
    input { font: inherit; padding: 8px; border: 1px solid #b8bfcc; border-radius: 6px; }
    input:focus-visible, button:focus-visible { outline: 2px solid #1f5fd6; outline-offset: 2px; }
    button { font: inherit; padding: 8px 12px; border: 0; border-radius: 6px; background: #1f5fd6; color: #fff; cursor: pointer; }
    .error { color: #a31b1b; margin: 0; }
  `;

  private submit(e: SubmitEvent): void {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const token = String(data.get('token') ?? '').trim();
    const name = String(data.get('name') ?? '').trim() || 'Agent';
    if (!token) {
      this.error = 'Enter the agent token printed by the server.';
      return;
    }
    this.dispatchEvent(new SignInEvent(token, name.slice(0, 64)));
  }

  override render() {
    return html`<form part="form" @submit=${this.submit} aria-labelledby="title">
      <h1 id="title">Clearline agent desk</h1>
      <label>Agent token <input name="token" type="password" autocomplete="off" required autofocus /></label>
      <label>Your name, shown to customers <input name="name" maxlength="64" autocomplete="nickname" /></label>
      ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : null}
      <button type="submit">Sign in</button>
    </form>`;
  }
}
customElements.define('clearline-desk-sign-in', DeskSignInForm);
