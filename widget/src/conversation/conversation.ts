/**
 * One customer conversation, without UI: every message goes through the worker (scrub → classify →
 * decide), the decision is applied (answer, clarify, notice, hand off), and, once a person has taken
 * over, scrubbed text goes out through the HandoffClient and agent replies come back restored on the
 * device. The panel renders `state` and calls the methods; nothing here touches the DOM.
 */
import type { HandoffClient } from '../handoff/handoff-client.ts';
import { DeliveryChangeEvent } from '../handoff/delivery-change-event.ts';
import type { HandoffEvent } from '../../../core/handoff/index.ts';
import type { HandleResult, InitResult, ModelStatus, Result, RulesInfo, ConversationState, Decision } from '../worker/protocol.ts';
import type { WorkerHost } from '../panel/worker-host.ts';
import type { PanelNotice } from '../panel-contract.ts';
import type { HandoffReason } from '../events/clearline-handoff-event.ts';
import { format, type UiStrings } from '../i18n/strings.ts';
import type { ChatMessage, Delivery, WhyInfo } from './chat-message.ts';
import { handoffTranscript } from './handoff-transcript.ts';
import type { TranscriptStore } from './transcript-store.ts';

export type HandoffPort = Pick<HandoffClient, 'reference' | 'openCase' | 'send' | 'onAgentEvent' | 'erase' | 'dispose' | 'addEventListener' | 'removeEventListener'>;

export interface ConversationDeps {
  worker: Pick<WorkerHost, 'start' | 'call' | 'waitForModel'>;
  /** null: no handoff server configured (or preview). */
  handoff: HandoffPort | null;
  /** null: keep nothing (preview, or storage unavailable). */
  store: TranscriptStore | null;
  strings: () => Readonly<UiStrings>;
  locale: () => string;
  page: () => Readonly<Record<string, string>>;
  notify: (notice: PanelNotice) => void;
  maxMessageChars: number;
  /** Retention when the rules do not say, and the upper bound the embedder allows (days). */
  defaultRetentionDays: number;
  now?: () => number;
}

export interface ConversationView {
  messages: readonly ChatMessage[];
  optedOut: boolean;
  withPerson: boolean;
  /** A handoff is being opened (between the decision and the server's acknowledgement). */
  connecting: boolean;
  reference: string | null;
  modelStatus: ModelStatus;
  rules: RulesInfo | null;
  busy: boolean;
  /** Latest text for the polite live region. */
  announcement: string;
  /** A plain-language alert (scrub failure, worker trouble); null when all is well. */
  alert: string | null;
  unhelpfulCount: number;
  turn: number;
}

let counter = 0;
const newId = (prefix: string) => {
  const c = globalThis.crypto as Crypto | undefined;
  const random = typeof c?.randomUUID === 'function' ? c.randomUUID().slice(0, 12) : Math.random().toString(36).slice(2, 14);
  return `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}-${random}`;
};

export class Conversation {
  private view: ConversationView = {
    messages: [], optedOut: false, withPerson: false, connecting: false, reference: null, modelStatus: 'none',
    rules: null, busy: false, announcement: '', alert: null, unhelpfulCount: 0, turn: 0,
  };
  private listeners = new Set<(view: ConversationView) => void>();
  private createdAt: number;
  private askedForHuman = false;
  private disagreed = false;
  private pendingIds: string[] = [];
  private drainingPending = false;
  private unsubscribeAgent: (() => void) | null = null;
  private disposed = false;
  private readonly now: () => number;
  private readonly onDelivery = (event: Event) => {
    const change = (event as DeliveryChangeEvent).change;
    const state: Delivery = change.state === 'rejected' ? 'failed' : change.state;
    this.patchMessage(change.id, { delivery: state });
  };

  constructor(private readonly deps: ConversationDeps) {
    this.now = deps.now ?? Date.now;
    this.createdAt = this.now();
  }

