import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { panelStyles } from './panel-styles.ts';
import { renderTokens } from './render-tokens.ts';
import { highlightSegments } from './highlight.ts';
import { WorkerHost } from './worker-host.ts';
import { Conversation, type ConversationView } from '../conversation/conversation.ts';
import { TranscriptStore } from '../conversation/transcript-store.ts';
import type { ChatMessage } from '../conversation/chat-message.ts';
import { HandoffClient } from '../handoff/handoff-client.ts';
import { DEFAULTS, capabilities, isRtl } from '../config.ts';
import { ENTITY_NAMES, confidenceWords, daysPhrase, format, uiStrings, type UiStrings } from '../i18n/strings.ts';
import type { PanelElement, PanelOptions } from '../panel-contract.ts';
import type { InitOptions, PreviewResult, RulesInput } from '../worker/protocol.ts';
import type { RulesBundle } from '../../../core/rules/types.ts';

/**
 * `<clearline-panel>`: the chat panel inside `<clearline-widget>` (loaded lazily; not used on its own).
 * Parts and custom properties are documented on `<clearline-widget>`.
 */
export class ClearlinePanel extends LitElement implements PanelElement {
  static override properties = {
    options: { attribute: false },
    view: { state: true },
    draft: { state: true },
    draftPreview: { state: true },
    confirmingDelete: { state: true },
    disagreeFor: { state: true },
    locale: { state: true },
  };

  static override styles = panelStyles;

  options: PanelOptions | null = null;
  view: ConversationView | null = null;
  draft = '';
  draftPreview: PreviewResult | null = null;
  confirmingDelete = false;
  disagreeFor: string | null = null;
  locale = 'en';

  private conversation: Conversation | null = null;
  private host$: WorkerHost | null = null;
  private handoff: HandoffClient | null = null;
  private context: Readonly<Record<string, string>> = {};
  private rulesInput: RulesInput | null = null;
  private previewTimer: ReturnType<typeof setTimeout> | undefined;
  private previewSeq = 0;
  private started = false;
  private cleanup: (() => void)[] = [];

