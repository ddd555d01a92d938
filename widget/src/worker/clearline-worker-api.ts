/**
 * The worker's implementation of `WorkerApi` (see protocol.ts): one conversation's scrub session, the
 * verified rules bundle, and the intent model, which loads lazily in the background. Raw text enters
 * here and only scrubbed text, entity offsets and decisions leave.
 *
 * It is a plain class so the worker entry (`worker.ts`) can expose it with comlink; every method catches
 * its own failures and returns them as data.
 */
import { ScrubSession, type DetectedEntity } from '../../../core/privacy/index.ts';
import type { IntentResult } from '../../../core/intent/index.ts';
import { decide, loadRulesBundle, renderSafeMarkdown, SAFE_DEFAULT_BUNDLE, textFor } from '../../../core/rules/index.ts';
import type { Decision, DecisionContext, RulesBundle } from '../../../core/rules/types.ts';
import { isBotQuestion } from '../conversation/bot-question.ts';
import { BUILT_IN_DISCLOSURE } from './built-in-disclosure.ts';
import type {
  ConversationState, HandleResult, IncomingMessage, InitOptions, InitResult, ModelStatus, PreviewResult,
  Result, RulesInfo, RulesInput, WorkerApi, WorkerError,
} from './protocol.ts';

/** What the worker needs from the intent classifier (widget/src/worker/intent-classifier.ts). */
interface LoadedClassifier {
  classify(text: string, locale: string): IntentResult | Promise<IntentResult>;
  dispose(): void | Promise<void>;
}

/** Longest message the worker accepts; the panel enforces the same limit with a clear message. */
export const MAX_MESSAGE_CHARS = 4000;

function fail(name: string, message: string): { ok: false; error: WorkerError } {
  return { ok: false, error: { name, message } };
}

function asError(error: unknown, fallbackName: string): WorkerError {
  if (error && typeof error === 'object' && 'message' in error) {
    const e = error as { name?: unknown; message?: unknown };
    return { name: typeof e.name === 'string' && e.name !== 'Error' ? e.name : fallbackName, message: String(e.message) };
  }
  return { name: fallbackName, message: String(error) };
}

function checkText(text: unknown, what: string): string | null {
  if (typeof text !== 'string') return `${what} must be a string, got ${text === null ? 'null' : typeof text}.`;
  if (text.length > MAX_MESSAGE_CHARS) return `${what} is ${text.length} characters; the limit is ${MAX_MESSAGE_CHARS}.`;
  return null;
}

export class ClearlineWorkerApi implements WorkerApi {
  private session = new ScrubSession();
  private bundle: RulesBundle | null = null;
  private rulesInfo: RulesInfo | null = null;
  private locale = 'en';
  private status: ModelStatus = 'none';
  private classifier: LoadedClassifier | null = null;
  private modelReady: Promise<ModelStatus> = Promise.resolve('none');
  private disposed = false;

  async init(options: InitOptions): Promise<Result<InitResult>> {
    try {
      if (!options || typeof options !== 'object') return fail('InputError', 'init() needs an options object.');
      this.locale = typeof options.locale === 'string' && options.locale ? options.locale : 'en';
      const rules = await this.applyRules(options.rules ?? null);
      for (const text of options.replay ?? []) {
        if (typeof text === 'string') this.session.scrub(text, this.scrubOptions());
      }
      if (options.modelBaseUrl && this.status === 'none') this.startModel(options.modelBaseUrl, options.wasmBaseUrl);
      return { ok: true, value: { rules, modelStatus: this.status } };
    } catch (error) {
      return { ok: false, error: asError(error, 'InitError') };
    }
  }

  async setRules(rules: RulesInput | null, locale?: string): Promise<Result<RulesInfo>> {
    try {
      if (typeof locale === 'string' && locale) this.locale = locale;
      return { ok: true, value: await this.applyRules(rules) };
    } catch (error) {
      return { ok: false, error: asError(error, 'RulesError') };
    }
  }

  async setLocale(locale: string): Promise<Result<RulesInfo>> {
    if (typeof locale !== 'string' || !locale) return fail('InputError', 'setLocale() needs a locale string such as "en" or "de".');
    this.locale = locale;
    if (!this.bundle || !this.rulesInfo) return fail('NotInitializedError', 'Call init() before setLocale().');
    this.rulesInfo = this.describeRules(this.bundle, this.rulesInfo.verified, this.rulesInfo.warning, this.rulesInfo.origin);
    return { ok: true, value: this.rulesInfo };
  }