  get state(): ConversationView {
    return this.view;
  }

  subscribe(listener: (view: ConversationView) => void): () => void {
    this.listeners.add(listener);
    listener(this.view);
    return () => this.listeners.delete(listener);
  }

  /** Restores a stored conversation (if any), starts the worker, and shows the AI disclosure. */
  async start(): Promise<void> {
    const stored = this.deps.store?.load(this.now()) ?? null;
    if (stored) {
      this.createdAt = stored.createdAt;
      this.update({
        messages: stored.messages,
        turn: stored.turn, unhelpfulCount: stored.unhelpfulCount, optedOut: stored.optedOut,
        withPerson: stored.withPerson, reference: stored.reference,
      });
      this.pendingIds = stored.messages.filter((m) => m.delivery === 'pending-model').map((m) => m.id);
    }
    this.attachHandoff();
    this.update({ busy: true });
    let init: InitResult;
    try {
      init = await this.deps.worker.start();
    } catch (error) {
      this.update({ busy: false, alert: this.deps.strings().workerUnavailable });
      this.deps.notify({ type: 'error', detail: { code: 'worker-unavailable', message: `the worker could not start (${(error as Error).message}).` } });
      return;
    }
    this.applyInit(init);
    if (!this.view.messages.some((m) => m.kind === 'disclosure')) this.pushDisclosure();
    this.update({ busy: false });
    this.watchModel();
    if (this.pendingIds.length) void this.drainPending();
  }

  /** Called by the worker host after a crash: the new worker was re-initialised with the replayed conversation. */
  workerRestarted(init: InitResult): void {
    this.applyInit(init);
    this.update({ alert: null, announcement: this.deps.strings().workerRestarted });
    this.deps.notify({ type: 'error', detail: { code: 'worker-crashed', message: 'the worker crashed and was restarted; the conversation is intact.' } });
    // The new worker loads the model again: messages typed meanwhile wait for it, as on first start.
    this.watchModel();
  }

  /** Raw customer texts in order, replayed into a fresh worker so placeholders keep their numbers. */
  replayTexts(): string[] {
    return this.view.messages.filter((m) => m.author === 'customer' && m.delivery !== 'failed').map((m) => m.text);
  }

  /** Sends a customer message. Resolves false (and keeps nothing) when it could not be checked for PII. */
  async send(raw: string, chosenIntent?: string): Promise<boolean> {
    const text = raw.trim();
    const s = this.deps.strings();
    if (!text) return false;
    if (text.length > this.deps.maxMessageChars) {
      this.update({ alert: format(s.tooLong, { count: text.length, max: this.deps.maxMessageChars }) });
      return false;
    }
    const state = this.decisionState();
    const withPerson = this.view.withPerson;
    let result: Result<HandleResult>;
    this.update({ busy: true, alert: null });
    try {
      result = await this.deps.worker.call((api) => api.handle({ text, chosenIntent }, { ...state, turn: state.turn + 1, withPerson }));
    } catch (error) {
      this.update({ busy: false, alert: s.workerUnavailable });
      this.deps.notify({ type: 'error', detail: { code: 'worker-unavailable', message: `the message could not be processed (${(error as Error).message}); nothing was sent.` } });
      return false;
    }
    if (!result.ok) {
      const scrubFailed = result.error.name === 'ScrubError';
      this.update({ busy: false, alert: scrubFailed ? s.scrubFailed : s.workerUnavailable });
      this.deps.notify({ type: 'error', detail: { code: scrubFailed ? 'scrub-failed' : 'worker-unavailable', message: scrubFailed ? 'the message could not be checked for personal data, so nothing was sent.' : `the message could not be processed (${result.error.name}); nothing was sent.` } });
      return false;
    }
    const r = result.value;
    const turn = this.view.turn + 1;
    const id = newId('m');
    const message: ChatMessage = {
      id, author: 'customer', at: this.now(), text, kind: 'message', scrubbed: r.scrubbed,
      piiTypes: [...new Set(r.entities.map((e) => e.type))],
      delivery: withPerson ? 'queued' : r.pending ? 'pending-model' : 'local',
    };
    this.update({ turn, messages: [...this.view.messages, message], busy: false });
    this.persist();
    this.deps.notify({ type: 'message-sent', detail: { id, turn, to: withPerson || this.view.optedOut ? 'person' : 'assistant' } });
    if (withPerson) {
      this.deliver(message);
      return true;
    }
    if (r.askedIfBot) this.pushAssistant({ kind: 'bot-answer', text: s.botAnswer });
    if (r.pending) {
      this.pendingIds.push(id);
      this.persist();
      return true;
    }
    await this.apply(r, message);
    return true;
  }

