import { bundleHash } from './bundle-hash.ts';
import { DEFAULT_EXPLANATIONS } from './explanations.ts';
import { RULES_DEFAULTS } from './limits.ts';
import { parseRulesSource } from './parse-source.ts';
import { semanticChecks } from './semantic-checks.ts';
import type { SourceMap } from './source-map.ts';
import type { RulesSource } from './source-types.ts';
import type { Diagnostic, ExplanationKey, LocalizedText, RulesBundle, RulesTestCase } from './types.ts';
import { validateAgainstSchema } from './validate-schema.ts';

export interface CompileOptions {
  /** The intent model's labels (config.json id2label); intent ids are checked against them. */
  labels: readonly string[];
  fileName?: string;
  /** Clock for createdAt and expiry checks (tests pass a fixed date). */
  now?: Date;
}

export interface CompileResult {
  /** Present only when there are no errors. */
  bundle?: RulesBundle;
  diagnostics: Diagnostic[];
  /** The `tests:` section, for `rules test` and the studio's test bench. */
  tests?: RulesTestCase[];
}

const bySeverityThenPosition = (a: Diagnostic, b: Diagnostic) => a.line - b.line || a.column - b.column;

/** Compiles rules.yaml into a bundle: parse (hostile-input safe), schema, semantic checks. Never throws. */
export function compileRules(source: string, options: CompileOptions): CompileResult {
  try {
    return compileUnsafe(source, options ?? { labels: [] });
  } catch (error) {
    return { diagnostics: [{ severity: 'error', code: 'internal', message: `The rules could not be compiled: ${(error as Error)?.message ?? String(error)}`, line: 1, column: 1, endLine: 1, endColumn: 1 }] };
  }
}

function compileUnsafe(source: string, options: CompileOptions): CompileResult {
  const now = options.now instanceof Date && !Number.isNaN(options.now.getTime()) ? options.now : new Date();
  const parsed = parseRulesSource(source);
  if (!parsed.map || parsed.value === undefined || parsed.diagnostics.some((d) => d.severity === 'error')) {
    return { diagnostics: parsed.diagnostics };
  }
  const diagnostics = [...parsed.diagnostics, ...validateAgainstSchema(parsed.value, parsed.map)];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics: diagnostics.sort(bySeverityThenPosition) };
  const value = parsed.value as RulesSource;
  try {
    diagnostics.push(...semanticChecks(value, parsed.map, { labels: Array.isArray(options.labels) ? options.labels : [], now }));
  } catch (error) {
    diagnostics.push({ severity: 'error', code: 'internal', message: `The rules could not be checked: ${(error as Error).message}`, line: 1, column: 1, endLine: 1, endColumn: 1 });
  }
  diagnostics.sort(bySeverityThenPosition);
  const tests = readTests(value, parsed.map);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, tests };
  return { bundle: buildBundle(value, parsed.map, now), diagnostics, tests };
}

function buildBundle(source: RulesSource, map: SourceMap, now: Date): RulesBundle {
  const explanations = {} as Record<ExplanationKey, LocalizedText>;
  for (const key of Object.keys(DEFAULT_EXPLANATIONS) as ExplanationKey[]) {
    explanations[key] = { ...DEFAULT_EXPLANATIONS[key], ...(source.explanations?.[key] ?? {}) };
  }
  const content: Omit<RulesBundle, 'hash'> = {
    format: 'clearline-rules',
    version: 1,
    createdAt: now.toISOString(),
    ...(source.expiresAt ? { expiresAt: new Date(source.expiresAt).toISOString() } : {}),
    defaultLocale: source.defaultLocale,
    locales: [...source.locales],
    settings: {
      confidenceThreshold: source.settings?.confidenceThreshold ?? RULES_DEFAULTS.confidenceThreshold,
      clarifyThreshold: source.settings?.clarifyThreshold ?? RULES_DEFAULTS.clarifyThreshold,
      maxClarifyOptions: source.settings?.maxClarifyOptions ?? RULES_DEFAULTS.maxClarifyOptions,
      defaultQueue: source.settings?.defaultQueue ?? RULES_DEFAULTS.defaultQueue,
      handoffAfterUnhelpful: source.settings?.handoffAfterUnhelpful ?? RULES_DEFAULTS.handoffAfterUnhelpful,
    },
    ...(source.businessHours ? { businessHours: source.businessHours } : {}),
    disclosure: source.disclosure,
    notices: source.notices ?? {},
    answers: source.answers ?? {},
    explanations,
    ...(source.queues ? { queues: source.queues } : {}),
    rules: (source.rules ?? []).map((rule, i) => ({ ...rule, line: map.rangeOf(['rules', i]).line })),
    privacy: {
      retentionDays: source.privacy?.retentionDays ?? RULES_DEFAULTS.retentionDays,
      handoffTranscript: source.privacy?.handoffTranscript ?? RULES_DEFAULTS.handoffTranscript,
      safePatterns: source.privacy?.safePatterns ?? [],
    },
  };
  // Round-trip through JSON: plain data only, no prototypes from the parser.
  const plain = JSON.parse(JSON.stringify(content)) as Omit<RulesBundle, 'hash'>;
  const { format, version, ...rest } = plain;
  return { format, version, hash: bundleHash(plain as unknown as Record<string, unknown>), ...rest } as RulesBundle;
}

function readTests(source: RulesSource, map: SourceMap): RulesTestCase[] {
  return (source.tests ?? []).map((test, i) => ({
    name: test.name ?? test.message.slice(0, 60),
    message: test.message,
    locale: test.locale ?? source.defaultLocale,
    page: test.page ?? {},
    turn: test.turn ?? 1,
    unhelpfulCount: test.unhelpfulCount ?? 0,
    optedOut: test.optedOut ?? false,
    askedForHuman: test.askedForHuman ?? false,
    ...(test.now ? { now: test.now } : {}),
    expect: test.expect,
    line: map.rangeOf(['tests', i]).line,
  }));
}