  async scrub(text: string): Promise<Result<{ text: string; entities: readonly DetectedEntity[] }>> {
    const bad = checkText(text, 'The message');
    if (bad) return fail('InputError', bad);
    try {
      const result = this.session.scrub(text, this.scrubOptions());
      return { ok: true, value: { text: result.text, entities: result.entities } };
    } catch (error) {
      return { ok: false, error: { name: 'ScrubError', message: asError(error, 'ScrubError').message } };
    }
  }

  async preview(text: string): Promise<Result<PreviewResult>> {
    const bad = checkText(text, 'The draft');
    if (bad) return fail('InputError', bad);
    try {
      // A half-typed value must not take a placeholder number in the conversation; the previous message
      // is in view as it will be when the draft is sent.
      const result = this.session.preview(text, this.scrubOptions());
      return { ok: true, value: { scrubbed: result.text, entities: result.entities } };
    } catch (error) {
      return { ok: false, error: { name: 'ScrubError', message: asError(error, 'ScrubError').message } };
    }
  }

  async handle(message: IncomingMessage, state: ConversationState): Promise<Result<HandleResult>> {
    if (!message || typeof message !== 'object') return fail('InputError', 'handle() needs a message object { text }.');
    const bad = checkText(message.text, 'The message');
    if (bad) return fail('InputError', bad);
    if (!state || typeof state !== 'object') return fail('InputError', 'handle() needs the conversation state.');
    if (!this.bundle) return fail('NotInitializedError', 'Call init() before handle().');
    let scrubbed: string;
    let entities: readonly DetectedEntity[];
    try {
      const result = this.session.scrub(message.text, this.scrubOptions());
      scrubbed = result.text;
      entities = result.entities;
    } catch (error) {
      return { ok: false, error: { name: 'ScrubError', message: asError(error, 'ScrubError').message } };
    }
    const base = { scrubbed, entities, askedIfBot: isBotQuestion(message.text) };
    if (state.withPerson) return { ok: true, value: { ...base, intent: null, decision: null, pending: false, tokens: null } };
    try {
      if (!state.optedOut && !message.chosenIntent && this.status === 'loading') {
        if (!message.waitForModel) return { ok: true, value: { ...base, intent: null, decision: null, pending: true, tokens: null } };
        await this.modelReady;
      }
      let intent: IntentResult | null = null;
      if (!state.optedOut) {
        if (message.chosenIntent) intent = this.chosen(message.chosenIntent);
        else if (this.classifier && this.status === 'ready') intent = await this.classifier.classify(message.text, this.locale);
      }
      const context: DecisionContext = {
        text: scrubbed,
        piiTypes: [...new Set(entities.map((e) => e.type))],
        intent,
        turn: Math.max(1, Number(state.turn) || 1),
        unhelpfulCount: Math.max(0, Number(state.unhelpfulCount) || 0),
        optedOut: Boolean(state.optedOut),
        askedForHuman: Boolean(state.askedForHuman),
        disagreed: Boolean(state.disagreed),
        locale: this.locale,
        page: { ...(state.page ?? {}) },
        now: new Date(),
      };
      const decision = this.enforce(decide(this.bundle, context), context);
      const action = decision.action;
      const tokens = action.type === 'answer' ? renderSafeMarkdown(action.answer.text)
        : action.type === 'notice' ? renderSafeMarkdown(action.text) : null;
      return { ok: true, value: { ...base, intent, decision, pending: false, tokens } };
    } catch (error) {
      return { ok: false, error: asError(error, 'DecisionError') };
    }
  }

  async restore(text: string): Promise<Result<string>> {
    if (typeof text !== 'string') return fail('InputError', 'restore() needs a string.');
    try {
      return { ok: true, value: this.session.restore(text) };
    } catch (error) {
      return { ok: false, error: asError(error, 'RestoreError') };
    }
  }

  async modelStatus(): Promise<ModelStatus> {
    return this.status;
  }

  async waitForModel(): Promise<ModelStatus> {
    return this.modelReady;
  }