  /** The customer picked a clarify option. */
  choose(intent: string, label: string): Promise<boolean> {
    return this.send(label, intent);
  }

  /** "Talk to a person": always available. */
  async talkToPerson(): Promise<void> {
    this.askedForHuman = true;
    await this.handOff('customer-asked', null);
  }

  /** "Turn off AI" (true) or back on (false); the choice persists for the retention period. */
  async setOptedOut(optedOut: boolean): Promise<void> {
    this.update({ optedOut });
    if (optedOut) {
      this.pushSystem('status', this.deps.strings().aiOffStatus);
      if (this.pendingIds.length) await this.drainPending();
    }
    this.persist();
  }

  /** "This didn't help": counts toward the escalation rules and re-decides on the last message. */
  async markUnhelpful(messageId: string): Promise<void> {
    const target = this.view.messages.find((m) => m.id === messageId);
    if (!target || target.feedback) return;
    this.patchMessage(messageId, { feedback: 'unhelpful' });
    this.update({ unhelpfulCount: this.view.unhelpfulCount + 1 });
    const last = [...this.view.messages].reverse().find((m) => m.author === 'customer' && m.delivery !== 'failed');
    if (last && !this.view.withPerson) {
      const state = this.decisionState();
      const result = await this.deps.worker.call((api) => api.handle({ text: last.text, waitForModel: true }, state)).catch(() => null);
      if (result?.ok && result.value.decision?.action.type === 'handoff') {
        await this.handOff('rule', result.value.decision, result.value);
        return;
      }
    }
    this.pushSystem('status', this.deps.strings().didntHelpThanks);
  }

  /** "I disagree with this decision": hands off with the reason (scrubbed like every message). */
  async disagree(messageId: string, reason: string): Promise<boolean> {
    const s = this.deps.strings();
    this.disagreed = true;
    const text = reason.trim() || s.disagreeDefault;
    const scrubbed = await this.deps.worker.call((api) => api.scrub(text)).catch(() => null);
    if (!scrubbed || !scrubbed.ok) {
      this.update({ alert: s.scrubFailed });
      this.deps.notify({ type: 'error', detail: { code: 'scrub-failed', message: 'the reason could not be checked for personal data, so nothing was sent.' } });
      return false;
    }
    this.patchMessage(messageId, { feedback: 'disagreed' });
    const message: ChatMessage = {
      id: newId('m'), author: 'customer', at: this.now(), text, kind: 'message', scrubbed: scrubbed.value.text,
      piiTypes: [...new Set(scrubbed.value.entities.map((e) => e.type))], delivery: this.view.withPerson ? 'queued' : 'local',
    };
    this.update({ messages: [...this.view.messages, message], turn: this.view.turn + 1 });
    if (this.view.withPerson) this.deliver(message);
    else await this.handOff('disagreed', null);
    return true;
  }

  /** Live PII highlight and the "What the agent sees" preview for a draft. */
  async preview(draft: string) {
    if (!draft) return { entities: [], scrubbed: '' };
    const result = await this.deps.worker.call((api) => api.preview(draft.slice(0, this.deps.maxMessageChars))).catch(() => null);
    return result?.ok ? result.value : null;
  }

