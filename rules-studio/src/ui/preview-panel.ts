/**
 * `<clearline-preview-panel>`: the real `<clearline-widget>` (production script) rendered with the
 * draft bundle in a desktop frame and a phone frame, in the chosen locale of the file, refreshed within
 * a second of every successful compile.
 */
import { LitElement, html, nothing } from 'lit';
import type { ClearlineStudio } from './studio-shell.ts';
import { StudioCompiledEvent } from './studio-compiled-event.ts';
import { PREVIEW_MESSAGE, type PreviewMessage } from '../preview/preview-protocol.ts';
import { STUDIO_CONFIG } from '../studio-config.ts';

const FRAMES = Object.freeze([
  { id: 'desktop', label: 'Desktop', width: 1024, height: 640, scale: 0.42 },
  { id: 'phone', label: 'Phone', width: 375, height: 700, scale: 0.5 },
] as const);

export class ClearlinePreviewPanel extends LitElement {
  static override properties = {
    studio: { attribute: false }, active: { type: Boolean }, locale: { state: true }, shown: { state: true }, updatedAt: { state: true },
  };

  studio!: ClearlineStudio;
  active = false;
  locale = '';
  /** Frames are created the first time the tab opens, then kept so updates are instant. */
  shown = false;
  updatedAt = 0;
  #seq = 0;
  #timer = 0;
  #onCompiled = () => this.#schedule();
  #onMessage = (event: MessageEvent) => {
    if (event.origin !== location.origin) return;
    const data = event.data as { type?: string; seq?: number } | null;
    if (data?.type === 'clearline-studio-preview-ready') this.#post();
    if (data?.type === 'clearline-studio-preview-ack' && data.seq === this.#seq) this.updatedAt = Date.now();
  };

  protected override createRenderRoot() { return this; }

  override connectedCallback(): void {
    super.connectedCallback();
    this.studio.addEventListener(StudioCompiledEvent.type, this.#onCompiled);
    window.addEventListener('message', this.#onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
    this.studio.removeEventListener(StudioCompiledEvent.type, this.#onCompiled);
    window.removeEventListener('message', this.#onMessage);
    this.shown = false;
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('active') && this.active) this.shown = true;
  }

  protected override updated(changed: Map<string, unknown>): void {
    if (changed.has('shown') || changed.has('locale')) this.#post();
  }

  /** The sequence number of the last update posted to the frames. */
  get sequence(): number { return this.#seq; }

  #schedule(): void {
    clearTimeout(this.#timer);
    this.#timer = window.setTimeout(() => this.#post(), STUDIO_CONFIG.previewDebounceMs);
  }

  #currentLocale(): string {
    const bundle = this.studio.bundle;
    if (!bundle) return this.locale || 'en';
    return bundle.locales.includes(this.locale) ? this.locale : bundle.defaultLocale;
  }

  #post(): void {
    const bundle = this.studio.bundle;
    if (!bundle || !this.shown) return;
    const message: PreviewMessage = { type: PREVIEW_MESSAGE, bundle, locale: this.#currentLocale(), seq: ++this.#seq };
    for (const frame of this.querySelectorAll<HTMLIFrameElement>('iframe.preview-frame')) {
      frame.contentWindow?.postMessage(message, location.origin);
    }
  }

  override render() {
    const bundle = this.studio?.bundle;
    const locales = bundle?.locales ?? [];
    const current = this.#currentLocale();
    return html`
      <div class="row preview-controls" role="group" aria-label="Preview language">
        ${locales.map((l) => html`<button type="button" class="locale-button" aria-pressed=${l === current ? 'true' : 'false'} @click=${() => { this.locale = l; }}>${l}</button>`)}
        <span class="note" role="status">${!bundle ? 'Fix the errors to refresh the preview.' : this.updatedAt ? `Updated ${new Date(this.updatedAt).toLocaleTimeString()}` : ''}</span>
      </div>
      ${this.shown ? html`<div class="frames">
        ${FRAMES.map((f) => html`<figure class="device ${f.id}" style="width:${Math.round(f.width * f.scale)}px;height:${Math.round(f.height * f.scale)}px">
          <iframe class="preview-frame" data-frame=${f.id} title="${f.label} preview of the widget (${current})"
            src="preview.html"
            style="width:${f.width}px;height:${f.height}px;transform:scale(${f.scale})"></iframe>
          <figcaption>${f.label} · ${f.width}px</figcaption>
        </figure>`)}
      </div>` : nothing}`;
  }
}

customElements.define('clearline-preview-panel', ClearlinePreviewPanel);