  async clear(): Promise<void> {
    this.session.clear();
    this.session = new ScrubSession();
  }

  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    this.session.clear();
    await this.classifier?.dispose();
    this.classifier = null;
  }

  async ping(): Promise<'pong'> {
    return 'pong';
  }

  /** The widget's promises hold whatever the rules say: opting out or a missing model always means a person. */
  private enforce(decision: Decision, context: DecisionContext): Decision {
    const needsPerson = context.optedOut || (this.status === 'failed' && context.intent === null);
    if (!needsPerson || decision.action.type === 'handoff') return decision;
    const queue = this.bundle?.settings.defaultQueue ?? 'general';
    const key = context.optedOut ? 'optedOut' : 'modelUnavailable';
    const explanation = this.bundle ? textFor(this.bundle, this.bundle.explanations[key], this.locale) : '';
    return {
      action: { type: 'handoff', queue, priority: 'normal' },
      rule: null,
      explanation: explanation || (context.optedOut ? 'You turned off AI, so a person answers.' : 'The assistant is unavailable, so a person answers.'),
      trace: [...decision.trace, { rule: context.optedOut ? 'widget:opted-out' : 'widget:model-unavailable', line: null, matched: true, conditions: [] }],
    };
  }

  private chosen(label: string): IntentResult {
    return { label, score: 1, top: [{ label, score: 1 }], outOfScope: false, localeSupported: true };
  }

  private scrubOptions() {
    return { locale: this.locale, safePatterns: this.bundle?.privacy.safePatterns ?? [] };
  }

  private async applyRules(rules: RulesInput | null): Promise<RulesInfo> {
    let bundle: RulesBundle;
    let verified = false;
    let warning: string | null = null;
    let origin: RulesInfo['origin'];
    if (rules && 'bundle' in rules && rules.bundle) {
      bundle = rules.bundle;
      warning = 'Preview: this bundle is not signed.';
      origin = 'preview';
    } else if (rules && 'json' in rules) {
      const loaded = await loadRulesBundle({ json: rules.json, signature: rules.signature ?? '', publicKey: rules.publicKey ?? '' });
      bundle = loaded.bundle;
      verified = loaded.verified;
      warning = loaded.warning ?? null;
      origin = verified ? 'verified' : 'refused';
    } else {
      bundle = SAFE_DEFAULT_BUNDLE;
      warning = 'No rules were configured; the safe default applies (every question goes to a person).';
      origin = 'none';
    }
    this.bundle = bundle;
    this.rulesInfo = this.describeRules(bundle, verified, warning, origin);
    return this.rulesInfo;
  }

  private describeRules(bundle: RulesBundle, verified: boolean, warning: string | null, origin: RulesInfo['origin']): RulesInfo {
    const language = this.locale.split(/[-_]/)[0] ?? 'en';
    // The bundle's disclosure when it speaks the customer's language; else the built-in one in that language.
    const speaks = bundle.locales.some((l) => l.toLowerCase().split('-')[0] === language);
    const disclosure = (speaks ? textFor(bundle, bundle.disclosure, this.locale) : '') || BUILT_IN_DISCLOSURE[language] || textFor(bundle, bundle.disclosure, this.locale) || BUILT_IN_DISCLOSURE.en!;
    return {
      verified,
      origin,
      warning,
      hash: bundle.hash,
      defaultLocale: bundle.defaultLocale,
      locales: [...bundle.locales],
      privacy: { ...bundle.privacy, safePatterns: [...bundle.privacy.safePatterns] },
      defaultQueue: bundle.settings.defaultQueue,
      disclosure,
      disclosureTokens: renderSafeMarkdown(disclosure),
    };
  }

  private startModel(modelBaseUrl: string, wasmBaseUrl: string | null): void {
    this.status = 'loading';
    this.modelReady = (async (): Promise<ModelStatus> => {
      try {
        const { IntentClassifier } = await import('./intent-classifier.ts');
        const classifier = await IntentClassifier.load({ modelBaseUrl, wasmBaseUrl: wasmBaseUrl ?? modelBaseUrl });
        if (this.disposed) {
          await classifier.dispose();
          return 'none';
        }
        this.classifier = classifier;
        this.status = 'ready';
      } catch (error) {
        console.error('Clearline: the intent model failed to load; messages go to a person.', error);
        this.status = 'failed';
      }
      return this.status;
    })();
  }
}