  /**
   * "Delete my conversation": asks the server to erase its copy, then wipes memory, sessionStorage and
   * the placeholder map. Resolves with whether the server copy is gone (true when there was none).
   */
  async deleteAll(): Promise<boolean> {
    let serverErased = true;
    if (this.deps.handoff) {
      try {
        await this.deps.handoff.erase();
      } catch {
        serverErased = false;
      }
    }
    await this.deps.worker.call((api) => api.clear()).catch(() => undefined);
    this.deps.store?.clear();
    this.pendingIds = [];
    this.askedForHuman = false;
    this.disagreed = false;
    this.createdAt = this.now();
    const s = this.deps.strings();
    this.update({ messages: [], turn: 0, unhelpfulCount: 0, optedOut: false, withPerson: false, connecting: false, reference: null, alert: serverErased ? null : s.serverEraseFailed });
    this.pushDisclosure();
    this.pushSystem('status', serverErased ? `${s.deleted} ${this.deps.handoff ? s.serverErased : ''}`.trim() : `${s.deleted} ${s.serverEraseFailed}`);
    this.deps.store?.clear();
    return serverErased;
  }

  /** New rules (studio preview) or locale: refresh what the worker reports. */
  async refreshRules(call: Promise<Result<RulesInfo>>): Promise<void> {
    const result = await call.catch(() => null);
    if (result?.ok) {
      this.update({ rules: result.value });
      const disclosure = this.view.messages.find((m) => m.kind === 'disclosure');
      if (disclosure) this.patchMessage(disclosure.id, { text: result.value.disclosure, tokens: [...result.value.disclosureTokens] });
    }
  }

  dispose(): void {
    this.disposed = true;
    this.unsubscribeAgent?.();
    this.deps.handoff?.removeEventListener(DeliveryChangeEvent.eventName, this.onDelivery);
    this.listeners.clear();
  }

  // ---- internals ----

  private decisionState(): ConversationState {
    return {
      turn: Math.max(1, this.view.turn), unhelpfulCount: this.view.unhelpfulCount, optedOut: this.view.optedOut,
      askedForHuman: this.askedForHuman, disagreed: this.disagreed, page: this.deps.page(),
    };
  }

  private applyInit(init: InitResult): void {
    this.update({ rules: init.rules, modelStatus: init.modelStatus });
    if (init.rules.origin === 'refused') {
      this.deps.notify({ type: 'error', detail: { code: 'rules-refused', message: `rules: ${init.rules.warning}` } });
    }
  }

  private watchingModel = false;

  private watchModel(): void {
    if (this.view.modelStatus !== 'loading' || this.watchingModel) return;
    this.watchingModel = true;
    void this.deps.worker.waitForModel().then((status) => {
      this.watchingModel = false;
      if (this.disposed) return;
      this.update({ modelStatus: status });
      if (status === 'failed') {
        this.pushSystem('status', this.deps.strings().modelFailed);
        this.deps.notify({ type: 'error', detail: { code: 'model-unavailable', message: 'the intent model failed to load; messages go to a person.' } });
      }
      void this.drainPending();
    }).catch(() => { this.watchingModel = false; });
  }

  /** Messages typed before the model arrived: classified (or handed off) in order, once. */
  private async drainPending(): Promise<void> {
    if (this.drainingPending) return;
    this.drainingPending = true;
    try {
      while (this.pendingIds.length) {
        const id = this.pendingIds[0]!;
        const message = this.view.messages.find((m) => m.id === id);
        if (!message) {
          this.pendingIds.shift();
          continue;
        }
        if (this.view.withPerson) {
          this.pendingIds.shift();
          this.patchMessage(id, { delivery: 'queued' });
          this.deliver({ ...message, delivery: 'queued' });
          continue;
        }
        const state = this.decisionState();
        const result = await this.deps.worker.call((api) => api.handle({ text: message.text, waitForModel: true }, state), null).catch(() => null);
        if (!result || !result.ok) break;
        this.pendingIds.shift();
        this.patchMessage(id, { delivery: 'local' });
        await this.apply(result.value, message);
      }
    } finally {
      this.drainingPending = false;
      this.persist();
    }
  }

