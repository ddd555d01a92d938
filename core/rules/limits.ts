/** Every default and limit of the rules language, in one place. */
export const RULES_LIMITS = Object.freeze({
  /** Largest rules.yaml accepted, in characters. Real rule sets are a few hundred KB at most. */
  maxSourceChars: 2_000_000,
  /** Aliases (`*name`) one file may expand; stops "billion laughs" YAML bombs. */
  maxAliasCount: 100,
  /** Deepest nesting of maps/lists, and of all/any/not conditions. */
  maxDepth: 32,
  /** Longest retention of the transcript on the device, in days. */
  maxRetentionDays: 30,
  /** Rules in one file. */
  maxRules: 5_000,
});

/** Defaults used when rules.yaml leaves a setting out (documented in the schema too). */
export const RULES_DEFAULTS = Object.freeze({
  /** Answer automatically only when the model is at least this confident. */
  confidenceThreshold: 0.7,
  /** Offer an intent as a clarify button only when its confidence is at least this. */
  clarifyThreshold: 0.15,
  /** At most this many clarify buttons. */
  maxClarifyOptions: 3,
  /** Queue used for hand-offs that no rule routes. */
  defaultQueue: 'general',
  /** After this many answers marked unhelpful, a person takes over. */
  handoffAfterUnhelpful: 2,
  retentionDays: 7,
  handoffTranscript: 'full' as const,
});

/** Keys that must never appear in a rules file (prototype pollution). */
export const FORBIDDEN_KEYS: ReadonlySet<string> = Object.freeze(new Set(['__proto__', 'constructor', 'prototype']));
