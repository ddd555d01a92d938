/**
 * The worker's API, types only. The main thread imports this file with `import type` and talks to the
 * worker through comlink; nothing here runs.
 *
 * Constructing the worker
 * - Inside the widget bundle the worker is started from a tiny blob stub that imports the real worker
 *   module by absolute URL (see `widget/src/panel/worker-host.ts`), so it works when the bundle is
 *   served from a CDN origin. The host page's CSP then needs `worker-src blob:`.
 * - Any Vite/ESM build (the rules studio's test bench) can construct the very same worker directly:
 *
 *   ```ts
 *   import { wrap } from 'comlink';
 *   import type { WorkerApi } from '../widget/src/worker/protocol.ts';
 *   const worker = new Worker(new URL('../widget/src/worker/worker.ts', import.meta.url), { type: 'module' });
 *   const api = wrap<WorkerApi>(worker);
 *   await api.init({ locale: 'en', rules: { bundle: draftBundle }, modelBaseUrl, wasmBaseUrl });
 *   const result = await api.handle({ text: 'my bill is wrong' }, { turn: 1, unhelpfulCount: 0, optedOut: false,
 *     askedForHuman: false, page: {} });
 *   // ... api.setRules({ bundle: nextDraft }) on every edit; api.dispose() when done.
 *   ```
 *
 * Errors cross the boundary as data: every method resolves to a value, and failures come back as
 * `{ ok: false, error: { name, message } }` — guard on `error.name` (`ScrubError`, `RulesError`,
 * `NotInitializedError`, `InputError`), never on `instanceof`.
 */
import type { DetectedEntity, EntityType } from '../../../core/privacy/index.ts';
import type { IntentResult } from '../../../core/intent/index.ts';
import type { Decision, PrivacySettings, RulesBundle } from '../../../core/rules/types.ts';
import type { MarkdownToken } from '../../../core/rules/markdown.ts';

export type { DetectedEntity, EntityType, IntentResult, Decision, RulesBundle, PrivacySettings };

/** A signed bundle to verify, or an already-compiled bundle (studio live preview / test bench; not verified). */
export type RulesInput =
  | { json: string; signature: string | null; publicKey: string | null }
  | { bundle: RulesBundle };

export interface InitOptions {
  locale: string;
  rules: RulesInput | null;
  /** Absolute URL of the folder that holds the model folder `intent/` (e.g. `.../model-<hash>/`); null: run without a model. */
  modelBaseUrl: string | null;
  /** Absolute URL of the folder holding onnxruntime's `.mjs`/`.wasm`. */
  wasmBaseUrl: string | null;
  /** Raw customer messages of the conversation so far, replayed after a restart to rebuild placeholders. */
  replay?: readonly string[];
}

export type ModelStatus = 'loading' | 'ready' | 'failed' | 'none';

export interface RulesInfo {
  verified: boolean;
  /** Where the rules in effect came from: a verified bundle, a refused one (safe default), a preview bundle, or none configured (safe default). */
  origin: 'verified' | 'refused' | 'preview' | 'none';
  /** Set when the bundle was refused and the safe default is used, or when it is unsigned (preview). */
  warning: string | null;
  hash: string;
  defaultLocale: string;
  locales: readonly string[];
  privacy: PrivacySettings;
  /** Queue used when a handoff is not decided by a rule (e.g. "Talk to a person"). */
  defaultQueue: string;
  /** The AI disclosure in the requested locale (bundle text, else built-in default), as safe-markdown source. */
  disclosure: string;
  /** The same disclosure as safe-markdown tokens. */
  disclosureTokens: readonly MarkdownToken[];
}

export interface InitResult {
  rules: RulesInfo;
  modelStatus: ModelStatus;
}

/** Conversation state the main thread owns and passes with every message. */
export interface ConversationState {
  turn: number;
  unhelpfulCount: number;
  optedOut: boolean;
  askedForHuman: boolean;
  disagreed?: boolean;
  page: Readonly<Record<string, string>>;
  /** A person has taken over: scrub only, no classification or decision. */
  withPerson?: boolean;
}

export interface IncomingMessage {
  text: string;
  /** The customer picked a clarify option: decide with this intent instead of classifying. */
  chosenIntent?: string;
  /** Scrub and decide, but wait for the model if it is still loading (default false: report `pending`). */
  waitForModel?: boolean;
}

/** Safe-markdown tokens (core/rules renderSafeMarkdown), rendered by the panel with Lit (never innerHTML). */
export type AnswerToken = MarkdownToken;

export interface HandleResult {
  scrubbed: string;
  entities: readonly DetectedEntity[];
  /** null when opted out, with a person, model unavailable or still loading. */
  intent: IntentResult | null;
  /** null while `pending`, or when a person has taken over. */
  decision: Decision | null;
  /** The model is still loading: call `handle` again once `waitForModel()` resolves. */
  pending: boolean;
  /** The customer asked whether they are talking to a bot; the panel answers truthfully. */
  askedIfBot: boolean;
  /** The answer text as safe tokens when the decision is an answer or a notice. */
  tokens: readonly AnswerToken[] | null;
}

export interface PreviewResult {
  entities: readonly DetectedEntity[];
  /** What would leave the device if this were sent now. */
  scrubbed: string;
}

export interface WorkerError { name: string; message: string }
export type Result<T> = { ok: true; value: T } | { ok: false; error: WorkerError };

export interface WorkerApi {
  init(options: InitOptions): Promise<Result<InitResult>>;
  setRules(rules: RulesInput | null, locale?: string): Promise<Result<RulesInfo>>;
  setLocale(locale: string): Promise<Result<RulesInfo>>;
  scrub(text: string): Promise<Result<{ text: string; entities: readonly DetectedEntity[] }>>;
  preview(text: string): Promise<Result<PreviewResult>>;
  handle(message: IncomingMessage, state: ConversationState): Promise<Result<HandleResult>>;
  restore(text: string): Promise<Result<string>>;
  modelStatus(): Promise<ModelStatus>;
  /** Resolves once the model is ready or has failed. */
  waitForModel(): Promise<ModelStatus>;
  clear(): Promise<void>;
  dispose(): Promise<void>;
  ping(): Promise<'pong'>;
}