  private get s(): Readonly<UiStrings> {
    return uiStrings(this.locale);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.options && !this.started) void this.begin();
    this.watchViewport();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const stop of this.cleanup.splice(0)) stop();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('options') && this.options && !this.started && this.isConnected) void this.begin();
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('view')) {
      const log = this.renderRoot.querySelector('.transcript');
      if (log) log.scrollTop = log.scrollHeight;
    }
  }

  focusFirst(): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLTextAreaElement>('textarea.input')?.focus());
  }

  setContext(context: Readonly<Record<string, string>>): void {
    this.context = context;
  }

  setLocale(locale: string): void {
    this.locale = locale;
    this.setAttribute('lang', locale);
    this.setAttribute('dir', isRtl(locale) ? 'rtl' : 'ltr');
    if (this.conversation && this.host$) void this.conversation.refreshRules(this.host$.call((api) => api.setLocale(locale)));
  }

  setRules(rules: RulesBundle | null): void {
    if (!rules) return;
    this.rulesInput = { bundle: rules };
    if (this.conversation && this.host$) {
      const input = this.rulesInput;
      void this.conversation.refreshRules(this.host$.call((api) => api.setRules(input, this.locale)));
    }
  }

  async deleteData(): Promise<void> {
    if (!this.started) await this.begin();
    await this.conversation?.deleteAll();
    this.draft = '';
    this.draftPreview = null;
  }

  dispose(): void {
    this.conversation?.dispose();
    this.handoff?.dispose();
    this.host$?.dispose();
    this.conversation = null;
    this.handoff = null;
    this.host$ = null;
    this.started = false;
  }

  private async begin(): Promise<void> {
    if (this.started || !this.options) return;
    this.started = true;
    const o = this.options;
    this.locale = o.config.locale;
    this.context = o.config.context;
    this.setAttribute('lang', this.locale);
    this.setAttribute('dir', isRtl(this.locale) ? 'rtl' : 'ltr');
    this.setAttribute('position', o.config.position);
    // The conversation exists at once (the customer can type immediately); the worker waits for the rules.
    const rulesReady = (o.rules ? Promise.resolve<RulesInput>({ bundle: o.rules }) : this.fetchRules(o.config.rulesUrl, o.config.rulesKey))
      .then((rules) => { this.rulesInput ??= rules; });
    const host = new WorkerHost({
      workerUrl: o.assets.workerModule,
      initOptions: async (): Promise<InitOptions> => {
        await rulesReady;
        return {
          locale: this.locale,
          rules: this.rulesInput,
          modelBaseUrl: o.assets.modelBaseUrl,
          wasmBaseUrl: o.assets.wasmBaseUrl,
          replay: this.conversation?.replayTexts() ?? [],
        };
      },
      callTimeoutMs: DEFAULTS.workerCallTimeoutMs,
      restartLimit: DEFAULTS.workerRestartLimit,
      onRestart: (init) => this.conversation?.workerRestarted(init),
      onUnavailable: (reason) => o.host.notify({ type: 'error', detail: { code: 'worker-unavailable', message: `the assistant stopped: ${reason}.` } }),
    });
    this.host$ = host;
    if (o.config.handoffUrl && !o.preview) {
      try {
        this.handoff = new HandoffClient({ baseUrl: o.config.handoffUrl, storage: capabilities().sessionStorage ? sessionStorage : null });
      } catch (error) {
        o.host.notify({ type: 'error', detail: { code: 'handoff-failed', message: (error as Error).message } });
      }
    }
    this.conversation = new Conversation({
      worker: host,
      handoff: this.handoff,
      store: o.preview || !capabilities().sessionStorage ? null : TranscriptStore.sessionStorage(DEFAULTS.storageKey),
      strings: () => this.s,
      locale: () => this.locale,
      page: () => this.context,
      notify: (notice) => o.host.notify(notice),
      maxMessageChars: DEFAULTS.maxMessageChars,
      defaultRetentionDays: DEFAULTS.retentionDays,
    });
    this.cleanup.push(this.conversation.subscribe((view) => { this.view = view; }));
    await this.conversation.start();
  }

  /** Fetches the signed bundle and its detached signature; any failure → null (safe default, reported). */
  private async fetchRules(url: string | null, key: string | null): Promise<RulesInput | null> {
    if (!url) return null;
    const get = async (u: string) => {
      const res = await fetch(u, { credentials: 'omit', cache: 'no-cache', referrerPolicy: 'no-referrer' });
      if (!res.ok) throw new Error(`${u} answered ${res.status}`);
      return res.text();
    };
    try {
      const [json, signature] = await Promise.all([get(url), get(`${url}${DEFAULTS.signatureSuffix}`).catch(() => null)]);
      return { json, signature: signature?.trim() ?? null, publicKey: key };
    } catch (error) {
      this.options?.host.notify({ type: 'error', detail: { code: 'rules-unavailable', message: `the rules could not be loaded (${(error as Error).message}); the safe default applies.` } });
      return null;
    }
  }

  private watchViewport(): void {
    const vv = globalThis.visualViewport;
    if (!vv) return;
    const apply = () => {
      const panel = this.renderRoot?.querySelector<HTMLElement>('.panel');
      if (!panel) return;
      panel.style.setProperty('--_vvh', `${Math.round(vv.height)}px`);
      panel.style.setProperty('--_vvtop', `${Math.round(vv.offsetTop)}px`);
    };
    vv.addEventListener('resize', apply);
    vv.addEventListener('scroll', apply);
    this.cleanup.push(() => {
      vv.removeEventListener('resize', apply);
      vv.removeEventListener('scroll', apply);
    });
    void this.updateComplete.then(apply);
  }

  // ---- events ----

  private onInput(event: Event): void {
    this.draft = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.previewTimer);
    const seq = ++this.previewSeq;
    const draft = this.draft;
    this.previewTimer = setTimeout(async () => {
      const result = await this.conversation?.preview(draft);
      if (seq === this.previewSeq) this.draftPreview = result ?? null;
    }, DEFAULTS.previewDebounceMs);
  }

  private syncScroll(event: Event): void {
    const mirror = this.renderRoot.querySelector<HTMLElement>('.mirror');
    if (mirror) mirror.scrollTop = (event.target as HTMLElement).scrollTop;
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      void this.submit();
    }
  }

  private onPanelKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      event.stopPropagation();
      if (this.confirmingDelete) this.confirmingDelete = false;
      else this.options?.host.requestClose();
    }
  }

  private async submit(event?: Event): Promise<void> {
    event?.preventDefault();
    const text = this.draft;
    if (!text.trim() || !this.conversation) return;
    this.previewSeq++;
    const sent = await this.conversation.send(text);
    if (sent && this.draft === text) {
      this.draft = '';
      this.draftPreview = null;
    }
  }

  private async confirmDelete(): Promise<void> {
    this.confirmingDelete = false;
    await this.deleteData();
    this.focusFirst();
  }

  // ---- rendering ----

  override render() {
    const s = this.s;
    const v = this.view;
    const withPerson = v?.withPerson ?? false;
    return html`
      <section class="panel" part="panel" role="dialog" aria-modal="false" aria-labelledby="cl-title" aria-describedby="cl-badge" @keydown=${this.onPanelKeyDown}>
        <header part="header">
          <div class="titles">
            <h2 id="cl-title">${s.title}${this.options?.preview ? html` · ${s.preview}` : nothing}</h2>
            <span class="badge" id="cl-badge">${withPerson ? s.withPerson : s.automated}</span>
            ${v?.reference ? html`<span class="ref">${format(s.caseReference, { reference: v.reference })}</span>` : nothing}
          </div>
          <button type="button" class="close" aria-label=${s.close} @click=${() => this.options?.host.requestClose()}>
            <span aria-hidden="true">×</span>
          </button>
        </header>
        <div class="toolbar" role="group" aria-label=${s.more}>
          <button type="button" class="talk" part="action" ?disabled=${withPerson && !!v?.reference}
            @click=${() => this.conversation?.talkToPerson()}>${s.talkToPerson}</button>
          <button type="button" class="ai" part="action" aria-pressed=${v?.optedOut ? 'true' : 'false'}
            @click=${() => this.conversation?.setOptedOut(!v?.optedOut)}>${v?.optedOut ? s.turnOnAi : s.turnOffAi}</button>
        </div>
        ${this.confirmingDelete ? html`
          <div class="confirm" role="alertdialog" aria-labelledby="cl-confirm">
            <p id="cl-confirm">${s.deleteConfirm}</p>
            <div class="row">
              <button type="button" class="danger" @click=${() => this.confirmDelete()}>${s.deleteYes}</button>
              <button type="button" @click=${() => { this.confirmingDelete = false; }}>${s.cancel}</button>
            </div>
          </div>` : nothing}
        ${this.renderBanner(v, s)}
        <div class="transcript" part="transcript" role="log" aria-live="off" aria-label=${s.transcript} tabindex="0">
          ${(v?.messages ?? []).map((m) => this.renderMessage(m, s))}
        </div>
        <p class="alert" role="alert">${v?.alert ?? ''}</p>
        ${this.renderComposer(s)}
        <div class="footer">
          <p class="retention" id="cl-retention">${format(s.retention, { days: daysPhrase(this.locale, v?.rules?.privacy.retentionDays ?? DEFAULTS.retentionDays) })}</p>
          <button type="button" class="delete" part="action" @click=${() => { this.confirmingDelete = true; }}>${s.deleteConversation}</button>
        </div>
        <div class="sr" role="status" aria-live="polite" aria-atomic="true">${v?.announcement ?? ''}</div>
      </section>
    `;
  }

  private renderBanner(v: ConversationView | null, s: Readonly<UiStrings>) {
    const lines: string[] = [];
    if (v?.optedOut) lines.push(s.aiOffStatus);
    else if (v?.modelStatus === 'loading' && !v.withPerson) lines.push(s.modelLoading);
    else if (v?.modelStatus === 'failed' && !v.withPerson) lines.push(s.modelFailed);
    if (v?.rules?.origin === 'refused') lines.push(s.rulesWarning);
    return lines.length ? html`<p class="banner">${lines.join(' ')}</p>` : nothing;
  }

  private renderComposer(s: Readonly<UiStrings>) {
    const preview = this.draftPreview;
    const entities = preview && this.draft ? preview.entities : [];
    const types = [...new Set(entities.map((e) => e.type))];
    const names = ENTITY_NAMES[this.locale] ?? ENTITY_NAMES.en!;
    return html`
      <form class="composer" part="composer" @submit=${(e: Event) => this.submit(e)}>
        <div class="field">
          <div class="mirror" aria-hidden="true">${highlightSegments(this.draft, entities).map((seg) =>
            seg.type ? html`<mark part="pii-mark" data-type=${seg.type}>${seg.text}</mark>` : seg.text)}${'\u200b'}</div>
          <label class="sr" for="cl-input">${s.inputLabel}</label>
          <textarea id="cl-input" class="input" part="input" rows="2" maxlength=${DEFAULTS.maxMessageChars}
            placeholder=${s.inputPlaceholder} .value=${this.draft} aria-describedby="cl-pii cl-retention"
            @input=${this.onInput} @keydown=${this.onKeyDown} @scroll=${this.syncScroll}></textarea>
        </div>
        <button class="send" part="send" type="submit" ?disabled=${!this.draft.trim() || (this.view?.busy ?? true)}>${s.send}</button>
        <p class="pii-note" id="cl-pii">${types.length ? format(s.piiFound, { list: types.map((t) => names[t] ?? t).join(', ') }) : ''}</p>
        <details class="agent-sees">
          <summary>${s.agentSees}</summary>
          <p class="meta">${s.agentSeesIntro}</p>
          <p class="agent-text" data-testid="agent-sees">${preview && this.draft ? preview.scrubbed : this.draft}</p>
        </details>
      </form>
    `;
  }

  private renderMessage(m: ChatMessage, s: Readonly<UiStrings>): TemplateResult {
    if (m.author === 'system') return html`<p class="msg system" data-kind=${m.kind}>${m.text}</p>`;
    const who = m.author === 'customer' ? s.you : m.author === 'person' ? (m.agent ? `${s.person} · ${m.agent}` : s.person) : s.assistant;
    const parts = `message message-${m.author}`;
    return html`
      <article class="msg ${m.author} ${m.kind}" part=${parts} data-id=${m.id} data-kind=${m.kind} aria-label=${who}>
        <p class="who">${who}</p>
        <div class="bubble">${m.tokens ? renderTokens(m.tokens) : m.text}</div>
        ${m.links?.length ? html`<ul class="links">${m.links.map((l) => html`<li><a href=${l.href} target="_blank" rel="noopener noreferrer">${l.label}</a></li>`)}</ul>` : nothing}
        ${m.author === 'customer' ? this.renderCustomerMeta(m, s) : nothing}
        ${m.options?.length ? html`<div class="row-buttons" role="group" aria-label=${s.clarify}>${m.options.map((o) =>
          html`<button type="button" class="option" @click=${() => this.conversation?.choose(o.intent, o.label)}>${o.label}</button>`)}</div>` : nothing}
        ${m.quickReplies?.length ? html`<div class="row-buttons">${m.quickReplies.map((q) =>
          html`<button type="button" class="quick" @click=${() => this.conversation?.send(q)}>${q}</button>`)}</div>` : nothing}
        ${m.why ? this.renderWhy(m, s) : nothing}
      </article>
    `;
  }

  private renderCustomerMeta(m: ChatMessage, s: Readonly<UiStrings>) {
    const state = m.delivery === 'queued' ? s.stateQueued : m.delivery === 'sending' ? s.stateSending : m.delivery === 'sent' ? s.stateSent
      : m.delivery === 'failed' ? s.stateFailed : m.delivery === 'pending-model' ? s.pending : null;
    const leftDevice = m.delivery === 'queued' || m.delivery === 'sending' || m.delivery === 'sent';
    return html`
      ${state ? html`<p class="meta delivery" data-state=${m.delivery ?? ''}>${state}</p>` : nothing}
      ${m.scrubbed !== undefined && (leftDevice || m.scrubbed !== m.text) ? html`
        <details class="agent-view">
          <summary>${leftDevice ? s.agentSeesSent : s.agentSees}</summary>
          <p class="agent-text">${m.scrubbed}</p>
        </details>` : nothing}
    `;
  }

  private renderWhy(m: ChatMessage, s: Readonly<UiStrings>) {
    const why = m.why!;
    const actionable = !m.feedback && !(this.view?.withPerson ?? false);
    return html`
      <details class="why">
        <summary>${s.why}</summary>
        <dl>
          ${why.intent ? html`<dd>${format(s.whyIntent, { intent: why.intent.replace(/_/g, ' ') })}</dd>` : nothing}
          ${why.confidence !== null ? html`<dd>${format(s.whyConfidence, { words: confidenceWords(s, why.confidence), percent: Math.min(99, Math.round(why.confidence * 100)) })}</dd>` : nothing}
          <dd>${why.rule ? format(s.whyRule, { rule: why.rule }) : s.whyNoRule}</dd>
          ${why.explanation ? html`<dd>${format(s.whyExplanation, { text: why.explanation })}</dd>` : nothing}
        </dl>
      </details>
      ${actionable ? html`
        <div class="row-buttons">
          <button type="button" class="unhelpful" @click=${() => this.conversation?.markUnhelpful(m.id)}>${s.didntHelp}</button>
          <button type="button" class="disagree" aria-expanded=${this.disagreeFor === m.id ? 'true' : 'false'}
            @click=${() => { this.disagreeFor = this.disagreeFor === m.id ? null : m.id; }}>${s.disagree}</button>
        </div>` : nothing}
      ${this.disagreeFor === m.id ? html`
        <form class="disagree-form" @submit=${(e: Event) => this.submitDisagree(e, m.id)}>
          <label for="cl-why-${m.id}">${s.disagreeLabel}</label>
          <textarea id="cl-why-${m.id}" name="reason" rows="2" maxlength=${DEFAULTS.maxMessageChars}></textarea>
          <button type="submit">${s.disagreeSubmit}</button>
        </form>` : nothing}
    `;
  }

  private async submitDisagree(event: Event, id: string): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const reason = (form.elements.namedItem('reason') as HTMLTextAreaElement | null)?.value ?? '';
    const ok = await this.conversation?.disagree(id, reason);
    if (ok) this.disagreeFor = null;
  }
}
