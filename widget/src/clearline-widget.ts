import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { parseEmbedConfig, isRtl, DEFAULTS, type EmbedConfig } from './config.ts';
import { resolveAssetUrls } from './assets.ts';
import { LAUNCHER_STRINGS } from './launcher-strings.ts';
import { ClearlineOpenedEvent } from './events/clearline-opened-event.ts';
import { ClearlineClosedEvent } from './events/clearline-closed-event.ts';
import { ClearlineMessageSentEvent } from './events/clearline-message-sent-event.ts';
import { ClearlineHandoffEvent } from './events/clearline-handoff-event.ts';
import { ClearlineErrorEvent, type ClearlineErrorDetail } from './events/clearline-error-event.ts';
import type { PanelElement, PanelModule, PanelNotice } from './panel-contract.ts';
import type { RulesBundle } from '../../core/rules/types.ts';

/**
 * `<clearline-widget>`: Clearline's support chat. Renders only the launcher button until the customer
 * opens the chat (or the page is idle); the panel, the worker, onnxruntime and the model load lazily
 * from the widget's own asset folder.
 *
 * @fires clearline-opened - the panel opened (`ClearlineOpenedEvent`)
 * @fires clearline-closed - the panel closed (`ClearlineClosedEvent`)
 * @fires clearline-message-sent - the customer sent a message; detail `{ id, turn, to }`, never the text
 * @fires clearline-handoff - the conversation went to a person; detail `{ reference, queue, reason }`
 * @fires clearline-error - something failed and a safe default applies; detail `{ code, message }`
 *
 * @csspart launcher - the round launcher button
 * @csspart launcher-icon - the icon inside it
 * @csspart panel - the chat panel (inside it: `header`, `transcript`, `message`, `message-customer`,
 *   `message-assistant`, `message-person`, `composer`, `input`, `send`, `pii-mark`, `action`, `disclosure`)
 *
 * @cssproperty [--clearline-accent=#0b5cad] - brand colour of the launcher, buttons and customer bubbles
 * @cssproperty [--clearline-accent-contrast=#ffffff] - text on the accent colour
 * @cssproperty [--clearline-surface=#ffffff] - panel background (dark theme: #1c1e22)
 * @cssproperty [--clearline-text=#1b1c1f] - text colour (dark theme: #f1f2f4)
 * @cssproperty [--clearline-muted=#5a5f69] - secondary text (dark theme: #b7bcc6)
 * @cssproperty [--clearline-border=#d5d8de] - borders (dark theme: #3a3e46)
 * @cssproperty [--clearline-pii-highlight=#ffe08a] - background of personal details detected while typing
 * @cssproperty [--clearline-font=system-ui, sans-serif] - font family
 * @cssproperty [--clearline-radius=14px] - corner radius of the panel
 * @cssproperty [--clearline-offset=20px] - distance of the launcher from the viewport edges
 * @cssproperty [--clearline-z-index=2147483000] - stacking order of the widget
 * @cssproperty [--clearline-panel-width=380px] - panel width on wide viewports
 * @cssproperty [--clearline-panel-height=600px] - panel height on wide viewports (at most the viewport)
 */
export class ClearlineWidget extends LitElement {
  static override properties = {
    rulesUrl: { type: String, attribute: 'rules-url' },
    rulesKey: { type: String, attribute: 'rules-key' },
    handoffUrl: { type: String, attribute: 'handoff-url' },
    locale: { type: String },
    position: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    context: { attribute: 'context' },
    cspNonce: { type: String, attribute: 'nonce' },
    assetBase: { type: String, attribute: 'asset-base' },
    preview: { type: Boolean, reflect: true },
    open: { type: Boolean, reflect: true },
    rules: { attribute: false },
    panelState: { state: true },
  };

