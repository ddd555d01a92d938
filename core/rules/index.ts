export { rulesSchema, rulesSchemaFor, rulesBundleSchema, type RulesSchemaOptions } from './schema.ts';
export { compileRules, type CompileOptions, type CompileResult } from './compile.ts';
export { decide, OUT_OF_SCOPE, SPEAK_TO_HUMAN } from './decide.ts';
export { SAFE_DEFAULT_BUNDLE } from './safe-default.ts';
export { signBundle, verifyBundle, generateSigningKeys, importPublicKey, importPrivateKey, type SigningKeys, type VerifyResult } from './signing.ts';
export { loadRulesBundle, checkBundle, type LoadBundleInput, type LoadBundleResult } from './load-bundle.ts';
export { formatDiagnostic } from './format-diagnostic.ts';
export { pickLocale, textFor, entryFor } from './locale.ts';
export { renderSafeMarkdown, isSafeHref, type MarkdownToken } from './markdown.ts';
export { isOpen as isWithinBusinessHours } from './business-hours.ts';
export { DEFAULT_EXPLANATIONS } from './explanations.ts';
export { RULES_DEFAULTS, RULES_LIMITS } from './limits.ts';
export { PII_TYPES } from './pii-types.ts';
export { bundleHash } from './bundle-hash.ts';
export type { RulesSource } from './source-types.ts';
export type {
  Action, AnswerContent, AnswerLink, BusinessHours, ConditionSpec, ConditionTrace, ActionSpec, Decision, DecisionContext,
  Diagnostic, ExplanationKey, IntentInfo, LocalizedText, PrivacySettings, Priority, RuleSpec, RulesBundle, RulesSettings,
  RulesTestCase, Severity, SourceRange, TraceEntry, TraceValue,
} from './types.ts';
