export { INTENT_LABELS, OUT_OF_SCOPE_LABEL, isIntentLabel, type IntentLabel } from './labels.ts';
export {
  toIntentResult,
  scoresFromLogits,
  softmax,
  localeLanguage,
  isLocaleSupported,
  TOP_K,
  type IntentResult,
  type ScoredLabel,
} from './intent-result.ts';
export {
  readModelConfig,
  DEFAULT_CLEARLINE_CONFIG,
  ModelConfigError,
  type ClearlineModelConfig,
  type IntentModelConfig,
  type FeaturisationConfig,
} from './model-config.ts';
export { normalizeText, preTokenize } from './normalize-text.ts';
export { WordPieceTokenizer, SPECIAL_TOKENS, SPECIAL_TOKEN_LIST, CONTINUATION_PREFIX } from './wordpiece-tokenizer.ts';
export { bigramBucket, featureRows } from './features.ts';
export { prepareText, prepareLocale, IntentInputError, MAX_INPUT_CHARS } from './input-text.ts';
export { AUDIT_GROUPS, AUDIT_KINDS, type AuditGroup, type AuditKind } from './audit-groups.ts';
export { runAudit, type AuditReport, type AuditKindReport, type AuditClassify } from './fairness-audit.ts';
export { PLACEHOLDER_TOKENS, PERSON_PLACEHOLDER_TOKENS, PLACEHOLDER_MAX_INDEX } from './placeholder-tokens.ts';
