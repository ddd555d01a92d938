/**
 * Types shared by the rules compiler, the decision engine and bundle loading.
 * A `RulesBundle` is plain JSON data (it crosses worker boundaries by structured clone);
 * compiled condition closures are cached separately, keyed by the bundle object.
 */

export type Severity = 'error' | 'warning' | 'info';

export interface SourceRange { line: number; column: number; endLine: number; endColumn: number }

/** A problem found in a rules file. Positions are 1-based; `fix` becomes a quick fix in the studio. */
export interface Diagnostic extends SourceRange {
  severity: Severity;
  code: string;
  message: string;
  fix?: { title: string; range: SourceRange; text: string };
}

/** Text per locale, e.g. `{ en: 'Hello', de: 'Hallo' }`. */
export type LocalizedText = Readonly<Record<string, string>>;

export interface AnswerLink { label: string; href: string }

export interface AnswerContent {
  /** Short label used on clarify buttons. */
  title?: string;
  text: string;
  links?: AnswerLink[];
  quickReplies?: string[];
}

export type Priority = 'low' | 'normal' | 'high' | 'urgent';

/** A condition as written in rules.yaml. Several keys in one object must all match. */
export interface ConditionSpec {
  all?: ConditionSpec[];
  any?: ConditionSpec[];
  not?: ConditionSpec;
  intent?: string | string[];
  confidenceBelow?: number;
  confidenceAtLeast?: number;
  outOfScope?: boolean;
  localeSupported?: boolean;
  modelAvailable?: boolean;
  piiDetected?: boolean | string[];
  phrase?: string | string[];
  pattern?: string;
  turnAtLeast?: number;
  turnAtMost?: number;
  unhelpfulAtLeast?: number;
  optedOut?: boolean;
  askedForHuman?: boolean;
  disagreed?: boolean;
  businessHours?: boolean;
  locale?: string | string[];
  page?: Record<string, string | string[]>;
}

/** A rule's action as written in rules.yaml: exactly one key. */
export interface ActionSpec {
  answer?: string | true;
  clarify?: true | { options?: string[] };
  handoff?: { queue?: string; priority?: Priority };
  notice?: string;
}

export interface RuleSpec {
  id: string;
  description?: string;
  when?: ConditionSpec;
  then: ActionSpec;
  explain: LocalizedText;
  /** 1-based line of the rule in the source file (filled in by the compiler). */
  line?: number;
}

export interface BusinessHours {
  timezone: string;
  /** Opening intervals per weekday, e.g. `mon: ['08:00-20:00']`. Days left out are closed. */
  hours: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', string[]>>;
  /** Closed dates in the business time zone, `YYYY-MM-DD`. */
  closed?: string[];
}

export interface RulesSettings {
  confidenceThreshold: number;
  clarifyThreshold: number;
  maxClarifyOptions: number;
  defaultQueue: string;
  handoffAfterUnhelpful: number;
}

export interface PrivacySettings {
  retentionDays: number;
  handoffTranscript: 'full' | 'last-message';
  safePatterns: string[];
}

export type ExplanationKey =
  | 'answer' | 'clarify' | 'handoff' | 'optedOut' | 'askedForHuman' | 'modelUnavailable'
  | 'outOfScope' | 'localeUnsupported' | 'unhelpful';

/** The compiled, signed artefact the widget loads (rules.json). Plain JSON. */
export interface RulesBundle {
  format: 'clearline-rules';
  version: 1;
  /** sha-256 (hex) of the canonical JSON of every other field. */
  hash: string;
  createdAt: string;
  expiresAt?: string;
  defaultLocale: string;
  locales: string[];
  settings: RulesSettings;
  businessHours?: BusinessHours;
  disclosure: LocalizedText;
  notices: Record<string, LocalizedText>;
  answers: Record<string, Record<string, AnswerContent>>;
  explanations: Record<ExplanationKey, LocalizedText>;
  queues?: string[];
  rules: RuleSpec[];
  privacy: PrivacySettings;
}

export interface IntentInfo {
  label: string;
  score: number;
  top: { label: string; score: number }[];
  outOfScope: boolean;
  localeSupported: boolean;
}

export interface DecisionContext {
  /** The customer's message AFTER scrubbing. */
  text: string;
  piiTypes: readonly string[];
  /** null when the customer opted out of AI or the model is unavailable. */
  intent: IntentInfo | null;
  turn: number;
  unhelpfulCount: number;
  optedOut: boolean;
  askedForHuman: boolean;
  disagreed?: boolean;
  locale: string;
  page: Readonly<Record<string, string>>;
  now: Date;
}

export type Action =
  | { type: 'answer'; intent: string; answer: { text: string; links: AnswerLink[]; quickReplies: string[] } }
  | { type: 'clarify'; options: { intent: string; label: string }[] }
  | { type: 'handoff'; queue: string; priority: Priority }
  | { type: 'notice'; notice: string; text: string };

export type TraceValue = string | number | boolean | null | readonly string[] | Readonly<Record<string, string>>;

export interface ConditionTrace {
  /** Where the condition sits in the rule, e.g. `intent` or `any[1].phrase`. */
  path: string;
  /** Human-readable condition, e.g. `intent in [fraud_report, lost_stolen_device]`. */
  condition: string;
  saw: TraceValue;
  matched: boolean;
}

export interface TraceEntry {
  rule: string;
  line: number | null;
  matched: boolean;
  /** Why a matching rule was not applied (e.g. the customer asked for a person). */
  skipped?: string;
  conditions: ConditionTrace[];
}

export interface Decision {
  action: Action;
  rule: string | null;
  explanation: string;
  trace: TraceEntry[];
}

export interface RulesTestCase {
  name: string;
  message: string;
  locale: string;
  page: Record<string, string>;
  turn: number;
  unhelpfulCount: number;
  optedOut: boolean;
  askedForHuman: boolean;
  now?: string;
  expect: { intent?: string; action?: Action['type']; rule?: string | null; queue?: string; priority?: Priority; notice?: string };
  line: number;
}