  private async apply(r: HandleResult, message: ChatMessage): Promise<void> {
    const decision = r.decision;
    if (!decision) return;
    const why = whyOf(decision, r);
    const action = decision.action;
    if (action.type === 'answer') {
      this.pushAssistant({ kind: 'answer', text: plain(r.tokens ?? undefined) || action.answer.text, tokens: r.tokens ? [...r.tokens] : undefined, why, links: action.answer.links, quickReplies: action.answer.quickReplies });
    } else if (action.type === 'clarify') {
      this.pushAssistant({ kind: 'clarify', text: this.deps.strings().clarify, options: action.options, why });
    } else if (action.type === 'notice') {
      this.pushAssistant({ kind: 'notice', text: plain(r.tokens ?? undefined) || action.text, tokens: r.tokens ? [...r.tokens] : undefined, why });
    } else {
      const reason: HandoffReason = this.view.optedOut ? 'opted-out' : this.view.modelStatus === 'failed' && !r.intent ? 'model-unavailable' : 'rule';
      await this.handOff(reason, decision, r);
    }
  }

  /** Opens the case with the scrubbed transcript (or the last message, per the rules' privacy setting). */
  private async handOff(reason: HandoffReason, decision: Decision | null, r?: HandleResult): Promise<void> {
    if (this.view.withPerson || this.view.connecting) return;
    const s = this.deps.strings();
    const queue = decision?.action.type === 'handoff' ? decision.action.queue : this.view.rules?.defaultQueue ?? 'general';
    const priority = decision?.action.type === 'handoff' ? decision.action.priority : 'normal';
    this.deps.notify({ type: 'handoff', detail: { reference: null, queue, reason } });
    if (!this.deps.handoff) {
      this.pushSystem('status', s.handoffNoServer);
      return;
    }
    let outgoing = handoffTranscript(this.view.messages, this.view.rules?.privacy.handoffTranscript);
    if (outgoing.length === 0) {
      // "Talk to a person" before typing anything: the case opens with a neutral, PII-free line.
      const m: ChatMessage = { id: newId('m'), author: 'customer', at: this.now(), text: s.talkToPerson, kind: 'message', scrubbed: s.talkToPerson, piiTypes: [], delivery: 'queued' };
      this.update({ messages: [...this.view.messages, m] });
      outgoing = [m];
    }
    this.update({ connecting: true, withPerson: true });
    for (const m of outgoing) this.patchMessage(m.id, { delivery: 'queued' });
    this.pendingIds = [];
    this.pushSystem('status', s.handoffWaiting);
    const intent = r?.intent ?? null;
    const opened = this.deps.handoff.openCase({
      messages: outgoing.map((m) => ({ id: m.id, text: m.scrubbed! })),
      decision: {
        rule: decision?.rule ?? null,
        explanation: (decision?.explanation ?? reason).slice(0, 1000),
        intent: intent?.label ?? null,
        confidence: intent ? Math.round(intent.score * 1000) / 1000 : null,
      },
      queue: queue.slice(0, 64), priority, locale: this.deps.locale(), page: { ...this.deps.page() },
    });
    try {
      const { reference } = await opened;
      this.update({ reference, connecting: false });
      this.pushSystem('status', format(s.handoffStarted, { reference }));
      this.deps.notify({ type: 'handoff', detail: { reference, queue, reason } });
    } catch (error) {
      this.update({ connecting: false, alert: s.handoffFailed });
      this.deps.notify({ type: 'error', detail: { code: 'handoff-failed', message: `the handoff could not be opened (${(error as Error).message}).` } });
    }
    this.persist();
  }