  static override styles = css`
    :host {
      all: initial;
      --_accent: var(--clearline-accent, #0b5cad);
      --_on-accent: var(--clearline-accent-contrast, #ffffff);
      --_offset: var(--clearline-offset, 20px);
      position: fixed;
      inset-block-end: var(--_offset);
      inset-inline-end: var(--_offset);
      z-index: var(--clearline-z-index, 2147483000);
      display: block;
      font-family: var(--clearline-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    }
    :host([position='bottom-left']) { inset-inline-end: auto; inset-inline-start: var(--_offset); }
    :host([hidden]) { display: none; }
    :host([data-theme='dark']) {
      --_theme-surface: #1c1e22; --_theme-text: #f1f2f4; --_theme-muted: #b7bcc6; --_theme-border: #3a3e46; --_theme-soft: #2a2d33;
    }
    @media (prefers-color-scheme: dark) {
      :host([data-theme='auto']) {
        --_theme-surface: #1c1e22; --_theme-text: #f1f2f4; --_theme-muted: #b7bcc6; --_theme-border: #3a3e46; --_theme-soft: #2a2d33;
      }
    }
    .launcher {
      box-sizing: border-box;
      inline-size: 60px; block-size: 60px; min-inline-size: 44px; min-block-size: 44px;
      border-radius: 50%;
      border: 2px solid var(--_on-accent);
      background: var(--_accent);
      color: var(--_on-accent);
      box-shadow: 0 4px 16px rgb(0 0 0 / 0.28);
      cursor: pointer;
      display: grid; place-items: center;
      padding: 0;
      transition: transform 0.15s ease;
    }
    .launcher:hover { transform: scale(1.05); }
    .launcher:focus-visible { outline: 3px solid var(--_accent); outline-offset: 3px; }
    .launcher svg { inline-size: 28px; block-size: 28px; }
    :host([open]) .launcher.narrow-hide { display: none; }
    .status { position: absolute; inset-block-end: 70px; inset-inline-end: 0; inline-size: max-content; max-inline-size: 260px;
      background: #1b1c1f; color: #fff; padding: 8px 12px; border-radius: 8px; font-size: 14px; line-height: 1.4; }
    .sr { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    @media (max-width: ${DEFAULTS.narrowViewportPx - 0.02}px) {
      :host([open]) .launcher { display: none; }
    }
    @media (prefers-reduced-motion: reduce) {
      .launcher { transition: none; }
      .launcher:hover { transform: none; }
    }
  `;

  rulesUrl: string | null = null;
  rulesKey: string | null = null;
  handoffUrl: string | null = null;
  locale: string | null = null;
  position: string | null = null;
  theme: string | null = null;
  context: string | Record<string, unknown> | null = null;
  /** CSP nonce (attribute `nonce`), used only for the style fallback of browsers without constructable stylesheets. */
  cspNonce: string | null = null;
  assetBase: string | null = null;
  preview = false;
  open = false;
  /** An already-compiled rules bundle (the studio's live preview); wins over `rules-url`. */
  rules: RulesBundle | null = null;
  panelState: 'idle' | 'loading' | 'ready' | 'failed' = 'idle';

  /** Attribute names used in error messages (the launcher sets the `data-*` names of the script tag). */
  attributeNames: Partial<Record<string, string>> = {};

  private panel: PanelElement | null = null;
  private panelPromise: Promise<PanelElement | null> | null = null;
  private resolved: EmbedConfig | null = null;
  private reported = new Set<string>();
  /** The open state the panel last acted on. */
  private shownOpen = false;