  private deliver(message: ChatMessage): void {
    if (!this.deps.handoff || !message.scrubbed) {
      this.patchMessage(message.id, { delivery: 'failed' });
      return;
    }
    this.deps.handoff.send({ id: message.id, text: message.scrubbed }).catch(() => undefined);
  }

  private attachHandoff(): void {
    const handoff = this.deps.handoff;
    if (!handoff) return;
    handoff.addEventListener(DeliveryChangeEvent.eventName, this.onDelivery);
    this.unsubscribeAgent = handoff.onAgentEvent((event) => void this.onAgentEvent(event));
  }

  private async onAgentEvent(event: HandoffEvent): Promise<void> {
    const s = this.deps.strings();
    if (event.type === 'agent-reply') {
      const scrubbed = typeof event.data.text === 'string' ? event.data.text : '';
      const restored = await this.deps.worker.call((api) => api.restore(scrubbed)).catch(() => null);
      const text = restored?.ok ? restored.value : scrubbed;
      const agent = typeof event.data.agent === 'string' ? event.data.agent : null;
      this.push({ id: `agent-${event.id}`, author: 'person', at: this.now(), text, kind: 'message', agent }, `${s.person}: ${text}`);
    } else if (event.type === 'agent-joined') this.pushSystem('status', s.agentJoined);
    else if (event.type === 'agent-left') this.pushSystem('status', s.agentLeft);
    else if (event.type === 'case-closed') this.pushSystem('status', s.caseClosed);
  }

  private pushDisclosure(): void {
    const text = this.view.rules?.disclosure ?? '';
    const tokens = this.view.rules ? [...this.view.rules.disclosureTokens] : undefined;
    this.push({ id: newId('d'), author: 'assistant', at: this.now(), text, tokens, kind: 'disclosure' }, `${this.deps.strings().assistant}: ${plain(tokens) || text}`);
  }

  private pushAssistant(m: Omit<ChatMessage, 'id' | 'author' | 'at'>): void {
    this.push({ id: newId('a'), author: 'assistant', at: this.now(), ...m }, `${this.deps.strings().assistant}: ${m.text}`);
  }

  private pushSystem(kind: 'status' | 'error', text: string): void {
    this.push({ id: newId('s'), author: 'system', at: this.now(), text, kind }, text);
  }

  private push(message: ChatMessage, announcement: string): void {
    if (this.view.messages.some((m) => m.id === message.id)) return;
    this.update({ messages: [...this.view.messages, message], announcement });
    this.persist();
  }

  private patchMessage(id: string, patch: Partial<ChatMessage>): void {
    const index = this.view.messages.findIndex((m) => m.id === id);
    if (index < 0) return;
    const messages = [...this.view.messages];
    messages[index] = { ...messages[index]!, ...patch };
    this.update({ messages });
    this.persist();
  }

  private persist(): void {
    if (!this.deps.store) return;
    const retention = this.view.rules?.privacy.retentionDays ?? this.deps.defaultRetentionDays;
    this.deps.store.save({
      createdAt: this.createdAt, messages: [...this.view.messages], turn: this.view.turn, unhelpfulCount: this.view.unhelpfulCount,
      optedOut: this.view.optedOut, withPerson: this.view.withPerson, reference: this.view.reference,
    }, retention);
  }

  private update(patch: Partial<ConversationView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener(this.view);
  }
}

/** Tokens as plain text, for the live region. */
function plain(tokens: readonly { type: string; text?: string }[] | undefined): string {
  return (tokens ?? []).map((t) => t.text ?? ' ').join('').replace(/\s+/g, ' ').trim();
}

function whyOf(decision: Decision, r: HandleResult): WhyInfo {
  return {
    intent: r.intent?.label ?? (decision.action.type === 'answer' ? decision.action.intent : null),
    confidence: r.intent ? r.intent.score : null,
    rule: decision.rule,
    explanation: decision.explanation,
  };
}