  /** The validated configuration in effect (attributes parsed, safe defaults applied). */
  get config(): EmbedConfig {
    if (!this.resolved) this.resolved = this.resolve();
    return this.resolved;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const configKeys = ['rulesUrl', 'rulesKey', 'handoffUrl', 'locale', 'position', 'theme', 'context', 'cspNonce'] as const;
    if (!this.resolved || configKeys.some((k) => changed.has(k))) {
      const before = this.resolved;
      this.resolved = this.resolve();
      if (this.panel && before) {
        if (before.context !== this.resolved.context) this.panel.setContext(this.resolved.context);
        if (before.locale !== this.resolved.locale) this.panel.setLocale(this.resolved.locale);
      }
    }
    if (changed.has('rules') && this.panel) this.panel.setRules(this.rules);
    if (this.open !== this.shownOpen) {
      this.shownOpen = this.open;
      void this.openChanged();
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('lang', this.config.locale);
    this.setAttribute('dir', isRtl(this.config.locale) ? 'rtl' : 'ltr');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.panel?.dispose();
    this.panel = null;
    this.panelPromise = null;
    this.panelState = 'idle';
    this.shownOpen = false;
    this.open = false;
  }

  override updated(): void {
    this.setAttribute('data-theme', this.config.theme);
    this.setAttribute('lang', this.config.locale);
    this.setAttribute('dir', isRtl(this.config.locale) ? 'rtl' : 'ltr');
  }

  override render() {
    const s = LAUNCHER_STRINGS[this.config.locale] ?? LAUNCHER_STRINGS.en!;
    return html`
      <button class="launcher" part="launcher" type="button" aria-expanded=${this.open ? 'true' : 'false'}
        aria-label=${this.open ? s.close : s.open} @click=${() => this.togglePanel()}>
        ${this.open
          ? html`<svg part="launcher-icon" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M18.3 5.7a1 1 0 0 0-1.4 0L12 10.6 7.1 5.7a1 1 0 0 0-1.4 1.4l4.9 4.9-4.9 4.9a1 1 0 1 0 1.4 1.4l4.9-4.9 4.9 4.9a1 1 0 0 0 1.4-1.4L13.4 12l4.9-4.9a1 1 0 0 0 0-1.4z"/></svg>`
          : html`<svg part="launcher-icon" viewBox="0 0 24 24" aria-hidden="true"><path fill="currentColor" d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2zm3 6.5a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01zm5 0a1.5 1.5 0 1 0 0 .01z"/></svg>`}
      </button>
      ${this.panelState === 'loading' && this.open ? html`<div class="status" role="status">${s.loading}</div>` : nothing}
      ${this.panelState === 'failed' && this.open ? html`<div class="status" role="alert">${s.failed}</div>` : nothing}
      ${this.panel ?? nothing}
    `;
  }

  /** Opens the chat panel (loads it on first use) and moves focus into it. */
  openPanel(): void {
    this.open = true;
  }

  /** Closes the panel and returns focus to the launcher. */
  closePanel(): void {
    this.open = false;
  }

  togglePanel(): void {
    this.open = !this.open;
  }

  /** Replaces the page context passed to the rules (`page.*` conditions). */
  setContext(context: Record<string, unknown> | string): void {
    this.context = context;
  }

  setLocale(locale: string): void {
    this.locale = locale;
  }

  /**
   * Deletes every local trace of the conversation (memory, sessionStorage, the placeholder map) and asks
   * the server to erase its scrubbed copy. Works whether or not the panel was ever opened.
   */
  async deleteData(): Promise<void> {
    const panel = this.panel ?? (await this.loadPanel());
    await panel?.deleteData();
    try {
      sessionStorage.removeItem(DEFAULTS.storageKey);
    } catch {
      /* storage unavailable: nothing stored */
    }
  }

  /** Fetches the panel code without opening it (used when the page is idle). */
  prefetch(): Promise<unknown> {
    const assets = resolveAssetUrls(this.assetBase);
    return import(/* @vite-ignore */ assets.panelModule).catch(() => undefined);
  }

  private resolve(): EmbedConfig {
    const pageLang = document.documentElement.lang || null;
    const { config, problems } = parseEmbedConfig(
      {
        rules: this.rulesUrl, rulesKey: this.rulesKey, handoff: this.handoffUrl, locale: this.locale,
        position: this.position, theme: this.theme, context: this.context, nonce: this.cspNonce,
      },
      document.baseURI,
      pageLang,
      this.attributeNames,
    );
    for (const problem of problems) this.reportOnce({ code: 'invalid-attribute', message: problem });
    if (config.nonce) (globalThis as { litNonce?: string }).litNonce = config.nonce;
    return config;
  }

  private reportOnce(detail: ClearlineErrorDetail): void {
    const key = `${detail.code}:${detail.message}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    console.error(`Clearline: ${detail.message}`);
    queueMicrotask(() => this.dispatchEvent(new ClearlineErrorEvent(detail)));
  }

  private async openChanged(): Promise<void> {
    if (this.open) {
      this.dispatchEvent(new ClearlineOpenedEvent());
      const panel = await this.loadPanel();
      if (!panel || !this.open) return;
      panel.hidden = false;
      await this.updateComplete;
      panel.focusFirst();
    } else {
      if (this.panel) this.panel.hidden = true;
      this.dispatchEvent(new ClearlineClosedEvent());
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLButtonElement>('.launcher')?.focus();
    }
  }

  private loadPanel(): Promise<PanelElement | null> {
    this.panelPromise ??= (async () => {
      this.panelState = 'loading';
      try {
        const assets = resolveAssetUrls(this.assetBase);
        const module = (await import(/* @vite-ignore */ assets.panelModule)) as PanelModule;
        const tag = module.definePanel();
        const panel = document.createElement(tag) as PanelElement;
        panel.hidden = !this.open;
        panel.options = {
          config: this.config,
          assets,
          rules: this.rules,
          preview: this.preview,
          host: {
            notify: (notice) => this.relay(notice),
            requestClose: () => this.closePanel(),
          },
        };
        this.panel = panel;
        this.panelState = 'ready';
        return panel;
      } catch (error) {
        this.panelState = 'failed';
        this.panelPromise = null;
        this.reportOnce({ code: 'panel-load-failed', message: `the chat panel could not be loaded (${(error as Error).message}).` });
        return null;
      }
    })();
    return this.panelPromise;
  }

  private relay(notice: PanelNotice): void {
    if (notice.type === 'message-sent') this.dispatchEvent(new ClearlineMessageSentEvent(notice.detail));
    else if (notice.type === 'handoff') this.dispatchEvent(new ClearlineHandoffEvent(notice.detail));
    else {
      console.error(`Clearline: ${notice.detail.message}`);
      this.dispatchEvent(new ClearlineErrorEvent(notice.detail));
    }
  }
}

/** Registers `<clearline-widget>` once; safe to call from several bundles. */
export function defineClearlineWidget(tag = 'clearline-widget'): void {
  if (!customElements.get(tag)) customElements.define(tag, ClearlineWidget);
}

declare global {
  interface HTMLElementTagNameMap {
    'clearline-widget': ClearlineWidget;
  }
}
